import { parseDeadline, resolveRelative } from "./deadlines";
import { countTerm } from "./deadlines/recurrence";
import type { Deadline, DeadlineContext, EventRef, IsoDate } from "./deadlines/types";
import { normNumber, sameStem, stems } from "./match";
import { isBlank } from "./grid";
import { titleYears } from "./reader/guess";
import { MARK } from "./reader/quarters";
import type { Roadmap, RowField } from "./reader/types";
import { isDated } from "./templates/rules";
import type { TemplateItem } from "./templates/schema";

/**
 * A row's «Срок» cell read in its plan's context: the JSON report's reading and the pane's timeline both read it here,
 * so they cannot drift apart (the timeline once lacked the school-year start, 0c26bf8). The checks read the same way
 * in checks/context.ts, with their per-text memo and the lone-dash rule.
 */
// «на 2026/2027 учебный год», «на 2026–2027 учебный год»: the plan's title names a school year.
const SCHOOL_YEAR_TITLE = /(?:^|[^а-я])учебн[а-я]*\s+год/iu;
const SEPTEMBER = 9;
// The reading and the timeline ask for a roadmap's context once per row: its title is read once.
const yearsMemo = new Map<string, ReturnType<typeof titleYears>>();
function yearsOf(title: string): ReturnType<typeof titleYears> {
  let y = yearsMemo.get(title);
  if (!y) {
    if (yearsMemo.size > 1_000) yearsMemo.clear();
    yearsMemo.set(title, (y = titleYears(title)));
  }
  return y;
}

/** How a roadmap's «Срок» cells are read: its target year, the year it was written, a school year's first month. */
export function deadlineContext(
  roadmap: Roadmap,
  year: number | null,
  yearFrom: number | null,
): DeadlineContext {
  // A programme's roadmap titled for the school year ending in its target year runs from that September too; a plan
  // titled for its calendar year («на 2027 год») runs January to December, whatever its form's period.
  const named = yearsOf(roadmap.title);
  const calendar = year !== null && named.calendarYear === year;
  const schoolYearStart = year !== null && named.schoolYearEnd === year ? SEPTEMBER : null;
  const from = calendar ? null : (yearFrom ?? schoolYearStart);
  return {
    targetYear: year,
    documentYear: roadmap.documentYear,
    yearFrom: from,
    schoolYear: from !== null && SCHOOL_YEAR_TITLE.test(roadmap.title),
  };
}

/**
 * The context a cell of a plan's year column («Срок: 2026 год», «2027/2028 уч. год») is read in: a day written without
 * a year falls in its column's year, not the plan's first year.
 */
export function fieldContext(plan: DeadlineContext, f: RowField): DeadlineContext {
  if (f.year === undefined) return plan;
  const [first, end] = f.year.split("/").map(Number);
  return end
    ? { ...plan, targetYear: end, yearFrom: SEPTEMBER, schoolYear: true }
    : { ...plan, targetYear: first!, yearFrom: null, schoolYear: false };
}

/** What a «Срок» cell is read from: a Date or serial number as such, text (continued across a page break) whole. */
export function deadlineInput(f: RowField): Parameters<typeof parseDeadline>[0] {
  // «+» under a year's column: the row's month of that year («Месяц» column), else some time in that year.
  if (f.year !== undefined && typeof f.value !== "number" && MARK.test(f.text)) {
    if (f.month !== undefined) return f.month;
    return f.year.includes("/") ? `в течение ${f.year} учебного года` : `в течение ${f.year} года`;
  }
  return typeof f.value === "string" || f.value === null ? f.text : f.value;
}

export function rowDeadline(
  f: RowField | undefined,
  roadmap: Roadmap,
  year: number | null,
  yearFrom: number | null,
): { deadline: Deadline; due: IsoDate | null } | null {
  if (!f || (f.text.trim() === "" && isBlank(f.value))) return null;
  const deadline = parseDeadline(deadlineInput(f), fieldContext(deadlineContext(roadmap, year, yearFrom), f));
  const rel = deadline.relative;
  return { deadline, due: deadline.due ?? (rel && year !== null ? resolveRelative(rel, year) : null) };
}

/**
 * «25.08.2027, 30.11.2027» on a row standing for several dated items of the form (the two ЦОС monitorings): the dates
 * are those items' deadlines, due at the first as a «до …, до …» list is; one event's several dates stay at the latest.
 */
export function dueOfSeveral(
  deadline: Deadline | null,
  due: IsoDate | null,
  items: readonly TemplateItem[],
): IsoDate | null {
  const dates = deadline?.occurrences;
  if (!dates || dates.length < 2 || items.filter((it) => isDated(it.deadline)).length < 2) return due;
  return dates[0]!;
}

