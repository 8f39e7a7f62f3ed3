// parseDeadline: reads a «Срок» cell the way a planner means it. Never throws.
import type { CellValue } from "../grid";
import { isExcelError } from "../grid";
import { atomAt, type Atom, type YearInfo } from "./atoms";
import { blankDeadline } from "./blank";
import {
  compareIso,
  dayBefore,
  daysInMonth,
  excelSerialToIso,
  fromIso,
  toIso,
  monthEnd,
  parts,
  quarterEnd,
  quarterStart,
  resolveRelative,
  tryIsoDate,
  isIsoDate,
} from "./dates";
import { CADENCES, EVENT_TERM, EXTERNAL, ON_REQUEST, ONGOING, REPORT_DAY } from "./lexicon";
import { addDays } from "date-fns";
import { calendarCoverage, isWorkingDay } from "../calendar";
import { normalize, type Normalized } from "./normalize";
import { tokenize, type Tok } from "./tokens";
import type { Cadence, Deadline, DeadlineContext, DeadlineKind, IsoDate, RelativeRule } from "./types";
import { isSupportedYear, unsupportedYear } from "./years";

type Mod = "by" | "before" | "by-end" | "from" | "after" | "during" | "early" | "none";

const MODIFIERS: { words: string[]; mod: Mod }[] = [
  { words: ["в", "срок", "не", "позднее"], mod: "by" },
  { words: ["в", "срок", "не", "позже"], mod: "by" },
  { words: ["не", "позднее", "конца"], mod: "by-end" },
  { words: ["не", "позже", "конца"], mod: "by-end" },
  { words: ["до", "окончания"], mod: "by-end" },
  { words: ["в", "срок", "до"], mod: "before" },
  { words: ["срок", "до"], mod: "before" },
  { words: ["в", "течение"], mod: "during" },
  { words: ["на", "протяжении"], mod: "during" },
  { words: ["в", "период"], mod: "during" },
  { words: ["начиная", "с"], mod: "from" },
  { words: ["начиная", "со"], mod: "from" },
  { words: ["не", "позднее"], mod: "by" },
  { words: ["не", "позже"], mod: "by" },
  { words: ["не", "ранее"], mod: "after" },
  { words: ["до", "конца"], mod: "by-end" },
  { words: ["к", "концу"], mod: "by-end" },
  { words: ["в", "конце"], mod: "by-end" },
  { words: ["в", "начале"], mod: "early" },
  { words: ["конец"], mod: "by-end" },
  { words: ["начало"], mod: "early" },
  { words: ["до"], mod: "before" },
  { words: ["к"], mod: "before" },
  { words: ["по"], mod: "by-end" },
  { words: ["после"], mod: "after" },
  { words: ["с"], mod: "from" },
  { words: ["со"], mod: "from" },
  { words: ["в"], mod: "during" },
  { words: ["во"], mod: "during" },
  { words: ["на"], mod: "during" },
];

const FILLER = new Set([
  "далее",
  "затем",
  "и",
  "а",
  "также",
  "включительно",
  "срок",
  "сроки",
  "исполнения",
  "проведения",
  "выполнения",
  "года",
  "г",
  "гг",
  "год",
  "не",
]);

interface Group {
  atoms: Atom[];
  mod: Mod;
  /** Token index where the modifier starts (or the first atom when there is none). */
  t0: number;
  t1: number;
  br: boolean;
}

interface Bounds {
  start: IsoDate;
  end: IsoDate;
}

interface Reading {
  kind: DeadlineKind;
  due: IsoDate | null;
  start: IsoDate | null;
}

const EMPTY_READING = { due: null, start: null, cadence: null, relative: null } as const;

const PROBE_YEAR = 2048;

function result(text: string, over: Partial<Deadline> & { kind: DeadlineKind }): Deadline {
  return { ...blankDeadline(over.kind), text, confidence: 0, ...over };
}

function unknown(text: string, reason: string, span: [number, number] | null = null): Deadline {
  return result(text, { kind: "unknown", ...EMPTY_READING, reason, span, confidence: 0 });
}

function ddmmyyyy(iso: IsoDate): string {
  const p = parts(iso);
  return `${String(p.d).padStart(2, "0")}.${String(p.m).padStart(2, "0")}.${p.y}`;
}

