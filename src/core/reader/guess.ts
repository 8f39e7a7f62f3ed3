// Programme and year guesses, each with the words that decided it.
import { isSerialText } from "../deadlines";
import type { CellValue } from "../grid";
import type { ProgrammeId } from "../programmes";
import { normalize } from "./normalize";
import { supportPlanWords } from "./support-plan";
import type { Evidence } from "./types";

/** A piece of text and where it is (A1 address, no sheet name). */
export interface Located {
  text: string;
  address: string;
  value?: CellValue;
  /** The year of a plan's year column the cell stands in («до 21.12» under «2026 г.»), when its text names none. */
  year?: string;
}

const PROGRAMME_RES: [ProgrammeId, RegExp][] = [
  // OCR reads «Кванториум» as «Кваиториум», «Квапториум», «Кван гориум».
  ["kvantorium", /кв[а-я]{1,4}\s?[а-я]?ори?ум[а-я]*/g],
  ["tochka-rosta", /(?:[т']|1')очк[а-я]*\s*(?:«\s*)?рос\s?т[а-я]*|точ[а-я]*\s+роста/g],
  // «IT-куб», OCR «1Т-куб», «ГГ-куб», «I丁-куб», «П - куб».
  // Only IT and its OCR forms before «-куб» (not «3D-куб»), with the noun's case endings (not «кубок»).
  ["it-cube", /(?<![а-яa-z0-9])(?:[i1][tт]|ит|гг|i丁|п)\s*-\s*куб(?:ами|ам|ах|ов|ом|а|у|е|ы)?(?![а-я])/g],
  ["cos", /цифров[а-я]*\s+образовательн[а-я]*\s+сред[а-я]*|(?<![а-я])цос(?![а-я])/g],
  // An English working copy names them in Latin letters: «Tochka Rosta centres», «School Kvantoriums», «IT-cube».
  ["kvantorium", /(?<![a-z])kvantorium[a-z]*/g],
  ["tochka-rosta", /(?<![a-z])tochka\W{0,3}rost[a-z]*/g],
  ["it-cube", /(?<![a-z0-9])it[\s-]*cub(?:es|e)(?![a-z])/g],
  ["cos", /digital\s+educational\s+environment/g],
];
const COMPLEX_PLAN = /(?:един[а-я]*\s+)?комплексн[а-я]*\s+план[а-я]*(?:\s+мероприяти[а-я]*)?/;
const METHODICAL = /методическ[а-я]*\s+поддержк/;
/** An English working copy: «Unified plan of organisational and methodological support …». */
const COMPLEX_PLAN_EN =
  /(?:unified|joint|comprehensive|complex)\s+plan\s+of\s+(?:organi[sz]ational\s+and\s+)?methodolog[a-z]*\s+support/;

const quote = (l: Located, s: string) => `${l.address}: «${s.replace(/\s+/g, " ").trim()}»`;

/** Every programme mention in the text, with the words as written. */
export function programmeMentions(l: Located): { id: ProgrammeId; words: string }[] {
  const n = normalize(l.text);
  const out: { id: ProgrammeId; words: string }[] = [];
  for (const [id, re] of PROGRAMME_RES)
    for (const m of n.matchAll(re)) out.push({ id, words: l.text.slice(m.index!, m.index! + m[0].length) });
  return out;
}

function complexPlan(l: Located): string | null {
  const n = normalize(l.text);
  const en = COMPLEX_PLAN_EN.exec(n);
  if (en) return l.text.slice(en.index, en.index + en[0].length);
  const m = COMPLEX_PLAN.exec(n);
  if (!m) return supportPlanWords(l.text, new Set(programmeMentions(l).map((p) => p.id)));
  // «(в рамках) единого комплексного плана» in any case: a school's share of the plan names it so.
  if (!(METHODICAL.test(n) || /един/.test(m[0]) || /мероприяти/.test(m[0]))) return null;
  return l.text.slice(m.index, m.index + m[0].length);
}

// The short forms planners use for a programme in a title of their own (abbreviations.ts reads them in headers too).
export const SHORT_FORMS = {
  ШК: ["kvantorium", "школьный Кванториум", "school Kvantorium"],
  ТР: ["tochka-rosta", "центр «Точка роста»", "Tochka Rosta centre"],
} as const satisfies Record<string, readonly [ProgrammeId, string, string]>;
const SHORT_FORM = /(?<![А-ЯЁа-яёA-Za-z])(ШК|ТР)(?![А-ЯЁа-яёA-Za-z])/;

/** The single programme a piece of text names, or undefined when it names none or several. */
export function onlyProgramme(text: string): ProgrammeId | undefined {
  const ids = new Set(programmeMentions({ text, address: "" }).map((m) => m.id));
  return ids.size === 1 ? [...ids][0] : undefined;
}

/**
 * The title decides when it names one programme (or the complex plan); otherwise the most frequent
 * programme in the header labels, then in the rows, then in the text above the table.
 */
type Lazy = Located[] | (() => Located[]);
const get = (l: Lazy): Located[] => (typeof l === "function" ? l() : l);

export function guessProgramme(
  title: Located[],
  labels: Located[],
  rows: Lazy,
  preamble: Located[],
): Evidence<ProgrammeId | "unknown"> {
  // No title read: the lines right above the table name the plan («ПЛАН» / «организационно-методической поддержки …»).
  const head = title.length > 0 ? title : preamble.slice(-3);
  for (const l of head) {
    const words = complexPlan(l);
    if (words) return { value: "complex-plan", evidence: [quote(l, words)] };
  }
  // A title broken over lines («ПЛАН» / «организационно-методической поддержки центров …» / «на 2026/2027 учебный год»).
  if (head.length > 1) {
    const whole = { text: head.map((l) => l.text).join(" "), address: head[0]!.address };
    const words = complexPlan(whole);
    if (words) return { value: "complex-plan", evidence: [quote(whole, words)] };
  }
  for (const lazy of [labels, title, rows, preamble]) {
    const group = get(lazy);
    const counts = new Map<ProgrammeId, string[]>();
    for (const l of group)
      for (const m of programmeMentions(l)) {
        const ev = counts.get(m.id) ?? [];
        if (ev.length < 3) ev.push(quote(l, m.words));
        counts.set(m.id, ev);
      }
    if (counts.size === 0) continue;
    const tally = new Map<ProgrammeId, number>();
    for (const l of group) for (const m of programmeMentions(l)) tally.set(m.id, (tally.get(m.id) ?? 0) + 1);
    const ranked = [...tally.entries()].sort((a, b) => b[1] - a[1]);
    const [best, n] = ranked[0]!;
    // A tie between programmes is not a guess.
    if (ranked[1] && ranked[1][1] === n) continue;
    return { value: best, evidence: counts.get(best)! };
  }
  // Nothing named in full: a title that names its programme only by the usual short form («создания ШК на базе …»).
  for (const l of head) {
    const m = SHORT_FORM.exec(l.text);
    if (m) {
      const [id, ru, en] = SHORT_FORMS[m[1] as keyof typeof SHORT_FORMS];
      return {
        value: id,
        evidence: [`${quote(l, m[1]!)} — обычное сокращение: ${ru} / the usual short form: ${en}`],
      };
    }
  }
  return { value: "unknown", evidence: [] };
}

const SCHOOL_YEAR = /(?:на\s+|в\s+)?(20\d\d)\s*[/\\\-–—]\s*(20\d\d)\s+учебн[а-я]*(?:\s+год[а-я]*)?/;
// «на 2026/2027 и 2027/2028 учебные годы», «2026/2027 – 2028/2029 учебные годы»: a plan over several school years.
const SCHOOL_YEARS =
  /(?:на\s+|в\s+)?20\d\d\s*[/\\\-–—]\s*(20\d\d)(?:\s*(?:,|и|[-–—])\s*(?:20\d\d\s*[/\\\-–—]\s*)?20\d\d)+\s+учебн[а-я]*(?:\s+год[а-я]*)?/;

/** A title's school years: the first one's end and, for several, the last one's end; null when it names none. */
function schoolYears(
  n: string,
): { first: number; last: number | null; index: number; length: number } | null {
  const many = SCHOOL_YEARS.exec(n);
  if (many) {
    const ends = [...many[0].matchAll(/(?<!\d)20\d\d(?!\d)/g)].map((m) => Number(m[0]));
    const last = ends[ends.length - 1]!;
    const first = Number(many[1]);
    if (last > first) return { first, last, index: many.index, length: many[0].length };
  }
  const s = SCHOOL_YEAR.exec(n);
  return s ? { first: Number(s[2]), last: null, index: s.index, length: s[0].length } : null;
}
const PLAIN_YEAR = /(?:на|в)\s+(20\d\d)(?:\s*(?:[-–—]|и|,)\s*(20\d\d))?\s*(?:год[а-я]*|гг\.?|г\.)/;
// «на 2027 год и плановый период 2028 (и 2029) годов», «на 2027 год и 2028 год», «по созданию в 2027 году и
// функционированию в 2028 году»: the later years the plan runs into.
const LATER_YEARS =
  /^\s*(?:и|,)\s+(?:на\s+|(?:[а-я]+\s+){1,3}(?:в|на)\s+)?(?:плановый\s+период\s+)?(20\d\d)(?:\s*(?:и|[-–—]|,)\s*(20\d\d))?\s*(?:год[а-я]*|гг\.?|г\.)/;

// «…, 2026 – 2028 годы», «(2027–2029 гг.)»: a span of years closing a title, written without «на».
const BARE_SPAN = /(?:^|[,(:]\s*)(20\d\d)\s*[-–—]\s*(20\d\d)\s*(?:годы|гг\.?)(?![а-я])/;

/** A title's calendar years: the first and the last (the same for one year), where the phrase is; null for none. */
function calendarYears(n: string): { first: number; last: number; index: number; length: number } | null {
  const p = PLAIN_YEAR.exec(n) ?? BARE_SPAN.exec(n);
  if (!p) return null;
  const first = Number(p[1]);
  let last = p[2] ? Number(p[2]) : first;
  let length = p[0].length;
  const later = LATER_YEARS.exec(n.slice(p.index + length));
  if (later) {
    last = Math.max(last, Number(later[2] ?? later[1]));
    length += later[0].length;
  }
  return { first, last: Math.max(first, last), index: p.index, length };
}
const RELATIVE = /предшествующ[а-я]*\s+году\s+получения\s+субсиди[а-я]*/;

/**
 * The years a title names: the end of its (first) school year («на 2026/2027 учебный год» → 2027), or its (first)
 * calendar year («на 2027 год», «на 2027–2029 годы» → 2027); null for what it does not name. `lastYear` is the end of a
 * span of calendar or school years («на 2027–2029 годы», «на 2027 год и плановый период 2028 и 2029 годов» → 2029,
 * «2026/2027 – 2028/2029 учебные годы» → 2029), else null.
 */
export function titleYears(title: string): {
  schoolYearEnd: number | null;
  calendarYear: number | null;
  lastYear: number | null;
} {
  const n = normalize(title);
  const s = schoolYears(n);
  if (s) return { schoolYearEnd: s.first, calendarYear: null, lastYear: s.last };
  const p = calendarYears(n);
  return {
    schoolYearEnd: null,
    calendarYear: p ? p.first : null,
    lastYear: p && p.last > p.first ? p.last : null,
  };
}

function yearPhrase(l: Located): Evidence<number> | null {
  const n = normalize(l.text);
  const s = schoolYears(n);
  if (s) {
    const end = s.first;
    const words = l.text.slice(s.index, s.index + s.length);
    // Evidence is shown in either language: a quote and the year it gives, no explanation in one language.
    const ev = [`${quote(l, words)} → ${end}`];
    if (s.last !== null)
      ev.push(
        `несколько учебных лет: взят первый, ${end} / several school years: the first, ${end}, is taken`,
      );
    return { value: end, evidence: ev };
  }
  const p = calendarYears(n);
  if (p) {
    const words = l.text.slice(p.index, p.index + p.length);
    const ev = [quote(l, words)];
    if (p.last > p.first)
      ev.push(`несколько лет: взят первый, ${p.first} / several years: the first, ${p.first}, is taken`);
    return { value: p.first, evidence: ev };
  }
  return null;
}

/** Excel's date serial (the Office adapter passes dates as numbers) to its year. */
function serialYear(n: number): number | null {
  if (n < 20000 || n > 80000) return null;
  return new Date(Date.UTC(1899, 11, 30) + Math.floor(n) * 86_400_000).getUTCFullYear();
}

/** A Date cell's year, or null for an invalid Date (exceljs gives one for a date-formatted number out of range). */
function dateYear(d: Date): number | null {
  const y = d.getUTCFullYear();
  return Number.isNaN(y) ? null : y;
}

/** A serial cell, or a serial exported as text («46384»), as its number. */
function serialOf(v: Located["value"]): Located["value"] {
  return typeof v === "string" && isSerialText(v) ? Number(v.trim()) : v;
}

/** A deadline in November or December (a date cell, a serial, «dd.11.yyyy» or the month's name). */
function inNovDec(l: Located): boolean {
  const v = serialOf(l.value);
  if (v instanceof Date) return dateYear(v) !== null && v.getUTCMonth() >= 10;
  if (typeof v === "number" && serialYear(v) !== null)
    return new Date(Date.UTC(1899, 11, 30) + Math.floor(v) * 86_400_000).getUTCMonth() >= 10;
  // «21.12.2026», and «до 21.12» under a year's column.
  return /ноябр|декабр|(?<!\d)\d{1,2}\s*\.\s*1[12]\s*(?:\.\s*\d{4}|(?![.\d]))/.test(normalize(l.text));
}

function yearsIn(l: Located): number[] {
  const v = serialOf(l.value);
  if (v instanceof Date) {
    const y = dateYear(v);
    return y === null ? [] : [y];
  }
  if (typeof v === "number") {
    const y = serialYear(v);
    return y ? [y] : [];
  }
  const written = [...new Set([...l.text.matchAll(/(?<!\d)(20\d\d)(?!\d)/g)].map((m) => Number(m[1])))];
  // A calendar year's column gives its year to a day written without one; a school year's is read by the parser.
  return written.length === 0 && l.year !== undefined && /^\d{4}$/.test(l.year) ? [Number(l.year)] : written;
}

/**
 * The most frequent year of the row deadlines, with its evidence, and the deadlines (addresses) of each year;
 * November–December approvals of the year before count for the next year. Null when no deadline names a year.
 */
function yearOfDeadlines(
  deadlines: readonly Located[],
): { year: Evidence<number>; count: ReadonlyMap<number, readonly string[]> } | null {
  const count = new Map<number, string[]>();
  const seen = new Set<number>();
  let moved = 0;
  for (const d of deadlines) for (const y of yearsIn(d)) seen.add(y);
  for (const d of deadlines) {
    const ys = yearsIn(d);
    // The approvals of a year's roadmap fall in November–December of the year before: they vote for the next year.
    const prep = ys.length === 1 && seen.has(ys[0]! + 1) && inNovDec(d);
    if (prep) moved++;
    for (const y of prep ? [ys[0]! + 1] : ys) {
      const a = count.get(y) ?? [];
      a.push(d.address);
      count.set(y, a);
    }
  }
  if (count.size === 0) return null;
  const [year, at] = [...count.entries()].sort((a, b) => b[1].length - a[1].length || b[0] - a[0])[0]!;
  const others = [...count.entries()]
    .filter(([y]) => y !== year)
    .map(([y, a]) => `${y} ×${a.length}`)
    .join(", ");
  return {
    year: {
      value: year,
      evidence: [
        `сроки в строках / row deadlines: ${year} ×${at.length} (${at.slice(0, 5).join(", ")}${at.length > 5 ? ", …" : ""})`,
        ...(others ? [`также / also: ${others}`] : []),
        ...(moved > 0
          ? [
              `${moved} срок(ов) в ноябре–декабре предыдущего года засчитаны за следующий / ${moved} November–December deadline(s) counted for the next year`,
            ]
          : []),
      ],
    },
    count,
  };
}

/** The target year, and the title's year when the deadlines overrode it. */
export type YearGuess = Evidence<number | null> & { staleTitleYear?: number };

/**
 * A title year no row deadline falls in, on an act signed in that year or later, while the deadlines fall in a later
 * year: last year's sheet edited for the next one with its title left behind. The deadlines' year, the title quoted.
 */
function staleTitle(t: Evidence<number>, documentYear: number | null, lazy: Lazy): YearGuess | null {
  // Signed before its year, a plan whose every deadline is a year late is late, not mistitled.
  if (documentYear === null || documentYear < t.value) return null;
  const rows = yearOfDeadlines(get(lazy));
  if (!rows || rows.count.has(t.value)) return null;
  const y = rows.year.value;
  if (y <= t.value || rows.count.get(y)!.length < 3) return null;
  return {
    value: y,
    staleTitleYear: t.value,
    evidence: [
      ...t.evidence,
      `заголовок не обновлён: ни один срок не в ${t.value} г., документ подписан в ${documentYear} г. / title not updated: no deadline falls in ${t.value}, the act is of ${documentYear}`,
      ...rows.year.evidence,
    ],
  };
}

/**
 * «на 2026–2028 годы» whose 2026 holds only the approvals of November–December: they are the form's steps of the year
 * before its target (approvals by 29 December), so the target is the span's second year. A first year with steps of
 * its own stays the target.
 */
function approvalsOnlyFirst(l: Located, e: Evidence<number>, lazy: Lazy): YearGuess | null {
  const span = calendarYears(normalize(l.text));
  if (!span || span.last <= span.first || span.first !== e.value) return null;
  const rows = yearOfDeadlines(get(lazy));
  if (!rows || rows.year.value !== e.value + 1 || rows.count.has(e.value)) return null;
  return {
    value: e.value + 1,
    evidence: [
      ...e.evidence.slice(0, 1),
      `в ${e.value} г. только утверждения ноября–декабря — шаги года перед ${e.value + 1} / in ${e.value} only the November–December approvals, the steps of the year before ${e.value + 1}`,
      ...rows.year.evidence,
    ],
  };
}

/**
 * Target year: a phrase in the title («на 2024 год», «2023/2024 учебный год» → its end) unless it is stale, else the most frequent
 * year of the row deadlines, else a phrase above the table, else — for deadlines counted from the subsidy
 * year — the year after the document's approval.
 */
export function guessYear(
  title: Located[],
  lazyDeadlines: Lazy,
  preamble: Located[],
  documentYear: number | null,
): YearGuess {
  for (const l of title) {
    const e = yearPhrase(l);
    if (e) return staleTitle(e, documentYear, lazyDeadlines) ?? approvalsOnlyFirst(l, e, lazyDeadlines) ?? e;
  }
  const deadlines = get(lazyDeadlines);
  const byRows = yearOfDeadlines(deadlines);
  if (byRows) return byRows.year;
  for (const l of [...preamble].reverse()) {
    const e = yearPhrase(l);
    if (e) return e;
  }
  const rel = deadlines.find((d) => RELATIVE.test(normalize(d.text)));
  if (rel && documentYear !== null) {
    const m = RELATIVE.exec(normalize(rel.text))!;
    const words = rel.text.slice(m.index, m.index + m[0].length);
    return {
      value: documentYear + 1,
      evidence: [
        quote(rel, words),
        `сроки отсчитываются от года получения субсидии; документ утверждён в ${documentYear} г. — предположительно ${documentYear + 1} / deadlines count from the subsidy year; approved in ${documentYear}, so probably ${documentYear + 1}`,
      ],
    };
  }
  return {
    value: null,
    evidence: [
      "год не указан: ни «на ГГГГ год» в заголовке, ни годов в сроках / no year: none in the title or the deadlines",
    ],
  };
}

const DOTTED = /(?<!\d)\d{1,2}\.\d{1,2}\.((?:19|20)\d\d)(?!\d)/;
const QUOTED = /«[\s\d_]*»\s*[а-я_\s]*?((?:19|20)\d\d)\s*(?:г\.|года|г(?![а-я]))/;

/** The year of the approval or order date above the table («от 01.12.2020 № …», «"29" ____ 2023 г.»). */
export function documentYearOf(preamble: Located[]): number | null {
  for (const l of preamble) {
    if (l.value instanceof Date) {
      const y = dateYear(l.value);
      if (y !== null) return y;
      continue;
    }
    if (l.text.length > 150) continue;
    const n = normalize(l.text);
    const m = DOTTED.exec(n) ?? QUOTED.exec(n);
    if (m) return Number(m[1]);
  }
  return null;
}
