// Section rows of a roadmap table: «Направление 1. …» merged across, «I. …», a plain «N. | direction» over N.1, N.2,
// «N. | direction» over «– …» bullets. Each heads the measures below it; none is a measure itself.
import type { Sheet } from "./grid-cache";
import { onlyProgramme } from "./guess";
import { isRepeatedHeader, type Header } from "./header";
import { normalize } from "./normalize";
import { nextFilled, organisationIn } from "./table-end";
import type { Section } from "./types";
import {
  CAPITALISED_RE,
  COMMON_SECTION,
  DASH_STEP_RE,
  isNumberLike,
  SECTION_RE,
  SECTION_WORD,
} from "./vocabulary";

export interface Sec {
  s: Section;
}

/** «1. Проведение совместных мероприятий …»: a direction numbered without a word before it. */
const BARE_SECTION_RE = /^()(\d{1,2}|[IVX]{1,4})\s*\.\s+(\S[\s\S]*)$/;
/** «Направление 1: Проведение …»: the word and number closed by a colon (only with a section's word). */
const SECTION_COLON_RE = /^([A-Za-zА-Яа-яЁё ]{1,40}?)\s*(\d{1,2}|[IVX]{1,4})\s*:\s+(\S[\s\S]*)$/;
/** «I. …», «V. …», «X. …» merged across: a one-letter Roman number, which SECTION_RE reads as the word before it. */
const ROMAN_SECTION_RE = /^()([IVX]{1,4})\s*\.\s+(\S[\s\S]*)$/;

function sectionOf(s: Sheet, r: number, lo: number, hi: number, h: Header, numbered: boolean): Sec | null {
  if (s.count(r, lo, hi, 1) !== 1) return null;
  const cells = s.cells(r, lo, hi);
  if (cells.length !== 1) return null;
  const [c, t] = cells[0]!;
  const a = s.area(r, c);
  const wide = a !== undefined && a.right - a.left >= 1 && a.right >= Math.min(hi, c + 1);
  if (wide) {
    const d = numberedDirection(s, r, c, t, h) ?? fullNumberedHeading(s, r, c, t, h, hi);
    if (d) return d;
  }
  // In a table without a № column a numbered row merged across it (no deadline cell) heads the bullets below it.
  const colon = SECTION_COLON_RE.exec(t);
  const m =
    (wide ? ROMAN_SECTION_RE.exec(t) : null) ??
    SECTION_RE.exec(t) ??
    (wide && !numbered ? BARE_SECTION_RE.exec(t) : null) ??
    colon;
  if (!m && wide) return capsDirection(s, r, c, t, h, hi);
  // A heading in capitals alone in the № cell (centred across, not merged) is one as merged: no step wraps there.
  if (!m)
    return (
      commonHeading(s, r, c, t, h) ??
      programmeHeading(s, r, c, t, h) ??
      (c === h.numberCol && c !== h.titleCol ? capsDirection(s, r, c, t, h, hi) : null)
    );
  // «Раздел 1. МБОУ «… СОШ»» heads a school's block, not a section.
  if (!m || organisationIn(t, s) !== null) return null;
  const word = SECTION_WORD.test(normalize(m[1]!).replace(/\s+/g, ""));
  if ((!wide || m === colon) && !word) return null;
  if (!wide && c !== h.numberCol && c !== h.titleCol) return null;
  return { s: { number: m[2]!, title: m[3]!.trim(), address: s.addr(r, c) } };
}

/**
 * «1. | Проведение совместных мероприятий …» with every other cell empty, over unnumbered «– …» bullets that carry
 * their own deadlines: a direction of the plan written in the № and title cells, its bullets its measures.
 */
function bulletDirection(s: Sheet, r: number, lo: number, hi: number, h: Header): Sec | null {
  const nc = h.numberCol;
  if (nc === undefined || h.cols.deadline === undefined || s.count(r, lo, hi, 3) !== 2) return null;
  const num = s.text(r, nc).trim();
  const title = s.text(r, h.titleCol).trim();
  if (!/^\d{1,2}\.?$/.test(num) || title === "") return null;
  const next = nextFilled(s, r + 1, lo, hi);
  if (next < 0 || s.text(next, nc) !== "" || !DASH_STEP_RE.test(s.text(next, h.titleCol))) return null;
  if (s.text(next, h.cols.deadline) === "") return null;
  return { s: { number: num.replace(/\.$/, ""), title, address: s.addr(r, h.titleCol) } };
}

