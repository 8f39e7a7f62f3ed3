import type { Bilingual } from "../core/lang";
import type { MarkPlan, ReportSheetPlan } from "../core/marks";
import type { Capabilities } from "./capabilities";
import { AdapterError } from "./errors";
import { runAtOnce } from "./pace";
import {
  type MarkState,
  type MarkedCell,
  type OriginalFill,
  type WorkbookStore,
  textHash,
} from "../core/store";
import type { ClearSummary, MarkSummary } from "./types";

/**
 * The decisions of marking and un-marking, on plain data (no Office.js): which cells to inspect, then — from the
 * old state, what the survey and the inspection saw, the mark plan and the capabilities — a write plan keyed by
 * sheet names and A1 addresses. src/excel/marks.ts only carries it out.
 */

export interface SheetEntry {
  name: string;
  id: string;
  visible: boolean;
}

/** A cell's fill as Excel reports it. */
export interface FillNow {
  color: string; // RRGGBB
  pattern: string | null; // null below ExcelApi 1.9
  patternColor: string | null;
}

/** What the inspection sync saw, keyed by `cellKey(sheet, address)`. */
export interface Seen {
  fills: Map<string, FillNow>;
  /** A cell's note text, null when it has none. */
  notes: Map<string, string | null>;
  /** The text of the comment on a cell (comments mode only). */
  comments: Map<string, string>;
  protectedSheets: string[];
  /** Hash of the old report sheet's first row (to recognise our own report), null when not read. */
  reportHeader: string | null;
  /** Whether the old report sheet is protected (then it is replaced rather than rewritten in place). */
  reportProtected: boolean;
}

export interface InspectRequest {
  /** Sheets whose protection matters (we will write there), by name. */
  sheets: string[];
  /** Sheet name → upper-case addresses whose fill is read. */
  fills: Map<string, Set<string>>;
  notes: Map<string, Set<string>>;
  report: { name: string; columns: number } | null;
}

export type WriteCaps = Pick<Capabilities, "notes" | "comments">;

export interface Annotation {
  sheet: string;
  address: string;
  text: string;
  /** Replaces the text of the add-in's own earlier note/comment there. */
  update: boolean;
}

export interface WritePlan {
  stateExists: boolean;
  /** Written first: the new state plus the old records this write has still to undo; null when clearing. */
  firstState: WorkbookStore | null;
  /** Sheet → old marks whose original fill comes back. */
  restore: Map<string, MarkedCell[]>;
  noteDeletes: { sheet: string; address: string }[];
  /** Cell keys of the add-in's old comments to delete. */
  commentDeletes: string[];
  /** Sheet → mark colour RRGGBB → addresses. */
  fills: Map<string, Map<string, string[]>>;
  annotationsAs: "notes" | "comments";
  annotations: Annotation[];
  /** The old report sheet, deleted because it is still the add-in's own (clearing, or it is protected). */
  deleteReport: string | null;
  /**
   * The report sheet's name and its severity → fill colours; `reuse`: the current name of the old report, still the
   * add-in's own, rewritten in place (its id, tab position and a name the planner gave it stay), null: a new sheet.
   */
  report: { name: string; fills: Record<string, string>; reuse: string | null } | null;
  deleteStateSheet: boolean;
  /** Written last, in the same sync: only the new marks. */
  finalState: WorkbookStore | null;
  notices: Bilingual[];
  cleared: ClearSummary;
  summary: MarkSummary | null;
}

export const cellKey = (sheet: string, address: string) => `${sheet.toLowerCase()}!${address.toUpperCase()}`;
export const hex = (c: string | null | undefined) => (c ?? "#000000").replace("#", "").toUpperCase();

function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

export function findSheet(index: readonly SheetEntry[], name: string, id: string): SheetEntry | null {
  return index.find((s) => id && s.id === id) ?? index.find((s) => sameName(s.name, name)) ?? null;
}

export function hasSheet(index: readonly SheetEntry[], name: string): boolean {
  return index.some((s) => sameName(s.name, name));
}

/** Appends to the list under `k` (never rebuilding it: plans can hold tens of thousands of cells). */
export function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

