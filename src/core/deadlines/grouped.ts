// A deadline text with at least one date group: the first group is the deadline; a bracketed «не позднее …» day, a
// reporting rule, a rule note «(года, предшествующего году …)» and later dates refine it.
import { EMPTY_READING, unknown } from "./cells";
import { compareIso, dayAfter, parts, tryIsoDate } from "./dates";
import { evaluate, type Evaluated } from "./evaluate";
import type { Group } from "./groups";
import { reportDue, type ReportRule } from "./recurrence";
import { finish, groupSpan, markGroup, type Scan } from "./scan";
import type { Cadence, Deadline, DeadlineContext, DeadlineKind, IsoDate, RelativeRule } from "./types";

const PROBE_YEAR = 2048;

interface State {
  kind: DeadlineKind;
  due: IsoDate | null;
  start: IsoDate | null;
  conf: number;
}

export function groupedReading(sc: Scan, ctx: DeadlineContext, report: ReportRule | null): Deadline {
  const g = sc.groups[0]!;
  const schedule = yearsOnSchedule(sc, g);
  if (schedule) return schedule;
  markGroup(sc, g);
  let conf = sc.conf;
  if (sc.bracketOnly) {
    conf -= 0.2;
    sc.reasons.push("date found only inside brackets");
  }
  if (g.mod === "after")
    return unknown(sc.text, "only an earliest date («после», «не ранее»)", groupSpan(sc, g));
  const cadence = sc.cad ? sc.cad.cadence : null;
  if (sc.cad) sc.used.push(sc.cad.m);

  const relative = g.atoms.some((a) => a.year?.rel !== undefined);
  const target = ctx.targetYear ?? null;
  if (cadence === null && !relative) ctx = listYear(sc, g, ctx);
  // «ежемесячно, сентябрь – май»: the cadence said before the dates may name the span it recurs over.
  const cadenceFirst = sc.cad !== null && sc.cad.m.e <= sc.toks[g.t0]!.s;
  const ev = evaluate(g, cadence, ctx, relative ? target : null, cadenceFirst);
  if (typeof ev === "string") return unknown(sc.text, ev, groupSpan(sc, g));

  let rule: RelativeRule | null = null;
  if (relative) {
    rule = probeRule(g, cadence, ctx);
    if (target === null) sc.reasons.push("relative to the subsidy year; no target year given");
  }

  const st: State = { ...ev.reading, conf };
  if (g.mod === "from" && cadence === null && !relative) endAfterStart(sc, g, st, ctx);
  // «октябрь 2027 г. (до 1 октября), далее ежеквартально»: the bracket bounds the first occurrence as it bounds a period.
  const bounded = st.kind === "period" ? cadence === null : st.kind === "recurring" && report === null;
  if (bounded && !relative) bracketedDay(sc, g, st, ctx);
  if (report && cadence === null && st.kind === "period" && !relative) dayOfLastMonth(sc, st, report);
  if (cadence === null && !relative) movedTo(sc, g, st, ctx);
  if (report && cadence !== null && cadence !== "as-needed" && st.kind === "recurring" && !relative)
    firstReport(sc, st, cadence, report);
  if (cadence === "yearly" && !BY.has(g.mod) && !relative) monthsOfOccurrence(sc, g, st, ctx);
  const firstYear = cadence !== null && ev.inferred && !relative && writtenFirstYear(sc, g, st, ctx);
  const inferred = ev.inferred && !relative && !firstYear;
  if (inferred) {
    st.conf -= 0.2;
    if (st.due === null) sc.reasons.push("year not written and no target or document year in the context");
  }
  if (relative && st.kind === "date") st.kind = "relative";
  st.conf -= ev.penalty;
  sc.reasons.push(...ev.notes);

  if (!relative) rule = annotatedRule(sc, g, st, target) ?? rule;
  // «ежегодно, до 25 августа и до 30 ноября»: a yearly list of deadlines has them as occurrences too (the reading kept).
  const occurrences =
    cadence === null
      ? scheduleOfOthers(sc, g, st, ev.reading.due, ctx, relative ? target : null)
      : cadence === "yearly" && BY.has(g.mod)
        ? scheduleOfOthers(sc, g, { ...st, start: null }, ev.reading.due, ctx, relative ? target : null)
        : null;

  const { kind, due, start } = st;
  return finish(
    sc,
    { kind, due, start, cadence, relative: rule, yearInferred: inferred, occurrences },
    st.conf,
  );
}

