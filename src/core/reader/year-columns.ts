// A plan over several years with a deadline column per year: «Срок: 2026/2027 уч. год | Срок: 2027/2028 уч. год», or
// the years alone over the dates («2027 | 2028 | 2029»). A row due in one year has a dash in the other years' columns.
import { parseDeadline } from "../deadlines";
import type { Sheet } from "./grid-cache";
import { classifyHeader, isAmendmentOf } from "./header-words";
import { field } from "./row-cells";
import { titleYears } from "./guess";
import { MARK } from "./quarters";
import { isAmount } from "./table-end";
import type { FieldKey, RoadmapRow, RowField } from "./types";
import { DASH_ONLY } from "./vocabulary";

/** The years a text names, joined: «2027», «2026/2027». */
export const yearsIn = (t: string): string =>
  [...t.matchAll(/(?<!\d)20\d\d(?!\d)/g)].map((m) => m[0]).join("/");
// «2027», «2028 г.», «2027 год», «2026/2027», «2027/2028 уч. год»: a year alone heads its column.
const YEAR_ONLY =
  /^\s*(?:на\s+)?20\d\d(?:\s*[/\\\-–—]\s*20\d\d)?\s*(?:год|г\.?|учебн[а-я]*\s+год|уч\.\s*г(?:од|\.)?)?\s*$/iu;

/** Two or more of columns c…right of row r name a year alone: a plan's years under its merged «Срок». */
export function yearsRow(s: Sheet, r: number, c: number, right: number): boolean {
  let n = 0;
  for (let cc = c; cc <= right; cc++) if (YEAR_ONLY.test(s.text(r, cc))) n++;
  return n >= 2;
}

const blank = (t: string) => t.trim() === "" || DASH_ONLY.test(t);

/** The deadline columns of a plan's years, in the order they are read, and the year(s) each one's header names. */
export interface YearColumns {
  /** The other years' columns, read in order where the deadline column has a dash or nothing. */
  alts: number[];
  /** Column → the year («2026») or school year («2026/2027») it is for: a day written without a year falls in it. */
  years: Map<number, string>;
  /** «Месяц» beside the years' «+» marks: the month of each marked year. */
  month?: number;
  /** The other column is the one the deadline column amends («Срок» beside «Уточнённый срок»), not another year's. */
  amends?: boolean;
  /** Column → its header as shown, where the group's sub-headers name the columns («Срок / уточнённый»). */
  labels?: Map<number, string>;
}

// «Месяц», «Месяц проведения»: the month a «+» under a year falls in.
const MONTH_HEADER = /^\s*месяц(?:\s+проведения)?\s*\.?\s*$/iu;

const NONE: YearColumns = { alts: [], years: new Map() };

/** The span of years a title above the header names («на 2027–2028 годы» → 2027…2028), or null for one year. */
function planSpanAbove(s: Sheet, r: number): { first: number; last: number } | null {
  for (let rr = r - 1; rr >= Math.max(0, r - 10); rr--)
    for (const [, t] of s.cells(rr)) {
      const y = titleYears(t);
      const first = y.schoolYearEnd ?? y.calendarYear;
      if (first !== null && y.lastYear !== null) return { first, last: y.lastYear };
    }
  return null;
}

/**
 * A plan for several years («на 2027–2028 годы») with a deadline column per year («Срок: 2026 год | Срок: 2027 год |
 * Срок: 2028 год»; the year before the first for December's approvals): the earliest year's column is the deadline,
 * each later one is read where it has a dash. Null when the title names one year: then an older column is last year's.
 */
function spannedYears(s: Sheet, r: number, cols: Partial<Record<FieldKey, number>>): YearColumns | null {
  const used = new Set(Object.values(cols));
  used.delete(cols.deadline!);
  const found = s
    .cells(r)
    .filter(([c, t]) => !used.has(c) && classifyHeader(t) === "deadline" && yearsIn(t) !== "")
    .map(([c, t]) => ({ c, years: yearsIn(t), first: Number(yearsIn(t).slice(0, 4)) }));
  if (found.length < 2 || new Set(found.map((x) => x.years)).size < found.length) return null;
  const span = planSpanAbove(s, r);
  if (!span || found.some((x) => x.first < span.first - 1 || x.first > span.last)) return null;
  found.sort((a, b) => a.first - b.first || a.c - b.c);
  cols.deadline = found[0]!.c;
  return { alts: found.slice(1).map((x) => x.c), years: new Map(found.map((x) => [x.c, x.years])) };
}

