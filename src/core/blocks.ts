import { type RangePos, parseCell, rangeAddress } from "./grid";

/** Cells ↔ rectangular blocks: marks are written, and remembered in the workbook store, as blocks, never cell by cell. */

/** Coalesces cells into rectangles: vertical runs per column, then identical runs in adjacent columns merged. */
export function coalesce(addresses: readonly string[]): RangePos[] {
  const byCol = new Map<number, number[]>();
  for (const a of addresses) {
    const { row, col } = parseCell(a);
    const rows = byCol.get(col) ?? [];
    rows.push(row);
    byCol.set(col, rows);
  }
  // Vertical runs keyed by "top:bottom", with the columns that have that exact run.
  const runs = new Map<string, number[]>();
  for (const [col, rows] of byCol) {
    const sorted = [...new Set(rows)].sort((x, y) => x - y);
    let start = sorted[0]!;
    let prev = start;
    const flush = () => {
      const key = `${start}:${prev}`;
      const cols = runs.get(key) ?? [];
      cols.push(col);
      runs.set(key, cols);
    };
    for (const r of sorted.slice(1)) {
      if (r === prev + 1) prev = r;
      else {
        flush();
        start = prev = r;
      }
    }
    flush();
  }
  const out: RangePos[] = [];
  for (const [key, cols] of runs) {
    const [top, bottom] = key.split(":").map(Number) as [number, number];
    cols.sort((x, y) => x - y);
    let left = cols[0]!;
    let right = left;
    for (const c of cols.slice(1)) {
      if (c === right + 1) right = c;
      else {
        out.push({ top, bottom, left, right });
        left = right = c;
      }
    }
    out.push({ top, bottom, left, right });
  }
  return out.sort((a, b) => a.top - b.top || a.left - b.left);
}

/** Every cell of a block, row by row. */
export function cellsOf(b: RangePos): string[] {
  const out: string[] = [];
  for (let r = b.top; r <= b.bottom; r++)
    for (let c = b.left; c <= b.right; c++) out.push(rangeAddress({ top: r, left: c, bottom: r, right: c }));
  return out;
}
