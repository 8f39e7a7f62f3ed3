// A Word or PDF file converted page by page: a page's table may land one or two columns over from the first page's.
import type { Sheet } from "./grid-cache";
import { headerFields } from "./header";

/** How far a page's table may stand from the first page's (a converter's column of margin, rarely two). */
const MAX_SHIFT = 2;

/** A row's filled cells as one key of their texts (spaces and case as a converter may vary them). */
function keyOf(cells: readonly [number, string][]): string {
  return cells.map(([, t]) => t.replace(/\s+/g, " ").toLowerCase()).join("\u0001");
}

/** A header's words are short: a row of at least three filled cells, none long (data rows have a long title). */
const HEADER_CELL = 80;

/** The row's filled cells when it may be a header, else null (cheap: it runs on every row of the sheet). */
function headerLike(s: Sheet, r: number): [number, string][] | null {
  let n = 0;
  for (let c = 0; c < s.nCols; c++) {
    const t = s.text(r, c);
    if (t.length > HEADER_CELL) return null;
    if (t !== "") n++;
  }
  return n >= 3 ? s.cells(r) : null;
}

/** Whether a row has text in a column that reading it `k` columns over would drop. */
function drops(s: Sheet, r: number, k: number): boolean {
  const [from, to] = k > 0 ? [0, k - 1] : [s.nCols + k, s.nCols - 1];
  return !s.blankRow(r, from, to);
}

/**
 * Per row, how many columns right (or left, negative) of the table's first header its cells stand: a header printed
 * again with the same words a column or two over starts a page read in the first header's columns, up to the next
 * header again or a row with text in a column the shift would drop (a footnote in column A). Null when no page shifts.
 */
export function pageShifts(s: Sheet): Int16Array | null {
  const first = new Map<string, { row: number; cols: number[]; header?: boolean }>();
  let shift: Int16Array | null = null;
  let k = 0;
  for (let r = 0; r < s.nRows; r++) {
    if (k !== 0 && drops(s, r, k)) k = 0;
    const cells = headerLike(s, r);
    if (cells) {
      const key = keyOf(cells);
      const prev = first.get(key);
      if (prev === undefined) first.set(key, { row: r, cols: cells.map(([c]) => c) });
      else {
        const d = cells[0]![0] - prev.cols[0]!;
        const same = cells.every(([c], i) => c - prev.cols[i]! === d);
        // Only a change of shift asks whether the row first seen was a header (a roadmap's rows repeat too).
        if (
          d !== k &&
          same &&
          Math.abs(d) <= MAX_SHIFT &&
          (prev.header ??= headerFields(s, prev.row) !== null)
        )
          k = d;
      }
    }
    if (k !== 0) (shift ??= new Int16Array(s.nRows))[r] = k;
  }
  return shift;
}
