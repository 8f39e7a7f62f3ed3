import {
  type CellValue,
  type Grid,
  MAX_COLS,
  MAX_ROWS,
  type RangePos,
  cellAddress,
  columnLetters,
  columnNumber,
  parseRange,
  stripSheet,
} from "../core/grid";
import type { Bilingual } from "../core/lang";
import type { Capabilities } from "./capabilities";
import { AdapterError } from "./errors";
import { readSparse } from "./read-sparse";
import { errorCode } from "./run";
import { STATE_SHEET } from "./state";
import type { ReadSheetResult, SheetInfo } from "./types";

/** Reading a sheet into the core's Grid: one sync on ExcelApi 1.2+, whatever the sheet's size. */

/** Excel's limit for reading cell properties at once (performance.md). */
export const CELL_READ_LIMIT = 5_000_000;
/** Below ExcelApi 1.2 the used range may be inflated by formatting; read at most this many cells of it. */
export const V11_CELL_BUDGET = 200_000;
/** Cells per sync when a read has to be split because Excel on the web refused the payload. */
export const CHUNK_CELLS = 100_000;

export interface ReadHandles {
  ws: Excel.Worksheet;
  used: Excel.Range;
  merged: Excel.RangeAreas | null;
}

/** Queues the loads for a sheet read (sync not included), so a command can share its first sync with them. */
export function queueRead(context: Excel.RequestContext, caps: Capabilities, sheet?: string): ReadHandles {
  const sheets = context.workbook.worksheets;
  const ws = sheet === undefined ? sheets.getActiveWorksheet() : sheets.getItem(sheet);
  ws.load("name, id");
  if (caps.protection) ws.protection.load("protected");
  // valuesOnly keeps a sheet formatted down to row 1,048,576 from being read cell by cell.
  const used = caps.nullObjects
    ? ws.getUsedRangeOrNullObject(true)
    : caps.usedRangeValuesOnly
      ? ws.getUsedRange(true)
      : ws.getUsedRange();
  used.load(
    caps.usedRangeValuesOnly
      ? "address, rowCount, columnCount, values, valueTypes"
      : "address, rowCount, columnCount",
  );
  let merged: Excel.RangeAreas | null = null;
  if (caps.mergedAreas) {
    merged = used.getMergedAreasOrNullObject();
    merged.load("address");
  }
  return { ws, used, merged };
}

function toCell(v: unknown, type: string | undefined): CellValue {
  if (type === "Empty" || v === "" || v === null || v === undefined) return null;
  if (type === "Error") return { error: String(v) };
  if (typeof v === "number" || typeof v === "boolean" || typeof v === "string") return v;
  return String(v);
}

/** Splits a RangeAreas address ("S!A1:B2,S!D4" or with ";") on separators outside quoted sheet names. */
export function splitAreas(address: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < address.length; i++) {
    const ch = address[i]!;
    if (ch === "'") {
      if (quoted && address[i + 1] === "'") {
        cur += "''";
        i++;
        continue;
      }
      quoted = !quoted;
    }
    if (!quoted && (ch === "," || ch === ";")) {
      if (cur.trim()) out.push(cur.trim());
      cur = "";
    } else cur += ch;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}

function tooMany(sheetName: string, rows: number, cols: number): AdapterError {
  const n = (rows * cols).toLocaleString("ru-RU");
  return new AdapterError(
    "TooManyCells",
    {
      ru: `На листе «${sheetName}» занято ${rows} строк × ${cols} столбцов (${n} ячеек) — больше, чем Excel отдаёт за раз (5 000 000). Удалите лишние строки и столбцы в конце листа и повторите.`,
      en: `Sheet “${sheetName}” uses ${rows} rows × ${cols} columns (${(rows * cols).toLocaleString("en-US")} cells) — more than Excel can read at once (5,000,000). Delete the unused rows and columns at the end of the sheet and try again.`,
    },
    `used range ${rows}x${cols}`,
  );
}

function emptySheet(sheetName: string): AdapterError {
  return new AdapterError("EmptySheet", {
    ru: `Лист «${sheetName}» пуст — проверять нечего.`,
    en: `Sheet “${sheetName}” is empty — there is nothing to check.`,
  });
}

