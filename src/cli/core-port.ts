import ExcelJS from "exceljs";
import { readFile } from "node:fs/promises";
import { basename, extname } from "node:path";
import {
  checkSheet,
  getEdition,
  listEditions,
  noTemplateReason,
  parseTemplateGrid,
  parseTemplateJson,
  readRoadmaps,
  suggestEdition,
  templateSheetFor,
} from "../core";
import { FIRST_YEAR_WITHOUT_FORMS } from "../core/checks";
import type { KnownFunding } from "../core/funding";
import { isBlank } from "../core/grid";
import { readingOf } from "../core/reading";
import type { Bilingual, Lang } from "../core/lang";
import type { ProgrammeId } from "../core/programmes";
import type { FieldKey } from "../core/reader/types";
import { templateYearProblem } from "../core/templates/instantiate";
import type { Edition } from "../core/templates/schema";
import type { TemplateSheetPlan } from "../core/templates/sheet";
import type { SheetChecker } from "./check-file";
import { unappliedColumns } from "./column-arg";
import { workbookGrids } from "./xlsx-grid";

/** The one place the CLI calls the core's public API: checking a grid, editions, templates. */

export interface CheckConfig {
  checkDate: string;
  /** --programme: every roadmap is read as this programme. */
  programme: ProgrammeId | null;
  /** --edition: every roadmap is checked against this edition. */
  edition: string | null;
  /** --year: every roadmap's target year. */
  year: number | null;
  /** A planner template from --template (plain data, cloned into each worker). */
  template: Edition | null;
  /** --funding: every roadmap's funding basis. */
  funding?: KnownFunding | null;
  /** --column: column roles set by the planner, for every roadmap (a column letter per field, null: none). */
  columns?: Partial<Record<FieldKey, string | null>> | null;
}

type Override = {
  programme?: ProgrammeId;
  editionId?: string;
  targetYear?: number;
  funding?: KnownFunding;
  columns?: Partial<Record<FieldKey, string | null>>;
};

export function makeSheetChecker(config: CheckConfig): SheetChecker {
  const extraEditions = config.template ? [config.template] : [];
  const forced: Override = {};
  if (config.programme) forced.programme = config.programme;
  if (config.edition) forced.editionId = config.edition;
  if (config.year !== null) forced.targetYear = config.year;
  if (config.funding) forced.funding = config.funding;
  if (config.columns) forced.columns = config.columns;
  const needsIds = Object.keys(forced).length > 0 || config.template !== null;

  return (grid, saved = []) => {
    // An explicit --template comes first; templates saved in the workbook are chosen as the add-in chooses them.
    const extra = [...extraEditions, ...saved.filter((e) => !extraEditions.some((x) => x.id === e.id))];
    let overrides: Record<string, Override> | undefined;
    if (needsIds) {
      // Overrides are keyed by roadmap id, known only once the sheet has been read.
      const read = readRoadmaps(grid);
      overrides = {};
      for (const r of read.roadmaps) {
        const o: Override = { ...forced };
        const programme = o.programme ?? (r.programme.value === "unknown" ? null : r.programme.value);
        // A loaded template replaces the built-in edition for roadmaps of its programme (unless --edition says otherwise).
        if (
          config.template &&
          !o.editionId &&
          (programme === config.template.programme || config.programme)
        ) {
          o.editionId = config.template.id;
        }
        overrides[r.id] = o;
      }
    }
    const res = checkSheet(grid, { checkDate: config.checkDate, overrides, extraEditions: extra });
    const byId = new Map(res.roadmaps.map((r) => [r.id, r]));
    const reports = res.reports.map((rep) => {
      const roadmap = byId.get(rep.roadmapId);
      // A --column role the roadmap did not take is said in its notes.
      const unapplied = roadmap ? unappliedColumns(config.columns, roadmap) : [];
      return {
        ...rep,
        notes: [...rep.notes, ...unapplied],
        reading: roadmap ? readingOf(roadmap, rep, extra) : { organisation: null, columns: [], rows: [] },
      };
    });
    return { reports, reason: res.reason };
  };
}

/** No federal roadmap form is known for this year or later. */
export { FIRST_YEAR_WITHOUT_FORMS };

export function editionIds(): string[] {
  return listEditions().map((e) => e.id);
}

