// «Сроки» merged over «I полугодие (сентябрь – декабрь 2026) | II полугодие (январь – май 2027)», with an «х» where
// the measure runs: the sub-columns are periods with their dates, and a row's deadline is its last marked period.
import { parseDeadline } from "../deadlines";
import { centredAcross } from "./centred";
import type { Sheet } from "./grid-cache";
import { MARK, type QuarterColumn } from "./quarters";

// «I полугодие (сентябрь – декабрь 2026)»: the dated span in brackets says which months the period is.
const BRACKET = /\(([^()]*(?:19|20)\d\d[^()]*)\)/;

/** Whether the cells under the columns (the first 30 filled rows) are marks or blank, two at least marked. */
function marksBelow(s: Sheet, sub: number, cols: readonly QuarterColumn[]): boolean {
  let marks = 0;
  for (let r = sub + 1, seen = 0; r < s.nRows && seen < 30; r++) {
    const cells = cols.map((q) => s.text(r, q.col).trim());
    if (cells.every((t) => t === "")) continue;
    seen++;
    for (const t of cells) {
      if (t === "") continue;
      if (!MARK.test(t)) return false;
      marks++;
    }
  }
  return marks >= 2;
}

/** The period columns under the deadline group at (r, deadline), or null when its sub-headers are not dated periods. */
export function periodColumns(s: Sheet, r: number, last: number, deadline: number): QuarterColumn[] | null {
  const a = s.area(r, deadline) ?? centredAcross(s, r, deadline, {});
  const right = a ? a.right : deadline;
  if (right <= deadline) return null;
  for (let rr = r + 1; rr <= Math.min(Math.max(last, r + 1), r + 2) && rr < s.nRows; rr++) {
    const out: QuarterColumn[] = [];
    for (let c = deadline; c <= right; c++) {
      const label = s.text(rr, c);
      const text = BRACKET.exec(label)?.[1] ?? label;
      // No context: only a period whose year is written is one.
      const d = label === "" ? null : parseDeadline(text);
      if (!d || d.due === null || d.yearInferred) break;
      out.push({
        col: c,
        quarter: 0,
        month: 0,
        year: null,
        label,
        yearLabel: s.text(r, deadline),
        period: text,
      });
    }
    if (out.length === right - deadline + 1 && marksBelow(s, rr, out)) return out;
  }
  return null;
}
