import { cellAddress, parseRange, type CellValue, type Grid, type RangePos } from "./grid";

/**
 * A sheet's non-empty cells, kept sparse, and its split into dense grids: memory and time grow with the cells that
 * hold something, not with the used-range rectangle (a stray value at XFD10000 must not cost 160 million cells).
 */

export interface SparseCell {
  row: number;
  col: number;
  value: CellValue;
}

/** Non-empty cells of one sheet in the order they were read (row by row when read from a file). */
export class SparseCells {
  readonly cells: SparseCell[] = [];
  top = Infinity;
  left = Infinity;
  bottom = 0;
  right = 0;

  add(row: number, col: number, value: CellValue): void {
    this.cells.push({ row, col, value });
    if (row < this.top) this.top = row;
    if (row > this.bottom) this.bottom = row;
    if (col < this.left) this.left = col;
    if (col > this.right) this.right = col;
  }

  get size(): number {
    return this.cells.length;
  }
}

/** A rectangle this large is always read as one grid: every real roadmap fits, and its cost is bounded. */
export const DENSE_AREA = 1_000_000;
/** Above DENSE_AREA, a rectangle with more than this many cells per filled cell is split. */
export const SPARSE_FACTOR = 8;
/** A piece of a split sheet this small stays whole, however few cells it holds (a sparse matrix layout). */
export const PIECE_AREA = 65_536;
/** Empty rows or columns that separate two pieces of a split sheet, tried widest first. */
const GAPS = [64, 16, 4, 1] as const;

interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function boxOf(cells: readonly SparseCell[]): Box {
  const b = { top: Infinity, left: Infinity, bottom: 0, right: 0 };
  for (const c of cells) {
    if (c.row < b.top) b.top = c.row;
    if (c.row > b.bottom) b.bottom = c.row;
    if (c.col < b.left) b.left = c.col;
    if (c.col > b.right) b.right = c.col;
  }
  return b;
}

function area(b: Box): number {
  return (b.bottom - b.top + 1) * (b.right - b.left + 1);
}

/** Whether reading this rectangle whole would cost far more than the cells it holds. */
export function tooSparse(b: Box, filled: number): boolean {
  const a = area(b);
  return a > DENSE_AREA && a > SPARSE_FACTOR * filled;
}

/** Splits the cells where `gap` or more empty rows (else columns) run between filled ones; null when none do. */
function cutOnce(cells: SparseCell[], gap: number): SparseCell[][] | null {
  for (const key of ["row", "col"] as const) {
    const sorted = [...new Set(cells.map((c) => c[key]))].sort((a, b) => a - b);
    const starts: number[] = [];
    for (let i = 1; i < sorted.length; i++)
      if (sorted[i]! - sorted[i - 1]! - 1 >= gap) starts.push(sorted[i]!);
    if (starts.length === 0) continue;
    const parts: SparseCell[][] = Array.from({ length: starts.length + 1 }, () => []);
    for (const c of cells) {
      let lo = 0;
      let hi = starts.length;
      // Index of the first start above the cell = its part.
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (starts[mid]! <= c[key]) lo = mid + 1;
        else hi = mid;
      }
      parts[lo]!.push(c);
    }
    return parts;
  }
  return null;
}

/** Last resort for a piece no empty row or column cuts (cells on a diagonal): each row's runs of adjacent cells. */
function rowRuns(cells: SparseCell[]): SparseCell[][] {
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.col - b.col);
  const out: SparseCell[][] = [];
  let run: SparseCell[] = [];
  for (const c of sorted) {
    const last = run[run.length - 1];
    if (last && (last.row !== c.row || c.col !== last.col + 1)) {
      out.push(run);
      run = [];
    }
    run.push(c);
  }
  if (run.length) out.push(run);
  return out;
}

function pieces(cells: SparseCell[], gapIndex: number, out: SparseCell[][]): void {
  const a = area(boxOf(cells));
  if (a <= PIECE_AREA || a <= SPARSE_FACTOR * cells.length) {
    out.push(cells);
    return;
  }
  for (let g = gapIndex; g < GAPS.length; g++) {
    const parts = cutOnce(cells, GAPS[g]!);
    if (parts) {
      for (const p of parts) pieces(p, g, out);
      return;
    }
  }
  out.push(...rowRuns(cells));
}