export interface EditionListing {
  id: string;
  programme: ProgrammeId;
  generation: number;
  title: Bilingual;
  confidence: string;
  items: number;
  /** templateHash() of the edition's data, as reports name it. */
  templateHash: string;
  /** The federal documents the edition rests on, as the sources cite them. */
  source: string;
  notes: Bilingual[];
  /** Why the edition is historical (its programme moved on), or null. */
  historical: Bilingual | null;
  /** The newest generation of its programme: for 2025 and later it is the latest known, not a federal form. */
  latestKnown: boolean;
}

export function editionSummaries(): EditionListing[] {
  return listEditions().map((s) => {
    const e = getEdition(s.id);
    return {
      id: s.id,
      programme: s.programme,
      generation: s.generation,
      title: s.title,
      confidence: s.confidence,
      items: s.itemCount,
      templateHash: s.templateHash,
      source: e && e.basis.length > 0 ? e.basis.join("; ") : "—",
      notes: e?.notes ?? [],
      historical: s.historical,
      latestKnown: listEditions().every((o) => o.programme !== s.programme || o.generation <= s.generation),
    };
  });
}

export type TemplatePlanResult =
  | { ok: true; plan: TemplateSheetPlan; editionId: string; notes: Bilingual[] }
  | { ok: false; reason: Bilingual };

export function templatePlan(
  programme: ProgrammeId,
  edition: string | null,
  year: number,
  lang: Lang,
  responsible: string | null,
): TemplatePlanResult {
  const editionId = edition ?? suggestEdition(programme, year);
  if (!editionId) return { ok: false, reason: noTemplateReason(programme, year) };
  const e = getEdition(editionId);
  if (!e) {
    return {
      ok: false,
      reason: {
        ru: `неизвестная редакция «${editionId}» (список: roadmap-check templates)`,
        en: `unknown edition “${editionId}” (list: roadmap-check templates)`,
      },
    };
  }
  if (e.programme !== programme) {
    return {
      ok: false,
      reason: {
        ru: `редакция «${editionId}» относится к программе ${e.programme}, а не ${programme}`,
        en: `edition “${editionId}” is for ${e.programme}, not ${programme}`,
      },
    };
  }
  // A Y−1 item of a 2000 roadmap would fall in 1999: refused with the same reason as the template writer gives.
  const yearProblem = templateYearProblem(e, year);
  if (yearProblem) return { ok: false, reason: yearProblem };
  const plan = templateSheetFor(editionId, year, lang, responsible ? { responsible } : {});
  return { ok: true, plan, editionId, notes: e.notes };
}

export type LoadedTemplate = { ok: true; edition: Edition; id: string } | { ok: false; reason: Bilingual };

/** --template FILE: a planner's template as JSON (the edition schema) or as a sheet laid out like the federal form. */
export async function loadTemplateFile(
  path: string,
  meta: { programme: ProgrammeId | null; year: number | null },
): Promise<LoadedTemplate> {
  const name = basename(path);
  const fail = (detail: string): LoadedTemplate => ({
    ok: false,
    reason: { ru: `--template ${name}: ${detail}`, en: `--template ${name}: ${detail}` },
  });
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch {
    return {
      ok: false,
      reason: { ru: `--template ${name}: файл не найден`, en: `--template ${name}: file not found` },
    };
  }
  if (extname(path).toLowerCase() === ".json") {
    let json: unknown;
    try {
      json = JSON.parse(bytes.toString("utf8"));
    } catch (e) {
      return fail(e instanceof Error ? e.message : String(e));
    }
    const parsed = parseTemplateJson(json);
    return parsed.ok
      ? { ok: true, edition: parsed.edition, id: parsed.edition.id }
      : { ok: false, reason: parsed.reason };
  }
  if (!meta.programme) {
    return {
      ok: false,
      reason: {
        ru: `--template ${name}: для шаблона из книги .xlsx укажите --programme`,
        en: `--template ${name}: a template from an .xlsx workbook needs --programme`,
      },
    };
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    return fail(e instanceof Error ? e.message : String(e));
  }
  const grid = workbookGrids(wb).find((g) => g.values.some((r) => r.some((v) => !isBlank(v))));
  if (!grid)
    return {
      ok: false,
      reason: { ru: `--template ${name}: книга пуста`, en: `--template ${name}: the workbook is empty` },
    };
  const parsed = parseTemplateGrid(grid, {
    programme: meta.programme,
    year: meta.year,
    name: basename(path, extname(path)),
  });
  return parsed.ok
    ? { ok: true, edition: parsed.edition, id: parsed.edition.id }
    : { ok: false, reason: parsed.reason };
}