function dateCell(iso: IsoDate, confidence: number, reason: string | null): Deadline {
  const text = ddmmyyyy(iso);
  return result(text, { kind: "date", due: iso, span: [0, text.length], confidence, reason });
}

function wholeYear(y: number, text: string, confidence: number, reason: string): Deadline {
  return result(text, {
    kind: "period",
    start: `${y}-01-01`,
    due: `${y}-12-31`,
    span: [0, text.length],
    confidence,
    reason,
  });
}

function fromNumber(n: number): Deadline {
  const text = String(n);
  if (!Number.isFinite(n)) return unknown(text, "the number is not a date");
  // A whole number that looks like a year is a year («2024» typed into the cell), not a serial of 1905.
  if (Number.isInteger(n) && n >= 1900 && n <= 2100) {
    const why = unsupportedYear(n);
    return why ? unknown(text, why.en) : wholeYear(n, text, 0.6, "a bare number read as a year");
  }
  const iso = excelSerialToIso(n);
  if (iso === null)
    return unknown(text, n === 60 ? "Excel's fictitious 29 February 1900" : "the number is not a date");
  const why = unsupportedYear(parts(iso).y);
  if (why) return unknown(text, `the number is an Excel date: ${why.en}`);
  return dateCell(iso, 1, null);
}

function fromDate(d: Date): Deadline {
  const t = d.getTime();
  if (!Number.isFinite(t)) return unknown("", "invalid Date value");
  // Cells carry UTC midnight; a Date made at local midnight elsewhere is rounded to the nearest UTC day.
  const day = 86_400_000;
  const rounded = new Date(Math.round(t / day) * day);
  const iso = tryIsoDate(rounded.getUTCFullYear(), rounded.getUTCMonth() + 1, rounded.getUTCDate());
  if (iso === null) return unknown("", "the Date is outside the years 1000–9999");
  const why = unsupportedYear(parts(iso).y);
  if (why) return unknown(ddmmyyyy(iso), why.en);
  return dateCell(
    iso,
    rounded.getTime() === t ? 1 : 0.9,
    rounded.getTime() === t ? null : "Date value with a time of day",
  );
}

