// Two roadmaps printed side by side on the same rows («Точка роста» in A–D, ЦОС in F–I), an empty column between:
// each band of columns is a sheet of its own, read as any sheet is.
import { cellAddress, parseRange, rangeAddress, type CellValue, type Grid } from "../grid";
import { Sheet } from "./grid-cache";
import { findHeader, type Header } from "./header";

// A header is looked for in the first rows of each band only: a band is built whole once both have one.
const PROBE_ROWS = 80;

/**
 * The columns lo…hi of a grid as a grid of their own (the first `rows` rows). A title merged across both tables (its
 * value left of the band) gives the band's part of the merge its value, as the sheet shows it over both.
 */
function band(grid: Grid, s: Sheet, lo: number, hi: number, rows: number): Grid {
  const values: CellValue[][] = [];
  for (let r = 0; r < rows; r++) {
    const src = grid.values[r] ?? [];
    const out: CellValue[] = [];
    for (let c = lo; c <= hi; c++) out.push(src[c] ?? null);
    values.push(out);
  }
  const merges: string[] = [];
  const [left, right] = [s.col0 + lo, s.col0 + hi];
  for (const m of grid.merges) {
    let g;
    try {
      g = parseRange(m);
    } catch {
      continue;
    }
    if (g.right < left || g.left > right) continue;
    const clipped = { ...g, left: Math.max(g.left, left), right: Math.min(g.right, right) };
    const r = g.top - s.row0;
    if (g.left < left && r >= 0 && r < rows) values[r]![0] ??= grid.values[r]?.[g.left - s.col0] ?? null;
    merges.push(rangeAddress(clipped));
  }
  return { sheetName: grid.sheetName, origin: cellAddress(s.row0, left), values, merges };
}

/** Whether column c holds no text in any row (a merge's covered cells hold none). */
function emptyColumn(s: Sheet, c: number): boolean {
  for (let r = 0; r < s.nRows; r++) if (s.text(r, c) !== "") return false;
  return true;
}

/** A table's header with a measure and a deadline column, not a matrix. */
const tableHeader = (h: Header | null): h is Header =>
  h !== null && !h.matrix && h.cols.deadline !== undefined && h.cols.title !== undefined;

/**
 * The bands of a sheet holding tables side by side: each empty column with a table's header on both sides, on the
 * same row, splits it. Null for a sheet of one table (an empty spacer column inside one table leaves no header right
 * of it).
 */
export function sideBySide(grid: Grid, s: Sheet): Grid[] | null {
  for (let c = 1; c < s.nCols - 1; c++) {
    if (!emptyColumn(s, c)) continue;
    const probe = Math.min(s.nRows, PROBE_ROWS);
    const hl = findHeader(new Sheet(band(grid, s, 0, c - 1, probe)), 0);
    const hr = findHeader(new Sheet(band(grid, s, c + 1, s.nCols - 1, probe)), 0);
    if (!tableHeader(hl) || !tableHeader(hr) || hl.row !== hr.row) continue;
    const right = band(grid, s, c + 1, s.nCols - 1, s.nRows);
    return [band(grid, s, 0, c - 1, s.nRows), ...(sideBySide(right, new Sheet(right)) ?? [right])];
  }
  return null;
}
