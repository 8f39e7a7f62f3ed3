// Russian words of deadline cells: months, ordinals, cadences, markers of requests and outside schedules.
import Fuse from "fuse.js";
import type { Cadence } from "./types";

const MONTH_FORMS: string[][] = [
  ["январь", "января", "январе", "январю", "январем", "янв"],
  ["февраль", "февраля", "феврале", "февралю", "февралем", "фев", "февр"],
  ["март", "марта", "марте", "марту", "мартом", "мар"],
  ["апрель", "апреля", "апреле", "апрелю", "апрелем", "апр"],
  ["май", "мая", "мае", "маю", "маем"],
  ["июнь", "июня", "июне", "июню", "июнем", "июн"],
  ["июль", "июля", "июле", "июлю", "июлем", "июл"],
  ["август", "августа", "августе", "августу", "августом", "авг"],
  ["сентябрь", "сентября", "сентябре", "сентябрю", "сентябрем", "сен", "сент"],
  ["октябрь", "октября", "октябре", "октябрю", "октябрем", "окт"],
  ["ноябрь", "ноября", "ноябре", "ноябрю", "ноябрем", "ноя", "нояб"],
  ["декабрь", "декабря", "декабре", "декабрю", "декабрем", "дек"],
];

// An English working copy («Dec 29, 2026», «by 15 February 2027»): exact names only, never typo-matched.
const EN_MONTH_FORMS: string[][] = [
  ["january", "jan"],
  ["february", "feb"],
  ["march", "mar"],
  ["april", "apr"],
  ["may"],
  ["june", "jun"],
  ["july", "jul"],
  ["august", "aug"],
  ["september", "sep", "sept"],
  ["october", "oct"],
  ["november", "nov"],
  ["december", "dec"],
];

const MONTH_EXACT = new Map<string, number>();
for (const table of [MONTH_FORMS, EN_MONTH_FORMS])
  table.forEach((forms, i) => forms.forEach((f) => MONTH_EXACT.set(f, i + 1)));

const FULL_FORMS = MONTH_FORMS.flatMap((forms, i) =>
  forms.filter((f) => f.length >= 4).map((f) => ({ f, m: i + 1 })),
);
let fuse: Fuse<{ f: string; m: number }> | null = null;

/** Whether a word is a month's name or short form as written, with no typing slip («августа», «сент»). */
export const isMonthForm = (word: string): boolean => MONTH_EXACT.has(word);

export interface MonthWord {
  month: number;
  typo: boolean;
}

/** The month a word names, allowing one or two typing slips in full names («сентебря», «октяря»). */
const PREFIXES = new Set(FULL_FORMS.map((x) => x.f.slice(0, 2)));
const typoCache = new Map<string, MonthWord | null>();

export function monthOf(word: string): MonthWord | null {
  const exact = MONTH_EXACT.get(word);
  if (exact !== undefined) return { month: exact, typo: false };
  if (word.length < 4 || word.length > 10 || !PREFIXES.has(word.slice(0, 2))) return null;
  const cached = typoCache.get(word);
  if (cached !== undefined) return cached;
  const found = fuzzyMonth(word);
  if (typoCache.size > 2000) typoCache.clear();
  typoCache.set(word, found);
  return found;
}

function fuzzyMonth(word: string): MonthWord | null {
  fuse ??= new Fuse(FULL_FORMS, { keys: ["f"], includeScore: true, threshold: 0.3 });
  const best = fuse.search(word, { limit: 1 })[0];
  // Typos keep the first two letters; that also keeps «марафон» or «декада» from reading as months.
  if (!best || best.item.f.slice(0, 2) !== word.slice(0, 2) || (best.score ?? 1) > 0.3) return null;
  if (word.startsWith("дека") || word.startsWith("мара")) return null;
  return { month: best.item.m, typo: true };
}