/**
 * «2026 – 2028 гг., в соответствии с графиком федерального оператора»: years spanning the plan, each step dated by the
 * operator's schedule, name no due day of their own (the plan's last day would be one the planner never wrote); null
 * for one year («в течение 2027 года, по графику …» is that year's work) or a bracketed schedule note.
 */
function yearsOnSchedule(sc: Scan, g: Group): Deadline | null {
  const ext = sc.external.find((m) => !m.br);
  const a = g.atoms[0]!;
  const years = g.atoms.length === 1 && a.type === "years" && a.year?.year !== undefined && a.y2 !== null;
  if (!ext || sc.cad || sc.groups.length > 1 || g.br || !years || a.y2! <= a.year!.year!) return null;
  sc.used.push(ext);
  markGroup(sc, g);
  return finish(sc, { kind: "external-schedule", ...EMPTY_READING, yearInferred: false }, sc.conf * 0.9);
}

/** «ноябрь, декабрь 2026 г.»: a list writes its year once, after its last date; that year is the earlier dates' too. */
function listYear(sc: Scan, g: Group, ctx: DeadlineContext): DeadlineContext {
  if (g.atoms.some((a) => a.year !== null)) return ctx;
  const next = sc.groups.slice(1).find((o) => !o.br);
  const y = next?.atoms.every((a) => a.year?.year !== undefined) ? next.atoms[0]!.year!.year! : undefined;
  return y === undefined ? ctx : { ...ctx, targetYear: y, documentYear: y, yearFrom: null };
}

/** The rule is read off the same phrase evaluated for a probe year Y (a leap year, so 29.02 survives) well inside the
 * supported years, so that Y−3 … Y+3 stay readable. */
function probeRule(g: Group, cadence: Cadence | null, ctx: DeadlineContext): RelativeRule | null {
  const probe = evaluate(g, cadence, ctx, PROBE_YEAR);
  if (typeof probe === "string" || !probe.reading.due) return null;
  const p = parts(probe.reading.due);
  return { yearOffset: p.y - PROBE_YEAR, month: p.m, day: p.d };
}

/**
 * «январь – февраль 2024 г. (не позднее 15 февраля)», «в течение 2026/2027 учебного года, до 31 мая 2027 г.»,
 * «январь – май 2027 г. (последняя сессия 28.05.2027)»: planners bound a period with its real last day, in brackets or
 * after it.
 */
function bracketedDay(sc: Scan, g: Group, st: State, ctx: DeadlineContext): void {
  const { start, due } = st;
  if (!start || !due) return;
  // The bracket's year-less day is in the period's year, even in a school-year plan (whose September starts its year).
  const inPeriod = { ...ctx, targetYear: parts(due).y, documentYear: parts(due).y, yearFrom: null };
  for (const b of sc.strong) {
    const bare = b.mod === "none" && b.br;
    if (b === g || !(b.mod === "by" || b.mod === "before" || bare)) continue;
    if (!(b.atoms.length === 1 && b.atoms[0]!.type === "day")) continue;
    const r = evaluate(b, null, inPeriod, null);
    const d = typeof r === "string" ? null : r.reading.due;
    // «январь (до 1 февраля)»: a «до» day on the morning after the period is its bound as well.
    const last = bare ? due : dayAfter(due);
    if (d === null || compareIso(d, start) < 0 || compareIso(d, last) > 0) continue;
    // «январь – май 2027 г. (последняя сессия 28.05.2027)»: a bare bracketed day ends the period only in its last month.
    if (bare && d.slice(0, 7) !== due.slice(0, 7)) continue;
    markGroup(sc, b);
    st.due = d;
    sc.reasons.push(
      bare
        ? "the bracketed day in the period's last month is the due date"
        : "the «не позднее …» day inside the period is the due date",
    );
    break;
  }
}