/**
 * Of two deadline columns naming different years, the later stays the plan's (a sheet copied from last year keeps the
 * old dates beside the new ones, isPlanDeadline): the other is read where its cell is empty or a dash.
 */
function otherYearDeadline(s: Sheet, r: number, cols: Partial<Record<FieldKey, number>>): number[] {
  const d = cols.deadline!;
  const mine = yearsIn(s.text(r, d));
  if (mine === "") return [];
  const used = new Set(Object.values(cols));
  for (const [c, t] of s.cells(r)) {
    if (used.has(c) || classifyHeader(t) !== "deadline") continue;
    const other = yearsIn(t);
    if (other !== "" && other !== mine) return [c];
  }
  return [];
}

/**
 * «Срок | Уточнённый срок»: the amended column holds only the changed dates, so the column it amends is read where
 * the amended cell is empty or a dash.
 */
function amendedDeadline(s: Sheet, r: number, cols: Partial<Record<FieldKey, number>>): number[] {
  const main = s.text(r, cols.deadline!);
  const used = new Set(Object.values(cols));
  for (const [c, t] of s.cells(r))
    if (!used.has(c) && classifyHeader(t) === "deadline" && isAmendmentOf(main, t)) return [c];
  return [];
}

/**
 * The last column of the header group at (r, c): its merge's right edge; with the merge lost on export (centred across
 * instead), the blank header cells right of it, two at most, that no field holds.
 */
export function groupRight(s: Sheet, r: number, c: number, used: ReadonlySet<number>): number {
  const a = s.area(r, c);
  if (a) return a.right;
  let right = c;
  while (right + 1 < s.nCols && right - c < 2 && s.text(r, right + 1) === "" && !used.has(right + 1)) right++;
  return right;
}

/**
 * «Срок» merged over «утверждённый | уточнённый» (or «первоначальный | уточнённый»): the amended column is the
 * deadline, the other is read where the amended cell is empty or a dash — as with «Срок | Уточнённый срок».
 */
function amendedUnderGroup(
  s: Sheet,
  r: number,
  last: number,
  cols: Partial<Record<FieldKey, number>>,
): YearColumns | null {
  const d = cols.deadline!;
  const used = new Set(Object.values(cols));
  used.delete(d);
  const a = s.area(r, d) ?? { left: d, bottom: r };
  const right = groupRight(s, r, d, used);
  if (right <= a.left) return null;
  const mine = (c: number) => c >= a.left && c <= right && !used.has(c);
  for (let rr = a.bottom + 1; rr <= last; rr++)
    for (let c = a.left; c <= right; c++)
      for (let o = a.left; o <= right; o++) {
        const [tc, to] = [s.text(rr, c), s.text(rr, o)];
        if (c === o || !mine(c) || !mine(o) || tc === "" || to === "" || !isAmendmentOf(tc, to)) continue;
        cols.deadline = c;
        const group = s.text(r, d);
        const labels = new Map([c, o].map((x) => [x, `${group} / ${s.text(rr, x)}`]));
        return { alts: [o], years: new Map(), amends: true, labels };
      }
  return null;
}

/**
 * «Срок исполнения» merged over «2027 | 2028 | 2029»: the group's first year is the deadline column, the years right
 * of it are read where it has a dash.
 */
function yearsUnderGroup(
  s: Sheet,
  r: number,
  last: number,
  cols: Partial<Record<FieldKey, number>>,
): YearColumns {
  const d = cols.deadline!;
  const used = new Set(Object.values(cols));
  for (let rr = r + 1; rr <= last; rr++) {
    if (!YEAR_ONLY.test(s.text(rr, d))) continue;
    const out: number[] = [];
    for (let c = d + 1; c < s.nCols && !used.has(c) && YEAR_ONLY.test(s.text(rr, c)); c++) out.push(c);
    return { alts: out, years: new Map([d, ...out].map((c) => [c, yearsIn(s.text(rr, c))])) };
  }
  return NONE;
}

/** The cells under column c (the first 30 filled, dashes aside): how many read as deadlines, how many as amounts or words. */
function cellsBelow(s: Sheet, h: number, c: number): { dated: number; other: number } {
  let dated = 0;
  let other = 0;
  for (let r = h + 1, seen = 0; r < s.nRows && seen < 30; r++) {
    const t = s.text(r, c);
    if (blank(t)) continue;
    seen++;
    const v = s.value(r, c);
    // «в течение года», «ежеквартально», «по графику ФО» are deadlines as well as a day is; «+» under a year is that year.
    if (MARK.test(t) || (!isAmount(v, t) && parseDeadline(v instanceof Date ? v : t).kind !== "unknown"))
      dated++;
    else other++;
  }
  return { dated, other };
}

