// A «план-график» without a «Срок» column: quarter columns under year headers («2026 год» over «I кв. | II кв. | …»)
// with a «+» (or «х», «✓») where the measure runs. The row's deadline is the span of its marked quarters.
import type { Bilingual } from "../lang";
import type { Sheet } from "./grid-cache";
import { normalize } from "./normalize";
import type { ColumnRole, RoadmapRow, RowField } from "./types";

export interface QuarterColumn {
  col: number;
  quarter: number;
  year: number;
  /** The quarter's and the year's header text, for the column's role. */
  label: string;
  yearLabel: string;
}

const QUARTER = /^(iv|i{1,3}|[1-4])\s*-?\s*(?:й\s*)?кв(?:\.|артал[а-я]*)?\s*(?:(20\d\d)\s*(?:г\.?|года?)?)?$/;
const YEAR = /(?<!\d)(20\d\d)(?!\d)/;
const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
const ROMAN_OUT = ["", "I", "II", "III", "IV"];
/** What planners put in a quarter cell to mark it: «+», «х», «x», «✓», «v», «да», «1». */
const MARK = /^\s*(?:\+|[хx×✓✔v]|да|1)\s*$/i;

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
  const lo = Math.min(...used);
  for (let c = 0; c < s.nCols; c++) {
    if (used.has(c)) continue;
    for (let rr = r; rr <= Math.min(r + 3, s.nRows - 1); rr++) {
      const label = s.text(rr, c);
      const m = label.length <= 30 ? QUARTER.exec(normalize(label).trim()) : null;
      if (!m) continue;
      let year = m[2] ? Number(m[2]) : null;
      let yearLabel = label;
      for (let up = rr - 1; year === null && up >= r; up--) {
        const t = textOver(s, up, c, lo);
        const y = YEAR.exec(t);
        if (y) [year, yearLabel] = [Number(y[1]), t];
      }
      if (year !== null)
        out.push({ col: c, quarter: ROMAN[m[1]!] ?? Number(m[1]), year, label, yearLabel: yearLabel });
      break;
    }
  }
  return out.length >= 2 ? out : null;
}

/** The last header row the quarter labels use. */
export function quarterLabelsEnd(s: Sheet, r: number, quarters: readonly QuarterColumn[]): number {
  let last = r;
  for (const q of quarters)
    for (let rr = r; rr <= Math.min(r + 3, s.nRows - 1); rr++)
      if (s.text(rr, q.col) === q.label) last = Math.max(last, rr);
  return last;
}

const name = (q: QuarterColumn) => `${ROMAN_OUT[q.quarter]} квартал ${q.year} г.`;

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
  const order = (q: QuarterColumn) => q.year * 4 + q.quarter;
  marked.sort((a, b) => order(a) - order(b));
  const [first, last] = [marked[0]!, marked[marked.length - 1]!];
  const text = first === last ? name(first) : `${name(first)} – ${name(last)}`;
  const f: RowField = { text, value: text, addresses: marked.map((q) => s.addr(r, q.col)) };
  row.fields.deadline = f;
}

const REASON: Bilingual = {
  ru: "«+» в этом квартале — мероприятие идёт в нём; срок — конец последнего отмеченного квартала",
  en: "a «+» here means the measure runs in this quarter; the deadline is the end of the last marked quarter",
};

/** Each quarter column's role, as the planner sees it. */
export function quarterRoles(s: Sheet, quarters: readonly QuarterColumn[]): ColumnRole[] {
  return quarters.map((q) => ({
    column: s.letter(q.col),
    role: "deadline",
    header: q.yearLabel === q.label ? q.label : `${q.yearLabel} / ${q.label}`,
    reason: REASON,
  }));
}