/**
 * «2026/2027, 2027/2028 уч. г., ежегодно с октября по май», «2027–2029 гг., ежегодно в марте»: the years name the span a
 * yearly cadence runs over and the months written after them its occurrence, first in the span's first (school) year.
 */
function monthsOfOccurrence(sc: Scan, g: Group, st: State, ctx: DeadlineContext): void {
  const { start, due } = st;
  const span = (a: Group["atoms"][number]) => a.type === "year" || a.type === "years" || a.type === "school";
  if (!start || !due || !g.atoms.every(span)) return;
  const b = sc.strong.find(
    (x) =>
      x !== g &&
      x.t0 > g.t0 &&
      (x.mod === "none" || x.mod === "during" || x.mod === "from") &&
      x.atoms.every((a) => a.type === "month" && a.year === null),
  );
  if (!b) return;
  // A school year's months from September on fall in its first calendar year.
  const p = parts(start);
  const inSpan = {
    ...ctx,
    targetYear: parts(due).y,
    documentYear: parts(due).y,
    yearFrom: p.m === 1 ? null : p.m,
  };
  const r = evaluate(
    b.mod === "from" && b.atoms.length === 2 ? { ...b, mod: "none" } : b,
    null,
    inSpan,
    null,
  );
  if (typeof r === "string" || r.reading.due === null) return;
  const from = r.reading.start ?? r.reading.due;
  if (compareIso(from, start) < 0 || compareIso(r.reading.due, due) > 0) return;
  markGroup(sc, b);
  [st.start, st.due] = [from, r.reading.due];
  sc.reasons.push("the months after the years are the yearly occurrence, first in the first year");
}

// «перенесено на 20.08.2027», «срок перенесён на 25 августа», «срок изменён на …», «продлён до …»: a new deadline.
const MOVED = /(?:перенес|изменен|продлен)[а-я]*\s+(?:срок[а-я]*\s+)?(?=(?:на|до)\s)/g;

/** «до 15.07.2027 перенесено на 20.08.2027»: the date a deadline was moved to is the deadline now. */
function movedTo(sc: Scan, g: Group, st: State, ctx: DeadlineContext): void {
  for (const m of sc.n.s.matchAll(MOVED)) {
    const at = m.index + m[0].length;
    // The group may open with its «до» or start after «на».
    const b = sc.strong.find((x) => x !== g && sc.toks[x.t0]!.s >= at && sc.toks[x.t0]!.s <= at + 3);
    if (!b) continue;
    const r = evaluate({ ...b, mod: "none" }, null, ctx, null);
    const due = typeof r === "string" ? null : r.reading.due;
    if (due === null || (st.due !== null && compareIso(due, st.due) <= 0)) continue;
    markGroup(sc, b);
    st.due = due;
    if (st.start !== null && compareIso(st.start, due) > 0) st.start = null;
    sc.reasons.push("the date the deadline was moved to is the due date");
  }
}

/** «август 2027 г. (до 25 числа)»: a day written without its month is that day of the period's last month. */
function dayOfLastMonth(sc: Scan, st: State, report: ReportRule): void {
  if (!st.start || !st.due || report.following || report.working) return;
  const { y, m } = parts(st.due);
  const d = tryIsoDate(y, m, report.day);
  if (d === null || compareIso(d, st.start) < 0 || compareIso(d, st.due) > 0) return;
  st.due = d;
  sc.reasons.push("the «до N числа» day in the period's last month is the due date");
}

/**
 * «ежегодно, до 27 декабря (первый – 27.12.2024)», «ежегодно до 27 декабря, начиная с 2024 года»: a recurring day
 * written without its year, whose first year is written apart (the same day with its year, or the year it starts).
 */
