import { type RangePos, parseCell, rangeAddress } from "../core/grid";

/**
 * Cells → rectangular blocks → address strings under Excel's limits. Pure (no Office.js), so it is tested alone.
 * Excel silently truncates address strings beyond 8,192 characters and rejects some with ~500 areas
 * (office-js #5198), so chunks stay well under both.
 */

export const MAX_ADDRESS_CHARS = 8_000;
export const MAX_AREAS = 400;

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

/** Joins block addresses into getRanges strings, each under the character and area limits. */
export function chunkAddresses(blocks: readonly RangePos[], separator: string): string[] {
  const chunks: string[] = [];
  let cur: string[] = [];
  let len = 0;
  for (const b of blocks) {
    const a = rangeAddress(b);
    const extra = (cur.length ? separator.length : 0) + a.length;
    if (cur.length > 0 && (len + extra > MAX_ADDRESS_CHARS || cur.length >= MAX_AREAS)) {
      chunks.push(cur.join(separator));
      cur = [];
      len = 0;
    }
    len += (cur.length ? separator.length : 0) + a.length;
    cur.push(a);
  }
  if (cur.length) chunks.push(cur.join(separator));
  return chunks;
}

/** Every cell of a block, row by row. */
export function cellsOf(b: RangePos): string[] {
  const out: string[] = [];
  for (let r = b.top; r <= b.bottom; r++)
    for (let c = b.left; c <= b.right; c++) out.push(rangeAddress({ top: r, left: c, bottom: r, right: c }));
  return out;
}
