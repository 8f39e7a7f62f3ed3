import type { Rect } from "./address";

/**
 * Cells as rectangular areas, the way Excel reports special cells: runs of adjacent cells in a row, and a run that
 * repeats the same columns on the next row extends the area above it. `cells` are [row, col] in row-major order.
 */
export function areasOf(cells: readonly [number, number][]): Rect[] {
  const done: Rect[] = [];
  /** Areas still open at the previous row, keyed by "left:right". */
  let open = new Map<string, Rect>();
  let i = 0;
  while (i < cells.length) {
    const row = cells[i]![0];
    const next = new Map<string, Rect>();
    while (i < cells.length && cells[i]![0] === row) {
      const left = cells[i]![1];
      let right = left;
      while (i + 1 < cells.length && cells[i + 1]![0] === row && cells[i + 1]![1] === right + 1) {
        i++;
        right++;
      }
      i++;
      const key = `${left}:${right}`;
      const above = open.get(key);
      if (above && above.bottom === row - 1) {
        above.bottom = row;
        open.delete(key);
        next.set(key, above);
      } else next.set(key, { top: row, left, bottom: row, right });
    }
    for (const r of open.values()) done.push(r);
    open = next;
  }
  for (const r of open.values()) done.push(r);
  return done.sort((a, b) => a.top - b.top || a.left - b.left);
}
