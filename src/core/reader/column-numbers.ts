// The column-number row under a header («1 | 2 | 3 | 4 | 5», «[1] | [2] | …»): not a measure.
import type { Sheet } from "./grid-cache";

/** «[3]», «(3)», «3.»: a column number as export tools and forms print it. */
function bareColumnNumber(t: string): string {
  return t.replace(/^\[\s*(\d{1,2})\s*\]$|^\(\s*(\d{1,2})\s*\)$|^(\d{1,2})\.$/, "$1$2$3");
}

/** «1 2 3 4 5» under the header (in any order, should the columns have been moved). */
export function isColumnNumbers(s: Sheet, r: number, from: number, to: number): boolean {
  for (let c = Math.max(0, from); c <= to; c++) {
    const t = bareColumnNumber(s.text(r, c));
    if (t === "") continue;
    if (t.length > 2 || !/^\d+$/.test(t)) return false;
    break;
  }
  const cells = s.cells(r, from, to).map(([c, t]): [number, string] => [c, bareColumnNumber(t)]);
  if (cells.length < 3) return false;
  const seen = new Set(cells.map(([, t]) => t));
  if (seen.size === cells.length && cells.every((_, i) => seen.has(String(i + 1)))) return true;
  // «2 | 3 | 4 | 5 | 6» when the table's range starts right of a leading column numbered «1» (a direction column).
  return [2, 3].some((first) => cells.every(([, t], i) => t === String(first + i)));
}
