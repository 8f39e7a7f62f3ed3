// A № column found by its cells: unlabelled, or labelled «Item» / «Поз.», over a column of item numbers.
import type { Sheet } from "./grid-cache";
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
