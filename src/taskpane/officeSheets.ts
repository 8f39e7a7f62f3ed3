import type { RoadmapReport, Severity } from "../core/report";
import type { Edition } from "../core/templates/schema";
import type { Roadmap } from "../core/reader/types";
import { SEVERITY_ORDER } from "../core/codes";
import { catalogs } from "./i18n";
import { Cancelled } from "./worker/engine";
import { reading, ServiceError, unwrap, type Core, type OfficeState } from "./officeState";
import type { AddinServices, TimelineItem } from "./services";

/** The real services for the sheet: read, check and mark, the timeline, and the workbook's small operations. */

type CheckServices = Pick<AddinServices, "readSheet" | "check" | "clearMarks" | "timeline">;

/** One template item on the timeline: its deadline in the template, on the sheet, and its worst finding. */
function timelineItem(
  core: Core,
  report: RoadmapReport,
  roadmap: Roadmap | undefined,
  year: number,
  item: Edition["items"][number],
  yearFrom: number | null,
): TimelineItem {
  const match = report.matches.find((m) => m.itemId === item.id);
  const row = match ? roadmap?.rows.find((r) => r.index === match.rowIndex) : undefined;
  const cell = row?.fields.deadline;
  const read = cell && roadmap ? core.rowDeadline(cell, roadmap, year, yearFrom) : null;
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
    sheetDue: read?.due ?? null,
    sheetText: cell ? cell.text : null,
    address: match ? match.address : null,
    severity: worst,
    codes: [...new Set(related.map((f) => f.code))],
  };
}

export function checkServices(st: OfficeState): CheckServices {
  return {
    async readSheet(sheet) {
      const [core, excel] = await st.load();
      const outcome = await excel.readSheet({ sheet });
      if (!outcome.ok && outcome.error.code === "EmptySheet") {
        // A blank sheet is where a new roadmap starts: offered a template, not shown an error.
        st.notices.push(...outcome.notices);
        const name = sheet ?? unwrap(st, await excel.activeSheetName());
        return { sheetName: name, roadmaps: [], reason: outcome.error.message, empty: true };
      }
      const read = unwrap(st, outcome);
      const result = await st.engine.run({ kind: "read", grid: read.grid });
      return reading(st, core, read.grid.sheetName, result.roadmaps, result.reason);
    },

    async check(req) {
      const [core, excel] = await st.load();
      const at = new Date().toISOString();
      // Acceptances are made from the reports the pane shows (the last check's): core keys them by item, not cell.
      const add = (req.accept?.add ?? []).flatMap((x) => {
        const report = st.lastReports.get(x.roadmapId);
        const by = req.by ?? "";
        return report ? [core.acceptFinding(report, x.finding, { reason: x.reason, by, at }, req.lang)] : [];
      });
      const accept = { add, remove: req.accept?.remove ?? [], by: req.by ?? "" };
      const done = unwrap(
        st,
        await excel.checkAndMark({ sheet: req.sheet, accept }, async (read, acceptances) => {
          const done = await st.engine.run(
            {
              kind: "check",
              grid: read.grid,
              options: {
                checkDate: req.checkDate,
                disabled: req.disabled,
                overrides: req.overrides,
                extraEditions: st.extraEditions,
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
      st.lastRoadmaps.clear();
      for (const r of done.result.roadmaps) st.lastRoadmaps.set(r.id, r);
      st.lastReports.clear();
      for (const r of done.result.reports) st.lastReports.set(r.roadmapId, r);
      return {
        reading: reading(st, core, done.read.grid.sheetName, done.result.roadmaps, done.result.reason),
        reports: done.result.reports,
        markedCells: done.marks.marked,
        undo: done.marks.undo,
      };
    },

    async clearMarks(by) {
      const [, excel] = await st.load();
      const c = unwrap(st, await excel.clearMarks({ by }));
      const touched = c.fillsRestored + c.fillsKept + c.notesRemoved + c.commentsRemoved + c.annotationsKept;
      return { nothing: touched === 0 && !c.reportSheetRemoved };
    },

    async timeline(report) {
      const [core] = await st.load();
      if (report.targetYear === null || report.editionId === null) return null;
      const edition = core.getEdition(report.editionId, st.extraEditions);
      if (!edition) return null;
      const year = report.targetYear;
      const roadmap = st.lastRoadmaps.get(report.roadmapId);
      // A school-year plan reads a year-less «до 20 декабря» in its first calendar year, as the checks do.
      const yearFrom = core.planYearFrom(edition);
      const items = edition.items.map((item) => timelineItem(core, report, roadmap, year, item, yearFrom));
      return { roadmapId: report.roadmapId, sheet: report.sheet, year, checkDate: report.checkDate, items };
    },
  };
}

type WorkbookServices = Omit<AddinServices, keyof CheckServices | EditionKeys>;
type EditionKeys =
  | "listEditions"
  | "saveTemplate"
  | "removeSavedTemplate"
  | "suggestEdition"
  | "diffEditions"
  | "insertTemplate"
  | "templateFromSheet"
  | "templateFromJson";

/** The workbook's small operations (sheets, selection, settings, watches), errors and notices. */
export function workbookServices(st: OfficeState): WorkbookServices {
  return {
    async removeInsertedSheet(sheet) {
      const [, excel] = await st.load();
      unwrap(st, await excel.removeInsertedSheet(sheet));
    },

    async selectCell(sheet, address) {
      const [, excel] = await st.load();
      unwrap(st, await excel.selectCell(sheet, address));
    },

    async listSheets() {
      const [, excel] = await st.load();
      return unwrap(st, await excel.listSheets())
        .filter((s) => s.visible)
        .map((s) => s.name);
    },

    async loadSettings() {
      const [, excel] = await st.load();
      const s = excel.loadSettings();
      return { checkDate: s.checkDate, disabled: s.disabledChecks, sheetLang: s.sheetLang ?? "ru" };
    },

    async saveSettings(settings) {
      const [, excel] = await st.load();
      const { checkDate, disabled, sheetLang = "ru" } = settings;
      unwrap(st, await excel.saveSettings({ checkDate, disabledChecks: disabled, sheetLang }));
    },

    async followActiveSheet(activated) {
      const [, excel] = await st.load();
      const watch = unwrap(st, await excel.followActiveSheet(activated));
      return watch && (() => watch.stop());
    },

    async activeSheetName() {
      const [, excel] = await st.load();
      return unwrap(st, await excel.activeSheetName());
    },

    async watchSheet(sheet, changed) {
      const [, excel] = await st.load();
      const watch = unwrap(st, await excel.watchSheetChanges(sheet, changed));
      return watch && (() => watch.stop());
    },

    toUserError(error) {
      if (error instanceof ServiceError) return error.user;
      const loadedExcel = st.loadedExcel();
      if (loadedExcel) return loadedExcel.toUserError(error);
      // The engine itself failed to load (network, CSP): no adapter to ask.
      return {
        code: "LoadFailed",
        message: { ru: catalogs.ru["error.unexpected"], en: catalogs.en["error.unexpected"] },
        debug: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
      };
    },

    drainNotices() {
      const out = st.notices;
      st.notices = [];
      return out;
    },
  };
}