function trimTrailing(values: CellValue[][]): CellValue[][] {
  let rows = values.length;
  while (rows > 0 && values[rows - 1]!.every((v) => v === null)) rows--;
  let cols = 0;
  for (let r = 0; r < rows; r++) {
    const line = values[r]!;
    for (let c = line.length - 1; c >= cols; c--) {
      if (line[c] !== null) {
        cols = c + 1;
        break;
      }
    }
  }
  return values.slice(0, rows).map((line) => line.slice(0, cols));
}

/** Parses a range address as Excel reports it, including whole columns ("A:D") and rows ("2:5"). */
export function rangeOf(address: string): RangePos {
  const bare = stripSheet(address).replace(/\$/g, "");
  const cols = /^([A-Z]{1,3}):([A-Z]{1,3})$/i.exec(bare);
  if (cols) return { top: 1, bottom: MAX_ROWS, left: columnNumber(cols[1]!), right: columnNumber(cols[2]!) };
  const rows = /^(\d+):(\d+)$/.exec(bare);
  if (rows) return { top: Number(rows[1]), bottom: Number(rows[2]), left: 1, right: MAX_COLS };
  return parseRange(bare);
}

function buildGrid(
  name: string,
  address: string,
  values: unknown[][],
  types: unknown[][] | null,
  merges: string[],
): Grid {
  const r = rangeOf(address);
  const origin = cellAddress(r.top, r.left);
  return {
    sheetName: name,
    origin,
    values: values.map((line, r) => line.map((v, c) => toCell(v, types ? String(types[r]?.[c]) : undefined))),
    merges,
  };
}

/** After the first sync: the grid, or a refusal. Below ExcelApi 1.2 it needs one more sync for the values. */
export async function completeRead(
  context: Excel.RequestContext,
  caps: Capabilities,
  h: ReadHandles,
  notices: Bilingual[],
): Promise<ReadSheetResult> {
  const name = h.ws.name;
  if (caps.nullObjects && h.used.isNullObject) throw emptySheet(name);
  const rows = h.used.rowCount;
  const cols = h.used.columnCount;
  const isProtected = caps.protection ? h.ws.protection.protected : false;
  const merges =
    h.merged && !h.merged.isNullObject ? splitAreas(h.merged.address).map((a) => stripSheet(a)) : [];
  const sparse = async () => {
    const read = await readSparseIn(context, caps, h.ws, name, h.used.address, merges, notices);
    if (!read) throw tooMany(name, rows, cols);
    return { grid: read.grid, usedRange: h.used.address, protected: isProtected, truncated: false };
  };
  if (rows * cols > CELL_READ_LIMIT) return sparse();

  if (caps.usedRangeValuesOnly) {
    const values = h.used.values as unknown[][] | null;
    const types = h.used.valueTypes as unknown[][] | null;
    // Excel may answer an over-limit read with null instead of an error (performance.md).
    if (values === null || types === null) return sparse();
    if (rows === 1 && cols === 1 && types[0]?.[0] === "Empty") throw emptySheet(name);
    return {
      grid: buildGrid(name, h.used.address, values, types, merges),
      usedRange: h.used.address,
      protected: isProtected,
      truncated: false,
    };
  }

  // ExcelApi 1.1: the used range counts formatting, so read a bounded top part and trim empty edges.
  const r = rangeOf(h.used.address);
  const take = Math.max(1, Math.min(rows, Math.floor(V11_CELL_BUDGET / Math.max(1, cols))));
  const truncated = take < rows;
  const part = h.ws.getRange(`${columnLetters(r.left)}${r.top}:${columnLetters(r.right)}${r.top + take - 1}`);
  part.load("values, valueTypes");
  await context.sync();
  const grid = buildGrid(name, h.used.address, part.values, part.valueTypes, merges);
  grid.values = trimTrailing(grid.values);
  if (grid.values.length === 0) throw emptySheet(name);
  if (truncated) {
    notices.push({
      ru: `Лист «${name}» отформатирован до строки ${r.bottom}; эта версия Excel не отличает пустые строки от заполненных, поэтому прочитаны первые ${take} строк.`,
      en: `Sheet “${name}” is formatted down to row ${r.bottom}; this Excel cannot tell empty rows from filled ones, so the first ${take} rows were read.`,
    });
  }
  return { grid, usedRange: h.used.address, protected: isProtected, truncated };
}

/**
 * Excel on the web refused to send the whole used range at once (5 MB): read its size, then row blocks, one sync
 * each. Only reached after a confirmed overflow, as the Office docs advise.
 */
