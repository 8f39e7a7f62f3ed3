// formatDeadline: the canonical wording written into a sheet when a template is inserted. Every text it gives
// for a deadline with a date reads back through parseDeadline to the same kind, due, start and cadence.
import { format } from "date-fns";
import { ru } from "date-fns/locale";
import type { Lang } from "../lang";
import { fromIso, isIsoDate, localDate, monthEnd, parts, quarterEnd, quarterStart } from "./dates";
import { cadenceText, EXTERNAL, FEDERAL_OPERATOR, ORGANISERS } from "./lexicon";
import { normalize } from "./normalize";
import type { Deadline, IsoDate, RelativeRule } from "./types";
import { assertSupportedYear } from "./years";

function day(iso: IsoDate, lang: Lang): string {
  const dt = fromIso(iso);
  return lang === "ru" ? `${format(dt, "d MMMM yyyy", { locale: ru })} года` : format(dt, "d MMMM yyyy");
}

function dayMonth(d: number, m: number, lang: Lang): string {
  const dt = localDate(2000, m, d);
  return lang === "ru" ? format(dt, "d MMMM", { locale: ru }) : format(dt, "d MMMM");
}

function monthName(y: number, m: number, lang: Lang): string {
  const dt = localDate(y, m, 1);
  return lang === "ru" ? format(dt, "LLLL", { locale: ru }) : format(dt, "MMMM");
}

type Shape =
  | { t: "year"; y: number }
  | { t: "years"; y1: number; y2: number }
  | { t: "school"; y: number }
  | { t: "half"; y: number; h: number }
  | { t: "quarters"; y: number; q1: number; q2: number }
  | { t: "months"; y1: number; m1: number; y2: number; m2: number }
  | { t: "days"; start: IsoDate; end: IsoDate };

/** The calendar shape of [start, due]: the coarsest unit that fits exactly. */
function shapeOf(start: IsoDate, due: IsoDate): Shape {
  const s = parts(start);
  const e = parts(due);
  if (s.d === 1 && s.m === 1 && e.m === 12 && e.d === 31) {
    return s.y === e.y ? { t: "year", y: s.y } : { t: "years", y1: s.y, y2: e.y };
  }
  if (s.m === 9 && s.d === 1 && e.m === 8 && e.d === 31 && e.y === s.y + 1) return { t: "school", y: s.y };
  if (s.y === e.y) {
    if (start === `${s.y}-01-01` && due === `${s.y}-06-30`) return { t: "half", y: s.y, h: 1 };
    if (start === `${s.y}-07-01` && due === `${s.y}-12-31`) return { t: "half", y: s.y, h: 2 };
    const q1 = (s.m + 2) / 3;
    const q2 = e.m / 3;
    if (
      Number.isInteger(q1) &&
      Number.isInteger(q2) &&
      start === quarterStart(s.y, q1) &&
      due === quarterEnd(e.y, q2)
    ) {
      return { t: "quarters", y: s.y, q1, q2 };
    }
  }
  if (s.d === 1 && due === monthEnd(e.y, e.m)) return { t: "months", y1: s.y, m1: s.m, y2: e.y, m2: e.m };
  return { t: "days", start, end: due };
}

function shapeText(sh: Shape, lang: Lang): string {
  const ruY = (y: number) => `${y} года`;
  switch (sh.t) {
    case "year":
      return lang === "ru" ? `${sh.y} год` : String(sh.y);
    case "years":
      return lang === "ru" ? `${sh.y1}–${sh.y2} годы` : `${sh.y1}–${sh.y2}`;
    case "school":
      return lang === "ru" ? `${sh.y}/${sh.y + 1} учебный год` : `${sh.y}/${sh.y + 1} school year`;
    case "half":
      return lang === "ru" ? `${sh.h} полугодие ${ruY(sh.y)}` : `H${sh.h} ${sh.y}`;
    case "quarters":
      if (sh.q1 === sh.q2) return lang === "ru" ? `${sh.q1} квартал ${ruY(sh.y)}` : `Q${sh.q1} ${sh.y}`;
      return lang === "ru" ? `${sh.q1}–${sh.q2} кварталы ${ruY(sh.y)}` : `Q${sh.q1}–Q${sh.q2} ${sh.y}`;
    case "months": {
      const a = monthName(sh.y1, sh.m1, lang);
      const b = monthName(sh.y2, sh.m2, lang);
      const y = (n: number) => (lang === "ru" ? ruY(n) : String(n));
      if (sh.y1 === sh.y2 && sh.m1 === sh.m2) return `${a} ${y(sh.y1)}`;
      if (sh.y1 === sh.y2) return `${a}–${b} ${y(sh.y1)}`;
      return `${a} ${y(sh.y1)} – ${b} ${y(sh.y2)}`;
    }
    case "days": {
      const s = parts(sh.start);
      const e = parts(sh.end);
      if (s.y === e.y && s.m === e.m) {
        return lang === "ru"
          ? `${s.d}–${day(sh.end, lang)}`
          : `${s.d}–${format(fromIso(sh.end), "d MMMM yyyy")}`;
      }
      if (s.y === e.y) {
        return lang === "ru"
          ? `с ${dayMonth(s.d, s.m, lang)} по ${day(sh.end, lang)}`
          : `${dayMonth(s.d, s.m, lang)} – ${day(sh.end, lang)}`;
      }
      return lang === "ru"
        ? `с ${day(sh.start, lang)} по ${day(sh.end, lang)}`
        : `${day(sh.start, lang)} – ${day(sh.end, lang)}`;
    }
  }
}

