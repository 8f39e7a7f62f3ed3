import { columnLetters, quoteSheet, rangeAddress, stripSheet } from "../core/grid";
import type { Bilingual } from "../core/lang";
import { MARK_FILLS, type MarkPlan, type ReportSheetPlan } from "../core/marks";
import { freeSheetName } from "../core/templates/sheet";
import { Batch, estimate, rowSlices } from "./batch";
import { chunkAddresses, coalesce } from "./blocks";
import type { Capabilities } from "./capabilities";
import { AdapterError } from "./errors";
import { charsToPoints } from "./units";
import {
  type AddedNote,
  type MarkState,
  type MarkedCell,
  type OriginalFill,
  STATE_SHEET,
  decodeState,
  emptyState,
  encodeState,
  textHash,
} from "./state";
import type { ClearSummary, MarkSummary } from "./types";

/** Appends to the list under `k` (never rebuilding it: plans can hold tens of thousands of cells). */
function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

/**
 * Marking and un-marking, in three syncs whatever the sheet's size:
 *   A. survey — sheet list, workbook protection, the state sheet, comments (and, for check-and-mark, the read);
 *   B. inspect — current fills of every cell to mark or restore, existing notes/comments, sheet protection;
 *   C. write — first a state that also holds every old record still to be undone (Excel keeps what ran before a
 *      failing operation, so a failure half-way can still be cleared), then restore, fills, notes, report, and
 *      last the plain new state.
 * Protection is checked before anything is written: a protected sheet ends with a message and nothing changed.
 */

interface SheetEntry {
  name: string;
  id: string;
  visible: boolean;
}

export interface Survey {
  sheets: Excel.WorksheetCollection;
  wbProtection: Excel.WorkbookProtection | null;
  stateUsed: Excel.Range | null;
  comments: Excel.CommentCollection | null;
}

const commentsMode = (caps: Capabilities) => caps.comments && !caps.notes;

export function queueSurvey(context: Excel.RequestContext, caps: Capabilities): Survey {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name, items/id, items/visibility");
  let wbProtection: Excel.WorkbookProtection | null = null;
  if (caps.workbookProtection) {
    wbProtection = context.workbook.protection;
    wbProtection.load("protected");
  }
  let stateUsed: Excel.Range | null = null;
  if (caps.nullObjects) {
    stateUsed = sheets.getItemOrNullObject(STATE_SHEET).getUsedRangeOrNullObject(true);
    stateUsed.load("values");
  }
  let comments: Excel.CommentCollection | null = null;
  if (commentsMode(caps)) {
    comments = context.workbook.comments;
    comments.load("items/id, items/content");
  }
  return { sheets, wbProtection, stateUsed, comments };
}

function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

function sheetIndex(survey: Survey): SheetEntry[] {
  return survey.sheets.items.map((s) => ({ name: s.name, id: s.id, visible: s.visibility === "Visible" }));
}

interface LoadedState {
  state: MarkState;
  exists: boolean;
}

async function readState(
  context: Excel.RequestContext,
  caps: Capabilities,
  survey: Survey,
  index: SheetEntry[],
  notices: Bilingual[],
): Promise<LoadedState> {
  if (!index.some((s) => sameName(s.name, STATE_SHEET))) return { state: emptyState(), exists: false };
  let column: unknown[];
  if (survey.stateUsed) {
    column = survey.stateUsed.isNullObject ? [] : survey.stateUsed.values.map((r) => r[0]);
  } else {
    // Below ExcelApi 1.4 there is no null-object read: one more sync, only when the state sheet exists.
    const ws = context.workbook.worksheets.getItem(STATE_SHEET);
    const used = caps.usedRangeValuesOnly ? ws.getUsedRange(true) : ws.getUsedRange();
    used.load("values");
    await context.sync();
    column = used.values.map((r) => r[0]);
  }
  if (column.every((v) => v === "" || v === null)) return { state: emptyState(), exists: true };
  const decoded = decodeState(column);
  if (!decoded) {
    throw new AdapterError("StateForeign", {
      ru: `В книге есть лист «${STATE_SHEET}», созданный не надстройкой. Переименуйте его и повторите.`,
      en: `The workbook has a sheet “${STATE_SHEET}” that the add-in did not create. Rename it and try again.`,
    });
  }
  if (decoded.skipped > 0) {
    notices.push({
      ru: `Часть записей о прежних отметках повреждена (${decoded.skipped}) — эти ячейки не восстановлены.`,
      en: `Some records of earlier marks are damaged (${decoded.skipped}) — those cells were not restored.`,
    });
  }
  return { state: decoded.state, exists: true };
}