function writtenFirstYear(sc: Scan, g: Group, st: State, ctx: DeadlineContext): boolean {
  const due = st.due;
  if (due === null) return false;
  // A month or a period («в марте, начиная с 2028 г.») moves whole to the year it starts in; a written day does not
  // move it (its start is not that day).
  if (st.start !== null && st.start !== due) return periodFromYear(sc, g, st, st.start, due);
  for (const b of sc.strong) {
    if (b === g || b.atoms.length !== 1 || b.atoms[0]!.year?.year === undefined) continue;
    const a = b.atoms[0]!;
    let d: IsoDate | null = null;
    if (a.type === "year" && b.mod === "from") d = `${a.year!.year!}${due.slice(4)}`;
    else if (a.type === "day") {
      const r = evaluate(b, null, ctx, null);
      const day = typeof r === "string" ? null : r.reading.due;
      if (day !== null && day.slice(4) === due.slice(4)) d = day;
    }
    if (d === null) continue;
    markGroup(sc, b);
    if (st.start !== null) st.start = d;
    st.due = d;
    sc.reasons.push("the first year is written apart from the recurring day");
    return true;
  }
  return false;
}

/**
 * «ежегодно в марте, начиная с 2028 г.», «ежегодно, апрель (2028, 2029 гг.)»: the recurring period's first occurrence is
 * in the year it starts from, or the first of the years listed in brackets.
 */
function periodFromYear(sc: Scan, g: Group, st: State, start: IsoDate, due: IsoDate): boolean {
  const years = (x: Group) => x.atoms.length > 0 && x.atoms.every((a) => a.type === "year");
  const b = sc.strong.find(
    (x) => x !== g && ((x.mod === "from" && x.atoms.length === 1 && years(x)) || (x.br && years(x))),
  );
  const y = b?.atoms[0]!.year?.year;
  if (!b || y === undefined) return false;
  const shift = y - parts(start).y;
  const moved = (d: IsoDate) => tryIsoDate(parts(d).y + shift, parts(d).m, parts(d).d);
  const [s, d] = [moved(start), moved(due)];
  if (s === null || d === null) return false;
  markGroup(sc, b);
  [st.start, st.due] = [s, d];
  sc.reasons.push("the first year is written apart from the recurring period");
  return true;
}

/** «с сентября 2027 г. (до 31.12.2027)»: a period written from its start ends on the «до …» day written after it. */
function endAfterStart(sc: Scan, g: Group, st: State, ctx: DeadlineContext): void {
  const start = st.start ?? st.due;
  if (!start) return;
  for (const b of sc.strong) {
    if (b.t0 <= g.t0 || !(b.mod === "by" || b.mod === "before" || b.mod === "by-end")) continue;
    const r = evaluate(b, null, ctx, null);
    const d = typeof r === "string" ? null : r.reading.due;
    if (d === null || compareIso(d, start) <= 0) continue;
    markGroup(sc, b);
    [st.kind, st.start, st.due] = ["period", start, d];
    sc.reasons.push("the «до …» day after the start ends the period");
    return;
  }
}

/** «ежеквартально (до 5 числа месяца, следующего за отчетным кварталом), начиная с I квартала 2027 г.»: the first
 * period is written, its report is due on the rule's day (a first day written as a day stays the due date). */
function firstReport(sc: Scan, st: State, cadence: Exclude<Cadence, "as-needed">, report: ReportRule): void {
  if (!st.start || !st.due || st.start === st.due) return;
  const first = reportDue({ start: st.start, end: st.due }, cadence, report);
  if (first.due) {
    st.due = first.due;
    sc.reasons.push("first due date: the reporting day after the first period", ...first.notes);
    st.conf -= first.penalty;
  } else sc.reasons.push(...first.notes);
}

/** «27 ноября 2026 года (года, предшествующего году получения субсидии)»: a date annotated with its rule. */
function annotatedRule(sc: Scan, g: Group, st: State, target: number | null): RelativeRule | null {
  const note = sc.relNote;
  if (!note || !g.atoms.every((a) => a.year?.year !== undefined) || !st.due) return null;
  const off = note.atoms[0]!.year!.rel!;
  const p = parts(st.due);
  markGroup(sc, note);
  if (st.kind === "date") st.kind = "relative";
  if (target !== null && p.y - off !== target) {
    st.conf -= 0.3;
    sc.reasons.push(`the written year is not the one the rule gives for ${target}`);
  }
  return { yearOffset: off, month: p.m, day: p.d };
}

/** One written date's span: its first day (null for a single day) and its due day. */
interface Span {
  from: IsoDate | null;
  end: IsoDate;
  due: IsoDate;
}

