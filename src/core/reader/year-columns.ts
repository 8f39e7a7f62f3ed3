// A plan over several years with a deadline column per year: «Срок: 2026/2027 уч. год | Срок: 2027/2028 уч. год», or
// the years alone over the dates («2027 | 2028 | 2029»). A row due in one year has a dash in the other years' columns.
import { parseDeadline } from "../deadlines";
import type { Sheet } from "./grid-cache";
import { classifyHeader } from "./header-words";
import { field } from "./row-cells";
import { isAmount } from "./table-end";
import type { FieldKey, RoadmapRow } from "./types";
import { DASH_ONLY } from "./vocabulary";

const years = (t: string): string => [...t.matchAll(/(?<!\d)20\d\d(?!\d)/g)].map((m) => m[0]).join("/");
// «2027», «2028 г.», «2027 год», «2026/2027», «2027/2028 уч. год»: a year alone heads its column.
const YEAR_ONLY =
  /^\s*(?:на\s+)?20\d\d(?:\s*[/\\\-–—]\s*20\d\d)?\s*(?:год|г\.?|учебн[а-я]*\s+год|уч\.\s*г(?:од|\.)?)?\s*$/iu;

const blank = (t: string) => t.trim() === "" || DASH_ONLY.test(t);

/**
 * Of two deadline columns naming different years, the later stays the plan's (a sheet copied from last year keeps the
 * old dates beside the new ones, isPlanDeadline): the other is read where its cell is empty or a dash.
 */
function otherYearDeadline(s: Sheet, r: number, cols: Partial<Record<FieldKey, number>>): number[] {
  const d = cols.deadline!;
  const mine = years(s.text(r, d));
  if (mine === "") return [];
  const used = new Set(Object.values(cols));
  for (const [c, t] of s.cells(r)) {
    if (used.has(c) || classifyHeader(t) !== "deadline") continue;
    const other = years(t);
    if (other !== "" && other !== mine) return [c];
  }
  return [];
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
): number[] {
  const d = cols.deadline!;
  const used = new Set(Object.values(cols));
  for (let rr = r + 1; rr <= last; rr++) {
    if (!YEAR_ONLY.test(s.text(rr, d))) continue;
    const out: number[] = [];
    for (let c = d + 1; c < s.nCols && !used.has(c) && YEAR_ONLY.test(s.text(rr, c)); c++) out.push(c);
    return out;
  }
  return [];
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
    // «в течение года», «ежеквартально», «по графику ФО» are deadlines as well as a day is.
    if (!isAmount(v, t) && parseDeadline(v instanceof Date ? v : t).kind !== "unknown") dated++;
    else other++;
  }
  return { dated, other };
}

/**
 * A header with no deadline column but two or more columns headed by a year alone over dates: the first is the
 * deadline, the others are read, in order, where it has a dash. Sets cols.deadline; returns the other columns.
 */
export function yearColumns(
  s: Sheet,
  r: number,
  last: number,
  cols: Partial<Record<FieldKey, number>>,
): number[] {
  if (cols.deadline !== undefined) {
    const other = otherYearDeadline(s, r, cols);
    return other.length > 0 ? other : yearsUnderGroup(s, r, last, cols);
  }
  const used = new Set(Object.values(cols));
  // A later year's column may hold only dashes («2028 | 2029» of a roadmap whose steps all fall in 2027).
  const found = s
    .cells(r)
    .filter(([c, t]) => !used.has(c) && YEAR_ONLY.test(t))
    .map(([c]) => ({ c, ...cellsBelow(s, r, c) }));
  if (found.length < 2 || found.some((x) => x.other > x.dated) || !found.some((x) => x.dated >= 2)) return [];
  cols.deadline = found[0]!.c;
  return found.slice(1).map((x) => x.c);
}

/** Row r's deadline from the other years' columns, in order, when the deadline column has none. */
export function yearAltDeadline(s: Sheet, r: number, alts: readonly number[], row: RoadmapRow): void {
  const d = row.fields.deadline;
  if (d && !blank(d.text)) return;
  const c = alts.find((a) => !blank(s.text(r, a)));
  if (c !== undefined) row.fields.deadline = field(s, r, c);
}