/** 1..4 for «1», «I», «IV», «первый», «второго» …; null otherwise. */
export function ordinalOf(word: string): number | null {
  switch (word) {
    case "1":
    case "i":
      return 1;
    case "2":
    case "ii":
      return 2;
    case "3":
    case "iii":
      return 3;
    case "4":
    case "iv":
      return 4;
  }
  if (word.startsWith("перв")) return 1;
  if (word.startsWith("втор")) return 2;
  if (word.startsWith("трет")) return 3;
  if (word.startsWith("четв")) return 4;
  return null;
}

/** Endings written after an ordinal number: «1-й», «2-го», «3-м», «4-ом». */
export const ORDINAL_SUFFIX = new Set([
  "й",
  "ый",
  "ой",
  "ий",
  "го",
  "ого",
  "его",
  "м",
  "ом",
  "ем",
  "е",
  "я",
  "ая",
]);

export const YEAR_WORDS = new Set([
  "г",
  "гг",
  "год",
  "года",
  "году",
  "годы",
  "годов",
  "годах",
  "годом",
  "гг.",
  "г.",
]);

/** Variables template sheets use for the subsidy / target year: «года Y», «года Y-1» (Latin or Cyrillic look-alikes). */
export const YEAR_VARIABLES = new Set(["y", "у", "n", "х", "x"]);

// Normalised text holds only [a-zа-я0-9] letters and digits, so plain classes do (and are faster than \\p{L}).
const L = "[a-zа-я]";
const B = "(?<![a-zа-я0-9])";

// «1 раз в месяц», «не реже одного раза в квартал»: a floor on the frequency is the cadence itself.
const ONCE = "(?:не (?:реже|менее) )?(?:1|один|одного) раза?";
const ONCE_OPT = "(?:не (?:реже|менее) )?(?:(?:1|один|одного) )?раза?";

// «по итогам квартала» with no quarter named reports after every quarter: a cadence, not an unreadable term. English
// working copies write «quarterly», «every month», «annually».
export const CADENCES: { cadence: Cadence; re: RegExp }[] = [
  {
    cadence: "monthly",
    re: new RegExp(
      `${B}(?:ежемесячн${L}*|помесячно|каждый месяц|${ONCE} в месяц|по итогам (?:каждого )?месяца|monthly|every month|once a month)`,
      "g",
    ),
  },
  {
    cadence: "quarterly",
    re: new RegExp(
      // A school's «четверть» (term) recurs as a quarter does: «1 раз в четверть», «по итогам каждой четверти».
      `${B}(?:ежеквартальн${L}*|поквартально|каждый квартал|${ONCE} в квартал|по итогам (?:каждого )?квартала|ежечетвертн${L}*|каждую четверть|${ONCE} в четверть|по итогам (?:каждой )?четверти|quarterly|every quarter|once a quarter)`,
      "g",
    ),
  },
  {
    cadence: "half-yearly",
    re: new RegExp(
      `${B}(?:ежеполугодн${L}*|каждое полугодие|${ONCE_OPT} в (?:полугодие|полгода|6 месяцев)|по итогам (?:каждого )?полугодия|half-yearly|semi-annually|every six months|twice a year)`,
      "g",
    ),
  },
  {
    cadence: "yearly",
    re: new RegExp(
      `${B}(?:ежегодн${L}*|каждый год|${ONCE_OPT} в год(?![a-zа-я])|annually|yearly|every year|once a year)`,
      "g",
    ),
  },
  {
    cadence: "as-needed",
    re: new RegExp(`${B}(?:по (?:мере )?необходимости|при необходимости|по мере потребности)`, "g"),
  },
];

/** «по запросу», «по заявке», «по заявкам», «по мере поступления запросов», «по требованию». */
export const ON_REQUEST = new RegExp(
  `${B}(?:по (?:мере )?(?:поступлени${L}* )?(?:запрос|заявк|заявок|требовани|обращени)${L}*)`,
  "g",
);