const BY = new Set(["by", "before", "by-end", "by-start"]);

/**
 * More dates after the first. Each separate date is an occurrence, returned for the matcher: one row may stand for
 * two dated items of the form (the ЦОС monitorings of August and November). A list of deadlines («до 25.08.2027, до
 * 30.11.2027», «август, ноябрь 2027 г. (до 25.08.2027, до 30.11.2027)», each date for its own schools) is due at its
 * first; dates of an event held more than once («декабрь 2026 г., март 2027 г.»), at the latest, when the row's work
 * is complete.
 */
function scheduleOfOthers(
  sc: Scan,
  g: Group,
  st: State,
  periodEnd: IsoDate | null,
  ctx: DeadlineContext,
  y0: number | null,
): IsoDate[] | null {
  const others = sc.groups.slice(1).filter((o) => !o.br);
  if (others.length === 0) return null;
  const head: Span | null =
    st.due === null ? null : { from: st.start, end: periodEnd ?? st.due, due: st.due };
  const spans: Span[] = head ? [head] : [];
  let latest = st.due;
  for (const o of others) {
    const r: Evaluated | string = evaluate(o, null, ctx, y0);
    if (typeof r === "string" || !r.reading.due) continue;
    markGroup(sc, o);
    const due = r.reading.due;
    if (latest === null || compareIso(due, latest) > 0) latest = due;
    // «в течение 2027 года, до 15 января 2028 г.»: a «до …» after a period bounds that work, no second occurrence.
    if (head && head.from !== null && BY.has(o.mod)) continue;
    spans.push({ from: r.reading.kind === "period" ? r.reading.start : null, end: due, due });
  }
  const occurrences = separate(spans);
  const deadlines =
    BY.has(g.mod) ||
    (periodEnd !== null && st.due !== null && st.due !== periodEnd) ||
    [g, ...others].every((x) => namesOrganisation(sc, x));
  if (occurrences && deadlines) {
    st.conf = Math.min(st.conf, 0.6);
    sc.reasons.push("several deadlines: due at the first");
    return occurrences;
  }
  if (latest === st.due) return occurrences;
  st.due = latest;
  if (st.kind === "period" || st.kind === "relative") st.kind = "date";
  st.start = st.kind === "date" || st.kind === "by-date" ? null : st.start;
  st.conf = Math.min(st.conf, 0.6);
  sc.reasons.push("several dates; the latest is the due date");
  return occurrences;
}

// «(Сосновская СОШ, Луговская ООШ)»: a note naming schools or territories (the text is lower-cased by normalize).
const ORGANISATION_NOTE = /^\s*\([^)]*(?:сош|оош|нош|школ|гимнази|лице|[мг][бак]?оу|район|округ)[^)]*\)/u;

/** Whether a date is followed by a note naming whose it is: dates per school are each school's deadline, not one event's. */
function namesOrganisation(sc: Scan, g: Group): boolean {
  const end = sc.toks[g.t1 - 1]?.e;
  return end !== undefined && ORGANISATION_NOTE.test(sc.n.s.slice(end));
}

/** «в течение 2027 г.»: a whole calendar year. */
const wholeYear = (x: Span) => x.from !== null && x.from.endsWith("-01-01") && x.end.endsWith("-12-31");

/** The due days of the written spans in calendar order, months that follow one another («сентябрь, октябрь») joined
 * into one, whole years («в течение 2027 г.; в течение 2028 г.»: once a year) not; null when fewer than two remain. */
function separate(spans: Span[]): IsoDate[] | null {
  const sorted = [...spans].sort((a, b) => compareIso(a.from ?? a.due, b.from ?? b.due));
  const merged: Span[] = [];
  for (const x of sorted) {
    const last = merged[merged.length - 1];
    const joined = last && last.from !== null && x.from !== null && !(wholeYear(last) && wholeYear(x));
    if (joined && x.from === dayAfter(last.end))
      merged[merged.length - 1] = { from: last.from, end: x.end, due: x.due };
    else if (!last || last.due !== x.due) merged.push(x);
  }
  return merged.length >= 2 ? merged.map((x) => x.due) : null;
}