/**
 * A header with no deadline column but two or more columns headed by a year alone over dates: the first is the
 * deadline, the others are read, in order, where it has a dash. Sets cols.deadline; returns the other columns and
 * the year each column is for.
 */
export function yearColumns(
  s: Sheet,
  r: number,
  last: number,
  cols: Partial<Record<FieldKey, number>>,
): YearColumns {
  if (cols.deadline !== undefined) {
    const spanned = spannedYears(s, r, cols);
    if (spanned) return spanned;
    const other = otherYearDeadline(s, r, cols);
    if (other.length > 0) return { alts: other, years: new Map() };
    const original = amendedDeadline(s, r, cols);
    if (original.length > 0) return { alts: original, years: new Map(), amends: true };
    return amendedUnderGroup(s, r, last, cols) ?? yearsUnderGroup(s, r, last, cols);
  }
  const used = new Set(Object.values(cols));
  // A later year's column may hold only dashes («2028 | 2029» of a roadmap whose steps all fall in 2027).
  const found = s
    .cells(r)
    .filter(([c, t]) => !used.has(c) && YEAR_ONLY.test(t))
    .map(([c]) => ({ c, ...cellsBelow(s, r, c) }));
  if (found.length < 2 || found.some((x) => x.other > x.dated) || !found.some((x) => x.dated >= 2))
    return NONE;
  cols.deadline = found[0]!.c;
  const month = s.cells(r).find(([c, t]) => !used.has(c) && MONTH_HEADER.test(t))?.[0];
  return {
    alts: found.slice(1).map((x) => x.c),
    years: new Map(found.map((x) => [x.c, yearsIn(s.text(r, x.c))])),
    ...(month === undefined ? {} : { month }),
  };
}

/**
 * Row r's deadline from the other years' columns, in order, when the deadline column has none; the field is marked
 * with the year its column is for.
 */
export function yearAltDeadline(
  s: Sheet,
  r: number,
  h: YearColumns,
  deadlineCol: number,
  row: RoadmapRow,
): void {
  const d = row.fields.deadline;
  if (d && !blank(d.text)) {
    // Only the deadline column's own cell: not a caption's date given to the rows under it.
    if (d.addresses[0] === s.addr(r, deadlineCol))
      row.fields.deadline = runOn(s, r, h, deadlineCol, d) ?? withYear(s, r, h, deadlineCol, d);
    return;
  }
  const c = h.alts.find((a) => !blank(s.text(r, a)));
  if (c !== undefined) row.fields.deadline = withYear(s, r, h, c, field(s, r, c));
}

// «сентябрь – декабрь» under one year and «январь – май» under the next: the months of one period across both cells.
const TO_DECEMBER = /^\s*([а-яё]+)\s*[–—-]\s*декабр[ья]\s*$/iu;
const FROM_JANUARY = /^\s*январ[ья]\s*[–—-]\s*([а-яё]+)\s*$/iu;

/**
 * A period running on from one calendar year's column into the next («сентябрь – декабрь | январь – май» under
 * «2027 г. | 2028 г.»): one period, due at its end, read as «сентябрь 2027 – май 2028» from both cells; else null.
 */
function runOn(s: Sheet, r: number, h: YearColumns, c: number, f: RowField): RowField | null {
  const year = Number(h.years.get(c));
  const next = h.alts[0];
  const from = TO_DECEMBER.exec(f.text);
  if (!from || next === undefined || !Number.isInteger(year) || Number(h.years.get(next)) !== year + 1)
    return null;
  const to = FROM_JANUARY.exec(s.text(r, next));
  if (!to) return null;
  const text = `${from[1]!} ${year} – ${to[1]!} ${year + 1}`;
  // Words that are not months («с – декабря») leave the cells as they are.
  if (parseDeadline(text).kind !== "period") return null;
  return { text, value: text, addresses: [f.addresses[0]!, s.addr(r, next)] };
}

/** A year column's cell marked with its year, and a «+» with the row's month («ноябрь») when a «Месяц» column has one. */
function withYear(s: Sheet, r: number, h: YearColumns, c: number, f: RowField): RowField {
  const year = h.years.get(c);
  if (year === undefined) return f;
  const month = h.month === undefined || !MARK.test(f.text) ? "" : s.text(r, h.month).trim();
  return month === "" ? { ...f, year } : { ...f, year, month };
}