/** What countFromSteps needs of a row (the checks' RowInfo is one as it is). */
export interface StepRow {
  number: string | null;
  title: string;
  deadline: Deadline | null;
  due: IsoDate | null;
}

// Words that name no step: the event's own content words decide which row it is (compared as stems).
const FILLER = new Set(stems("для его ее их все всех этого того"));
// «после открытия», «за месяц до начала работы центра»: the opening of the centres, whatever its row says.
const OPENING = /открыт|начал[а-я]* (?:работ|функционир|деятельн)|запуск|функционировани/iu;

/** A day a step can be counted from: one written day, not a period's end, not itself counted from another step. */
function dayOf(r: StepRow): IsoDate | null {
  const d = r.deadline;
  if (!d || d.event || r.due === null) return null;
  return d.kind === "date" || d.kind === "by-date" || d.kind === "relative" ? r.due : null;
}

/** The one day the candidates agree on, or null when there are none or they disagree. */
function oneDay(rows: readonly StepRow[], at: readonly number[]): { pos: number; day: IsoDate } | null {
  const days = at.map((p) => dayOf(rows[p]!));
  const first = days.find((d) => d !== null);
  if (!first || days.some((d) => d !== null && d !== first)) return null;
  return { pos: at[days.indexOf(first)]!, day: first };
}

/** The steps of one roadmap, with each title's stems made once however many terms count from them. */
interface Steps {
  rows: readonly StepRow[];
  isOpening: (pos: number) => boolean;
  titleStems: (pos: number) => readonly string[];
}

/** The row a term counts from: the number written with it («(п. 13)»), else the row naming the event, else the opening. */
function anchorOf(st: Steps, self: number, ev: EventRef): { pos: number; day: IsoDate } | null {
  const { rows } = st;
  const others = rows.map((_, p) => p).filter((p) => p !== self);
  if (ev.point !== null) {
    const at = others.filter((p) => rows[p]!.number !== null && normNumber(rows[p]!.number!) === ev.point);
    return at.length > 0 ? oneDay(rows, at) : null;
  }
  const want = stems(ev.words).filter((s) => s.length >= 3 && !FILLER.has(s));
  if (want.length > 0) {
    const scores = others.map((p) => {
      const have = st.titleStems(p);
      return want.filter((w) => have.some((h) => sameStem(h, w))).length / want.length;
    });
    const best = Math.max(...scores);
    // Most of the event's words in a row's title: «открытия Кванториумов» is «Открытие школьных Кванториумов».
    if (best >= 0.6) {
      const found = oneDay(
        rows,
        others.filter((_, k) => scores[k] === best),
      );
      if (found) return found;
    }
  }
  if (!OPENING.test(ev.words)) return null;
  const at = others.filter((p) => st.isOpening(p));
  return at.length > 0 ? oneDay(rows, at) : null;
}

/**
 * Terms counted from another step of the same plan («не позднее чем за месяц до открытия (п. 13)», «в течение 3 дней
 * после открытия») dated from that step's row: the planner wrote a real deadline, and the checks and the JSON report
 * see the same day. A term whose step has no single written day stays unread (a note, as before). `isOpening`: whether
 * a row is the form's opening step (matched to the item `start`). Null for every row when no term counts from a step,
 * which most sheets have none of (checked first: 10,000-row sheets, 18 checks a run).
 */
export function countFromSteps(
  rows: readonly StepRow[],
  isOpening: (pos: number) => boolean,
): ({ deadline: Deadline; due: IsoDate } | null)[] {
  const none = rows.map(() => null);
  if (!rows.some((r) => r.deadline?.kind === "unknown" && r.deadline.event)) return none;
  const memo: (readonly string[] | undefined)[] = [];
  const st: Steps = { rows, isOpening, titleStems: (p) => (memo[p] ??= stems(rows[p]!.title)) };
  return rows.map((r, self) => {
    const ev = r.deadline?.kind === "unknown" ? r.deadline.event : undefined;
    if (!ev) return null;
    const anchor = anchorOf(st, self, ev);
    if (!anchor) return null;
    const due = countTerm(anchor.day, ev).due;
    const from = rows[anchor.pos]!.number ?? rows[anchor.pos]!.title.slice(0, 40);
    return {
      due,
      deadline: {
        ...r.deadline!,
        kind: "by-date",
        due,
        confidence: 0.7,
        reason: `counted from step ${from} (${anchor.day})`,
      },
    };
  });
}
