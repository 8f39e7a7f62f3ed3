// A progress report's completion column headed with a word the rules do not take («Исп.», «Отм.», «V») or with none:
// its cells («+», «вып.», «да», «3 из 5», «приказ № 517 от 15.12.2026») say what it is. «Исп.» alone may also abbreviate «исполнитель», so the
// header is not read either way; only the marks under it decide.
import type { Sheet } from "./grid-cache";
import { classifyHeader } from "./header-words";
import type { FieldKey } from "./types";

// One cell of a completion column: it opens with a mark, «не выполнено», a share done («3 из 5», «80 %») or the day it
// was done, and may say more after it («вып. 21.12.26», «✓ (I, II кв.)», «3 из 5 чел.»).
const MARK =
  /^(?:[+✓✔vVхxХX](?!\p{L})|да(?!\p{L})|нет(?!\p{L})|(?:вып|исп)(?:\.|(?!\p{L}))|выполнен|исполнен|не\s+(?:вып|исп|выполн)|частично|в\s+работе|\d+\s*из\s*\d+|\d{1,3}\s*%|\d{1,2}\.\d{1,2}\.(?:\d{2}|\d{4})|[-–—]\s*$)/iu;
const POSITIVE = /^(?:[+✓✔vV](?!\p{L})|да(?!\p{L})|вып|исп|выполнен|исполнен|100\s*%)/iu;
// «приказ УО № 517 от 15.12.2026», «согл. ФО 22.01.2027», «изв. № 0348…»: the document that did the step, with its
// number or day.
const DOCUMENT =
  /^(?:приказ|пр\.|распоряж|постановл|письм|исх\.|изв\.|акт|справк|протокол|договор|контракт|согл\.|утв\.)[^;]{0,40}?(?:№\s*\d|от\s*\d|\d{1,2}\.\d{1,2}\.\d{2,4})/iu;
// A mark and a few words after it: longer cells are notes or names.
const MARK_LENGTH = 60;
// A header short enough to be an abbreviation or a tick's column («Исп.», «Отм.», «V»), when it is not a known role.
const SHORT_HEADER = 12;

/**
 * The column right of the table's mapped ones (or between them) whose header names no role and whose cells are
 * completion marks — at least three, nearly all of them marks, one at least a positive one; undefined when none is.
 */
export function findStatusColumn(
  s: Sheet,
  h: number,
  last: number,
  cols: Partial<Record<FieldKey, number>>,
  skip: readonly number[] = [],
): number | undefined {
  if (cols.status !== undefined || cols.actual !== undefined) return undefined;
  const used = new Set(Object.values(cols));
  const skipped = new Set(skip);
  const lo = Math.min(...used);
  const hi = Math.max(...used);
  for (let c = lo + 1; c <= hi + 2; c++) {
    if (used.has(c) || skipped.has(c)) continue;
    const label = s.text(h, c);
    if (label.length > SHORT_HEADER || (label !== "" && classifyHeader(label) !== null)) continue;
    let marks = 0;
    let done = 0;
    let other = 0;
    for (let r = last + 1, seen = 0; r < s.nRows && seen < 60; r++) {
      const t = s.text(r, c).trim();
      if (t === "") continue;
      seen++;
      if (t.length <= MARK_LENGTH && (MARK.test(t) || DOCUMENT.test(t))) {
        marks++;
        if (POSITIVE.test(t) || DOCUMENT.test(t)) done++;
      } else other++;
    }
    // A report may say more on a row or two («подобраны 3 из 8», «I кв. — 03.04.27»): three cells in four are marks.
    if (marks >= 3 && done >= 1 && other * 3 <= marks) return c;
  }
  return undefined;
}