function findSheet(index: SheetEntry[], name: string, id: string): SheetEntry | null {
  return index.find((s) => id && s.id === id) ?? index.find((s) => sameName(s.name, name)) ?? null;
}

/**
 * One record per cell with its sheet resolved. A write that failed half-way leaves two records for a cell (the old
 * mark and the new one): the one that matches what the cell holds now wins.
 */
function perCell<R extends { sheet: string; sheetId: string; address: string }>(
  records: readonly R[],
  index: SheetEntry[],
  matches: (r: R, k: string) => boolean,
): { r: R; e: SheetEntry; k: string }[] {
  const out = new Map<string, { r: R; e: SheetEntry; k: string }>();
  for (const r of records) {
    const e = findSheet(index, r.sheet, r.sheetId);
    if (!e) continue;
    const k = key(e.name, r.address);
    const had = out.get(k);
    if (!had || (!matches(had.r, k) && matches(r, k))) out.set(k, { r, e, k });
  }
  return [...out.values()];
}

// ------------------------------------------------------------------ inspection (sync B)

interface FillNow {
  color: string; // RRGGBB
  pattern: string | null; // null below ExcelApi 1.9
  patternColor: string | null;
}

interface Inspection {
  fills: Map<string, FillNow>;
  notes: Map<string, string | null>;
  comments: Map<string, { comment: Excel.Comment; content: string }>;
  protectedSheets: string[];
  /** Report sheet name → hash of its first row (to recognise our own report). */
  reportHeader: string | null;
}

const key = (sheet: string, address: string) => `${sheet.toLowerCase()}!${address.toUpperCase()}`;
const hex = (c: string | null | undefined) => (c ?? "#000000").replace("#", "").toUpperCase();

interface InspectRequest {
  /** Sheets whose protection matters (we will write there), by name. */
  sheets: SheetEntry[];
  fills: Map<SheetEntry, Set<string>>;
  notes: Map<SheetEntry, Set<string>>;
  report: { name: string; columns: number } | null;
}

