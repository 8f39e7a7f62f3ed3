import type { Bilingual } from "../core/lang";
import { MARK_FILLS, type MarkPlan } from "../core/marks";
import { freeSheetName } from "../core/templates/sheet";
import { AdapterError } from "./errors";
import { runAtOnce } from "./pace";
import {
  type AddedNote,
  type MarkState,
  type MarkedCell,
  type OriginalFill,
  STORE_SHEET,
  type WorkbookStore,
  textHash,
} from "../core/store";
import type { ClearSummary } from "./types";
import {
  type Annotation,
  type FillNow,
  type Seen,
  type SheetEntry,
  type WriteCaps,
  type WritePlan,
  cellKey,
  findSheet,
  hex,
  nothingCleared,
  originalOf,
  push,
  reportHeaderHash,
  resolve,
} from "./write-plan";

/** Everything planMarkWrite decides from: plain data, read by the survey (sync A) and the inspection (sync B). */
export interface MarkWriteInput {
  /** The store as the state sheet held it: its marks are undone, its other sections kept as they are. */
  old: WorkbookStore;
  stateExists: boolean;
  /** The workbook's sheets, as the survey listed them. */
  sheets: readonly SheetEntry[];
  workbookProtected: boolean;
  seen: Seen;
  /** null: only clear the old marks. */
  plan: MarkPlan | null;
  caps: WriteCaps;
}

interface NewCell {
  entry: SheetEntry;
  address: string;
  /** "" when the cell only gets a note. */
  color: string;
  note: string | null;
}

function protectedError(names: string[]): AdapterError {
  const list = names.map((n) => `«${n}»`).join(", ");
  return new AdapterError(
    "SheetProtected",
    {
      ru: `Лист ${list} защищён от изменений, поэтому отметки не изменены. Снимите защиту листа (Рецензирование → Снять защиту листа) и повторите. Книга не изменена.`,
      en: `Sheet ${list.replace(/«|»/g, '"')} is protected, so the marks were not changed. Unprotect the sheet (Review → Unprotect Sheet) and try again. Nothing was changed.`,
    },
    `protected: ${names.join(", ")}`,
  );
}

function structureError(): AdapterError {
  return new AdapterError("WorkbookProtected", {
    ru: "Структура книги защищена: надстройка не может добавить или удалить свои листы («Проверка» и служебный). Снимите защиту книги (Рецензирование → Защитить книгу) и повторите. Книга не изменена.",
    en: "The workbook structure is protected: the add-in cannot add or delete its sheets (the report and its state sheet). Unprotect the workbook (Review → Protect Workbook) and try again. Nothing was changed.",
  });
}

function isOurs(f: FillNow | undefined, mark: string): boolean {
  return !!f && f.color === mark && (f.pattern === null || f.pattern === "Solid");
}

/** The new state plus the old records this write has still to undo (the old report while it is to be deleted). */
export function withPending(next: MarkState, pending: MarkState): MarkState {
  const union = <T>(a: T[], b: T[], id: (r: T) => string) => {
    if (b.length === 0) return [...a]; // nothing pending (a first marking): no keys to build
    const seen = new Set(a.map(id));
    return [...a, ...b.filter((r) => !seen.has(id(r)))];
  };
  const cellId = (c: MarkedCell) => JSON.stringify([c.sheet, c.sheetId, c.address, c.mark, c.original]);
  const noteId = (n: AddedNote) => JSON.stringify([n.sheet, n.sheetId, n.address, n.hash]);
  return {
    report: pending.report ?? next.report,
    cells: union(next.cells, pending.cells, cellId),
    notes: union(next.notes, pending.notes, noteId),
    comments: union(next.comments, pending.comments, noteId),
  };
}

/** A yield every this many cells inside the per-cell loops below (20,000 marks on a 10,000-row sheet). */
const CELLS_PER_STEP = 256;

