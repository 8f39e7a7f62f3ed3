// A «план-график» without a «Срок» column: quarter columns under year headers («2026 год» over «I кв. | II кв. | …»)
// with a «+» (or «х», «✓») where the measure runs. The row's deadline is the span of its marked quarters.
import type { Bilingual } from "../lang";
import type { Sheet } from "./grid-cache";
import { normalize } from "./normalize";
import type { ColumnRole, RoadmapRow, RowField } from "./types";

export interface QuarterColumn {
  col: number;
  /** 1–4 for a quarter column; 0 for a month column. */
  quarter: number;
  /** 1–12 for a month column («сен.», «октябрь»); 0 for a quarter column. */
  month: number;
  /** The year over the column; null for a month grid without one (the plan's year or school year gives it). */
  year: number | null;
  /** The quarter's and the year's header text, for the column's role. */
  label: string;
  yearLabel: string;
  /** A dated period's own text («сентябрь – декабрь 2026»), for a column that is neither a quarter nor a month. */
  period?: string;
}

const QUARTER = /^(iv|i{1,3}|[1-4])\s*-?\s*(?:й\s*)?кв(?:\.|артал[а-я]*)?\s*(?:(20\d\d)\s*(?:г\.?|года?)?)?$/;
const YEAR = /(?<!\d)(20\d\d)(?!\d)/;
const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
const ROMAN_OUT = ["", "I", "II", "III", "IV"];
// «сен.», «сент.», «октябрь», «май», «авг»: a month's header (its name, its usual short form, nothing else).
const MONTH =
  /^(январ[ья]|янв|феврал[ья]|фев|февр|март|мар|апрел[ья]|апр|ма[йя]|июн[ья]?|июл[ья]?|август|авг|сентябр[ья]|сен|сент|октябр[ья]|окт|ноябр[ья]|ноя|нояб|декабр[ья]|дек)\.?$/;
