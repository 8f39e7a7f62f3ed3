// A deadline text without a date group: a cadence with a reporting day («ежемесячно до 5 числа»), a request or
// schedule marker, a bare «года» / «учебного года», ongoing work («постоянно»), or nothing readable.
import { bounds } from "./bounds";
import { EMPTY_READING, unknown } from "./cells";
import type { Group } from "./groups";
import type { ReportRule } from "./recurrence";
import { finish, markGroup, spanOf, type Scan } from "./scan";
import type { Atom } from "./atoms";
import type { Deadline, DeadlineContext, IsoDate } from "./types";

export function ungroupedReading(sc: Scan, ctx: DeadlineContext, report: ReportRule | null): Deadline {
  const { text, conf } = sc;
  if (sc.cad) return yearlyOverYear(sc, ctx) ?? cadenceOnly(sc, report);
  const req = sc.onRequest.find((m) => !m.br) ?? sc.onRequest[0];
  const ext = sc.external.find((m) => !m.br) ?? sc.external[0];
  // «в течение учебного года (по плану федерального оператора)»: a bracketed note of whose schedule the events follow
  // leaves the period written before it the deadline, as it does a dated one.
  const period = sc.weak.find((g) => !g.br);
  if (period && (req || ext) && (!req || req.br) && (!ext || ext.br)) return weakReading(sc, period, ctx);
  // Whichever marker comes first in the main text decides («по графику, по запросу» is a schedule).
  if (req && (!ext || (!req.br && ext.br) || (req.br === ext.br && req.s <= ext.s))) {
    sc.used.push(req);
    for (const g of sc.weak) markGroup(sc, g);
    return finish(sc, { kind: "on-request", ...EMPTY_READING, yearInferred: false }, conf * 0.9);
  }
  if (ext) {
    sc.used.push(ext);
    for (const g of sc.weak) markGroup(sc, g);
    return finish(sc, { kind: "external-schedule", ...EMPTY_READING, yearInferred: false }, conf * 0.9);
  }
  const w = sc.weak[0];
  if (w) return weakReading(sc, w, ctx);
  const og = sc.ongoing[0];
  if (og) {
    // Work that goes on all along falls due on no day: 31 December would be a deadline the planner never wrote (and an
    // «overdue» the day after), so none is invented, as for a cadence without a first date.
    sc.used.push(og);
    sc.reasons.push("ongoing work: no due day");
    return finish(sc, { kind: "ongoing", ...EMPTY_READING, yearInferred: false }, conf);
  }
  if (report) {
    const words = text.slice(...spanOf(sc, report.m.s, report.m.e)).trim();
    return unknown(
      text,
      `a reporting day («${words}») with no period or cadence to count from`,
      spanOf(sc, report.m.s, report.m.e),
    );
  }
  const anyTok = sc.toks.some((t) => t.t !== "p");
  return unknown(text, anyTok ? "no date, period, cadence or schedule found" : "no words or numbers");
}

/**
 * «ежегодно, в течение года», «в течение учебного года (ежегодно)»: a yearly step over the plan's (school) year falls
 * due first at that year's end; null for another cadence or no such year.
 */
function yearlyOverYear(sc: Scan, ctx: DeadlineContext): Deadline | null {
  const cad = sc.cad!;
  const w = sc.weak.find((g) => g.mod === "during" || g.mod === "none");
  // Without a year to fall in, the cadence alone is read (cadenceOnly), the scan left untouched.
  if (cad.cadence !== "yearly" || !w || (ctx.targetYear ?? ctx.documentYear ?? null) === null) return null;
  const d = weakReading(sc, w, ctx);
  if (d.due === null || d.start === null) return null;
  sc.used.push(cad.m);
  return finish(
    sc,
    { kind: "recurring", due: d.due, start: d.start, cadence: "yearly", relative: null, yearInferred: true },
    Math.min(sc.conf, 0.6),
  );
}

/**
 * A cadence without a written date («ежемесячно до 5 числа», «ежеквартально до 5 числа месяца, следующего за отчетным
 * кварталом»): the reporting day is read, but not when the reports start (a school's monthly repair report may run
 * «с марта по август»), so there is no first due date, even with a target year — none is invented.
 */
function cadenceOnly(sc: Scan, report: ReportRule | null): Deadline {
  const cad = sc.cad!;
  sc.used.push(cad.m);
  if (report) sc.reasons.push("reporting day read, but no first period is written");
  sc.reasons.push("no first due date");
  return finish(
    sc,
    { kind: "recurring", ...EMPTY_READING, cadence: cad.cadence, yearInferred: false },
    sc.conf * 0.8,
  );
}

/** A bare «до конца года» / «учебного года»: the period named by the context year. */
function weakReading(sc: Scan, w: Group, ctx: DeadlineContext): Deadline {
  markGroup(sc, w);
  // «в течение года» in a school-year plan is the plan's school year, as «в течение учебного года» is.
  const a =
    ctx.schoolYear === true && (w.mod === "during" || w.mod === "none") && w.atoms[0]!.type === "year"
      ? { ...w.atoms[0]!, type: "school" as const }
      : w.atoms[0]!;
  const base = ctx.targetYear ?? ctx.documentYear ?? null;
  const y = base === null ? null : base + (a.year?.ctxOffset ?? 0);
  sc.reasons.push("year not written; taken from the context");
  if (y === null) sc.reasons.push("no target or document year in the context");
  const b = y === null ? null : bounds(a, y);
  const ok = b && typeof b !== "string" ? b : null;
  const by = w.mod === "by" || w.mod === "by-end" || w.mod === "before" || w.mod === "by-start";
  return finish(
    sc,
    {
      kind: by ? "by-date" : "period",
      due: ok ? (w.mod === "by-start" ? startOf(a, ok.start, y!, ctx) : ok.end) : null,
      start: ok && !by ? ok.start : null,
      cadence: null,
      relative: null,
      yearInferred: true,
    },
    Math.min(sc.conf, 0.6),
  );
}

/**
 * The first day of a bare period: «до начала учебного года» in a calendar-year roadmap is the school year that begins
 * in that year (1 September of it); in a school-year plan, the plan's own school year.
 */
function startOf(a: Atom, start: IsoDate, y: number, ctx: DeadlineContext): IsoDate {
  return a.type === "school" && ctx.yearFrom == null ? `${y}-09-01` : start;
}
