import { MAX_COLS, MAX_ROWS, columnLetters, columnNumber, quoteSheet } from "../core/grid";
import { invalidArgument } from "./errors";

/** A rectangle of cells, 1-based and inclusive. Whole columns/rows are rectangles that reach the sheet's edge. */
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COL = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

function checkBounds(r: Rect, text: string): Rect {
  if (r.top < 1 || r.left < 1 || r.bottom > MAX_ROWS || r.right > MAX_COLS) {
    throw invalidArgument(`The address '${text}' is outside the sheet.`);
  }
  return r;
}

/** Parses "A1", "A1:C4", "A:C", "2:5" (an optional "Sheet!" prefix is returned separately). */
export function parseAddress(address: string): { sheet: string | null; rect: Rect } {
  const text = address.trim();
  const bang = text.lastIndexOf("!");
  let sheet: string | null = null;
  let body = text;
  if (bang >= 0) {
    sheet = text.slice(0, bang);
    if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
    body = text.slice(bang + 1);
  }
  const parts = body.split(":");
  if (parts.length > 2 || parts.some((p) => p === "")) throw invalidArgument(`Invalid address '${address}'.`);
  const a = parts[0]!;
  const b = parts[1] ?? parts[0]!;
  const ca = CELL.exec(a);
  const cb = CELL.exec(b);
  if (ca && cb) {
    const r1 = Number(ca[2]);
    const r2 = Number(cb[2]);
    const c1 = columnNumber(ca[1]!);
    const c2 = columnNumber(cb[1]!);
    return {
      sheet,
      rect: checkBounds(
        { top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) },
        address,
      ),
    };
  }
  if (parts.length === 2) {
    const ka = COL.exec(a);
    const kb = COL.exec(b);
    if (ka && kb) {
      const c1 = columnNumber(ka[1]!);
      const c2 = columnNumber(kb[1]!);
      return {
        sheet,
        rect: checkBounds(
          { top: 1, left: Math.min(c1, c2), bottom: MAX_ROWS, right: Math.max(c1, c2) },
          address,
        ),
      };
    }
    const ra = ROW.exec(a);
    const rb = ROW.exec(b);
    if (ra && rb) {
      const r1 = Number(ra[1]);
      const r2 = Number(rb[1]);
      return {
        sheet,
        rect: checkBounds(
          { top: Math.min(r1, r2), left: 1, bottom: Math.max(r1, r2), right: MAX_COLS },
          address,
        ),
      };
    }
  }
  throw invalidArgument(`Invalid address '${address}'.`);
}

export function wholeSheet(): Rect {
  return { top: 1, left: 1, bottom: MAX_ROWS, right: MAX_COLS };
}

export function rectCells(r: Rect): number {
  return (r.bottom - r.top + 1) * (r.right - r.left + 1);
}

/** Unbounded means whole columns or rows: Excel reads their cell properties as null and refuses to set them. */
export function isUnbounded(r: Rect): boolean {
  return (r.top === 1 && r.bottom === MAX_ROWS) || (r.left === 1 && r.right === MAX_COLS);
}

/** The address text Excel gives back: "A1:C4", "A:C" for whole columns, "2:5" for whole rows. */
export function rectAddress(r: Rect): string {
  if (r.top === 1 && r.bottom === MAX_ROWS && !(r.left === 1 && r.right === MAX_COLS)) {
    return `${columnLetters(r.left)}:${columnLetters(r.right)}`;
  }
  if (r.left === 1 && r.right === MAX_COLS && !(r.top === 1 && r.bottom === MAX_ROWS)) {
    return `${r.top}:${r.bottom}`;
  }
  const a = `${columnLetters(r.left)}${r.top}`;
  const b = `${columnLetters(r.right)}${r.bottom}`;
  return a === b ? a : `${a}:${b}`;
}

export function qualified(sheetName: string, r: Rect): string {
  return `${quoteSheet(sheetName)}!${rectAddress(r)}`;
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

export function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.top >= outer.top &&
    inner.bottom <= outer.bottom &&
    inner.left >= outer.left &&
    inner.right <= outer.right
  );
}
