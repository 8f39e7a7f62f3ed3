import type { Bilingual } from "../core/lang";
import type { RoadmapReport, Severity } from "../core/report";
import type { Edition } from "../core/templates/schema";
import type { Roadmap } from "../core/reader/types";
import type { Outcome } from "../excel/types";
import type { SavedTemplate } from "../core/store";
import { SEVERITY_ORDER } from "../core/codes";
import { catalogs } from "./i18n";
import { Cancelled, createCoreEngine } from "./worker/engine";
import type {
  AddinServices,
  DetectedRoadmap,
  EditionSummary,
  SheetReading,
  TemplateFromSheetResult,
  Timeline,
  TimelineItem,
  UserError,
} from "./services";

/**
 * The real services: src/excel for the workbook, src/core for everything else. Both are loaded on first use, so
 * the pane paints before the checker (templates, stemmer, zod) has even been downloaded.
 */

type Core = typeof import("../core");
type ExcelApi = typeof import("../excel");

/** An Excel operation that came back as { ok: false }: carries the adapter's plain-language error. */
export class ServiceError extends Error {
  constructor(readonly user: UserError) {
    super(user.debug || user.code);
    this.name = "ServiceError";
  }
}

function savedInfo(t: SavedTemplate): NonNullable<EditionSummary["saved"]> {
  return { at: t.savedAt, source: t.source.kind, sourceName: t.source.name };
}