/** Dates set elsewhere: a federal operator's schedule, the organisers, a separate or special schedule (ru or en). */
export const EXTERNAL = new RegExp(
  `${B}(?:(?:согласно|по|в соответствии со?)(?: [a-zа-я-]+){0,2} (?:график|план-график|расписани|календар)${L}*` +
    `|в (?:сроки|срок|даты),? (?:определ|установл|устанавлив|утвержд|указан|предусмотр|согласов|направля)${L}*` +
    // «в сроки ФО», «в сроки Минпросвещения»: the dates of whoever is named.
    `|в (?:сроки|срок|даты),? (?:фо|рфо|федеральн${L}* оператор|минпросвещени|министерств|оператор)${L}*` +
    `|(?:согласно|в соответствии со?) (?:срок|дат|план|регламент)${L}*` +
    // «по плану регионального оператора», «по плану работы министерства»: whose plan is named, so it is theirs.
    `|по план${L}*(?: [a-zа-я-]+){1,3}` +
    // «по согласованию с федеральным оператором (министерством)»: whose dates are named; «… с поставщиком» names none.
    `|по согласовани${L}* со? (?:фо|рфо|федеральн${L}* оператор|минпросвещени|министерств|департамент|управлени|комитет|региональн${L}* (?:координатор|оператор)|оператор)${L}*` +
    // An English working copy: «per (by) the federal operator's schedule», «according to a separate timetable».
    `|(?:per|by|according to|in accordance with|in line with|following|under)(?: [a-z"'-]+){0,3} (?:schedule|timetable|calendar)${L}*` +
    `|as scheduled)`,
  "g",
);

// Planners prove a step instead of writing «исполнено»: a finished step's short participle («согласован 12.02.2027»,
// «утв. 23.12.2026», «согл. ФО 22.01.2027»,
// «извещения размещены …», «за I–III кв. представлен», «центры открыты 01.09.2026», «центр начал работу», a past verb
// of the team that went or held it: «участвовали 12–13.11.2026», «провели 3 семинара», «выступил 15.04.2027»,
// «открытие состоялось») or the document that did it («приказы от … № …», «письмо ФО от …»).
export const DONE_WORD =
  /(?<!\p{L})(?:(выполнен|исполнен|сделан|завершен|утвержден|согласован|направлен|размещен|представлен|проведен|подписан|заключен|принят|издан|опубликован|разработан|подготовлен|сдан|получен|отправлен|создан|установлен|налажен|оснащен|внесен|зарегистрирован|открыт|запущен|поставлен|смонтирован|закуплен|сформирован|объявлен|включен|реализован|загружен|обеспечен|обучен)[аоы]?(?!\p{L})|(?:утв|согл)\.|начал[аио]?\s+(?:работ|функционир)|(?:участвовал[аи]?|провел[аи]?|выступил[аи]?|принял[аи]?\s+участие|состоял(?:ся|ась|ось|ись))(?!\p{L}))/iu;