/** The plan's cells by key: a fill colour and/or a note each. */
function* newCellsOf(
  plan: MarkPlan | null,
  planSheets: Map<string, SheetEntry>,
): Generator<void, Map<string, NewCell>> {
  const out = new Map<string, NewCell>();
  let n = 0;
  for (const s of plan?.sheets ?? []) {
    const e = planSheets.get(s.sheet)!;
    const notes = new Map(s.notes.map((n) => [n.address.toUpperCase(), n.text]));
    for (const g of s.fills) {
      for (const a of g.cells) {
        if (++n % CELLS_PER_STEP === 0) yield;
        const A = a.toUpperCase();
        out.set(cellKey(e.name, A), {
          entry: e,
          address: A,
          color: hex(g.color),
          note: notes.get(A) ?? null,
        });
      }
    }
    for (const [A, text] of notes) {
      if (++n % CELLS_PER_STEP === 0) yield;
      if (!out.has(cellKey(e.name, A)))
        out.set(cellKey(e.name, A), { entry: e, address: A, color: "", note: text });
    }
  }
  return out;
}

interface Context {
  old: MarkState;
  index: readonly SheetEntry[];
  seen: Seen;
  newCells: Map<string, NewCell>;
  /** Old records still to be undone by this write: kept in the state until the write has gone through. */
  pending: MarkState;
  cleared: ClearSummary;
}

/** Old marks: restored when still ours, kept when the planner recoloured them, carried over when marked again. */
function undoFills(x: Context): {
  restore: Map<string, MarkedCell[]>;
  previousOriginal: Map<string, OriginalFill>;
} {
  const restore = new Map<string, MarkedCell[]>();
  const previousOriginal = new Map<string, OriginalFill>();
  for (const { r: c, e, k } of perCellOf(x, x.old.cells, (c, k) => isOurs(x.seen.fills.get(k), c.mark))) {
    const now = x.seen.fills.get(k);
    const ours = isOurs(now, c.mark);
    const record = { ...c, sheet: e.name, sheetId: e.id };
    const again = x.newCells.get(k)?.color;
    if (again) {
      // Marked again: keep the true original (or the planner's new fill, if they recoloured our mark).
      previousOriginal.set(k, ours ? c.original : originalOf(now!));
      if (ours && again !== c.mark) x.pending.cells.push(record);
      continue;
    }
    if (ours) {
      push(restore, e.name, record);
      x.pending.cells.push(record);
      x.cleared.fillsRestored += 1;
    } else x.cleared.fillsKept += 1;
  }
  return { restore, previousOriginal };
}

function perCellOf<R extends { sheet: string; sheetId: string; address: string }>(
  x: Context,
  records: readonly R[],
  matches: (r: R, k: string) => boolean,
): { r: R; e: SheetEntry; k: string }[] {
  // A write that failed half-way leaves two records for a cell: the one that matches what the cell holds wins.
  const out = new Map<string, { r: R; e: SheetEntry; k: string }>();
  for (const r of records) {
    const e = findSheet(x.index, r.sheet, r.sheetId);
    if (!e) continue;
    const k = cellKey(e.name, r.address);
    const had = out.get(k);
    if (!had || (!matches(had.r, k) && matches(r, k))) out.set(k, { r, e, k });
  }
  return [...out.values()];
}

/** Notes the add-in wrote last time: ours if their text is unchanged; updated when the cell gets a note again. */
function undoNotes(x: Context): { update: Set<string>; deletes: { sheet: string; address: string }[] } {
  const update = new Set<string>();
  const deletes: { sheet: string; address: string }[] = [];
  const unchanged = (n: AddedNote, k: string) => {
    const text = x.seen.notes.get(k);
    return typeof text === "string" && textHash(text) === n.hash;
  };
  for (const { r: n, e, k } of perCellOf(x, x.old.notes, unchanged)) {
    const text = x.seen.notes.get(k);
    if (text === undefined || text === null) continue; // deleted by the planner meanwhile
    if (!unchanged(n, k)) {
      x.cleared.annotationsKept += 1;
      continue;
    }
    x.pending.notes.push({ ...n, sheet: e.name, sheetId: e.id });
    const next = x.newCells.get(k);
    if (next && next.note !== null) update.add(k);
    else {
      deletes.push({ sheet: e.name, address: n.address });
      x.cleared.notesRemoved += 1;
    }
  }
  return { update, deletes };
}

