// One group read as days: its kind (date, by-date, period, recurring), due day and start, with doubts noted.
import type { Atom } from "./atoms";
import { atomYear, bounds, type Bounds } from "./bounds";
import { compareIso, dayBefore, daysInMonth, monthEnd, parts } from "./dates";
import type { Group, Mod } from "./groups";
import type { Cadence, DeadlineContext, DeadlineKind, IsoDate } from "./types";

/** Modifiers that make a group a deadline: by its end, the day before it, or (by-start) its first day. */
const BY = new Set<Mod>(["by", "before", "by-end", "by-start"]);

export interface Reading {
  kind: DeadlineKind;
  due: IsoDate | null;
  start: IsoDate | null;
}

export interface Evaluated {
  reading: Reading;
  inferred: boolean;
  penalty: number;
  notes: string[];
}

/** The calendar days of every atom of the group; a reason string when one has none. */
function atomBounds(
  g: Group,
  ctx: DeadlineContext,
  y0: number | null,
): { bs: Bounds[]; inferred: boolean; unresolved: boolean; penalty: number } | string {
  let penalty = 0;
  let inferred = false;
  let unresolved = false;
  const bs: Bounds[] = [];
  for (const written of g.atoms) {
    // «II полугодие» in a plan «на 2026/2027 учебный год» is the school year's half, as «II полугодие учебного года».
    const a =
      ctx.schoolYear === true && written.type === "half" && written.year === null
        ? { ...written, school: true }
        : written;
    const { y, inferred: inf } = atomYear(a, ctx, y0);
    inferred ||= inf;
    if (a.typo) penalty = Math.max(penalty, 0.15);
    penalty += a.doubt;
    if (a.year?.twoDigit) penalty += 0.05;
    if (y === null) {
      unresolved = true;
      continue;
    }
    // A rule's 29 February meets common years: the month's last day stands in (as resolveRelative does).
    const b = bounds(
      a.year?.rel !== undefined && a.type === "day" ? { ...a, d1: Math.min(a.d1, daysInMonth(y, a.m)) } : a,
      y,
    );
    if (typeof b === "string") return b;
    bs.push(b);
  }
  return { bs, inferred, unresolved, penalty };
}

/** A two-part range with no year written in either part («сентябрь – май», «ноябрь – февраль»). */
function yearless(g: Group): boolean {
  return g.atoms.length === 2 && g.atoms.every((a) => a.year === null);
}