async function inspect(
  context: Excel.RequestContext,
  caps: Capabilities,
  survey: Survey,
  req: InspectRequest,
): Promise<Inspection> {
  const batch = new Batch(context, caps.payloadBudget);
  const out: Inspection = {
    fills: new Map(),
    notes: new Map(),
    comments: new Map(),
    protectedSheets: [],
    reportHeader: null,
  };
  // Proxies are collected in records and read only after the sync below.
  const protections: { name: string; protection: Excel.WorksheetProtection }[] = [];
  const blockProps: {
    sheet: string;
    top: number;
    left: number;
    props: OfficeExtension.ClientResult<Excel.CellProperties[][]>;
  }[] = [];
  const cellFills: { k: string; fill: Excel.RangeFill }[] = [];
  const notes: { k: string; note: Excel.Note }[] = [];
  const locations: { comment: Excel.Comment; range: Excel.Range }[] = [];
  const headers: { range: Excel.Range }[] = [];
  const proxies = new Map<SheetEntry, Excel.Worksheet>();
  const wsOf = (s: SheetEntry) => {
    let ws = proxies.get(s);
    if (!ws) proxies.set(s, (ws = context.workbook.worksheets.getItem(s.name)));
    return ws;
  };
  if (caps.protection) {
    for (const s of req.sheets) {
      const protection = wsOf(s).protection;
      await batch.add(estimate(s.name), 40, () => protection.load("protected"));
      protections.push({ name: s.name, protection });
    }
  }
  for (const [s, cells] of req.fills) {
    const ws = wsOf(s);
    if (caps.cellProperties) {
      for (const block of coalesce([...cells])) {
        const addr = rangeAddress(block);
        const n = (block.bottom - block.top + 1) * (block.right - block.left + 1);
        await batch.add(estimate(addr), 90 * n, () => {
          const props = ws
            .getRange(addr)
            .getCellProperties({ format: { fill: { color: true, pattern: true, patternColor: true } } });
          blockProps.push({ sheet: s.name, top: block.top, left: block.left, props });
        });
      }
    } else {
      for (const a of cells) {
        const fill = ws.getRange(a).format.fill;
        await batch.add(estimate(a), 40, () => fill.load("color"));
        cellFills.push({ k: key(s.name, a), fill });
      }
    }
  }
  if (caps.notes) {
    for (const [s, cells] of req.notes) {
      const ws = wsOf(s);
      for (const a of cells) {
        const note = ws.notes.getItemOrNullObject(a);
        await batch.add(estimate(a), 200, () => note.load("content"));
        notes.push({ k: key(s.name, a), note });
      }
    }
  }
  if (survey.comments) {
    for (const comment of survey.comments.items) {
      const range = comment.getLocation();
      await batch.add(estimate(comment.id), 80, () => range.load("address"));
      locations.push({ comment, range });
    }
  }
  if (req.report) {
    const range = context.workbook.worksheets
      .getItem(req.report.name)
      .getRange(`A1:${columnLetters(req.report.columns)}1`);
    await batch.add(estimate(req.report.name), 2000, () => range.load("values"));
    headers.push({ range });
  }
  await batch.sync();

  for (const p of protections) if (p.protection.protected) out.protectedSheets.push(p.name);
  for (const b of blockProps) {
    b.props.value.forEach((line, i) =>
      line.forEach((p, j) => {
        const f = p.format?.fill;
        const a = rangeAddress({ top: b.top + i, left: b.left + j, bottom: b.top + i, right: b.left + j });
        out.fills.set(key(b.sheet, a), {
          color: hex(f?.color),
          pattern: f?.pattern ?? "None",
          patternColor: f?.patternColor ?? null,
        });
      }),
    );
  }
  for (const c of cellFills)
    out.fills.set(c.k, { color: hex(c.fill.color), pattern: null, patternColor: null });
  for (const n of notes) out.notes.set(n.k, n.note.isNullObject ? null : n.note.content);
  for (const l of locations) {
    const address = l.range.address;
    let sheet = address.slice(0, address.lastIndexOf("!"));
    if (sheet.startsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
    out.comments.set(key(sheet, stripSheet(address).split(":")[0]!), {
      comment: l.comment,
      content: l.comment.content,
    });
  }
  for (const h of headers) out.reportHeader = textHash((h.range.values[0] ?? []).map(String).join("\t"));
  return out;
}

function originalOf(f: FillNow): OriginalFill {
  // Without the pattern (below ExcelApi 1.9) white cannot be told from no fill (office-js #6218); no fill is
  // far more common, and restoring it keeps the gridlines that a white fill would hide (office-js #2349).
  if (f.pattern === null) return f.color === "FFFFFF" ? "none" : f.color;
  if (f.pattern === "None") return "none";
  // Gradients cannot be written back through Office.js; their first colour is the closest restorable fill.
  if (f.pattern === "Solid" || f.pattern.endsWith("Gradient")) return f.color;
  return [f.pattern, f.color, hex(f.patternColor)];
}

function isOurs(f: FillNow | undefined, mark: string): boolean {
  return !!f && f.color === mark && (f.pattern === null || f.pattern === "Solid");
}

// ------------------------------------------------------------------ writing (sync C)

async function fillCells(
  batch: Batch,
  ws: Excel.Worksheet,
  caps: Capabilities,
  cells: readonly string[],
  apply: (fill: Excel.RangeFill) => void,
): Promise<void> {
  const blocks = coalesce(cells);
  if (caps.rangeAreas) {
    for (const chunk of chunkAddresses(blocks, caps.areaSeparator)) {
      await batch.add(estimate(chunk), 0, () => apply(ws.getRanges(chunk).format.fill));
    }
  } else {
    // Below ExcelApi 1.9 there is no RangeAreas: one range per block (still never one per cell when they touch).
    for (const b of blocks) {
      const addr = rangeAddress(b);
      await batch.add(estimate(addr), 0, () => apply(ws.getRange(addr).format.fill));
    }
  }
}

async function restoreFills(
  batch: Batch,
  ws: Excel.Worksheet,
  caps: Capabilities,
  cells: MarkedCell[],
): Promise<void> {
  const none: string[] = [];
  const solid = new Map<string, string[]>();
  const patterned: MarkedCell[] = [];
  for (const c of cells) {
    if (c.original === "none") none.push(c.address);
    else if (typeof c.original === "string") push(solid, c.original, c.address);
    else patterned.push(c);
  }
  // «No fill» is restored with clear(), never by painting white (office-js #2349).
  if (none.length) await fillCells(batch, ws, caps, none, (f) => f.clear());
  for (const [color, list] of solid) await fillCells(batch, ws, caps, list, (f) => (f.color = `#${color}`));
  for (const c of patterned) {
    const [pattern, color, patternColor] = c.original as [string, string, string];
    const props = [
      [
        {
          format: {
            fill: {
              pattern: pattern as Excel.FillPattern,
              color: `#${color}`,
              patternColor: `#${patternColor}`,
            },
          },
        },
      ],
    ];
    await batch.add(estimate(c.address, props), 0, () => ws.getRange(c.address).setCellProperties(props));
  }
}

function hyperlinkFormula(sheet: string, address: string): string {
  const target = `#${quoteSheet(sheet)}!${address}`.replace(/"/g, '""');
  return `=HYPERLINK("${target}","${address}")`;
}

export function reportHeaderHash(report: ReportSheetPlan): string {
  return textHash(report.header.join("\t"));
}

async function writeReport(
  batch: Batch,
  context: Excel.RequestContext,
  caps: Capabilities,
  report: ReportSheetPlan,
  name: string,
  fills: Record<string, string>,
): Promise<void> {
  const ws = context.workbook.worksheets.add(name);
  const ncols = report.header.length;
  const last = columnLetters(ncols);
  const cells: (string | number)[][] = [report.header];
  const formats: string[][] = [report.header.map(() => "@")];
  for (const row of report.rows) {
    const line = row.cells
      .slice(0, ncols)
      .map((v, c) =>
        c === report.linkColumn && row.link ? hyperlinkFormula(row.link.sheet, row.link.address) : v,
      );
    while (line.length < ncols) line.push("");
    cells.push(line);
    // Text is written as text ("@") so Excel never turns «1.1» into a date or «=…» into a formula; links stay formulas.
    formats.push(
      line.map((v, c) =>
        c === report.linkColumn && row.link ? "General" : typeof v === "number" ? "General" : "@",
      ),
    );
  }
  for (const [start, slice] of rowSlices(cells)) {
    const addr = `A${start + 1}:${last}${start + slice.length}`;
    const fmt = formats.slice(start, start + slice.length);
    await batch.add(estimate(slice, fmt), 0, () => {
      const target = ws.getRange(addr);
      target.numberFormat = fmt;
      target.formulas = slice;
    });
  }
  await batch.add(estimate(last), 0, () => (ws.getRange(`A1:${last}1`).format.font.bold = true));
  const n = report.rows.length;
  for (let c = 0; c < ncols; c++) {
    const L = columnLetters(c + 1);
    const w = report.columnWidths[c];
    if (caps.columnWidth && w !== undefined)
      await batch.add(
        estimate(L, w),
        0,
        () => (ws.getRange(`${L}:${L}`).format.columnWidth = charsToPoints(w)),
      );
    if (n > 0 && w !== undefined && w >= 30)
      await batch.add(estimate(L), 0, () => (ws.getRange(`${L}2:${L}${n + 1}`).format.wrapText = true));
  }
  // Rows tinted by severity, grouped into row blocks, like the marks on the sheet.
  const bySeverity = new Map<string, number[]>();
  report.rows.forEach((row, i) => {
    if (row.severity) push(bySeverity, row.severity, i + 2);
  });
  for (const [severity, rows] of bySeverity) {
    const color = fills[severity];
    if (!color) continue;
    const blocks: { top: number; bottom: number; left: number; right: number }[] = [];
    for (const r of rows) {
      const lastBlock = blocks[blocks.length - 1];
      if (lastBlock && lastBlock.bottom === r - 1) lastBlock.bottom = r;
      else blocks.push({ top: r, bottom: r, left: 1, right: ncols });
    }
    if (caps.rangeAreas) {
      for (const chunk of chunkAddresses(blocks, caps.areaSeparator)) {
        await batch.add(estimate(chunk), 0, () => (ws.getRanges(chunk).format.fill.color = color));
      }
    } else {
      for (const b of blocks)
        await batch.add(estimate(b), 0, () => (ws.getRange(rangeAddress(b)).format.fill.color = color));
    }
  }
}

async function writeState(
  batch: Batch,
  context: Excel.RequestContext,
  exists: boolean,
  state: MarkState,
): Promise<void> {
  const rows = encodeState(state).map((r) => [r]);
  let ws: Excel.Worksheet;
  if (exists) {
    ws = context.workbook.worksheets.getItem(STATE_SHEET);
    await batch.add(estimate(STATE_SHEET), 0, () => ws.getRange().clear());
  } else {
    ws = context.workbook.worksheets.add(STATE_SHEET);
    // Very hidden: not listed in Excel's Unhide dialog, so planners do not stumble on it.
    await batch.add(estimate(STATE_SHEET), 0, () => (ws.visibility = "VeryHidden"));
  }
  for (const [start, slice] of rowSlices(rows)) {
    const addr = `A${start + 1}:A${start + slice.length}`;
    const fmt = slice.map(() => ["@"]);
    await batch.add(estimate(slice, fmt), 0, () => {
      const target = ws.getRange(addr);
      target.numberFormat = fmt;
      target.values = slice;
    });
  }
}

/** The new state plus the old records this write has still to undo (the old report while it is to be deleted). */
function withPending(next: MarkState, pending: MarkState): MarkState {
  const union = <T>(a: T[], b: T[], id: (r: T) => string) => {
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

// ------------------------------------------------------------------ the commands

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

/** Marks `plan` (after undoing the previous marks) — survey must have been synced already. */
export async function markAfterSurvey(
  context: Excel.RequestContext,
  caps: Capabilities,
  survey: Survey,
  plan: MarkPlan | null,
  notices: Bilingual[],
): Promise<{ summary: MarkSummary | null; cleared: ClearSummary }> {
  const index = sheetIndex(survey);
  const { state: old, exists: stateExists } = await readState(context, caps, survey, index, notices);

  // Resolve every sheet we will touch.
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
  const entryOf = (r: { sheet: string; sheetId: string }) => {
    const e = findSheet(index, r.sheet, r.sheetId);
    if (!e) lost.add(r.sheet);
    return e;
  };

  const fillReq = new Map<SheetEntry, Set<string>>();
  const noteReq = new Map<SheetEntry, Set<string>>();
  const add = (m: Map<SheetEntry, Set<string>>, s: SheetEntry, a: string) => {
    let set = m.get(s);
    if (!set) m.set(s, (set = new Set()));
    set.add(a.toUpperCase());
  };
  for (const s of plan?.sheets ?? []) {
    const e = planSheets.get(s.sheet)!;
    for (const g of s.fills) for (const a of g.cells) add(fillReq, e, a);
    for (const n of s.notes) add(noteReq, e, n.address);
  }
  for (const c of old.cells) {
    const e = entryOf(c);
    if (e) add(fillReq, e, c.address);
  }
  for (const n of old.notes) {
    const e = entryOf(n);
    if (e) add(noteReq, e, n.address);
  }
  const touched = new Set<SheetEntry>([...fillReq.keys(), ...noteReq.keys()]);
  for (const n of old.comments) {
    const e = entryOf(n);
    if (e) touched.add(e); // its comments will be deleted: its protection matters too
  }
  const oldReport = old.report ? (index.find((s) => sameName(s.name, old.report!.name)) ?? null) : null;

  // Sync B: everything the decisions below depend on.
  const seen = await inspect(context, caps, survey, {
    sheets: [...touched],
    fills: fillReq,
    notes: noteReq,
    report: oldReport && old.report ? { name: oldReport.name, columns: old.report.columns } : null,
  });
  if (seen.protectedSheets.length) throw protectedError(seen.protectedSheets);
  const needsStructure = plan !== null || oldReport !== null || stateExists;
  if (needsStructure && survey.wbProtection?.protected) throw structureError();
  if (lost.size) {
    notices.push({
      ru: `Листы ${[...lost].map((n) => `«${n}»`).join(", ")} с прежними отметками не найдены — их отметки забыты.`,
      en: `Sheets ${[...lost].map((n) => `“${n}”`).join(", ")} with earlier marks were not found — their marks are forgotten.`,
    });
  }

  // Decide, cell by cell.
  const cleared: ClearSummary = {
    fillsRestored: 0,
    fillsKept: 0,
    notesRemoved: 0,
    commentsRemoved: 0,
    annotationsKept: 0,
    reportSheetRemoved: false,
  };
  const newCells = new Map<
    string,
    { entry: SheetEntry; address: string; color: string; note: string | null }
  >();
  for (const s of plan?.sheets ?? []) {
    const e = planSheets.get(s.sheet)!;
    const notes = new Map(s.notes.map((n) => [n.address.toUpperCase(), n.text]));
    for (const g of s.fills) {
      for (const a of g.cells) {
        const A = a.toUpperCase();
        newCells.set(key(e.name, A), {
          entry: e,
          address: A,
          color: hex(g.color),
          note: notes.get(A) ?? null,
        });
      }
    }
    for (const [A, text] of notes) {
      if (!newCells.has(key(e.name, A)))
        newCells.set(key(e.name, A), { entry: e, address: A, color: "", note: text });
    }
  }

  const nextState: MarkState = { report: null, cells: [], notes: [], comments: [] };
  // Old records still to be undone by this write: kept in the state until the write has gone through.
  const pending: MarkState = { report: null, cells: [], notes: [], comments: [] };
  const restore = new Map<SheetEntry, MarkedCell[]>();
  const previousOriginal = new Map<string, OriginalFill>();
  for (const { r: c, e, k } of perCell(old.cells, index, (c, k) => isOurs(seen.fills.get(k), c.mark))) {
    const now = seen.fills.get(k);
    const ours = isOurs(now, c.mark);
    const record = { ...c, sheet: e.name, sheetId: e.id };
    const again = newCells.get(k)?.color;
    if (again) {
      // Marked again: keep the true original (or the planner's new fill, if they recoloured our mark).
      previousOriginal.set(k, ours ? c.original : originalOf(now!));
      if (ours && again !== c.mark) pending.cells.push(record);
      continue;
    }
    if (ours) {
      push(restore, e, record);
      pending.cells.push(record);
      cleared.fillsRestored += 1;
    } else cleared.fillsKept += 1;
  }

  // Notes/comments the add-in wrote last time: ours if their text is unchanged.
  const noteUpdate = new Map<string, AddedNote>();
  const noteDelete: { entry: SheetEntry; address: string }[] = [];
  const noteNow = (n: AddedNote, k: string) => {
    const text = seen.notes.get(k);
    return typeof text === "string" && textHash(text) === n.hash;
  };
  for (const { r: n, e, k } of perCell(old.notes, index, noteNow)) {
    const text = seen.notes.get(k);
    if (text === undefined || text === null) continue; // deleted by the planner meanwhile
    if (!noteNow(n, k)) {
      cleared.annotationsKept += 1;
      continue;
    }
    const record = { ...n, sheet: e.name, sheetId: e.id };
    pending.notes.push(record);
    const next = newCells.get(k);
    if (next && next.note !== null) noteUpdate.set(k, record);
    else {
      noteDelete.push({ entry: e, address: n.address });
      cleared.notesRemoved += 1;
    }
  }
  const commentUpdate = new Map<string, Excel.Comment>();
  const commentDelete: Excel.Comment[] = [];
  const commentNow = (n: AddedNote, k: string) => {
    const found = seen.comments.get(k);
    return !!found && textHash(found.content) === n.hash;
  };
  for (const { r: n, e, k } of perCell(old.comments, index, commentNow)) {
    const found = seen.comments.get(k);
    if (!found) continue;
    if (!commentNow(n, k)) {
      cleared.annotationsKept += 1;
      continue;
    }
    pending.comments.push({ ...n, sheet: e.name, sheetId: e.id });
    const next = newCells.get(k);
    if (next && next.note !== null) commentUpdate.set(k, found.comment);
    else {
      commentDelete.push(found.comment);
      cleared.commentsRemoved += 1;
    }
  }

  // New marks.
  const newFills = new Map<SheetEntry, Map<string, string[]>>();
  const noteAdds: { entry: SheetEntry; address: string; text: string; update: boolean }[] = [];
  let skipped = 0;
  for (const [k, c] of newCells) {
    if (c.color) {
      const now = seen.fills.get(k);
      const original = previousOriginal.get(k) ?? (now ? originalOf(now) : "none");
      nextState.cells.push({
        sheet: c.entry.name,
        sheetId: c.entry.id,
        address: c.address,
        mark: c.color,
        original,
      });
      const byColor = newFills.get(c.entry) ?? new Map<string, string[]>();
      push(byColor, c.color, c.address);
      newFills.set(c.entry, byColor);
    }
    if (c.note === null) continue;
    const record = { sheet: c.entry.name, sheetId: c.entry.id, address: c.address, hash: textHash(c.note) };
    if (caps.notes) {
      const existing = seen.notes.get(k);
      if (noteUpdate.has(k)) {
        noteAdds.push({ entry: c.entry, address: c.address, text: c.note, update: true });
        nextState.notes.push(record);
      } else if (existing !== null && existing !== undefined)
        skipped += 1; // the planner's own note stays
      else {
        noteAdds.push({ entry: c.entry, address: c.address, text: c.note, update: false });
        nextState.notes.push(record);
      }
    } else if (commentsMode(caps)) {
      if (commentUpdate.has(k)) {
        noteAdds.push({ entry: c.entry, address: c.address, text: c.note, update: true });
        nextState.comments.push(record);
      } else if (seen.comments.has(k)) skipped += 1;
      else {
        noteAdds.push({ entry: c.entry, address: c.address, text: c.note, update: false });
        nextState.comments.push(record);
      }
    }
  }
  if (skipped > 0) {
    notices.push({
      ru: `В ${skipped} ячейках уже есть примечания планировщика — их не трогали; сообщения об этих ячейках есть на листе «Проверка».`,
      en: `${skipped} cells already have the planner's own notes — left as they are; their messages are on the report sheet.`,
    });
  }

  // Report sheet: replaced; a planner's own sheet of that name is never deleted (a free name is used instead).
  const deleteReport =
    oldReport !== null &&
    seen.reportHeader !== null &&
    old.report !== null &&
    seen.reportHeader === old.report.header;
  if (deleteReport && old.report) pending.report = { ...old.report, name: oldReport.name };
  if (oldReport && !deleteReport) {
    notices.push({
      ru: `Лист «${oldReport.name}» изменён или создан не надстройкой — он сохранён.`,
      en: `Sheet “${oldReport.name}” was changed or not created by the add-in — it was kept.`,
    });
  }
  let reportName: string | null = null;
  if (plan) {
    const taken = index.filter((s) => !(deleteReport && s === oldReport)).map((s) => s.name);
    reportName = freeSheetName(plan.reportSheet.name, [...taken, STATE_SHEET]);
    nextState.report = {
      name: reportName,
      header: reportHeaderHash(plan.reportSheet),
      columns: plan.reportSheet.header.length,
    };
  }

  // Sync C.
  const batch = new Batch(context, caps.payloadBudget);
  const proxies = new Map<SheetEntry, Excel.Worksheet>();
  const wsOf = (s: SheetEntry) => {
    let ws = proxies.get(s);
    if (!ws) proxies.set(s, (ws = context.workbook.worksheets.getItem(s.name)));
    return ws;
  };
  const finalEmpty = plan === null;
  if (!finalEmpty) await writeState(batch, context, stateExists, withPending(nextState, pending));
  for (const [e, cells] of restore) await restoreFills(batch, wsOf(e), caps, cells);
  for (const d of noteDelete) {
    const ws = wsOf(d.entry);
    await batch.add(estimate(d.address), 0, () => ws.notes.getItem(d.address).delete());
  }
  for (const c of commentDelete) await batch.add(estimate(), 0, () => c.delete());
  for (const [e, byColor] of newFills) {
    for (const [color, cells] of byColor)
      await fillCells(batch, wsOf(e), caps, cells, (f) => (f.color = `#${color}`));
  }
  for (const n of noteAdds) {
    const ws = wsOf(n.entry);
    if (caps.notes) {
      await batch.add(estimate(n.address, n.text), 0, () => {
        if (n.update) ws.notes.getItem(n.address).content = n.text;
        else ws.notes.add(n.address, n.text);
      });
    } else {
      const existing = commentUpdate.get(key(n.entry.name, n.address));
      await batch.add(estimate(n.address, n.text), 0, () => {
        if (n.update && existing) existing.content = n.text;
        else ws.comments.add(n.address, n.text);
      });
    }
  }
  if (deleteReport && oldReport) {
    await batch.add(estimate(oldReport.name), 0, () =>
      context.workbook.worksheets.getItem(oldReport.name).delete(),
    );
    cleared.reportSheetRemoved = true;
  }
  if (plan && reportName) {
    const fills = Object.fromEntries(plan.sheets.flatMap((s) => s.fills.map((g) => [g.severity, g.color])));
    await writeReport(batch, context, caps, plan.reportSheet, reportName, { ...MARK_FILLS, ...fills });
  }
  if (finalEmpty && stateExists) {
    await batch.add(estimate(STATE_SHEET), 0, () =>
      context.workbook.worksheets.getItem(STATE_SHEET).delete(),
    );
  }
  // Everything above went through in order: now the state holds only the new marks (same sync, no extra trip).
  if (!finalEmpty) await writeState(batch, context, true, nextState);
  await batch.sync();

  if (!plan || !reportName) return { summary: null, cleared };
  const marked = nextState.cells.length;
  const notesAdded = caps.notes ? noteAdds.length : 0;
  return {
    summary: {
      marked,
      notesAdded,
      commentsAdded: caps.notes ? 0 : noteAdds.length,
      annotationsSkipped: skipped,
      reportSheet: reportName,
      previous: stateExists ? cleared : null,
    },
    cleared,
  };
}
