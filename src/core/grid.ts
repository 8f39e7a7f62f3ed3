/** The sheet as the core sees it: the used range's values, where it starts, and its merged areas. */

/** An Excel error value such as #REF! or #N/A, kept as data rather than thrown. */
export interface ExcelError {
  error: string;
}

/**
 * One cell. Dates are calendar days at UTC midnight (exceljs reads them so; the Office
 * adapter passes date serial numbers through as numbers and the deadline parser reads them).
 */
export type CellValue = string | number | boolean | Date | null | ExcelError;

export interface Grid {
  sheetName: string;
  /** A1 address of values[0][0], e.g. "B3". */
  origin: string;
  /** Rectangular rows × columns of the used range. */
  values: CellValue[][];
  /** Merged areas as A1 ranges ("A1:C1") on the sheet; only the top-left cell holds the value. */
  merges: string[];
}

export interface CellPos {
  /** 1-based sheet row. */
  row: number;
  /** 1-based sheet column. */
  col: number;
}

export interface RangePos {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

export function isExcelError(v: CellValue): v is ExcelError {
  return typeof v === "object" && v !== null && !(v instanceof Date) && "error" in v;
}

/** 1 → "A", 27 → "AA". */
export function columnLetters(col: number): string {
  let n = col;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "AA" → 27. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

const CELL_RE = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

/** Parses "B3" or "$B$3" (no sheet name). Throws on anything else: callers pass addresses they built. */
export function parseCell(address: string): CellPos {
  const m = CELL_RE.exec(address.trim());
  if (!m) throw new Error(`Not an A1 cell address: ${address}`);
  return { row: Number(m[2]), col: columnNumber(m[1]!) };
}

/** Parses "A1:C4" or "B2" into a range. */
export function parseRange(address: string): RangePos {
  const bare = stripSheet(address);
  const [a, b] = bare.split(":");
  const p = parseCell(a!);
  const q = b === undefined ? p : parseCell(b);
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
}

export function rangeAddress(r: RangePos): string {
  const a = cellAddress(r.top, r.left);
  const b = cellAddress(r.bottom, r.right);
  return a === b ? a : `${a}:${b}`;
}

/** "'Лист 1'!A1:B2" → "A1:B2". */
export function stripSheet(address: string): string {
  const i = address.lastIndexOf("!");
  return i >= 0 ? address.slice(i + 1) : address;
}

/** Quotes a sheet name for use in an address or a HYPERLINK formula, as Excel does. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Sheet address of grid cell [r][c] (0-based indexes into grid.values). */
export function gridAddress(grid: Pick<Grid, "origin">, r: number, c: number): string {
  const o = parseCell(grid.origin);
  return cellAddress(o.row + r, o.col + c);
}

/** The text a planner sees in a cell, for matching and messages (not for dates: see deadlines). */
export function cellText(v: CellValue): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v;
  if (typeof v === "number") return String(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (v instanceof Date) {
    const d = String(v.getUTCDate()).padStart(2, "0");
    const m = String(v.getUTCMonth() + 1).padStart(2, "0");
    return `${d}.${m}.${v.getUTCFullYear()}`;
  }
  return v.error;
}

/** «#Н/Д», «#N/A», «#ЗНАЧ!»: an Excel error as text (Office.js gives error cells as text; a pasted sheet keeps it). */
export const EXCEL_ERROR_TEXT =
  /^\s*#(?:Н\/Д|N\/A|ЗНАЧ!|VALUE!|ССЫЛКА!|REF!|ДЕЛ\/0!|DIV\/0!|ИМЯ\?|NAME\?|ЧИСЛО!|NUM!|ПУСТО!|NULL!|SPILL!|ПЕРЕНОС!|CALC!|ВЫЧИСЛ!)\s*$/iu;

export function isBlank(v: CellValue): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}
