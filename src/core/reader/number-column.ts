// A № column found by its cells: unlabelled, or labelled «Item» / «Поз.», over a column of item numbers.
import type { Sheet } from "./grid-cache";
import type { Header } from "./header";
import { underMergedHeader, unheaded } from "./split-columns";
import { squash } from "./normalize";
import type { FieldKey } from "./types";
import { isNumberLike } from "./vocabulary";

/**
 * «Item», «Item no.», «Поз.», «Позиция»: a label English working copies and some forms put over the numbers, which names
 * the measure as often («Item | Owner | Due»), so it is the № only when the cells under it are numbers.
 */
const NUMBER_BY_CONTENT_RE = /^(items?|поз\.?|позици[яи])(no\.?|number|#|№)?$/;

/** An unlabelled (or «Item») № column: the cells under it are numbers. */
export function findNumberColumn(
  s: Sheet,
  h: number,
  last: number,
  cols: Partial<Record<FieldKey, number>>,
): number | undefined {
  const used = new Set(Object.values(cols));
  const lo = Math.min(...used);
  const hi = Math.max(...used);
  const candidates: number[] = [];
  for (let c = lo - 1; c >= Math.max(0, lo - 3); c--) candidates.push(c);
  for (let c = lo + 1; c < hi; c++) if (!used.has(c)) candidates.push(c);
  for (const c of candidates) {
    const label = s.text(h, c);
    if (label !== "" && !NUMBER_BY_CONTENT_RE.test(squash(label))) continue;
    let nums = 0;
    let other = 0;
    for (let r = last + 1, seen = 0; r < s.nRows && seen < 60; r++) {
      const t = s.text(r, c);
      if (t === "") continue;
      seen++;
      if (isNumberLike(s.value(r, c), t)) nums++;
      else other++;
    }
    if (nums >= 2 && nums >= 0.7 * (nums + other)) return c;
  }
  return undefined;
}

/**
 * «№ п/п» merged over two columns, a page's numbers in the second (a PDF converter moves them so): the columns beyond
 * the № column under its merged header that no field holds, where a row's number is read when its own cell is empty.
 * Its merge lost (centred instead), the column beside is one when it is unheaded and holds numbers only, each where the
 * № cell is empty.
 */
export function numberSpill(s: Sheet, h: Header, used: ReadonlySet<number>): number[] {
  const nc = h.numberCol;
  if (nc === undefined) return [];
  const merged = underMergedHeader(s, h, nc, used);
  if (merged) return merged;
  const c = nc + 1;
  if (c >= s.nCols || !unheaded(s, h, c, used)) return [];
  let nums = 0;
  for (let r = h.last + 1; r < s.nRows; r++) {
    const t = s.text(r, c);
    if (t === "") continue;
    if (!isNumberLike(s.value(r, c), t) || s.text(r, nc) !== "") return [];
    nums++;
  }
  return nums >= 2 ? [c] : [];
}

/** The column row r's number stands in (the № column, or a spill column when the № cell is empty) and its text. */
export function numberCellOf(
  s: Sheet,
  r: number,
  nc: number | undefined,
  spill: readonly number[],
): [number | undefined, string] {
  if (nc === undefined) return [undefined, ""];
  const at =
    spill.length === 0 || s.text(r, nc) !== ""
      ? nc
      : (spill.find((c) => isNumberLike(s.value(r, c), s.text(r, c))) ?? nc);
  return [at, s.text(r, at)];
}
