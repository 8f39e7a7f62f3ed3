// Reporting days of recurrences («ежеквартально, до 5 числа месяца, следующего за отчетным кварталом») and terms
// counted from an event («не позднее 10 рабочих дней после …»), by the production calendar.
import { addDays } from "date-fns";
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
  m: Match;
}

export function reportRule(s: string, toks: Tok[]): ReportRule | null {
  const f = firstMatch(REPORT_DAY, s, toks);
  if (!f) return null;
  return { day: Number(f.g[1]), working: f.g[2] !== undefined, following: f.g[3] !== undefined, m: f.m };
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
  if (!rule.following && !inPeriod) {
    notes.push("the reporting day read in the month after the period");
    penalty += 0.2;
  }
  const p = parts(inPeriod ? period.start : period.end);
  const y = inPeriod || p.m < 12 ? p.y : p.y + 1;
  const m = inPeriod ? p.m : (p.m % 12) + 1;
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
  working: boolean;
  m: Match;
}

export function eventTerm(s: string, toks: Tok[]): EventTerm | null {
  const f = firstMatch(EVENT_TERM, s, toks);
  return f ? { n: Number(f.g[1]), working: f.g[2] === "рабоч", m: f.m } : null;
}

/** The day n calendar or working days after `from`. */
export function countDays(
  from: IsoDate,
  n: number,
  working: boolean,
): { due: IsoDate; notes: string[]; penalty: number } {
  let d = fromIso(from);
  if (!working) return { due: toIso(addDays(d, n)), notes: [], penalty: 0 };
  for (let k = 0; k < n;) {
    d = addDays(d, 1);
    if (isWorkingDay(toIso(d))) k++;
  }
  const cal = calendarNotes(parts(from).y);
  return { due: toIso(d), ...cal };
}