/**
 * «1. | Проведение совместных мероприятий …» with every other cell empty (not merged) over rows numbered 1.1, 1.2: a
 * direction of the plan, as when merged across. A lead-in ending in «:» stays a group heading (its steps complete it).
 */
function plainNumberedDirection(s: Sheet, r: number, lo: number, hi: number, h: Header): Sec | null {
  const nc = h.numberCol;
  if (nc === undefined || s.count(r, lo, hi, 3) !== 2) return null;
  const num = s.text(r, nc).trim();
  const title = s.text(r, h.titleCol).trim();
  const m = /^(\d{1,2})\.?$/.exec(num);
  if (!m || title === "" || title.endsWith(":") || organisationIn(title, s) !== null) return null;
  const next = nextFilled(s, r + 1, lo, hi);
  if (next < 0 || !isSubStepOf(m[1]!, s.text(next, nc).trim())) return null;
  return { s: { number: m[1]!, title, address: s.addr(r, h.titleCol) } };
}

/** «1. Проведение совместных мероприятий …» merged across: a direction written without the word «Направление». */
const NUMBERED_HEADING_RE = /^(\d{1,2})\s*\.\s+(\S[\s\S]*)$/;

/** Whether a № cell numbers a sub-step of direction n («1.1», «1. 2») — the rows a numbered direction heads. */
const isSubStepOf = (n: string, cell: string) => new RegExp(`^${n}\\.\\s*\\d`).test(cell);

/** A merged «N. …» row over rows numbered N.1, N.1.1 …: a section of the plan (its items are its measures). */
function numberedDirection(s: Sheet, r: number, c: number, t: string, h: Header): Sec | null {
  const m = NUMBERED_HEADING_RE.exec(t);
  const nc = h.numberCol;
  // «1. МБОУ «… школа»» over 1.1, 1.2 heads a school's block, not a direction.
  if (!m || nc === undefined || organisationIn(t, s) !== null) return null;
  const next = nextFilled(s, r + 1, Math.min(nc, h.titleCol), Math.max(nc, h.titleCol));
  if (next < 0 || !isSubStepOf(m[1]!, s.text(next, nc))) return null;
  return { s: { number: m[1]!, title: m[2]!.trim(), address: s.addr(r, c) } };
}

/**
 * «1. Совместные мероприятия …» merged over the whole row of a numbered table, over an event numbered through the plan
 * («1», «2»): a direction, its number the heading's own. A measure merged across never covers its deadline cell.
 */
function fullNumberedHeading(s: Sheet, r: number, c: number, t: string, h: Header, hi: number): Sec | null {
  const m = NUMBERED_HEADING_RE.exec(t.trim());
  const a = s.area(r, c);
  const nc = h.numberCol;
  if (!m || nc === undefined || !a || a.left > h.titleCol || a.right < hi || organisationIn(t, s) !== null)
    return null;
  if (!CAPITALISED_RE.test(m[2]!)) return null;
  let next = nextFilled(s, r + 1, Math.min(nc, h.titleCol), Math.max(nc, h.titleCol));
  // «2. Школьные Кванториумы» over the header printed again for its part: the part's first row is below that.
  if (next >= 0 && isRepeatedHeader(s, next, h))
    next = nextFilled(s, next + 1, Math.min(nc, h.titleCol), Math.max(nc, h.titleCol));
  if (next < 0 || !isNumberLike(s.value(next, nc), s.text(next, nc))) return null;
  return { s: { number: m[1]!, title: m[2]!.trim(), address: s.addr(r, c) } };
}

/**
 * «ПРОВЕДЕНИЕ КОНФЕРЕНЦИЙ, ФЕСТИВАЛЕЙ, ФОРУМОВ …» merged across, unnumbered, over an event numbered through the plan: a
 * direction written as a heading in capitals, or in plain letters when merged over every column from the title to the
 * table's last (a wrapped title line never covers the deadline and responsible cells). It has no number of its own; its
 * sheet row («§4») ties its events to it and never reads as the form's direction number.
 */
