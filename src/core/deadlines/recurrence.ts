// Reporting days of recurrences («ежеквартально, до 5 числа месяца, следующего за отчетным кварталом») and terms
// counted from an event («не позднее 10 рабочих дней после …»), by the production calendar.
import { addDays, addMonths } from "date-fns";
import { calendarCoverage, isWorkingDay } from "../calendar";
import type { Bounds } from "./bounds";
import { daysInMonth, fromIso, parts, toIso, tryIsoDate } from "./dates";
import { firstMatch, type Match } from "./groups";
import { EVENT_TERM, REPORT_DAY } from "./lexicon";
import type { Tok } from "./tokens";
import type { Cadence, IsoDate } from "./types";
import { isSupportedYear, unsupportedYear } from "./years";

export interface ReportRule {
  day: number;
  working: boolean;
  /** «… месяца, следующего за отчетным …»: the day falls in the month after the period. */
  following: boolean;
  /** «до 30 числа последнего месяца квартала»: the day falls in the period's own last month. */
  last: boolean;
  m: Match;
}

export function reportRule(s: string, toks: Tok[]): ReportRule | null {
  const f = firstMatch(REPORT_DAY, s, toks);
  if (!f) return null;
  return {
    day: Number(f.g[1]),
    working: f.g[2] !== undefined,
    last: f.g[3] !== undefined,
    following: f.g[4] !== undefined,
    m: f.m,
  };
}

/** The n-th working day of a month by the production calendar; null when the month has fewer. */
function nthWorkingDay(y: number, m: number, n: number): IsoDate | null {
  let count = 0;
  for (let d = 1; d <= daysInMonth(y, m); d++) {
    const iso = tryIsoDate(y, m, d)!;
    if (isWorkingDay(iso) && ++count === n) return iso;
  }
  return null;
}

function calendarNotes(y: number): { notes: string[]; penalty: number } {
  return calendarCoverage(y).transfersKnown
    ? { notes: [], penalty: 0 }
    : { notes: [`working days counted without the ${y} transfers of days off`], penalty: 0.1 };
}

/** The day a report on `period` is due under the rule. */
export function reportDue(
  period: Bounds,
  cadence: Exclude<Cadence, "as-needed">,
  rule: ReportRule,
): { due: IsoDate | null; notes: string[]; penalty: number } {
  const notes: string[] = [];
  let penalty = 0;
  // A monthly «до 5 числа» is the 5th of each month; otherwise reports follow their period.
  const inPeriod = !rule.following && cadence === "monthly";
  if (!rule.following && !inPeriod && !rule.last) {
    notes.push("the reporting day read in the month after the period");
    penalty += 0.2;
  }
  const p = parts(inPeriod ? period.start : period.end);
  const y = inPeriod || rule.last || p.m < 12 ? p.y : p.y + 1;
  const m = inPeriod || rule.last ? p.m : (p.m % 12) + 1;
  if (!isSupportedYear(y)) return { due: null, notes: [unsupportedYear(y)!.en], penalty };
  if (rule.working) {
    const cal = calendarNotes(y);
    const due = nthWorkingDay(y, m, rule.day);
    return {
      due,
      notes: [...notes, ...cal.notes, ...(due ? [] : [`no ${rule.day}th working day in ${y}-${m}`])],
      penalty: penalty + cal.penalty,
    };
  }
  if (rule.day < 1 || rule.day > 31) return { due: null, notes: [...notes, `no day ${rule.day}`], penalty };
  return { due: tryIsoDate(y, m, Math.min(rule.day, daysInMonth(y, m))), notes, penalty };
}

export interface EventTerm {
  n: number;
  unit: "day" | "week" | "month";
  working: boolean;
  /** 1 for a term after the event («в течение 3 дней после»), -1 before it («за месяц до»). */
  sign: 1 | -1;
  m: Match;
}

const WORD_COUNTS: Record<string, number> = {
  одну: 1,
  один: 1,
  одного: 1,
  одной: 1,
  два: 2,
  две: 2,
  двух: 2,
  три: 3,
  трех: 3,
  четыре: 4,
  четырех: 4,
  пять: 5,
  пяти: 5,
  десять: 10,
  десяти: 10,
};

export function eventTerm(s: string, toks: Tok[]): EventTerm | null {
  const f = firstMatch(EVENT_TERM, s, toks);
  if (!f) return null;
  const g = f.g.groups ?? {};
  const n = g.n ?? g.n2 ?? g.n3;
  const u = (g.u ?? g.u2 ?? g.u3)!;
  const w = g.w ?? g.w2 ?? g.w3;
  return {
    // «за месяц до»: no count written is one.
    n: n === undefined ? 1 : /^\d/.test(n) ? Number(n) : (WORD_COUNTS[n] ?? 1),
    unit: u.startsWith("недел") ? "week" : u.startsWith("месяц") ? "month" : "day",
    working: w === "рабоч",
    sign: g.before ? -1 : 1,
    m: f.m,
  };
}

/** The day a term lands on counted from `from`: n calendar or working days, weeks or months after (or before) it. */
export function countTerm(
  from: IsoDate,
  t: Pick<EventTerm, "n" | "unit" | "working" | "sign">,
): { due: IsoDate; notes: string[]; penalty: number } {
  let d = fromIso(from);
  if (t.unit === "month") return { due: toIso(addMonths(d, t.sign * t.n)), notes: [], penalty: 0 };
  if (t.unit === "week") return { due: toIso(addDays(d, t.sign * 7 * t.n)), notes: [], penalty: 0 };
  if (!t.working) return { due: toIso(addDays(d, t.sign * t.n)), notes: [], penalty: 0 };
  for (let k = 0; k < t.n;) {
    d = addDays(d, t.sign);
    if (isWorkingDay(toIso(d))) k++;
  }
  const cal = calendarNotes(parts(from).y);
  return { due: toIso(d), ...cal };
}
