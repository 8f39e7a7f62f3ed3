import { parseDeadline } from "../deadlines";
import type { Bilingual } from "../lang";
import type { DeadlineRule } from "./schema";

/** A template's deadline cell → a rule relative to the plan year Y, or why it cannot be one. */

export const EXAMPLES_RU =
  "«до 1 марта года Y», «27 ноября года, предшествующего году Y», «в течение года Y»";
export const EXAMPLES_EN =
  "«до 1 марта года Y» (by 1 March of year Y), «27 ноября года, предшествующего году Y» (27 November of the year before Y)";

/** A template deadline → rule, or the reason it cannot be one. */
export function ruleFrom(text: string, value: unknown): { rule: DeadlineRule } | { error: Bilingual } {
  const input =
    typeof value === "string" || value === null || value === undefined ? text : (value as Date | number);
  const d = parseDeadline(input, {});
  const quoted = text.replace(/\s+/g, " ").trim();
  const base = { yearOffset: 0, cadence: null, text: null, confidence: "unknown" as const, note: null };
  switch (d.kind) {
    case "external-schedule":
      return { rule: { ...base, kind: "external-schedule", month: null, day: null, text: quoted } };
    case "on-request":
      return { rule: { ...base, kind: "on-request", month: null, day: null } };
    case "unknown":
      return {
        error: {
          ru: `Срок «${quoted}» не читается. Запишите его относительно года Y, например: ${EXAMPLES_RU}.`,
          en: `The deadline “${quoted}” cannot be read. Write it relative to year Y, e.g. ${EXAMPLES_EN}.`,
        },
      };
    default:
      break;
  }
  if (d.relative) {
    const r = d.relative;
    if (d.kind === "recurring") {
      return {
        rule: {
          ...base,
          kind: "recurring",
          month: r.month,
          day: r.day,
          yearOffset: r.yearOffset,
          cadence: d.cadence ?? "as-needed",
        },
      };
    }
    if (d.kind === "period") {
      if (r.month === 12 && r.day === 31)
        return { rule: { ...base, kind: "period-year", month: null, day: null, yearOffset: r.yearOffset } };
      return { rule: { ...base, kind: "by-date", month: r.month, day: r.day, yearOffset: r.yearOffset } };
    }
    return {
      rule: {
        ...base,
        kind: d.kind === "by-date" ? "by-date" : "date",
        month: r.month,
        day: r.day,
        yearOffset: r.yearOffset,
      },
    };
  }
  if (d.kind === "recurring" && d.due === null && !d.yearInferred) {
    return {
      error: {
        ru: `Для периодического срока «${quoted}» нужна первая дата, например «1 октября года Y, далее – ежеквартально».`,
        en: `The recurring deadline “${quoted}” needs a first date, e.g. «1 октября года Y, далее – ежеквартально».`,
      },
    };
  }
  if (d.yearInferred) {
    // «1 февраля» without a year: the template's own year Y (read with a stand-in year to learn the day).
    const probe = parseDeadline(input, { targetYear: 2001 });
    if (probe.due) {
      const [, m, dd] = probe.due.split("-").map(Number);
      const kind = probe.kind === "by-date" ? "by-date" : probe.kind === "recurring" ? "recurring" : "date";
      const yearOffset = Number(probe.due.slice(0, 4)) - 2001;
      if (kind === "recurring")
        return {
          rule: { ...base, kind, month: m!, day: dd!, yearOffset, cadence: probe.cadence ?? "as-needed" },
        };
      return { rule: { ...base, kind, month: m!, day: dd!, yearOffset } };
    }
  }
  return {
    error: {
      ru: `Срок «${quoted}» записан с конкретным годом; в шаблоне год записывается как переменная: ${EXAMPLES_RU}.`,
      en: `The deadline “${quoted}” names a calendar year; a template writes the year as a variable: ${EXAMPLES_EN}.`,
    },
  };
}
