import type { Lang } from "../core/lang";
import * as shell from "./i18n/shell";
import * as roadmap from "./i18n/roadmap";
import * as results from "./i18n/results";
import * as timeline from "./i18n/timeline";
import * as template from "./i18n/template";
import * as settings from "./i18n/settings";

/** Every string the pane shows, in Russian (default) and English; components take text only from here.
 * The strings live by area in ./i18n/ (shell, roadmap, results, timeline, template, settings). */

const ru = {
  ...shell.ru,
  ...roadmap.ru,
  ...results.ru,
  ...timeline.ru,
  ...template.ru,
  ...settings.ru,
} as const;

export type MessageKey = keyof typeof ru;

const en: Record<MessageKey, string> = {
  ...shell.en,
  ...roadmap.en,
  ...results.en,
  ...timeline.en,
  ...template.en,
  ...settings.en,
};

export const catalogs: Record<Lang, Record<MessageKey, string>> = { ru, en };

export type Params = Record<string, string | number>;

/** The message for `key` with {name} placeholders filled; an unknown placeholder is left visible, not dropped. */
export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  const text = catalogs[lang][key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

export type Translate = (key: MessageKey, params?: Params) => string;

export function translator(lang: Lang): Translate {
  return (key, params) => translate(lang, key, params);
}

/** The placeholders a message uses, for the parity test. */
export function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
}

const DATE_LOCALE: Record<Lang, string> = { ru: "ru-RU", en: "en-GB" };

/** Formatters made once: building one costs ~0.3 ms warm and ~30 ms cold (ICU), once per row or render before. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(key: string, locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(locale, options)));
  return f;
}

/** Builds the formatters ahead (the pane calls it when idle), so the first verdict does not pay ICU's cold start. */
export function warmDateFormats(lang: Lang): void {
  formatMoment(new Date(0).toISOString(), lang);
  formatIsoDate("2000-01-01", lang);
}

/** «3 декабря 2026 г., 20:25» / "3 December 2026, 20:25": when a check ran, in the planner's time zone. */
export function formatMoment(iso: string, lang: Lang): string {
  return formatter(`moment.${lang}`, DATE_LOCALE[lang], {
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  }).format(new Date(iso));
}

/** «1 марта 2027 г.» / "1 March 2027" for an ISO day; the input unchanged if it is not one. */
export function formatIsoDate(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return formatter(`day.${lang}`, DATE_LOCALE[lang], {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(d);
}
