// parseDeadline: reads a «Срок» cell the way a planner means it. Never throws. The text is scanned (scan.ts) and read
// as a term counted from an event, a text without a date group (ungrouped.ts) or one with dates (grouped.ts).
import type { CellValue } from "../grid";
import { isExcelError } from "../grid";
import { EMPTY_READING, fromDate, fromNumber, fromSerialText, unknown } from "./cells";
import { isIsoDate, parts, resolveRelative } from "./dates";
import { evaluate } from "./evaluate";
import { firstMatch, type Mod } from "./groups";
import { ARRIVAL, doneMark } from "./lexicon";
import { groupedReading } from "./grouped";
import { countTerm, eventTerm, reportRule } from "./recurrence";
import { finish, markGroup, scan, spanOf, type Scan } from "./scan";
import type { Deadline, DeadlineContext } from "./types";
import { ungroupedReading } from "./ungrouped";
import { unsupportedYear } from "./years";

export function parseDeadline(value: CellValue, ctx: DeadlineContext = {}): Deadline {
  try {
    if (value === null || value === undefined) return unknown("", "empty cell");
    if (typeof value === "number") return fromNumber(value);
    if (value instanceof Date) return fromDate(value);
    if (typeof value === "boolean") return unknown(value ? "TRUE" : "FALSE", "a boolean value");
    if (isExcelError(value)) return unknown(String(value.error), `Excel error ${value.error}`);
    if (typeof value !== "string") return unknown(String(value), "unsupported cell value");
    return inSupportedYears(fromSerialText(value) ?? parseText(value, ctx ?? {}));
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

// «2026 г. – до 29 декабря», «2027 г. – до 15 февраля; 2028 г. – до 15 февраля», «2027 г., 2028 г. – ежеквартально»,
// «2027 год: до 1 февраля»: a plan for several years writes each year's term after its year (a «г.»/«год» or a colon
// after it, so «2027 – 2028 гг.» and «2027-09-01» are not read so). The first year's term is the row's, in that year.
const YEAR = String.raw`20\d\d(?:\s*(?:г\.?|год[а-я]*)(?![а-я]))?`;
const YEAR_HEAD = new RegExp(
  String.raw`^\s*(20\d\d)(?:\s*(?:г\.?|год[а-я]*)(?![а-я])\s*(?:(?:,|и)\s*${YEAR}\s*)*[–—:-]|\s*:)\s*(?!20\d\d)`,
  "iu",
);
const NEXT_YEAR_HEAD = new RegExp(String.raw`;\s*${YEAR}\s*(?:(?:,|и)\s*${YEAR}\s*)*[–—:-]`, "iu");

function yearHeaded(text: string, ctx: DeadlineContext): Deadline | null {
  const m = YEAR_HEAD.exec(text);
  if (!m) return null;
  const from = m[0].length;
  const next = NEXT_YEAR_HEAD.exec(text.slice(from));
  const clause = text.slice(from, next ? from + next.index : text.length);
  const d = parseText(clause, { ...ctx, targetYear: Number(m[1]), yearFrom: null, schoolYear: false });
  if (d.kind === "unknown") return null;
  return { ...d, text, span: d.span && [d.span[0] + from, d.span[1] + from] };
}

function parseText(text: string, ctx: DeadlineContext): Deadline {
  // The day a step was done is no deadline: the cell reads as its part before the mark, readable or not.
  const done = doneMark(text);
  if (done) return { ...parseText(text.slice(0, done.at), ctx), text };
  const headed = yearHeaded(text, ctx);
  if (headed) return headed;
  const sc = scan(text);
  if (sc === null) return unknown(text, "empty cell");
  const term = sc.cad ? null : (termReading(sc, ctx) ?? arrivalReading(sc));
  if (term) return term;
  const report = reportRule(sc.n.s, sc.toks);
  if (report) sc.used.push(report.m);
  return sc.groups.length === 0 ? ungroupedReading(sc, ctx, report) : groupedReading(sc, ctx, report);
}

const EVENT_TERM = "counted from an event ";

const BOUND = new Set<Mod>(["by", "before", "by-end", "by-start"]);

/** A term counted from an event with no date («в течение 10 рабочих дней после поставки»): a deadline the planner
 * wrote on purpose, that no calendar rule can check. */
export function isEventTerm(d: Deadline): boolean {
  return d.kind === "unknown" && d.reason?.startsWith(EVENT_TERM) === true;
}

/** «не позднее 10 рабочих дней после …»: a term counted from an event, dated only when the event is a date. */
function termReading(sc: Scan, ctx: DeadlineContext): Deadline | null {
  const term = eventTerm(sc.n.s, sc.toks);
  if (!term) return null;
  const base = sc.groups.find((x) => sc.toks[x.atoms[0]!.t0]!.s >= term.m.e);
  // «за 10 дней до 1 сентября»: the «до» is the term's own, so the date right after it is the event, not a bound.
  const own = base !== undefined && term.sign === -1 && sc.toks[base.atoms[0]!.t0]!.s <= term.m.e + 1;
  // «… после <шаг>, но не позднее 29.12.2026»: a date under a bound caps the term; read as that bound.
  if (base && !own && BOUND.has(base.mod)) return null;
  sc.used.push(term.m);
  const at = base && base.atoms.length === 1 && base.atoms[0]!.type === "day" ? base : null;
  const ev = at ? evaluate({ ...at, mod: "none" }, null, ctx, null) : null;
  if (at && ev && typeof ev !== "string" && ev.reading.due) {
    markGroup(sc, at);
    const counted = countTerm(ev.reading.due, term);
    sc.reasons.push(...ev.notes, ...counted.notes);
    return finish(
      sc,
      { kind: "by-date", ...EMPTY_READING, due: counted.due, yearInferred: ev.inferred },
      sc.conf - ev.penalty - counted.penalty - (ev.inferred ? 0.2 : 0),
    );
  }
  const cut = Math.min(sc.n.s.length, term.m.e + 40);
  const words = text(sc, term.m.s, cut).trim();
  const after = text(sc, term.m.e, sc.n.s.length);
  const point = POINT.exec(after);
  return {
    ...unknown(
      sc.text,
      `${EVENT_TERM}(«${words}${cut < sc.n.s.length ? "…" : ""}»), not from a calendar date`,
      spanOf(sc, term.m.s, term.m.e),
    ),
    event: {
      n: term.n,
      unit: term.unit,
      working: term.working,
      sign: term.sign,
      words: (point ? after.slice(0, point.index) : after).replace(/[\s(),.;:]+$/u, "").trim(),
      point: point ? point[1]!.replace(/\.$/, "") : null,
    },
  };
}

// «(п. 13)», «см. пункт 2.1», «(пп. 4)»: the row an event term counts from, by its number.
const POINT = /\(?\s*(?:см\.?\s*)?(?:п\.?п?\.?|пункт[а-я]*)\s*(\d+(?:\.\d+)*\.?)\s*\)?/iu;

const ARRIVAL_TERM = "done as something arrives ";

/** «по мере поступления оборудования»: no calendar day, unreadable; the checks treat it as an event only on a row the
 * form does not date. */
export function isArrivalTerm(d: Deadline): boolean {
  return d.kind === "unknown" && d.reason?.startsWith(ARRIVAL_TERM) === true;
}

/** «по мере поступления оборудования» with no date: work that follows a delivery, so no calendar day. */
function arrivalReading(sc: Scan): Deadline | null {
  if (sc.groups.length > 0 || sc.onRequest.length > 0 || sc.external.length > 0) return null;
  const f = firstMatch(ARRIVAL, sc.n.s, sc.toks);
  if (!f) return null;
  return unknown(
    sc.text,
    `${ARRIVAL_TERM}(«${sc.text.trim()}»), not on a calendar date`,
    spanOf(sc, f.m.s, f.m.e),
  );
}

function text(sc: Scan, s: number, e: number): string {
  return sc.text.slice(...spanOf(sc, s, e));
}

export { resolveRelative };
