import type { IsoDate } from "../deadlines/types";
import type { KnownFunding } from "../funding";
import { cellText, gridAddress, parseCell, parseRange, type Grid, type RangePos } from "../grid";
import type { Bilingual } from "../lang";
import type { ProgrammeId } from "../programmes";
import { readRoadmaps } from "../reader";
import type { FieldKey, Roadmap } from "../reader/types";
import type { FindingCode, RoadmapReport } from "../report";
import { getEdition, suggestEdition } from "../templates/library";
import type { Edition } from "../templates/schema";
import { NOTES } from "../findings/messages";
import { checkRoadmap } from "./index";
import { extractNames, type NameOccurrence } from "./names";

/** The one orchestration the task pane and the CLI share: read the sheet, pick editions, check every roadmap. */

export interface RoadmapOverride {
  programme?: ProgrammeId;
  /** An edition id; null means «check without a template». */
  editionId?: string | null;
  targetYear?: number | null;
  /** Column roles set by the planner: a column letter per field (null: the field has no column). Re-reads the table. */
  columns?: Partial<Record<FieldKey, string | null>>;
  /** The funding basis set by the planner; wins over the template's and the sheet's words. */
  funding?: KnownFunding | null;
}

export interface SheetCheckOptions {
  checkDate: IsoDate;
  disabled?: FindingCode[];
  /** Keyed by roadmap id. */
  overrides?: Record<string, RoadmapOverride>;
  /** Planner-supplied editions (from a sheet or a JSON file), usable by id and preferred by suggestion. */
  extraEditions?: Edition[];
}

export interface SheetCheckResult {
  roadmaps: Roadmap[];
  reports: RoadmapReport[];
  reason: Bilingual | null;
}

/**
 * The year a template generation is picked by: the target year; without one, a roadmap approved in year N is most
 * likely for N + 1, good enough to pick a generation. The pane's suggestion and checkSheet both use it.
 */
export function editionYear(targetYear: number | null, documentYear: number | null): number | null {
  return targetYear ?? (documentYear !== null ? documentYear + 1 : null);
}

/** Names in cells outside every table (approval blocks, «Ознакомлены» lists). */
function namesOutsideTables(grid: Grid, roadmaps: readonly Roadmap[]): NameOccurrence[] {
  const tables: RangePos[] = roadmaps.map((r) => parseRange(r.tableRange));
  const o = parseCell(grid.origin);
  const out: NameOccurrence[] = [];
  const rowTables: RangePos[] = [];
  for (let r = 0; r < grid.values.length; r++) {
    const line = grid.values[r];
    if (!line) continue;
    const sheetRow = o.row + r;
    rowTables.length = 0;
    let covered = false;
    for (const t of tables)
      if (sheetRow >= t.top && sheetRow <= t.bottom) {
        rowTables.push(t);
        // A table spanning the whole row leaves nothing outside it.
        if (t.left <= o.col && t.right >= o.col + line.length - 1) covered = true;
      }
    if (covered) continue;
    for (let c = 0; c < line.length; c++) {
      const v = line[c];
      if (typeof v !== "string" || v.length < 5) continue;
      const sheetCol = o.col + c;
      let inside = false;
      for (const t of rowTables) if (sheetCol >= t.left && sheetCol <= t.right) inside = true;
      if (inside) continue;
      for (const n of extractNames(cellText(v), gridAddress(grid, r, c))) out.push(n);
    }
  }
  return out;
}

export function checkSheet(grid: Grid, opts: SheetCheckOptions): SheetCheckResult {
  const columns: Record<string, Partial<Record<FieldKey, string | null>>> = {};
  for (const [id, o] of Object.entries(opts.overrides ?? {})) if (o.columns) columns[id] = o.columns;
  const read = readRoadmaps(grid, { columns });
  if (read.reason !== null) return { roadmaps: [], reports: [], reason: read.reason };
  const extra = opts.extraEditions ?? [];
  const sheetNames = namesOutsideTables(grid, read.roadmaps);

  const roadmaps: Roadmap[] = read.roadmaps.map((r) => {
    const programme = opts.overrides?.[r.id]?.programme;
    if (!programme || programme === r.programme.value) return r;
    return { ...r, programme: { value: programme, evidence: ["выбрано вручную / chosen by the planner"] } };
  });

  const reports = roadmaps.map((r) => {
    const ov = opts.overrides?.[r.id] ?? {};
    const targetYear = ov.targetYear !== undefined ? ov.targetYear : r.year.value;
    let edition: Edition | null = null;
    let unknownEdition: string | null = null;
    if (ov.editionId === null) edition = null;
    else if (ov.editionId !== undefined) {
      edition = getEdition(ov.editionId, extra);
      if (!edition) unknownEdition = ov.editionId;
    } else {
      const id = suggestEdition(r.programme.value, editionYear(targetYear, r.documentYear), extra);
      edition = id ? getEdition(id, extra) : null;
    }
    const report = checkRoadmap(r, edition, {
      targetYear,
      checkDate: opts.checkDate,
      disabled: opts.disabled,
      sheetNames,
      funding: ov.funding,
    });
    if (unknownEdition) {
      report.notes.unshift(NOTES.editionNotFound({ editionId: unknownEdition }));
    }
    return report;
  });

  return { roadmaps, reports, reason: null };
}