function capsDirection(s: Sheet, r: number, c: number, t: string, h: Header, hi: number): Sec | null {
  const letters = t.replace(/[^A-Za-zА-Яа-яЁё]/g, "");
  const a = s.area(r, c);
  // Only a capitalised heading of words: a lower-case line continues a row, a date or number is a label or a note.
  const plain = CAPITALISED_RE.test(t.trim()) && !/\d|^\s*сроки?[\s:—–-]/i.test(t) && !t.trim().endsWith(":");
  const full = plain && a !== undefined && a.left <= h.titleCol && a.right >= hi;
  // «Наставничество» merged over the whole row is a heading; in capitals only a long one is sure to be.
  if (full ? letters.length < 6 : letters.length < 20 || t.trim().split(/\s+/).length < 4) return null;
  const caps = letters.replace(/[^a-zа-яё]/g, "").length <= letters.length / 10;
  if (!(caps || full) || organisationIn(t, s) !== null) return null;
  const nc = h.numberCol;
  const next =
    nc === undefined ? -1 : nextFilled(s, r + 1, Math.min(nc, h.titleCol), Math.max(nc, h.titleCol));
  if (next < 0 || !isNumberLike(s.value(next, nc!), s.text(next, nc!))) return null;
  return { s: { number: `§${r + 1}`, title: t.trim(), address: s.addr(r, c) } };
}

/**
 * «Общие мероприятия (для всех направлений)» alone in the № or title cell, centred across the row instead of merged,
 * over numbered steps or whole unnumbered ones: the heading of the steps every programme of the sheet shares, as when
 * merged (capsDirection).
 */
function commonHeading(s: Sheet, r: number, c: number, t: string, h: Header): Sec | null {
  const nc = h.numberCol;
  if (nc === undefined || (c !== nc && c !== h.titleCol) || !COMMON_SECTION.test(t.trim())) return null;
  const next = nextFilled(s, r + 1, Math.min(nc, h.titleCol), Math.max(nc, h.titleCol));
  if (next < 0) return null;
  // Unnumbered steps below, each a whole row of its own (title, deadline, responsible): heading, not a wrapped title.
  const whole =
    s.text(next, nc) === "" &&
    s.text(next, h.titleCol) !== "" &&
    s.count(next, h.titleCol + 1, Infinity, 2) >= 2;
  if (!whole && !isNumberLike(s.value(next, nc), s.text(next, nc))) return null;
  return { s: { number: `§${r + 1}`, title: t.trim(), address: s.addr(r, c) } };
}

/**
 * «Детские технопарки «Кванториум» на базе общеобразовательных организаций», «Цифровая образовательная среда» alone
 * in the № cell, centred across the row instead of merged, over numbered steps: the programme's part of the
 * sheet, as when merged (capsDirection); byProgrammeSection then reads each part as its programme's roadmap.
 */
function programmeHeading(s: Sheet, r: number, c: number, t: string, h: Header): Sec | null {
  const nc = h.numberCol;
  // In the № cell only: alone in the title cell, a line naming a programme is as likely a wrapped step's tail.
  if (nc === undefined || c !== nc || c === h.titleCol || t.length > 250 || t.includes(";")) return null;
  if (onlyProgramme(t) === undefined || organisationIn(t, s) !== null) return null;
  const next = nextFilled(s, r + 1, Math.min(nc, h.titleCol), Math.max(nc, h.titleCol));
  if (next < 0 || !isNumberLike(s.value(next, nc), s.text(next, nc))) return null;
  return { s: { number: `§${r + 1}`, title: t.trim(), address: s.addr(r, c) } };
}

/** «Направление 1.», «Раздел II», «Раздел А»: a direction's word and number alone in the № cell. */
const WORD_NUMBER_RE = /^([A-Za-zА-Яа-яЁё]{4,15}?)\s*(\d{1,2}|[IVX]{1,4}|(?<=\s)[А-ЯЁ])\s*\.?$/;

/**
 * «Направление 1. | Проведение совместных мероприятий …» with every other cell empty (merged across or not): the
 * direction's word and number in the № cell, its title beside it. A school's block («Раздел 1 | МБОУ …») is none.
 */