// «до 01.03.2027 – исполнено 20.02.2027», «ноябрь 2026 г. (проведён 12.11.2026)»: a report's completion mark written
// after the deadline in its cell (not «не выполнено»); group 1 is the mark and its detail.
const DONE_AFTER =
  /(?<!(?<!\p{L})не)(?:[–—-]|,|;|\(|\s)\s*((?:выполнен|исполнен|сделан|заверш[её]н|провед[её]н)[оаы]?(?!\p{L})[^]*)$/iu;
// «… — согласован 11.03.2027», «… — отчёт за III квартал сдан 01.10.2027»: a dash, then a finished step's own word.
const DASH_THEN_DONE = /\s[–—]\s+(?=[^–—]*$)/u;

/** Where a completion mark written after the deadline starts in the cell, and the mark itself; null when none is. */
export function doneMark(text: string): { at: number; tail: string } | null {
  const m = DONE_AFTER.exec(text);
  if (m && m.index > 0) return { at: m.index, tail: m[1]! };
  const d = DASH_THEN_DONE.exec(text);
  const tail = d ? text.slice(d.index + d[0].length) : "";
  return d && d.index > 0 && DONE_WORD.test(tail.replace(/ё/g, "е")) ? { at: d.index, tail } : null;
}

export const FEDERAL_OPERATOR = /федеральн[а-я]* оператор|federal operator/;
export const ORGANISERS = /организатор|organi[sz]ers/u;

/**
 * A reporting day inside a recurrence: «до 5 числа месяца, следующего за отчетным кварталом», «до 6-го рабочего дня
 * месяца, следующего за отчетным», «до 5 числа». Groups: the day number, «рабочего» for working days, the
 * «следующего за отчетным» clause.
 */
export const REPORT_DAY = new RegExp(
  `${B}(?:(?:в срок )?до|не позднее|не позже) (\\d{1,2})(?:-?(?:го|ого|е))? (?:(рабочего) дня|числа)` +
    `(?: (последнего) месяца(?: (?:отчетного )?(?:квартала|периода|полугодия))?)?` +
    `(?: (?:каждого )?(?:месяца|квартала))?(,? следующего за (?:отчетн|истекш)${L}*(?: (?:месяцем|кварталом|полугодием|годом|периодом))?)?`,
  "g",
);

// Counts written as words in terms: «в течение двух недель», «за один месяц».
const COUNT = "\\d{1,3}|одну|один|одного|одной|два|две|двух|три|трех|четыре|четырех|пять|пяти|десять|десяти";

/**
 * A term counted from an event: «10 рабочих дней после …», «в течение 5 дней со дня …», «в течение месяца после …»,
 * and before one: «не позднее чем за месяц до открытия», «за 2 недели до …». Named groups: n (a number or a word; none
 * is one), w («рабоч» / «календарн»), u (the unit), before (set for «за … до»).
 */
export const EVENT_TERM = new RegExp(
  `${B}(?:` +
    `(?:(?:не позднее|не позже|в течение|в срок не позднее|в срок до|в срок|до) )?(?<n>\\d{1,3}) (?:(?<w>рабоч|календарн)${L}* )?` +
    `(?<u>дней|дня|день) (?:после|со дня|с даты|с момента|с)` +
    `|(?:в течение|не позднее|не позже) (?:(?<n2>${COUNT}) )?(?:(?<w2>рабоч|календарн)${L}* )?` +
    `(?<u2>дней|дня|день|недел${L}*|месяц${L}*) (?:после|со дня|с даты|с момента)` +
    `|(?:(?:не позднее|не позже)(?: чем)? )?за (?:(?<n3>${COUNT}) )?(?:(?<w3>рабоч|календарн)${L}* )?` +
    `(?<u3>дней|дня|день|недел${L}*|месяц${L}*) (?<before>до)` +
    `)(?![a-zа-я])`,
  "g",
);

/** «по мере поступления оборудования», «по мере поставки …»: done as something arrives, counted from that event. */
export const ARRIVAL = new RegExp(`${B}по мере (?:поступлени|поставк|получени)${L}*`, "g");

/** «постоянно», «в течение всего периода»: ongoing work, which has no due day. */
export const ONGOING = new RegExp(
  `${B}(?:постоянно|ежедневно|еженедельно|в течение (?:всего )?(?:периода|срока)|весь период)`,
  "g",
);

export function cadenceText(c: Cadence): { ru: string; en: string } {
  switch (c) {
    case "monthly":
      return { ru: "ежемесячно", en: "monthly" };
    case "quarterly":
      return { ru: "ежеквартально", en: "quarterly" };
    case "half-yearly":
      return { ru: "ежеполугодно", en: "half-yearly" };
    case "yearly":
      return { ru: "ежегодно", en: "yearly" };
    case "as-needed":
      return { ru: "по необходимости", en: "as needed" };
  }
}