export async function readInChunks(
  context: Excel.RequestContext,
  caps: Capabilities,
  sheet: string | undefined,
  notices: Bilingual[],
): Promise<ReadSheetResult> {
  const sheets = context.workbook.worksheets;
  const ws = sheet === undefined ? sheets.getActiveWorksheet() : sheets.getItem(sheet);
  ws.load("name");
  if (caps.protection) ws.protection.load("protected");
  const used = caps.usedRangeValuesOnly ? ws.getUsedRange(true) : ws.getUsedRange();
  used.load("address, rowCount, columnCount");
  // Merged areas come with the size query: the core reader needs them for section rows and header blocks.
  let merged: Excel.RangeAreas | null = null;
  if (caps.mergedAreas) {
    merged = used.getMergedAreasOrNullObject();
    merged.load("address");
  }
  await context.sync();
  const merges = merged && !merged.isNullObject ? splitAreas(merged.address).map((a) => stripSheet(a)) : [];
  const rows = used.rowCount;
  const cols = used.columnCount;
  if (rows * cols > CELL_READ_LIMIT) {
    // A used range stretched by far cells: read only its occupied parts (read-sparse.ts).
    const read = await readSparseIn(context, caps, ws, ws.name, used.address, merges, notices);
    if (!read) throw tooMany(ws.name, rows, cols);
    const isProtected = caps.protection ? ws.protection.protected : false;
    return { grid: read.grid, usedRange: used.address, protected: isProtected, truncated: false };
  }
  const r = rangeOf(used.address);
  let step = Math.max(1, Math.floor(CHUNK_CELLS / cols));
  let parts = 0;
  const values: unknown[][] = [];
  const types: unknown[][] = [];
  for (let top = r.top; top <= r.bottom;) {
    const bottom = Math.min(r.bottom, top + step - 1);
    const part = ws.getRange(`${columnLetters(r.left)}${top}:${columnLetters(r.right)}${bottom}`);
    part.load("values, valueTypes");
    try {
      // One round trip per block is the point here: each response must stay under the 5 MB limit.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (e) {
      // Long texts: halve the block and try again (down to a single row).
      if (errorCode(e) !== "ResponsePayloadSizeLimitExceeded" || step === 1) throw e;
      step = Math.max(1, Math.floor(step / 2));
      continue;
    }
    values.push(...part.values);
    types.push(...part.valueTypes);
    parts += 1;
    top = bottom + 1;
  }
  notices.push({
    ru: `Лист «${ws.name}» большой: он прочитан частями (${parts}).`,
    en: `Sheet “${ws.name}” is large: it was read in ${parts} parts.`,
  });
  return {
    grid: buildGrid(ws.name, used.address, values, types, merges),
    usedRange: used.address,
    protected: caps.protection ? ws.protection.protected : false,
    truncated: false,
  };
}

/** The occupied parts of a huge used range (read-sparse.ts), or null where this Excel cannot probe for them. */
function readSparseIn(
  context: Excel.RequestContext,
  caps: Capabilities,
  ws: Excel.Worksheet,
  name: string,
  usedAddress: string,
  merges: string[],
  notices: Bilingual[],
) {
  const limits = { chunkCells: CHUNK_CELLS, cellReadLimit: CELL_READ_LIMIT };
  return readSparse(
    context,
    caps,
    ws,
    name,
    rangeOf(usedAddress),
    merges,
    limits,
    rangeOf,
    splitAreas,
    notices,
  );
}

/** The first sync of a read failed: a size problem gets the chunked path, anything else is rethrown. */
export function isSizeError(e: unknown): boolean {
  const code = errorCode(e);
  return code === "ResponsePayloadSizeLimitExceeded" || code === "GeneralException";
}

export async function readSheetIn(
  context: Excel.RequestContext,
  caps: Capabilities,
  sheet: string | undefined,
  notices: Bilingual[],
): Promise<ReadSheetResult> {
  const h = queueRead(context, caps, sheet);
  try {
    await context.sync();
  } catch (e) {
    if (!isSizeError(e)) throw e;
    return readInChunks(context, caps, sheet, notices);
  }
  return completeRead(context, caps, h, notices);
}

export async function listSheetsIn(context: Excel.RequestContext): Promise<SheetInfo[]> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name, items/visibility");
  const active = sheets.getActiveWorksheet();
  active.load("name");
  await context.sync();
  return sheets.items
    .filter((s) => s.name !== STATE_SHEET)
    .map((s) => ({ name: s.name, visible: s.visibility === "Visible", active: s.name === active.name }));
}