function wordNumberedDirection(s: Sheet, r: number, lo: number, hi: number, h: Header): Sec | null {
  const nc = h.numberCol;
  if (nc === undefined || s.count(r, lo, hi, 3) !== 2) return null;
  const m = WORD_NUMBER_RE.exec(s.text(r, nc).trim());
  const title = s.text(r, h.titleCol).trim();
  if (!m || !SECTION_WORD.test(m[1]!.toLowerCase()) || title === "" || organisationIn(title, s) !== null)
    return null;
  return { s: { number: m[2]!, title, address: s.addr(r, h.titleCol) } };
}

/**
 * «I. | Совместные мероприятия …» with every other cell empty (not merged) over a numbered row: a Roman number in the
 * № cell heads a section, as when merged across (measures are numbered in Arabic figures).
 */
function plainRomanDirection(s: Sheet, r: number, lo: number, hi: number, h: Header): Sec | null {
  const nc = h.numberCol;
  if (nc === undefined || s.count(r, lo, hi, 3) !== 2) return null;
  const m = /^([IVX]{1,4})\s*\.?$/.exec(s.text(r, nc).trim());
  const title = s.text(r, h.titleCol).trim();
  if (!m || title === "" || organisationIn(title, s) !== null) return null;
  const next = nextFilled(s, r + 1, lo, hi);
  if (next < 0 || !isNumberLike(s.value(next, nc), s.text(next, nc))) return null;
  return { s: { number: m[1]!, title, address: s.addr(r, h.titleCol) } };
}

/** The № cell's text when it is the only filled cell of row r (not merged), else null. */
function aloneInNumberCell(s: Sheet, r: number, lo: number, hi: number, h: Header): string | null {
  const nc = h.numberCol;
  if (nc === undefined || s.count(r, lo, hi, 2) !== 1) return null;
  const t = s.text(r, nc).trim();
  return t === "" ? null : t;
}

/**
 * «I. Совместные мероприятия» alone in the № cell (not merged) over a numbered row: a Roman number heads a section, as
 * when merged across (measures are numbered in Arabic figures).
 */
function romanInNumberCell(s: Sheet, r: number, lo: number, hi: number, h: Header): Sec | null {
  const t = aloneInNumberCell(s, r, lo, hi, h);
  const m = t === null ? null : ROMAN_SECTION_RE.exec(t);
  if (!m || organisationIn(m[3]!, s) !== null) return null;
  const nc = h.numberCol!;
  let next = nextFilled(s, r + 1, lo, hi);
  // «II. Школьные Кванториумы» over its part's header printed again, or over its first direction's heading.
  if (next >= 0 && (isRepeatedHeader(s, next, h) || aloneInNumberCell(s, next, lo, hi, h) !== null))
    next = nextFilled(s, next + 1, lo, hi);
  if (next < 0 || !isNumberLike(s.value(next, nc), s.text(next, nc))) return null;
  return { s: { number: m[2]!, title: m[3]!.trim(), address: s.addr(r, nc) } };
}

/**
 * «8. Проектная деятельность» alone in the № cell (not merged) over rows numbered 8.1, 8.2: a direction written where
 * its number goes, as «8. | Проектная деятельность» is in the № and title cells.
 */
function arabicInNumberCell(s: Sheet, r: number, lo: number, hi: number, h: Header): Sec | null {
  const t = aloneInNumberCell(s, r, lo, hi, h);
  const m = t === null ? null : NUMBERED_HEADING_RE.exec(t);
  if (!m || m[2]!.trim().endsWith(":") || organisationIn(m[2]!, s) !== null) return null;
  const nc = h.numberCol!;
  const next = nextFilled(s, r + 1, lo, hi);
  if (next < 0 || !isSubStepOf(m[1]!, s.text(next, nc).trim())) return null;
  return { s: { number: m[1]!, title: m[2]!.trim(), address: s.addr(r, nc) } };
}