/** `worker: false` runs the core on the pane's main thread (the harness's `?worker=off`, to compare). */
export function createOfficeServices(options: { worker?: boolean } = {}): AddinServices {
  const engine = createCoreEngine(options);
  let modules: Promise<[Core, ExcelApi]> | null = null;
  let loadedExcel: ExcelApi | null = null;
  const load = () =>
    (modules ??= Promise.all([
      import(/* webpackChunkName: "engine" */ "../core"),
      import(/* webpackChunkName: "engine" */ "../excel"),
    ]).then((m) => {
      loadedExcel = m[1];
      return m;
    }));

  const extraEditions: Edition[] = [];
  /** Where each loaded edition came from (for saving it), and the editions saved in the workbook. */
  const sources = new Map<string, { kind: "sheet" | "file"; name: string }>();
  const saved = new Map<string, SavedTemplate>();
  /** The roadmaps of the last check, for the timeline's sheet deadlines. */
  const lastRoadmaps = new Map<string, Roadmap>();
  const lastReports = new Map<string, RoadmapReport>();
  let notices: Bilingual[] = [];

  function unwrap<T>(o: Outcome<T>): T {
    notices.push(...o.notices);
    if (!o.ok) throw new ServiceError(o.error);
    return o.value;
  }

  /** Makes a planner's edition available to checks (replacing one of the same id). */
  function addEdition(edition: Edition): TemplateFromSheetResult {
    const i = extraEditions.findIndex((e) => e.id === edition.id);
    if (i >= 0) extraEditions.splice(i, 1);
    extraEditions.unshift(edition);
    return { ok: true, edition: toSummary(edition), itemCount: edition.items.length };
  }

  function toSummary(e: Edition | ReturnType<Core["listEditions"]>[number]): EditionSummary {
    return {
      id: e.id,
      programme: e.programme,
      title: e.title,
      confidence: e.confidence,
      custom: e.origin === "planner",
      generation: e.generation,
      historical: e.historical,
      // A planner's edition is summarised from its data; the hash is computed once the engine is loaded.
      ...("templateHash" in e ? { templateHash: e.templateHash } : {}),
      ...(saved.has(e.id) ? { saved: savedInfo(saved.get(e.id)!) } : {}),
    };
  }

  /** Takes the workbook's saved templates as the editions in effect (replacing what was saved before). */
  function adopt(core: Core, list: SavedTemplate[]): void {
    for (const id of saved.keys()) {
      const i = extraEditions.findIndex((e) => e.id === id);
      if (i >= 0 && !list.some((t) => t.id === id)) extraEditions.splice(i, 1);
    }
    saved.clear();
    for (const { edition, saved: t } of core.savedEditions({ templates: list })) {
      saved.set(t.id, t);
      addEdition(edition);
    }
  }

  async function editions(core: Core): Promise<EditionSummary[]> {
    return [...extraEditions.map(toSummary), ...core.listEditions().map(toSummary)];
  }

  function detected(core: Core, r: Roadmap): DetectedRoadmap {
    const year = r.year.value;
    const forEdition = core.editionYear(year, r.documentYear);
    return {
      id: r.id,
      sheetName: r.sheetName,
      title: r.title,
      layout: r.layout,
      tableRange: r.tableRange,
      rowCount: r.rows.length,
      programme: r.programme.value,
      programmeEvidence: r.programme.evidence,
      year,
      yearEvidence: r.year.evidence,
      suggestedEditionId: core.suggestEdition(r.programme.value, forEdition, extraEditions),
      funding: r.funding
        ? { basis: r.funding.basis, words: r.funding.words, address: r.funding.address }
        : undefined,
      columns: r.columnRoles,
    };
  }

  function reading(
    core: Core,
    sheetName: string,
    roadmaps: Roadmap[],
    reason: Bilingual | null,
  ): SheetReading {
    return { sheetName, roadmaps: roadmaps.map((r) => detected(core, r)), reason };
  }

  return {
    async readSheet(sheet) {
      const [core, excel] = await load();
      const outcome = await excel.readSheet({ sheet });
      if (!outcome.ok && outcome.error.code === "EmptySheet") {
        // A blank sheet is where a new roadmap starts: offered a template, not shown an error.
        notices.push(...outcome.notices);
        const name = sheet ?? unwrap(await excel.activeSheetName());
        return { sheetName: name, roadmaps: [], reason: outcome.error.message, empty: true };
      }
      const read = unwrap(outcome);
      const result = await engine.run({ kind: "read", grid: read.grid });
      return reading(core, read.grid.sheetName, result.roadmaps, result.reason);
    },

    async listEditions() {
      const [core, excel] = await load();
      // A template saved in the file (by this planner or a colleague) is in effect from the start.
      const stored = await excel.savedTemplates();
      notices.push(...stored.notices);
      if (stored.ok) adopt(core, stored.value);
      else notices.push(stored.error.message);
      return editions(core);
    },

    async saveTemplate(editionId) {
      const [core, excel] = await load();
      const edition = extraEditions.find((e) => e.id === editionId);
      if (!edition) throw new Error(`No loaded template ${editionId}`);
      const source = sources.get(editionId) ?? { kind: "file" as const, name: editionId };
      const t = core.savedTemplateOf(edition, source, new Date().toISOString());
      adopt(core, unwrap(await excel.changeSavedTemplates((store) => core.withSavedTemplate(store, t))));
      return editions(core);
    },

    async removeSavedTemplate(editionId) {
      const [core, excel] = await load();
      adopt(
        core,
        unwrap(await excel.changeSavedTemplates((store) => core.withoutSavedTemplate(store, editionId))),
      );
      return editions(core);
    },

    async removeInsertedSheet(sheet) {
      const [, excel] = await load();
      unwrap(await excel.removeInsertedSheet(sheet));
    },

    async suggestEdition(programme, year) {
      const [core] = await load();
      return core.suggestEdition(programme, year, extraEditions);
    },

    async check(req) {
      const [core, excel] = await load();
      const at = new Date().toISOString();
      // Acceptances are made from the reports the pane shows (the last check's): core keys them by item, not cell.
      const add = (req.accept?.add ?? []).flatMap((x) => {
        const report = lastReports.get(x.roadmapId);
        const by = req.by ?? "";
        return report ? [core.acceptFinding(report, x.finding, { reason: x.reason, by, at }, req.lang)] : [];
      });
      const accept = { add, remove: req.accept?.remove ?? [], by: req.by ?? "" };
      const done = unwrap(
        await excel.checkAndMark({ sheet: req.sheet, accept }, async (read, acceptances) => {
          const done = await engine.run(
            {
              kind: "check",
              grid: read.grid,
              options: {
                checkDate: req.checkDate,
                disabled: req.disabled,
                overrides: req.overrides,
                extraEditions,
              },
              lang: excel.loadSettings().sheetLang ?? "ru", // the planner's choice for the workbook, not the UI's
              acceptances,
            },
            req.signal,
          );
          // A cancel that came while the answer was on its way still leaves the sheet as it was.
          if (req.signal?.aborted) throw new Cancelled();
          return done;
        }),
      );
      lastRoadmaps.clear();
      for (const r of done.result.roadmaps) lastRoadmaps.set(r.id, r);
      lastReports.clear();
      for (const r of done.result.reports) lastReports.set(r.roadmapId, r);
      return {
        reading: reading(core, done.read.grid.sheetName, done.result.roadmaps, done.result.reason),
        reports: done.result.reports,
        markedCells: done.marks.marked,
        undo: done.marks.undo,
      };
    },

    async clearMarks(by) {
      const [, excel] = await load();
      const c = unwrap(await excel.clearMarks({ by }));
      const touched = c.fillsRestored + c.fillsKept + c.notesRemoved + c.commentsRemoved + c.annotationsKept;
      return { nothing: touched === 0 && !c.reportSheetRemoved };
    },

    async selectCell(sheet, address) {
      const [, excel] = await load();
      unwrap(await excel.selectCell(sheet, address));
    },

    async insertTemplate(req) {
      const [core, excel] = await load();
      const responsible = req.responsible.join(", ");
      const plan = core.templateSheetFor(req.editionId, req.year, req.lang, {
        responsible: responsible || undefined,
        extraEditions,
      });
      return unwrap(await excel.insertTemplate(plan));
    },

    async listSheets() {
      const [, excel] = await load();
      return unwrap(await excel.listSheets())
        .filter((s) => s.visible)
        .map((s) => s.name);
    },

    async templateFromSheet(sheet, meta) {
      const [core, excel] = await load();
      const read = unwrap(await excel.readSheet({ sheet }));
      const parsed = core.parseTemplateGrid(read.grid, {
        programme: meta.programme,
        year: meta.year,
        name: meta.title,
      });
      if (!parsed.ok)
        return { ok: false, errors: parsed.errors.map((e) => ({ address: e.address, message: e.message })) };
      sources.set(parsed.edition.id, { kind: "sheet", name: sheet });
      return addEdition(parsed.edition);
    },

    async templateFromJson(fileName, text) {
      const [core] = await load();
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch (e) {
        const detail = e instanceof Error ? e.message : String(e);
        return {
          ok: false,
          errors: [
            {
              address: null,
              message: {
                ru: `Файл «${fileName}» — не JSON: ${detail}`,
                en: `File “${fileName}” is not JSON: ${detail}`,
              },
            },
          ],
        };
      }
      const parsed = core.parseTemplateJson(json);
      if (!parsed.ok) return { ok: false, errors: [{ address: null, message: parsed.reason }] };
      sources.set(parsed.edition.id, { kind: "file", name: fileName });
      return addEdition(parsed.edition);
    },

    async timeline(report: RoadmapReport): Promise<Timeline | null> {
      const [core] = await load();
      if (report.targetYear === null || report.editionId === null) return null;
      const edition = core.getEdition(report.editionId, extraEditions);
      if (!edition) return null;
      const year = report.targetYear;
      const roadmap = lastRoadmaps.get(report.roadmapId);
      const items: TimelineItem[] = edition.items.map((item) => {
        const match = report.matches.find((m) => m.itemId === item.id);
        const row = match ? roadmap?.rows.find((r) => r.index === match.rowIndex) : undefined;
        const cell = row?.fields.deadline;
        const parsed = cell
          ? core.parseDeadline(cell.value, { targetYear: year, documentYear: roadmap?.documentYear ?? null })
          : null;
        const related = report.findings.filter(
          (f) => f.itemId === item.id || (match !== undefined && f.rowIndex === match.rowIndex),
        );
        const worst = related.reduce<Severity | null>(
          (acc, f) => (acc === null || SEVERITY_ORDER[f.severity] < SEVERITY_ORDER[acc] ? f.severity : acc),
          null,
        );
        return {
          itemId: item.id,
          number: item.number,
          title: item.title,
          templateDue: core.ruleDue(item.deadline, year),
          templateText: core.ruleText(item.deadline, year),
          sheetDue: parsed?.due ?? null,
          sheetText: cell ? cell.text : null,
          address: match ? match.address : null,
          severity: worst,
          codes: [...new Set(related.map((f) => f.code))],
        };
      });
      return { roadmapId: report.roadmapId, sheet: report.sheet, year, checkDate: report.checkDate, items };
    },

    async diffEditions(fromId, toId) {
      const [core] = await load();
      const [a, b] = [fromId, toId].map((id) => {
        const e = core.getEdition(id, extraEditions);
        if (!e) throw new Error(`Unknown template edition: ${id}`);
        return e;
      });
      return core.diffEditions(a!, b!);
    },

    async loadSettings() {
      const [, excel] = await load();
      const s = excel.loadSettings();
      return { checkDate: s.checkDate, disabled: s.disabledChecks, sheetLang: s.sheetLang ?? "ru" };
    },

    async saveSettings(settings) {
      const [, excel] = await load();
      const { checkDate, disabled, sheetLang = "ru" } = settings;
      unwrap(await excel.saveSettings({ checkDate, disabledChecks: disabled, sheetLang }));
    },

    async followActiveSheet(activated) {
      const [, excel] = await load();
      const watch = unwrap(await excel.followActiveSheet(activated));
      return watch && (() => watch.stop());
    },

    async activeSheetName() {
      const [, excel] = await load();
      return unwrap(await excel.activeSheetName());
    },

    async watchSheet(sheet, changed) {
      const [, excel] = await load();
      const watch = unwrap(await excel.watchSheetChanges(sheet, changed));
      return watch && (() => watch.stop());
    },

    toUserError(error) {
      if (error instanceof ServiceError) return error.user;
      if (loadedExcel) return loadedExcel.toUserError(error);
      // The engine itself failed to load (network, CSP): no adapter to ask.
      return {
        code: "LoadFailed",
        message: { ru: catalogs.ru["error.unexpected"], en: catalogs.en["error.unexpected"] },
        debug: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
      };
    },

    drainNotices() {
      const out = notices;
      notices = [];
      return out;
    },
  };
}