export function evaluate(
  g: Group,
  cadence: Cadence | null,
  ctx: DeadlineContext,
  y0: number | null,
  cadenceFirst = false,
): Evaluated | string {
  const notes: string[] = [];
  const ab = atomBounds(g, ctx, y0);
  if (typeof ab === "string") return ab;
  const { bs, inferred, unresolved } = ab;
  let penalty = ab.penalty;
  if (g.atoms.some((a) => a.typo)) notes.push("misspelt month name");
  if (g.atoms.some((a) => a.doubt > 0)) notes.push(doubtNote(g.atoms));
  if (bs.length === 2 && compareIso(bs[0]!.start, bs[1]!.end) > 0) {
    // «сентябрь – май» with no year written in a plan of calendar years, «май – сентябрь» in a school year's: the range
    // runs on into the next year rather than ending before it starts.
    const wrap = yearless(g) ? bounds(g.atoms[1]!, Number(bs[1]!.end.slice(0, 4)) + 1) : null;
    if (wrap === null || typeof wrap === "string" || compareIso(bs[0]!.start, wrap.end) > 0)
      return "the range ends before it starts";
    bs[1] = wrap;
  }

  const first = g.atoms[0]!;
  const single = g.atoms.length === 1;
  const isDay = single && first.type === "day";
  const b0 = bs[0] ?? null;
  const whole: Bounds | null =
    bs.length === g.atoms.length && b0 ? { start: b0.start, end: bs[bs.length - 1]!.end } : null;

  const byDue = (b: Bounds): IsoDate => {
    if (g.mod === "before") return isDay ? b.start : dayBefore(b.start);
    if (g.mod === "by-start") return b.start;
    return b.end;
  };

  let reading: Reading;
  if (cadence !== null) {
    if (BY.has(g.mod)) {
      const due = b0 ? byDue(b0) : null;
      reading = { kind: "recurring", due, start: due };
    } else {
      // The first occurrence is the whole written range («с 1 января по 5 апреля 2027 года, далее – ежеквартально»),
      // unless the range is the span the cadence runs over («ежеквартально в течение 2027 г.», «ежегодно, 2025–2030
      // гг.»: whole years, which no single occurrence fills): then its first period.
      const years =
        whole !== null &&
        g.atoms.every((a) => a.type === "year" || a.type === "years") &&
        whole.start.slice(0, 4) !== whole.end.slice(0, 4);
      const over =
        (g.mod === "during" || years || (cadenceFirst && monthsOver(g, whole, cadence))) &&
        cadence !== "as-needed";
      const due = whole && over ? firstPeriodEnd(whole, cadence) : whole?.end;
      reading = { kind: "recurring", due: due ?? null, start: whole?.start ?? null };
    }
  } else if (BY.has(g.mod)) {
    const last = bs.length === g.atoms.length ? bs[bs.length - 1] : undefined;
    reading = {
      kind: "by-date",
      due: last ? byDue(single ? last : { start: b0!.start, end: last.end }) : null,
      start: null,
    };
    if (g.mod === "before") penalty += 0.05;
  } else if (g.mod === "from" && single) {
    notes.push("only a start («с …») is written");
    penalty = Math.max(penalty, 0.3);
    reading = isDay
      ? { kind: "date", due: b0?.start ?? null, start: null }
      : { kind: "period", due: b0?.end ?? null, start: b0?.start ?? null };
  } else if (isDay) {
    reading = { kind: "date", due: b0?.start ?? null, start: null };
  } else {
    reading = { kind: "period", due: whole?.end ?? null, start: whole?.start ?? null };
    if (whole && whole.start === whole.end) reading = { kind: "date", due: whole.end, start: null };
    if (g.mod === "early") {
      notes.push("«начало …» read as the whole period");
      penalty = Math.max(penalty, 0.4);
    }
  }
  if (unresolved) reading = { ...reading, due: null, start: null };
  return { reading, inferred, penalty, notes };
}

const CADENCE_MONTHS: Record<Exclude<Cadence, "as-needed">, number> = {
  monthly: 1,
  quarterly: 3,
  "half-yearly": 6,
  yearly: 12,
};

/**
 * «ежемесячно, сентябрь 2026 г. – май 2027 г.», «ежеквартально, январь – декабрь», «ежеквартально, начиная с III
 * квартала 2027 г. по IV квартал 2028 г.»: a range of months (quarters, halves) longer than one period of the cadence
 * written before it is the span the cadence runs over, not one occurrence.
 */
function monthsOver(g: Group, whole: Bounds | null, cadence: Cadence): boolean {
  const unit = (a: Group["atoms"][number]) => a.type === "month" || a.type === "quarter" || a.type === "half";
  if (whole === null || cadence === "as-needed" || !g.atoms.every(unit)) return false;
  const [a, b] = [parts(whole.start), parts(whole.end)];
  return (b.y - a.y) * 12 + b.m - a.m + 1 > CADENCE_MONTHS[cadence];
}

/** The last day of the cadence's first calendar period (month, quarter, half-year, year) inside the span. */
function firstPeriodEnd(span: Bounds, cadence: Exclude<Cadence, "as-needed">): IsoDate {
  const n = CADENCE_MONTHS[cadence];
  const p = parts(span.start);
  const end = monthEnd(p.y, Math.ceil(p.m / n) * n);
  return compareIso(end, span.end) < 0 ? end : span.end;
}

function doubtNote(atoms: Atom[]): string {
  const a = atoms.find((x) => x.doubt > 0)!;
  if (a.type === "school") return "read as a school year";
  if (a.type === "year") return "a bare year";
  return "uncertain reading";
}