/** The same for comments (ExcelApi 1.10–1.17); deletes are by cell key. */
function undoComments(x: Context): { update: Set<string>; deletes: string[] } {
  const update = new Set<string>();
  const deletes: string[] = [];
  const unchanged = (n: AddedNote, k: string) => {
    const content = x.seen.comments.get(k);
    return content !== undefined && textHash(content) === n.hash;
  };
  for (const { r: n, e, k } of perCellOf(x, x.old.comments, unchanged)) {
    if (!x.seen.comments.has(k)) continue;
    if (!unchanged(n, k)) {
      x.cleared.annotationsKept += 1;
      continue;
    }
    x.pending.comments.push({ ...n, sheet: e.name, sheetId: e.id });
    const next = x.newCells.get(k);
    if (next && next.note !== null) update.add(k);
    else {
      deletes.push(k);
      x.cleared.commentsRemoved += 1;
    }
  }
  return { update, deletes };
}

interface NewMarks {
  next: MarkState;
  fills: Map<string, Map<string, string[]>>;
  annotations: Annotation[];
  /** Cells where the planner's own note/comment stays and no message is added. */
  skipped: number;
}

function* newMarks(
  x: Context,
  caps: WriteCaps,
  previousOriginal: Map<string, OriginalFill>,
  noteUpdate: Set<string>,
  commentUpdate: Set<string>,
): Generator<void, NewMarks> {
  const next: MarkState = { report: null, cells: [], notes: [], comments: [] };
  const fills = new Map<string, Map<string, string[]>>();
  const annotations: Annotation[] = [];
  let skipped = 0;
  const commentsMode = caps.comments && !caps.notes;
  let n = 0;
  for (const [k, c] of x.newCells) {
    if (++n % CELLS_PER_STEP === 0) yield;
    const sheet = c.entry.name;
    if (c.color) {
      const now = x.seen.fills.get(k);
      const original = previousOriginal.get(k) ?? (now ? originalOf(now) : "none");
      next.cells.push({ sheet, sheetId: c.entry.id, address: c.address, mark: c.color, original });
      const byColor = fills.get(sheet) ?? new Map<string, string[]>();
      push(byColor, c.color, c.address);
      fills.set(sheet, byColor);
    }
    if (c.note === null) continue;
    const record = { sheet, sheetId: c.entry.id, address: c.address, hash: textHash(c.note) };
    const annotation = (update: boolean) => ({ sheet, address: c.address, text: c.note!, update });
    if (caps.notes) {
      const existing = x.seen.notes.get(k);
      if (noteUpdate.has(k)) {
        annotations.push(annotation(true));
        next.notes.push(record);
      } else if (existing !== null && existing !== undefined)
        skipped += 1; // the planner's own note stays
      else {
        annotations.push(annotation(false));
        next.notes.push(record);
      }
    } else if (commentsMode) {
      if (commentUpdate.has(k)) {
        annotations.push(annotation(true));
        next.comments.push(record);
      } else if (x.seen.comments.has(k)) skipped += 1;
      else {
        annotations.push(annotation(false));
        next.comments.push(record);
      }
    }
  }
  return { next, fills, annotations, skipped };
}

const names = (lost: Set<string>, open: string, close: string) =>
  [...lost].map((n) => `${open}${n}${close}`).join(", ");

/**
 * The whole write, decided on plain data. Throws (an AdapterError) when a sheet to write to or the workbook
 * structure is protected: then nothing is written.
 */
export function planMarkWrite(input: MarkWriteInput): WritePlan {
  return runAtOnce(planMarkWriteSteps(input));
}

