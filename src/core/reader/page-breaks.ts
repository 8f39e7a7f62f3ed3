// Page breaks inside a roadmap table: a page's running head, the header printed again under a title or a caption, and
// whether the captions over it open the next roadmap or only go on with this one.
import type { Sheet } from "./grid-cache";
import { onlyProgramme } from "./guess";
import { isRepeatedHeader, type Header } from "./header";
import { normalize } from "./normalize";
import { captionOf, nextFilled, organisationIn } from "./table-end";
import type { RoadmapRow } from "./types";
import { TITLE_RE } from "./vocabulary";

/** What these tests need of a table being read: its sheet, its header and the rows read so far. */
interface ReadSoFar {
  s: Sheet;
  h: Header;
  rows: readonly RoadmapRow[];
}

// «Приложение к распоряжению от 01.12.2026 № 540-рп», «Приложение № 1 к приказу …»: a page's running head.
// «Страница 2», «стр. 3 из 5», «Page 2 of 3», «- 2 -»: a page number alone.
const APPENDIX_RE =
  /^(?:приложени[а-я]*\s+(?:№\s*)?(?:\d+\s+)?к\s+(?:распоряжени|приказ|постановлени|решени)|продолжени[а-я]*\s+(?:приложени|таблиц)[а-я]*(?:\s+№?\s*\d+)?\s*$|(?:страница|стр\.?|page)\s*\d+(?:\s*(?:из|of)\s*\d+)?\s*$|[-–—]\s*\d+\s*[-–—]$)/;

/** A page's running head over the header repeated at a page break («Приложение к распоряжению … | стр. 2», «Продолжение приложения»). */
export function isRunningHead(s: Sheet, r: number, lo: number, hi: number, h: Header): boolean {
  // Cheap test first: it runs on every row of the table. The page number may stand under any column («Страница 2 из 2»
  // centred under «Срок»): the row's first filled cell is asked.
  let c = lo;
  while (c < hi && s.text(r, c) === "") c++;
  // «2» alone on its row over the header again: a page number a Word table's page break left in the № cell.
  const pageNumber = /^\s*\d{1,3}\s*$/.test(s.text(r, c)) && s.count(r, lo, hi, 2) === 1;
  if (!pageNumber && !/^\s*(?:прил|прод|стр|page|[-–—])/i.test(s.text(r, c))) return false;
  if (!pageNumber && !APPENDIX_RE.test(normalize(s.text(r, c)).trim())) return false;
  const next = nextFilled(s, r + 1, lo, hi);
  // «3» alone under the last row, nothing below: the last page's number, no line of that row.
  if (pageNumber && next < 0) return true;
  // The page number over the next page's running head («3», then «Продолжение приложения», then the header).
  return next >= 0 && (isRepeatedHeader(s, next, h) || (pageNumber && isRunningHead(s, next, lo, hi, h)));
}

/**
 * One-cell rows from r (at most four) over this table's header again: the header's row, and whether a caption was a
 * roadmap title; null when no header follows them or none was a title, an organisation («Пошехонский муниципальный
 * район») or one programme's name.
 */
function headerUnderCaptions(s: Sheet, r: number, lo: number, hi: number, h: Header) {
  let title = false;
  let org = false;
  let programme = false;
  for (let rr = r, captions = 0; rr < s.nRows && captions <= 4; rr++) {
    if (s.blankRow(rr, lo, hi)) continue;
    const caption = captionOf(s, rr, lo, hi);
    if (!caption)
      return (title || org || programme) && isRepeatedHeader(s, rr, h) ? { row: rr, title, org } : null;
    captions++;
    title ||= TITLE_RE.test(normalize(caption.text));
    org ||= !title && organisationIn(caption.text, s) !== null;
    // «2. Школьные Кванториумы» over the header again: the next programme's roadmap, merged across or not.
    programme ||= onlyProgramme(caption.text) !== undefined;
  }
  return null;
}

/**
 * Whether row r opens the next roadmap on the sheet: one-cell rows («Приложение 2», «Комплекс мер … Кванториум»), one
 * of them a roadmap title or an organisation (one block per district, each with its own header), then the header
 * again. A header repeated at a page break has no title above it.
 */
export function opensNextRoadmap(
  t: ReadSoFar,
  r: number,
  lo: number,
  hi: number,
  caption: { col: number },
): boolean {
  const { s, h } = t;
  const under = headerUnderCaptions(s, r, lo, hi, h);
  if (under === null) return false;
  // «Кванториумы» in the title column under «… на базе которых создаются Школьные», a page number, the header again
  // and the numbering going on (5, then 6): a row a PDF converted line by line broke at its page, not a programme's caption.
  const above = r > 0 ? s.text(r - 1, h.titleCol) : "";
  const broken = caption.col === h.titleCol && /\p{L}$/u.test(above) && !/[.;:]$/.test(above);
  return !(broken && !under.title && !under.org && numberingGoesOn(t, under.row + h.last - h.row, lo, hi));
}

/** The last row's number as an integer («5.» → 5), NaN when it is none («1.1», a letter, no number). */
function lastNumber(t: ReadSoFar): number {
  return Number(t.rows[t.rows.length - 1]?.number?.replace(/\.$/, "") ?? NaN);
}

/** Whether the first row below `from` is numbered next after the last row read (5, then 6). */
function numberingGoesOn(t: ReadSoFar, from: number, lo: number, hi: number): boolean {
  const { s, h } = t;
  const nc = h.numberCol;
  const last = lastNumber(t);
  if (nc === undefined || !Number.isInteger(last)) return false;
  const next = nextFilled(s, from + 1, lo, hi);
  return next >= 0 && s.text(next, nc).trim().replace(/\.$/, "") === String(last + 1);
}

/**
 * The roadmap's title and a caption («2027 год») repeated over its header, the numbering going on below (5, then 6):
 * the same roadmap printed in parts, not the next one (whose numbers start again). The repeated header's row, or -1.
 */
export function continuedUnderTitle(t: ReadSoFar, r: number, lo: number, hi: number): number {
  // Cheap test first: it runs on every caption row, and the captions' test reads organisations and programmes.
  if (t.h.numberCol === undefined || !Number.isInteger(lastNumber(t))) return -1;
  const under = headerUnderCaptions(t.s, r, lo, hi, t.h);
  return under?.title && numberingGoesOn(t, under.row, lo, hi) ? under.row : -1;
}