const MONTH_STEMS = ["янв", "фев", "мар", "апр", "ма", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"];
const MONTH_NAMES = [
  "январь",
  "февраль",
  "март",
  "апрель",
  "май",
  "июнь",
  "июль",
  "август",
  "сентябрь",
  "октябрь",
  "ноябрь",
  "декабрь",
];
/** A month grid has at least this many month columns: a lone «май» is some other header. */
const MIN_MONTHS = 3;

/** What planners put in a quarter cell to mark it: «+», «х», «x», «✓», «v», «да», «1». */
export const MARK = /^\s*(?:\+|[хx×✓✔v]|да|1)\s*$/i;

/** The text of the header cell over column c in row r: its own, or a merged (or lost-merge) cell to its left. */
function textOver(s: Sheet, r: number, c: number, lo: number): string {
  for (let cc = c; cc >= lo; cc--) {
    const t = s.text(r, cc);
    if (t === "") continue;
    const a = s.area(r, cc);
    return cc === c || !a || a.right >= c ? t : "";
  }
  return "";
}

/**
 * The quarter columns of a header starting at row r (labels in rows r..r+3), outside the columns already mapped; null
 * when fewer than two quarters carry a year (their own «I кв. 2026» or a year header above them).
 */
export function quarterColumns(s: Sheet, r: number, used: ReadonlySet<number>): QuarterColumn[] | null {
  const out: QuarterColumn[] = [];
  const months: QuarterColumn[] = [];
  const lo = Math.min(...used);
  for (let c = 0; c < s.nCols; c++) {
    if (used.has(c)) continue;
    for (let rr = r; rr <= Math.min(r + 3, s.nRows - 1); rr++) {
      const label = s.text(rr, c);
      const text = label.length <= 30 ? normalize(label).trim() : "";
      const m = QUARTER.exec(text);
      const month = m ? null : MONTH.exec(text);
      if (!m && !month) continue;
      let year = m?.[2] ? Number(m[2]) : null;
      let yearLabel = label;
      for (let up = rr - 1; year === null && up >= r; up--) {
        const t = textOver(s, up, c, lo);
        const y = YEAR.exec(t);
        if (y) [year, yearLabel] = [Number(y[1]), t];
      }
      if (month) {
        const n = MONTH_STEMS.findIndex((st) => month[1]!.startsWith(st)) + 1;
        months.push({ col: c, quarter: 0, month: n, year, label, yearLabel });
      } else if (year !== null)
        out.push({
          col: c,
          quarter: ROMAN[m![1]!] ?? Number(m![1]),
          month: 0,
          year,
          label,
          yearLabel: yearLabel,
        });
      break;
    }
  }
  if (out.length >= 2) return out;
  return months.length >= MIN_MONTHS ? months : null;
}

/** The last header row the quarter labels use. */
export function quarterLabelsEnd(s: Sheet, r: number, quarters: readonly QuarterColumn[]): number {
  let last = r;
  for (const q of quarters)
    for (let rr = r; rr <= Math.min(r + 3, s.nRows - 1); rr++)
      if (s.text(rr, q.col) === q.label) last = Math.max(last, rr);
  return last;
}

const name = (q: QuarterColumn) =>
  q.month > 0
    ? `${MONTH_NAMES[q.month - 1]}${q.year === null ? "" : ` ${q.year} г.`}`
    : `${ROMAN_OUT[q.quarter]} квартал ${q.year} г.`;

/** Row r's deadline from its marked quarters («IV квартал 2025 г. – II квартал 2026 г.»), or none when unmarked. */
export function quarterDeadline(
  s: Sheet,
  r: number,
  quarters: readonly QuarterColumn[],
  row: RoadmapRow,
): void {
  const marked = quarters.filter((q) => MARK.test(s.text(r, q.col)));
  delete row.fields.deadline;
  if (marked.length === 0) return;
  // Dated periods («I полугодие (сентябрь – декабрь 2026)»): the last marked one is when the measure ends.
  const period = marked[marked.length - 1]!.period;
  if (period !== undefined) {
    row.fields.deadline = { text: period, value: period, addresses: marked.map((q) => s.addr(r, q.col)) };
    return;
  }
  // Months are written as marked, in the grid's order (a school year runs September to August): «октябрь, январь».
  const months = marked[0]!.month > 0;
  const order = (q: QuarterColumn) => (q.year ?? 0) * 4 + q.quarter;
  if (!months) marked.sort((a, b) => order(a) - order(b));
  const [first, last] = [marked[0]!, marked[marked.length - 1]!];
  const text = months
    ? marked.map(name).join(", ")
    : first === last
      ? name(first)
      : `${name(first)} – ${name(last)}`;
  const f: RowField = { text, value: text, addresses: marked.map((q) => s.addr(r, q.col)) };
  row.fields.deadline = f;
}

const REASON: Bilingual = {
  ru: "«+» в этом квартале — мероприятие идёт в нём; срок — конец последнего отмеченного квартала",
  en: "a «+» here means the measure runs in this quarter; the deadline is the end of the last marked quarter",
};

const PERIOD_REASON: Bilingual = {
  ru: "отметка в этом периоде — мероприятие идёт в нём; срок — конец последнего отмеченного периода",
  en: "a mark here means the measure runs in this period; the deadline is the end of the last marked period",
};

const MONTH_REASON: Bilingual = {
  ru: "отметка в этом месяце — мероприятие проходит в нём; срок — конец последнего отмеченного месяца",
  en: "a mark here means the measure is held in this month; the deadline is the end of the last marked month",
};

/** Each quarter column's role, as the planner sees it. */
export function quarterRoles(s: Sheet, quarters: readonly QuarterColumn[]): ColumnRole[] {
  return quarters.map((q) => ({
    column: s.letter(q.col),
    role: "deadline",
    header: q.yearLabel === q.label ? q.label : `${q.yearLabel} / ${q.label}`,
    reason: q.period !== undefined ? PERIOD_REASON : q.month > 0 ? MONTH_REASON : REASON,
  }));
}