export function originalOf(f: FillNow): OriginalFill {
  // Without the pattern (below ExcelApi 1.9) white cannot be told from no fill (office-js #6218); no fill is
  // far more common, and restoring it keeps the gridlines that a white fill would hide (office-js #2349).
  if (f.pattern === null) return f.color === "FFFFFF" ? "none" : f.color;
  if (f.pattern === "None") return "none";
  // Gradients cannot be written back through Office.js; their first colour is the closest restorable fill.
  if (f.pattern === "Solid" || f.pattern.endsWith("Gradient")) return f.color;
  return [f.pattern, f.color, hex(f.patternColor)];
}

export function nothingCleared(): ClearSummary {
  return {
    fillsRestored: 0,
    fillsKept: 0,
    notesRemoved: 0,
    commentsRemoved: 0,
    annotationsKept: 0,
    reportSheetRemoved: false,
  };
}

export function reportHeaderHash(report: ReportSheetPlan): string {
  return textHash(report.header.join("\t"));
}

// ------------------------------------------------------------------ before the inspection

interface Resolved {
  planSheets: Map<string, SheetEntry>;
  /** Sheets of old records that no longer exist. */
  lost: Set<string>;
  oldReport: SheetEntry | null;
}

export function resolve(old: MarkState, index: readonly SheetEntry[], plan: MarkPlan | null): Resolved {
  const planSheets = new Map<string, SheetEntry>();
  for (const s of plan?.sheets ?? []) {
    const entry = findSheet(index, s.sheet, "");
    if (!entry) {
      throw new AdapterError("ItemNotFound", {
        ru: `Лист «${s.sheet}» не найден — возможно, его переименовали после проверки. Проверьте лист заново.`,
        en: `Sheet “${s.sheet}” was not found — it may have been renamed after the check. Check the sheet again.`,
      });
    }
    planSheets.set(s.sheet, entry);
  }
  const lost = new Set<string>();
  for (const r of [...old.cells, ...old.notes, ...old.comments])
    if (!findSheet(index, r.sheet, r.sheetId)) lost.add(r.sheet);
  // By its id first: a report the planner renamed is still found (stores written before, and the CLI's, have none).
  const oldReport = old.report ? findSheet(index, old.report.name, old.report.id ?? "") : null;
  return { planSheets, lost, oldReport };
}

/** What sync B must read: every cell to mark or restore, their notes, the protection of every sheet written to. */
export function planInspection(
  old: MarkState,
  index: readonly SheetEntry[],
  plan: MarkPlan | null,
): InspectRequest {
  return runAtOnce(planInspectionSteps(old, index, plan));
}

/** planInspection in steps: it yields every few thousand cells, where the pane may take its turn (pace.ts). */
export function* planInspectionSteps(
  old: MarkState,
  index: readonly SheetEntry[],
  plan: MarkPlan | null,
): Generator<void, InspectRequest> {
  const { planSheets, oldReport } = resolve(old, index, plan);
  const fills = new Map<string, Set<string>>();
  const notes = new Map<string, Set<string>>();
  const add = (m: Map<string, Set<string>>, sheet: string, a: string) => {
    let set = m.get(sheet);
    if (!set) m.set(sheet, (set = new Set()));
    set.add(a.toUpperCase());
  };
  let n = 0;
  const due = () => ++n % 4096 === 0;
  for (const s of plan?.sheets ?? []) {
    const e = planSheets.get(s.sheet)!;
    for (const g of s.fills) {
      for (const a of g.cells) {
        add(fills, e.name, a);
        if (due()) yield;
      }
    }
    for (const note of s.notes) {
      add(notes, e.name, note.address);
      if (due()) yield;
    }
  }
  for (const c of old.cells) {
    const e = findSheet(index, c.sheet, c.sheetId);
    if (e) add(fills, e.name, c.address);
    if (due()) yield;
  }
  for (const note of old.notes) {
    const e = findSheet(index, note.sheet, note.sheetId);
    if (e) add(notes, e.name, note.address);
    if (due()) yield;
  }
  const touched = new Set<string>([...fills.keys(), ...notes.keys()]);
  for (const n of old.comments) {
    const e = findSheet(index, n.sheet, n.sheetId);
    if (e) touched.add(e.name); // its comments will be deleted: its protection matters too
  }
  const report = oldReport && old.report ? { name: oldReport.name, columns: old.report.columns } : null;
  return { sheets: [...touched], fills, notes, report };
}
