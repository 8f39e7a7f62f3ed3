// The calendar days a date atom covers in a year, and the year an atom is read in.
import type { Atom, YearInfo } from "./atoms";
import { compareIso, monthEnd, parts, quarterEnd, quarterStart, tryIsoDate } from "./dates";
import type { DeadlineContext, IsoDate } from "./types";
import { isSupportedYear, unsupportedYear } from "./years";

export interface Bounds {
  start: IsoDate;
  end: IsoDate;
}

export function atomYear(
  a: Atom,
  ctx: DeadlineContext,
  y0: number | null,
): { y: number | null; inferred: boolean } {
  const info: YearInfo | null = a.year;
  if (info?.year !== undefined) return { y: info.year, inferred: false };
  if (info?.rel !== undefined) return { y: y0 === null ? null : y0 + info.rel, inferred: false };
  const y = ctx.targetYear ?? ctx.documentYear ?? null;
  if (y === null) return { y: null, inferred: true };
  // «до 20 декабря» in a 2026/2027 school-year plan: December of 2026, the plan's first calendar year.
  const from = ctx.targetYear != null && info === null ? (ctx.yearFrom ?? null) : null;
  const earlier =
    from !== null &&
    (a.type === "day" || a.type === "days" || a.type === "month" || a.type === "halfmonth") &&
    a.m >= from;
  return { y: y + (info?.ctxOffset ?? 0) - (earlier ? 1 : 0), inferred: true };
}

/** The calendar days an atom covers in year y; a reason string when there are none or they leave the supported years. */
export function bounds(a: Atom, y: number): Bounds | string {
  if (!isSupportedYear(y)) return unsupportedYear(y)!.en;
  const b = calendarBounds(a, y);
  if (typeof b === "string") return b;
  const last = parts(b.end).y;
  return isSupportedYear(last) ? b : unsupportedYear(last)!.en;
}

export function calendarBounds(a: Atom, y: number): Bounds | string {
  const bad = (what: string) => `no such date: ${what}`;
  switch (a.type) {
    case "day": {
      const iso = tryIsoDate(y, a.m, a.d1);
      return iso ? { start: iso, end: iso } : bad(`${a.d1}.${a.m}.${y}`);
    }
    case "days": {
      const s = tryIsoDate(y, a.m, a.d1);
      const e = tryIsoDate(y, a.m, a.d2);
      if (!s || !e) return bad(`${a.d1}–${a.d2}.${a.m}.${y}`);
      return compareIso(s, e) <= 0 ? { start: s, end: e } : `the day range ${a.d1}–${a.d2} runs backwards`;
    }
    case "month":
      return a.m >= 1 && a.m <= 12
        ? { start: `${y}-${String(a.m).padStart(2, "0")}-01`, end: monthEnd(y, a.m) }
        : bad(`month ${a.m}`);
    case "quarter":
      return { start: quarterStart(y, a.n1), end: quarterEnd(y, a.n2) };
    case "half":
      // The school year's halves: September to December of the year before, January to May (the end of lessons).
      if (a.school)
        return {
          start: a.n1 === 1 ? `${y - 1}-09-01` : `${y}-01-01`,
          end: a.n2 === 1 ? `${y - 1}-12-31` : `${y}-05-31`,
        };
      return {
        start: a.n1 === 1 ? `${y}-01-01` : `${y}-07-01`,
        end: a.n2 === 1 ? `${y}-06-30` : `${y}-12-31`,
      };
    case "decade": {
      const from = (a.n1 - 1) * 10 + 1;
      const s = tryIsoDate(y, a.m, from);
      if (!s) return bad(`${from}.${a.m}.${y}`);
      return { start: s, end: a.n1 === 3 ? monthEnd(y, a.m) : tryIsoDate(y, a.m, a.n1 * 10)! };
    }
    case "halfmonth": {
      const mid = tryIsoDate(y, a.m, 15);
      if (!mid) return bad(`15.${a.m}.${y}`);
      return a.n1 === 1
        ? { start: tryIsoDate(y, a.m, 1)!, end: mid }
        : { start: tryIsoDate(y, a.m, 16)!, end: monthEnd(y, a.m) };
    }
    case "year":
      return { start: `${y}-01-01`, end: `${y}-12-31` };
    case "years": {
      const y2 = a.y2 ?? y;
      return y2 >= y ? { start: `${y}-01-01`, end: `${y2}-12-31` } : `the years ${y}–${y2} run backwards`;
    }
    case "school": {
      // «до конца учебного года» without numbers: the school year that ends in the context year.
      if (a.weak) return { start: `${y - 1}-09-01`, end: `${y}-08-31` };
      const y2 = a.y2 ?? y + 1;
      return y2 > y
        ? { start: `${y}-09-01`, end: `${y2}-08-31` }
        : `the school year ${y}/${y2} runs backwards`;
    }
  }
}