/** planMarkWrite in steps: each yield is a point where the pane may take its turn (see pace.ts). */
export function* planMarkWriteSteps(input: MarkWriteInput): Generator<void, WritePlan> {
  yield; // the inspection's answer was just taken in: the pane may want its turn first
  const { stateExists, sheets: index, seen, plan, caps } = input;
  const old = input.old.marks;
  const { planSheets, lost, oldReport } = resolve(old, index, plan);
  if (seen.protectedSheets.length) throw protectedError(seen.protectedSheets);
  const needsStructure = plan !== null || oldReport !== null || stateExists;
  if (needsStructure && input.workbookProtected) throw structureError();
  const notices: Bilingual[] = [];
  if (lost.size) {
    notices.push({
      ru: `Листы ${names(lost, "«", "»")} с прежними отметками не найдены — их отметки забыты.`,
      en: `Sheets ${names(lost, "“", "”")} with earlier marks were not found — their marks are forgotten.`,
    });
  }
  const x: Context = {
    old,
    index,
    seen,
    newCells: yield* newCellsOf(plan, planSheets),
    pending: { report: null, cells: [], notes: [], comments: [] },
    cleared: nothingCleared(),
  };
  yield;
  const { restore, previousOriginal } = undoFills(x);
  yield;
  const notes = undoNotes(x);
  const comments = undoComments(x);
  yield;
  const marks = yield* newMarks(x, caps, previousOriginal, notes.update, comments.update);
  yield;
  // Report sheet: ours is rewritten in place (found by its id, so a name the planner gave it stays), or deleted when
  // clearing or protected; a planner's own sheet of that name is never touched (a free name is used instead).
  const ours =
    oldReport !== null &&
    old.report !== null &&
    seen.reportHeader !== null &&
    seen.reportHeader === old.report.header;
  const reuse = ours && plan !== null && !seen.reportProtected ? oldReport : null;
  const deleteReport = ours && !reuse;
  if (deleteReport) x.pending.report = { ...old.report!, name: oldReport.name, id: oldReport.id };
  if (oldReport && !ours) {
    notices.push({
      ru: `Лист «${oldReport.name}» изменён или создан не надстройкой — он сохранён.`,
      en: `Sheet “${oldReport.name}” was changed or not created by the add-in — it was kept.`,
    });
  }
  x.cleared.reportSheetRemoved = ours;
  let report: WritePlan["report"] = null;
  if (plan) {
    const taken = index.filter((s) => !(ours && s === oldReport)).map((s) => s.name);
    // A report the planner renamed keeps their name; under the add-in's name it takes this check's language's.
    const renamed = ours && oldReport!.name.toLowerCase() !== old.report!.name.toLowerCase();
    const name = renamed ? oldReport!.name : freeSheetName(plan.reportSheet.name, [...taken, STORE_SHEET]);
    marks.next.report = {
      name,
      // A new sheet's id is known only once it is added: recorded right after (markAfterSurvey).
      ...(reuse ? { id: reuse.id } : {}),
      header: reportHeaderHash(plan.reportSheet),
      columns: plan.reportSheet.header.length,
    };
    const fills = Object.fromEntries(plan.sheets.flatMap((s) => s.fills.map((g) => [g.severity, g.color])));
    report = { name, fills: { ...MARK_FILLS, ...fills }, reuse: reuse?.name ?? null };
    // Named as the report is now: «Проверка (2)», “Check report”, or the name the planner gave it.
    if (marks.skipped > 0) {
      notices.push({
        ru: `В ${marks.skipped} ячейках уже есть примечания планировщика — их не трогали; сообщения об этих ячейках есть на листе «${name}».`,
        en: `${marks.skipped} cells already have the planner's own notes — left as they are; their messages are on sheet “${name}”.`,
      });
    }
  }
  // Clearing deletes the state sheet, unless it holds sections other than marks (accepted deviations, templates, a
  // later version's records).
  const o = input.old;
  const keep = plan !== null || o.acceptances.length + o.templates.length + (o.other?.length ?? 0) > 0;
  const firstState = keep ? { ...input.old, marks: withPending(marks.next, x.pending) } : null;
  const p = x.pending;
  const nothingPending = !p.report && p.cells.length + p.notes.length + p.comments.length === 0;
  yield;
  return {
    stateExists,
    firstState,
    restore,
    noteDeletes: notes.deletes,
    commentDeletes: comments.deletes,
    fills: marks.fills,
    annotationsAs: caps.notes ? "notes" : "comments",
    annotations: marks.annotations,
    deleteReport: deleteReport ? oldReport!.name : null,
    report,
    deleteStateSheet: !keep && stateExists,
    // With nothing pending the two states are equal: the same object, so carryOut encodes it once.
    finalState: keep ? (nothingPending ? firstState : { ...input.old, marks: marks.next }) : null,
    notices,
    cleared: x.cleared,
    summary:
      plan && report
        ? {
            marked: marks.next.cells.length,
            notesAdded: caps.notes ? marks.annotations.length : 0,
            commentsAdded: caps.notes ? 0 : marks.annotations.length,
            annotationsSkipped: marks.skipped,
            reportSheet: report.name,
            previous: stateExists ? x.cleared : null,
          }
        : null,
  };
}