// «2. Конференции, фестивали, форумы»: a numbered heading starting with a capital (or a quoted name).
const CAPITAL_HEADING_RE = /^(\d{1,2})\s*\.\s+([«"]?[A-ZА-ЯЁ][\s\S]*)$/;

/**
 * The column of row rr's «N. Heading» alone in the title cell, the № cell or, centred across the row instead of merged,
 * the table's first cell (the planner's choice of where to type), or -1.
 */
function titleHeadingCol(s: Sheet, rr: number, lo: number, hi: number, h: Header): number {
  if (rr < 0 || rr >= s.nRows || s.count(rr, lo, hi, 2) !== 1) return -1;
  const nc = h.numberCol!;
  // In the № cell only when not merged: merged over № and title only, the line is a measure wrapped.
  const c = [h.titleCol, nc, lo].find((k) => s.text(rr, k) !== "" && (k === h.titleCol || !s.area(rr, k)));
  if (c === undefined) return -1;
  const m = CAPITAL_HEADING_RE.exec(s.text(rr, c).trim());
  return m && !m[2]!.trim().endsWith(":") && organisationIn(m[2]!, s) === null ? c : -1;
}

const titleHeadingAt = (s: Sheet, rr: number, lo: number, hi: number, h: Header) => {
  const c = titleHeadingCol(s, rr, lo, hi, h);
  return c < 0 ? null : CAPITAL_HEADING_RE.exec(s.text(rr, c).trim());
};

/**
 * «1. Совместные мероприятия …» alone in the title cell, the № cell or the first cell (nothing merged) over an event numbered through
 * the plan: a direction, when the next direction («2. …») or the one before is written so too within 80 rows — one such
 * line alone may be a title broken across a page.
 */
function numberedTitleHeading(s: Sheet, r: number, lo: number, hi: number, h: Header): Sec | null {
  const nc = h.numberCol;
  if (nc === undefined || nc === h.titleCol) return null;
  const m = titleHeadingAt(s, r, lo, hi, h);
  if (!m) return null;
  const next = nextFilled(s, r + 1, lo, hi);
  if (next < 0 || !isNumberLike(s.value(next, nc), s.text(next, nc))) return null;
  const n = Number(m[1]);
  const numbered = (rr: number, k: number) => Number(titleHeadingAt(s, rr, lo, hi, h)?.[1]) === k;
  let paired = false;
  for (let d = 1; d <= 80 && !paired; d++) paired = numbered(r + d, n + 1) || numbered(r - d, n - 1);
  if (!paired) return null;
  return { s: { number: m[1]!, title: m[2]!.trim(), address: s.addr(r, titleHeadingCol(s, r, lo, hi, h)) } };
}

/**
 * «1) Совместные мероприятия …» alone in the first cell of its row (not merged) in a table with no № column whose
 * first column is not the title's, over a measure: a direction written in the column that comes first (its dates).
 */
function parenDirection(s: Sheet, r: number, lo: number, hi: number, h: Header): Sec | null {
  // In the title column it is a group heading over its steps (part-headings.ts); elsewhere it can head nothing else.
  if (h.numberCol !== undefined || lo === h.titleCol) return null;
  if (s.count(r, lo, hi, 2) !== 1 || s.text(r, lo).trim() === "") return null;
  const m = /^(\d{1,2})\)\s+(\S[\s\S]*)$/.exec(s.text(r, lo).trim());
  if (!m || Number(m[1]) > 12 || m[2]!.trim().endsWith(":") || organisationIn(m[2]!, s) !== null) return null;
  const next = nextFilled(s, r + 1, lo, hi);
  if (next < 0 || s.text(next, h.titleCol).trim() === "") return null;
  return { s: { number: m[1]!, title: m[2]!.trim(), address: s.addr(r, lo) } };
}

/** The section row r opens, if it is one. */
export function sectionAt(
  s: Sheet,
  r: number,
  lo: number,
  hi: number,
  h: Header,
  numbered: boolean,
): Sec | null {
  return (
    sectionOf(s, r, lo, hi, h, numbered) ??
    wordNumberedDirection(s, r, lo, hi, h) ??
    bulletDirection(s, r, lo, hi, h) ??
    plainNumberedDirection(s, r, lo, hi, h) ??
    plainRomanDirection(s, r, lo, hi, h) ??
    romanInNumberCell(s, r, lo, hi, h) ??
    arabicInNumberCell(s, r, lo, hi, h) ??
    numberedTitleHeading(s, r, lo, hi, h) ??
    parenDirection(s, r, lo, hi, h)
  );
}