/** Many small sparse pieces could still add up: the sparsest are cut to row runs until the total area fits. */
function withinBudget(parts: SparseCell[][], budget: number): SparseCell[][] {
  const areas = parts.map((p) => area(boxOf(p)));
  let total = areas.reduce((x, y) => x + y, 0);
  if (total <= budget) return parts;
  const bySparseness = parts
    .map((_, i) => i)
    .sort((i, j) => areas[j]! / parts[j]!.length - areas[i]! / parts[i]!.length);
  const cut = new Set<number>();
  for (const i of bySparseness) {
    if (total <= budget) break;
    cut.add(i);
    total -= areas[i]! - parts[i]!.length;
  }
  return parts.flatMap((p, i) => (cut.has(i) ? rowRuns(p) : [p]));
}

function gridOf(sheetName: string, cells: readonly SparseCell[], b: Box, merges: string[]): Grid {
  const width = b.right - b.left + 1;
  const values: CellValue[][] = [];
  for (let r = b.top; r <= b.bottom; r++) values.push(new Array<CellValue>(width).fill(null));
  for (const c of cells) values[c.row - b.top]![c.col - b.left] = c.value;
  return { sheetName, origin: cellAddress(b.top, b.left), values, merges };
}

function parsed(merges: readonly string[]): { address: string; range: RangePos }[] {
  const out: { address: string; range: RangePos }[] = [];
  for (const address of merges) {
    try {
      out.push({ address, range: parseRange(address) });
    } catch {
      // A malformed merge address says nothing about the table.
    }
  }
  return out;
}

/** The whole occupied rectangle as one grid, with the merges that touch it (a dense sheet, or a caller that needs one). */
export function denseGrid(sheetName: string, sheet: SparseCells, merges: readonly string[]): Grid {
  if (sheet.size === 0) return { sheetName, origin: "A1", values: [], merges: [] };
  const b: Box = { top: sheet.top, left: sheet.left, bottom: sheet.bottom, right: sheet.right };
  const inside = parsed(merges)
    .filter(
      ({ range: g }) => g.bottom >= b.top && g.top <= b.bottom && g.right >= b.left && g.left <= b.right,
    )
    .map((m) => m.address);
  return gridOf(sheetName, sheet.cells, b, inside);
}

/**
 * The sheet as grids, each with its real origin so every address stays the sheet's own: one grid when the occupied
 * rectangle is dense enough (every ordinary sheet, read exactly as before), else the filled areas cut apart along runs
 * of empty rows and columns, so the cost follows the filled cells. A merge goes to the piece holding its top-left cell
 * (the reader ignores a merge whose top-left lies outside its grid).
 */
export function sparseGrids(sheetName: string, sheet: SparseCells, merges: readonly string[]): Grid[] {
  const whole: Box = { top: sheet.top, left: sheet.left, bottom: sheet.bottom, right: sheet.right };
  if (sheet.size === 0 || !tooSparse(whole, sheet.size)) return [denseGrid(sheetName, sheet, merges)];
  let parts: SparseCell[][] = [];
  pieces(sheet.cells, 0, parts);
  parts = withinBudget(parts, DENSE_AREA + 2 * SPARSE_FACTOR * sheet.size);
  const boxes = parts.map(boxOf);
  const order = boxes
    .map((_, i) => i)
    .sort((i, j) => boxes[i]!.top - boxes[j]!.top || boxes[i]!.left - boxes[j]!.left);
  const own: string[][] = parts.map(() => []);
  const ms = parsed(merges);
  // Index the pieces by row band so each merge finds its piece without a scan of every piece.
  const byTop = [...order];
  for (const { address, range } of ms) {
    for (const i of byTop) {
      const b = boxes[i]!;
      if (b.top > range.top) break;
      if (range.top <= b.bottom && range.left >= b.left && range.left <= b.right) {
        own[i]!.push(address);
        break;
      }
    }
  }
  return order.map((i) => gridOf(sheetName, parts[i]!, boxes[i]!, own[i]!));
}