function yearPhrase(off: number, lang: Lang): string {
  if (lang === "ru") {
    if (off === -1) return "года, предшествующего году получения субсидии";
    if (off === 0) return "года получения субсидии";
    if (off === 1) return "года, следующего за годом получения субсидии";
    return `года Y${off > 0 ? "+" : "-"}${Math.abs(off)}`;
  }
  if (off === -1) return "the year before the subsidy year";
  if (off === 0) return "the subsidy year";
  if (off === 1) return "the year after the subsidy year";
  return `the subsidy year ${off > 0 ? "+" : "−"} ${Math.abs(off)}`;
}

function ruleText(r: RelativeRule, lang: Lang): string {
  return `${dayMonth(r.day, r.month, lang)} ${lang === "ru" ? "" : "of "}${yearPhrase(r.yearOffset, lang)}`;
}

function externalText(text: string, lang: Lang): string {
  const s = normalize(text).s;
  if (s === "" || FEDERAL_OPERATOR.test(s) || !new RegExp(EXTERNAL.source).test(s)) {
    return lang === "ru"
      ? "согласно графику, направляемому федеральным оператором"
      : "according to the schedule sent by the federal operator";
  }
  if (ORGANISERS.test(s))
    return lang === "ru" ? "в сроки, определяемые организаторами" : "on dates set by the organisers";
  return lang === "ru" ? "согласно отдельному графику" : "according to a separate schedule";
}

function fallback(d: Deadline): string {
  const t = d.text.trim();
  return t === "" ? "—" : t;
}

/**
 * The canonical text of a deadline. Throws RangeError for a day that is not an ISO calendar day or lies outside the
 * supported years (the reason the parser gives for the same year): such a deadline has no canonical text.
 */
export function formatDeadline(d: Deadline, lang: Lang): string {
  for (const iso of [d.due, d.start]) {
    if (iso === null) continue;
    if (!isIsoDate(iso)) throw new RangeError(`Not an ISO calendar day: ${iso}`);
    assertSupportedYear(parts(iso).y);
  }
  switch (d.kind) {
    case "date":
      return d.due ? day(d.due, lang) : fallback(d);
    case "by-date":
      if (d.due) return lang === "ru" ? `не позднее ${day(d.due, lang)}` : `by ${day(d.due, lang)}`;
      if (d.relative)
        return lang === "ru"
          ? `не позднее ${ruleText(d.relative, lang)}`
          : `by ${ruleText(d.relative, lang)}`;
      return fallback(d);
    case "period": {
      if (d.due && d.start) {
        const sh = shapeOf(d.start, d.due);
        if (sh.t === "year") return lang === "ru" ? `в течение ${sh.y} года` : `during ${sh.y}`;
        return shapeText(sh, lang);
      }
      const r = d.relative;
      if (r && r.month === 12 && r.day === 31) {
        return lang === "ru"
          ? `в течение ${yearPhrase(r.yearOffset, lang)}`
          : `during ${yearPhrase(r.yearOffset, lang)}`;
      }
      return fallback(d);
    }
    case "recurring": {
      const c = d.cadence ? cadenceText(d.cadence)[lang] : null;
      if (!c) return fallback(d);
      const asNeeded = d.cadence === "as-needed";
      let first: string | null = null;
      let isDay = false;
      if (d.due && (d.start === null || d.start === d.due)) {
        first = day(d.due, lang);
        isDay = true;
      } else if (d.due && d.start) {
        first = shapeText(shapeOf(d.start, d.due), lang);
      } else if (d.relative) {
        first = ruleText(d.relative, lang);
        isDay = true;
      }
      if (first === null) return c;
      if (isDay && !asNeeded) return lang === "ru" ? `${c}, начиная с ${first}` : `${c} from ${first}`;
      return lang === "ru" ? `${first}, далее – ${c}` : `${first}, then ${c}`;
    }
    case "relative": {
      const r = d.relative;
      if (!r) return d.due ? day(d.due, lang) : fallback(d);
      return d.due ? `${day(d.due, lang)} (${yearPhrase(r.yearOffset, lang)})` : ruleText(r, lang);
    }
    case "on-request":
      return lang === "ru" ? "по запросу" : "on request";
    case "external-schedule":
      return externalText(d.text, lang);
    case "ongoing":
      return lang === "ru" ? "постоянно" : "ongoing";
    case "unknown":
      return fallback(d);
  }
}