export function parseDeadline(value: CellValue, ctx: DeadlineContext = {}): Deadline {
  try {
    if (value === null || value === undefined) return unknown("", "empty cell");
    if (typeof value === "number") return fromNumber(value);
    if (value instanceof Date) return fromDate(value);
    if (typeof value === "boolean") return unknown(value ? "TRUE" : "FALSE", "a boolean value");
    if (isExcelError(value)) return unknown(String(value.error), `Excel error ${value.error}`);
    if (typeof value !== "string") return unknown(String(value), "unsupported cell value");
    return inSupportedYears(parseText(value, ctx ?? {}));
  } catch (e) {
    // The parser must never break a check run: an internal error becomes an unknown reading.
    const text = typeof value === "string" ? value : "";
    return unknown(text, `internal parser error: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** A reading whose days (derived ones too: «до 1 января 2000 года» is due 31.12.1999) leave the supported years is refused. */
function inSupportedYears(d: Deadline): Deadline {
  for (const iso of [d.due, d.start]) {
    if (iso === null) continue;
    if (!isIsoDate(iso)) return unknown(d.text, `no such date: ${iso}`, d.span);
    const why = unsupportedYear(parts(iso).y);
    if (why) return unknown(d.text, why.en, d.span);
  }
  return d;
}

interface Match {
  s: number;
  e: number;
  br: boolean;
}

function findAll(re: RegExp, s: string, toks: Tok[]): Match[] {
  const out: Match[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const at = m.index;
    const tk = toks.find((t) => t.s >= at);
    out.push({ s: at, e: at + m[0].length, br: tk?.br ?? false });
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

function modifierBefore(toks: Tok[], i: number, floor: number): { mod: Mod; t0: number } {
  for (const { words, mod } of MODIFIERS) {
    const t0 = i - words.length;
    if (t0 < floor) continue;
    let ok = true;
    for (let k = 0; k < words.length; k++) {
      const tk = toks[t0 + k]!;
      if (tk.t !== "word" || tk.v !== words[k]) {
        ok = false;
        break;
      }
    }
    if (ok) return { mod, t0 };
  }
  return { mod: "none", t0: i };
}

function atomYear(a: Atom, ctx: DeadlineContext, y0: number | null): { y: number | null; inferred: boolean } {
  const info: YearInfo | null = a.year;
  if (info?.year !== undefined) return { y: info.year, inferred: false };
  if (info?.rel !== undefined) return { y: y0 === null ? null : y0 + info.rel, inferred: false };
  const y = ctx.targetYear ?? ctx.documentYear ?? null;
  return { y: y === null ? null : y + (info?.ctxOffset ?? 0), inferred: true };
}

/** The calendar days an atom covers in year y; a reason string when there are none or they leave the supported years. */
function bounds(a: Atom, y: number): Bounds | string {
  if (!isSupportedYear(y)) return unsupportedYear(y)!.en;
  const b = calendarBounds(a, y);
  if (typeof b === "string") return b;
  const last = parts(b.end).y;
  return isSupportedYear(last) ? b : unsupportedYear(last)!.en;
}

function calendarBounds(a: Atom, y: number): Bounds | string {
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

/** Gives a yearless atom of a range the year of its partner («ноябрь – февраль 2024 г.»: November 2023). */
function shareYears(g: Group): void {
  if (g.atoms.length !== 2) return;
  const [a, b] = g.atoms as [Atom, Atom];
  const probe = (x: Atom) => calendarBounds(x, 2000);
  if (!a.year && b.year) {
    const pa = probe(a);
    const pb = probe(b);
    const before = typeof pa !== "string" && typeof pb !== "string" && compareIso(pa.start, pb.start) > 0;
    a.year = shift(b.year, before ? -1 : 0);
  } else if (a.year && !b.year) {
    const pa = probe(a);
    const pb = probe(b);
    const after = typeof pa !== "string" && typeof pb !== "string" && compareIso(pb.start, pa.start) < 0;
    b.year = shift(a.year, after ? 1 : 0);
  }
}

function shift(info: YearInfo, by: number): YearInfo {
  if (info.year !== undefined) return { ...info, year: info.year + by };
  if (info.rel !== undefined) return { ...info, rel: info.rel + by };
  return { ...info };
}

function groupsOf(toks: Tok[]): Group[] {
  const groups: Group[] = [];
  let floor = 0;
  let i = 0;
  while (i < toks.length) {
    const a = atomAt(toks, i);
    if (!a) {
      i++;
      continue;
    }
    const { mod, t0 } = modifierBefore(toks, i, floor);
    const atoms = [a];
    let t1 = a.t1;
    const conn = toks[t1];
    const isConn =
      conn &&
      ((conn.t === "p" && conn.v === "-") ||
        (conn.t === "word" && conn.v === "по") ||
        (conn.t === "word" && conn.v === "до" && mod === "from"));
    if (isConn && !(conn.t === "word" && conn.v === "по" && !["from", "none", "during"].includes(mod))) {
      const b = atomAt(toks, t1 + 1);
      if (b && b.br === a.br && compatible(a, b)) {
        atoms.push(b);
        t1 = b.t1;
      }
    }
    const g: Group = { atoms, mod, t0, t1, br: a.br };
    shareYears(g);
    groups.push(g);
    floor = t1;
    i = t1;
  }
  return groups;
}

/** Two atoms make a range when both are periods of the calendar (not «2024 год – 1 марта» nonsense). */
function compatible(a: Atom, b: Atom): boolean {
  if (a.weak || b.weak) return false;
  if (a.type === "year" || b.type === "year") return a.type === b.type;
  return true;
}

function pickCadence(s: string, toks: Tok[]): { cadence: Cadence; m: Match } | null {
  let best: { cadence: Cadence; m: Match } | null = null;
  for (const { cadence, re } of CADENCES) {
    for (const m of findAll(re, s, toks)) {
      // Outside brackets first, then the earliest («ежегодно (по необходимости)» is yearly).
      if (!best || (best.m.br && !m.br) || (best.m.br === m.br && m.s < best.m.s)) best = { cadence, m };
    }
  }
  return best;
}

function clamp(c: number): number {
  return Math.round(Math.max(0.05, Math.min(1, c)) * 100) / 100;
}

function parseText(text: string, ctx: DeadlineContext): Deadline {
  const n: Normalized = normalize(text);
  if (n.s.length === 0) return unknown(text, "empty cell");
  const toks = tokenize(n.s);
  const spanOf = (s: number, e: number): [number, number] => [n.map[s]!, n.map[e - 1]! + 1];

  const cad = pickCadence(n.s, toks);
  // A request / schedule marker explains the rest of its clause («…, направляемому федеральным оператором»).
  const toClauseEnd = (m: Match): Match => {
    const stop = n.s.slice(m.e).search(/[;(]/);
    return { ...m, e: stop < 0 ? n.s.length : m.e + stop };
  };
  const onRequest = findAll(ON_REQUEST, n.s, toks).map(toClauseEnd);
  const external = findAll(EXTERNAL, n.s, toks).map(toClauseEnd);
  const ongoing = findAll(ONGOING, n.s, toks);

  const allGroups = groupsOf(toks);
  const relNote = allGroups.find(
    (g) => g.br && g.atoms.length === 1 && g.atoms[0]!.type === "year" && g.atoms[0]!.year?.rel !== undefined,
  );
  const strong = allGroups.filter((g) => !g.atoms.every((a) => a.weak) && g !== relNote);
  let groups = strong.filter((g) => !g.br);
  let bracketOnly = false;
  if (groups.length === 0 && strong.length > 0) {
    groups = strong;
    bracketOnly = true;
  }
  const weak = allGroups.filter((g) => g.atoms.every((a) => a.weak));

  const used: Match[] = [];
  const reasons: string[] = [];
  let conf = n.ocr ? 0.9 : 1;
  if (n.ocr) reasons.push("OCR debris repaired");
  if (n.truncated) reasons.push("text truncated");

  const finish = (d: Omit<Deadline, "text" | "span" | "confidence" | "reason">, c: number): Deadline => {
    // Words nobody read lower the confidence.
    const ignored = leftovers(
      toks,
      [...used, ...onRequest, ...external, ...ongoing, ...(cad ? [cad.m] : [])],
      allGroups,
    );
    if (ignored.length > 0) {
      c -= Math.min(0.3, 0.1 * ignored.length);
      reasons.push(`ignored: ${ignored.slice(0, 4).join(" ")}`);
    }
    let span: [number, number] | null = null;
    if (used.length > 0) {
      const s = Math.min(...used.map((u) => u.s));
      const e = Math.max(...used.map((u) => u.e));
      span = spanOf(s, e);
    }
    return { ...d, text, span, confidence: clamp(c), reason: reasons.length ? reasons.join("; ") : null };
  };

  const markGroup = (g: Group) => used.push({ s: toks[g.t0]!.s, e: toks[g.t1 - 1]!.e, br: g.br });

  // «не позднее 10 рабочих дней после …»: a term counted from an event, dated only when the event is a date.
  const term = cad ? null : eventTerm(n.s, toks);
  if (term) {
    used.push(term.m);
    const base = groups.find((x) => toks[x.atoms[0]!.t0]!.s >= term.m.e);
    const at = base && base.atoms.length === 1 && base.atoms[0]!.type === "day" ? base : null;
    const ev = at ? evaluate({ ...at, mod: "none" }, null, ctx, null) : null;
    if (at && ev && typeof ev !== "string" && ev.reading.due) {
      markGroup(at);
      const counted = countDays(ev.reading.due, term.n, term.working);
      reasons.push(...ev.notes, ...counted.notes);
      return finish(
        { kind: "by-date", ...EMPTY_READING, due: counted.due, yearInferred: ev.inferred },
        conf - ev.penalty - counted.penalty - (ev.inferred ? 0.2 : 0),
      );
    }
    const cut = Math.min(n.s.length, term.m.e + 40);
    const words = text.slice(...spanOf(term.m.s, cut)).trim();
    return unknown(
      text,
      `counted from an event («${words}${cut < n.s.length ? "…" : ""}»), not from a calendar date`,
      spanOf(term.m.s, term.m.e),
    );
  }

  const report = reportRule(n.s, toks);
  if (report) used.push(report.m);

  if (groups.length === 0) {
    if (cad) {
      used.push(cad.m);
      // «ежемесячно до 5 числа» with a target year: the first due day is the one after the year's first period.
      const y = ctx.targetYear ?? ctx.documentYear ?? null;
      if (report && y !== null && isSupportedYear(y) && cad.cadence !== "as-needed") {
        const first = reportDue(cadencePeriod(cad.cadence, `${y}-01-01`), cad.cadence, report);
        if (first.due) {
          reasons.push("first due date: the reporting day of the target year's first period", ...first.notes);
          return finish(
            {
              kind: "recurring",
              ...EMPTY_READING,
              due: first.due,
              start: first.due,
              cadence: cad.cadence,
              yearInferred: true,
            },
            Math.min(conf * 0.8 - first.penalty, 0.6),
          );
        }
        reasons.push(...first.notes);
      }
      if (report) reasons.push("reporting day read, but no first period is written");
      reasons.push("no first due date");
      return finish(
        { kind: "recurring", ...EMPTY_READING, cadence: cad.cadence, yearInferred: false },
        conf * 0.8,
      );
    }
    const req = onRequest.find((m) => !m.br) ?? onRequest[0];
    const ext = external.find((m) => !m.br) ?? external[0];
    // Whichever marker comes first in the main text decides («по графику, по запросу» is a schedule).
    if (req && (!ext || (!req.br && ext.br) || (req.br === ext.br && req.s <= ext.s))) {
      used.push(req);
      for (const g of weak) markGroup(g);
      return finish({ kind: "on-request", ...EMPTY_READING, yearInferred: false }, conf * 0.9);
    }
    if (ext) {
      used.push(ext);
      for (const g of weak) markGroup(g);
      return finish({ kind: "external-schedule", ...EMPTY_READING, yearInferred: false }, conf * 0.9);
    }
    const w = weak[0];
    if (w) return weakReading(w, ctx, toks, used, reasons, finish, conf);
    const og = ongoing[0];
    if (og) {
      used.push(og);
      reasons.push("ongoing work read as the whole year");
      const y = ctx.targetYear ?? ctx.documentYear ?? null;
      if (y === null) reasons.push("no target or document year in the context");
      return finish(
        {
          kind: "period",
          ...EMPTY_READING,
          start: y === null ? null : `${y}-01-01`,
          due: y === null ? null : `${y}-12-31`,
          yearInferred: true,
        },
        Math.min(conf, 0.5),
      );
    }
    if (report) {
      const words = text.slice(...spanOf(report.m.s, report.m.e)).trim();
      return unknown(
        text,
        `a reporting day («${words}») with no period or cadence to count from`,
        spanOf(report.m.s, report.m.e),
      );
    }
    const anyTok = toks.some((t) => t.t !== "p");
    return unknown(text, anyTok ? "no date, period, cadence or schedule found" : "no words or numbers");
  }

  const g = groups[0]!;
  markGroup(g);
  if (bracketOnly) {
    conf -= 0.2;
    reasons.push("date found only inside brackets");
  }
  if (g.mod === "after") {
    return unknown(
      text,
      "only an earliest date («после», «не ранее»)",
      spanOf(toks[g.t0]!.s, toks[g.t1 - 1]!.e),
    );
  }
  const cadence = cad ? cad.cadence : null;
  if (cad) used.push(cad.m);

  const relative = g.atoms.some((a) => a.year?.rel !== undefined);
  const target = ctx.targetYear ?? null;
  const ev = evaluate(g, cadence, ctx, relative ? target : null);
  if (typeof ev === "string") return unknown(text, ev, spanOf(toks[g.t0]!.s, toks[g.t1 - 1]!.e));

  let rule: RelativeRule | null = null;
  if (relative) {
    // The rule is read off the same phrase evaluated for a probe year Y (a leap year, so 29.02 survives) well inside
    // the supported years, so that Y−3 … Y+3 stay readable.
    const probe = evaluate(g, cadence, ctx, PROBE_YEAR);
    if (typeof probe !== "string" && probe.reading.due) {
      const p = parts(probe.reading.due);
      rule = { yearOffset: p.y - PROBE_YEAR, month: p.m, day: p.d };
    }
    if (target === null) reasons.push("relative to the subsidy year; no target year given");
  }

  let { kind, due, start } = ev.reading;
  // «январь – февраль 2024 г. (не позднее 15 февраля)»: planners bound a period with its real last day in brackets.
  if (kind === "period" && cadence === null && !relative && start && due) {
    const inPeriod = { ...ctx, targetYear: parts(due).y, documentYear: parts(due).y };
    for (const b of strong) {
      if (!b.br || b === g || !(b.mod === "by" || b.mod === "before")) continue;
      if (!(b.atoms.length === 1 && b.atoms[0]!.type === "day")) continue;
      const r = evaluate(b, null, inPeriod, null);
      const d = typeof r === "string" ? null : r.reading.due;
      if (d === null || compareIso(d, start) < 0 || compareIso(d, due) > 0) continue;
      markGroup(b);
      due = d;
      reasons.push("the bracketed «не позднее …» day inside the period is the due date");
      break;
    }
  }
  // «ежеквартально (до 5 числа месяца, следующего за отчетным кварталом), начиная с I квартала 2027 г.»: the first
  // period is written, its report is due on the rule's day (a first day written as a day stays the due date).
  if (
    report &&
    cadence !== null &&
    cadence !== "as-needed" &&
    kind === "recurring" &&
    !relative &&
    start &&
    due &&
    start !== due
  ) {
    const first = reportDue({ start, end: due }, cadence, report);
    if (first.due) {
      due = first.due;
      reasons.push("first due date: the reporting day after the first period", ...first.notes);
      conf -= first.penalty;
    } else reasons.push(...first.notes);
  }
  const inferred = ev.inferred && !relative;
  if (inferred) {
    conf -= 0.2;
    if (due === null) reasons.push("year not written and no target or document year in the context");
  }
  if (relative && kind === "date") kind = "relative";
  conf -= ev.penalty;
  reasons.push(...ev.notes);

  // «27 ноября 2026 года (года, предшествующего году получения субсидии)»: a date annotated with its rule.
  if (!relative && relNote && g.atoms.every((a) => a.year?.year !== undefined) && due) {
    const off = relNote.atoms[0]!.year!.rel!;
    const p = parts(due);
    rule = { yearOffset: off, month: p.m, day: p.d };
    markGroup(relNote);
    if (kind === "date") kind = "relative";
    if (target !== null && p.y - off !== target) {
      conf -= 0.3;
      reasons.push(`the written year is not the one the rule gives for ${target}`);
    }
  }

  // More dates after the first («30 июня 2024 г.; 30 декабря 2024 г.»): the latest is the due date.
  const others = groups.slice(1).filter((o) => !o.br);
  if (others.length > 0 && cadence === null) {
    let latest = due;
    for (const o of others) {
      const r = evaluate(o, null, ctx, relative ? target : null);
      if (typeof r === "string" || !r.reading.due) continue;
      markGroup(o);
      if (latest === null || compareIso(r.reading.due, latest) > 0) latest = r.reading.due;
    }
    if (latest !== due) {
      due = latest;
      if (kind === "period" || kind === "relative") kind = "date";
      start = kind === "date" || kind === "by-date" ? null : start;
      conf = Math.min(conf, 0.6);
      reasons.push("several dates; the latest is the due date");
    }
  }

  return finish({ kind, due, start, cadence, relative: rule, yearInferred: inferred }, conf);
}

interface Evaluated {
  reading: Reading;
  inferred: boolean;
  penalty: number;
  notes: string[];
}

function evaluate(
  g: Group,
  cadence: Cadence | null,
  ctx: DeadlineContext,
  y0: number | null,
): Evaluated | string {
  const notes: string[] = [];
  let penalty = 0;
  let inferred = false;
  let unresolved = false;
  const bs: Bounds[] = [];
  for (const a of g.atoms) {
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
  if (g.atoms.some((a) => a.typo)) notes.push("misspelt month name");
  if (g.atoms.some((a) => a.doubt > 0)) notes.push(doubtNote(g.atoms));
  if (bs.length === 2 && compareIso(bs[0]!.start, bs[1]!.end) > 0) return "the range ends before it starts";

  const first = g.atoms[0]!;
  const single = g.atoms.length === 1;
  const isDay = single && first.type === "day";
  const b0 = bs[0] ?? null;
  const whole: Bounds | null =
    bs.length === g.atoms.length && b0 ? { start: b0.start, end: bs[bs.length - 1]!.end } : null;

  const byDue = (b: Bounds): IsoDate => {
    if (g.mod === "before") return isDay ? b.start : dayBefore(b.start);
    return b.end;
  };

  let reading: Reading;
  if (cadence !== null) {
    if (g.mod === "by" || g.mod === "before" || g.mod === "by-end") {
      const due = b0 ? byDue(b0) : null;
      reading = { kind: "recurring", due, start: due };
    } else {
      // The first occurrence is the whole written range («с 1 января по 5 апреля 2027 года, далее – ежеквартально»).
      reading = { kind: "recurring", due: whole?.end ?? null, start: whole?.start ?? null };
    }
  } else if (g.mod === "by" || g.mod === "before" || g.mod === "by-end") {
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

function doubtNote(atoms: Atom[]): string {
  const a = atoms.find((x) => x.doubt > 0)!;
  if (a.type === "school") return "read as a school year";
  if (a.type === "year") return "a bare year";
  return "uncertain reading";
}

function weakReading(
  w: Group,
  ctx: DeadlineContext,
  toks: Tok[],
  used: Match[],
  reasons: string[],
  finish: (d: Omit<Deadline, "text" | "span" | "confidence" | "reason">, c: number) => Deadline,
  conf: number,
): Deadline {
  used.push({ s: toks[w.t0]!.s, e: toks[w.t1 - 1]!.e, br: w.br });
  const a = w.atoms[0]!;
  const base = ctx.targetYear ?? ctx.documentYear ?? null;
  const y = base === null ? null : base + (a.year?.ctxOffset ?? 0);
  reasons.push("year not written; taken from the context");
  if (y === null) reasons.push("no target or document year in the context");
  const b = y === null ? null : bounds(a, y);
  const ok = b && typeof b !== "string" ? b : null;
  const by = w.mod === "by" || w.mod === "by-end" || w.mod === "before";
  return finish(
    {
      kind: by ? "by-date" : "period",
      due: ok ? ok.end : null,
      start: ok && !by ? ok.start : null,
      cadence: null,
      relative: null,
      yearInferred: true,
    },
    Math.min(conf, 0.6),
  );
}

interface ReportRule {
  day: number;
  working: boolean;
  /** «… месяца, следующего за отчетным …»: the day falls in the month after the period. */
  following: boolean;
  m: Match;
}

/** The first match of a global pattern with its groups and its place (inside brackets or not). */
function firstMatch(re: RegExp, s: string, toks: Tok[]): { g: RegExpExecArray; m: Match } | null {
  re.lastIndex = 0;
  const g = re.exec(s);
  if (!g) return null;
  const tk = toks.find((t) => t.s >= g.index);
  return { g, m: { s: g.index, e: g.index + g[0].length, br: tk?.br ?? false } };
}

function reportRule(s: string, toks: Tok[]): ReportRule | null {
  const f = firstMatch(REPORT_DAY, s, toks);
  if (!f) return null;
  return { day: Number(f.g[1]), working: f.g[2] !== undefined, following: f.g[3] !== undefined, m: f.m };
}

/** The period of a cadence that holds the day iso (the month, quarter, half-year or year). */
function cadencePeriod(cadence: Exclude<Cadence, "as-needed">, iso: IsoDate): Bounds {
  const { y, m } = parts(iso);
  const mm = (k: number) => String(k).padStart(2, "0");
  switch (cadence) {
    case "monthly":
      return { start: `${y}-${mm(m)}-01`, end: monthEnd(y, m) };
    case "quarterly": {
      const q = Math.ceil(m / 3);
      return { start: quarterStart(y, q), end: quarterEnd(y, q) };
    }
    case "half-yearly":
      return m <= 6 ? { start: `${y}-01-01`, end: `${y}-06-30` } : { start: `${y}-07-01`, end: `${y}-12-31` };
    case "yearly":
      return { start: `${y}-01-01`, end: `${y}-12-31` };
  }
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
function reportDue(
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

interface EventTerm {
  n: number;
  working: boolean;
  m: Match;
}

function eventTerm(s: string, toks: Tok[]): EventTerm | null {
  const f = firstMatch(EVENT_TERM, s, toks);
  return f ? { n: Number(f.g[1]), working: f.g[2] === "рабоч", m: f.m } : null;
}

/** The day n calendar or working days after `from`. */
function countDays(
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

/** Words outside brackets that no part of the reading explains. */
function leftovers(toks: Tok[], used: Match[], groups: Group[]): string[] {
  const spans: [number, number][] = used.map((u) => [u.s, u.e]);
  for (const g of groups) if (!g.br) spans.push([toks[g.t0]!.s, toks[g.t1 - 1]!.e]);
  const out: string[] = [];
  for (const t of toks) {
    if (t.br || t.t === "p" || (t.t === "word" && (FILLER.has(t.v) || t.v.length === 1))) continue;
    if (spans.some(([s, e]) => t.s >= s && t.e <= e)) continue;
    out.push(t.v);
  }
  return out;
}

export { resolveRelative };
