import { blankDeadline, formatDeadline, isoDate, isSupportedYear } from "../deadlines";
import type { Deadline, IsoDate } from "../deadlines/types";
import type { Bilingual } from "../lang";
import type { DeadlineRule } from "./schema";

/** A template's deadline rule made concrete: its due day for a year, its order without a year, its wording. */

export function isDated(rule: DeadlineRule): boolean {
  return (
    rule.kind === "by-date" ||
    rule.kind === "date" ||
    rule.kind === "recurring" ||
    rule.kind === "period-year"
  );
}

/** Month and day the rule's due falls on (31 December for «в течение года Y»), null for undated kinds. */
function monthDay(rule: DeadlineRule): { month: number; day: number } | null {
  if (rule.kind === "period-year") return { month: 12, day: 31 };
  if (rule.month !== null && rule.day !== null && isDated(rule)) return { month: rule.month, day: rule.day };
  return null;
}

/** The latest acceptable day of the rule for target year Y. */
export function ruleDue(rule: DeadlineRule, year: number): IsoDate | null {
  const md = monthDay(rule);
  return md ? isoDate(year + rule.yearOffset, md.month, md.day) : null;
}

/** Orders deadlines written relative to Y without knowing Y (yearOffset, month, day → one number). */
export function relativeKey(yearOffset: number, month: number, day: number): number {
  return yearOffset * 372 + (month - 1) * 31 + (day - 1);
}

export function ruleKey(rule: DeadlineRule): number | null {
  const md = monthDay(rule);
  return md ? relativeKey(rule.yearOffset, md.month, md.day) : null;
}

/** The rule as a Deadline for formatDeadline: concrete dates when the year is known, «года Y» wording otherwise. */
export function ruleDeadline(rule: DeadlineRule, target: number | null): Deadline {
  const md = monthDay(rule);
  // A due year outside the supported years has no canonical date (formatDeadline refuses it): word the rule instead.
  const year = target !== null && isSupportedYear(target + rule.yearOffset) ? target : null;
  switch (rule.kind) {
    case "by-date":
    case "date":
    case "recurring": {
      const d = blankDeadline(rule.kind);
      if (rule.kind === "recurring") d.cadence = rule.cadence;
      if (year !== null && md) {
        d.due = isoDate(year + rule.yearOffset, md.month, md.day);
        if (rule.kind === "recurring") d.start = d.due;
      } else if (md) {
        d.relative = { yearOffset: rule.yearOffset, month: md.month, day: md.day };
        // formatDeadline words a bare relative date under kind "relative".
        if (rule.kind === "date") d.kind = "relative";
      }
      return d;
    }
    case "period-year": {
      const d = blankDeadline("period");
      if (year !== null) {
        d.start = isoDate(year + rule.yearOffset, 1, 1);
        d.due = isoDate(year + rule.yearOffset, 12, 31);
      } else {
        d.relative = { yearOffset: rule.yearOffset, month: 12, day: 31 };
      }
      return d;
    }
    case "external-schedule": {
      const d = blankDeadline("external-schedule");
      d.text = rule.text ?? "";
      return d;
    }
    case "on-request":
      return blankDeadline("on-request");
    case "none": {
      const d = blankDeadline("unknown");
      d.text = rule.text ?? "";
      return d;
    }
  }
}

/** The rule as a reviewer reads it, e.g. «не позднее 1 марта 2027 года». */
export function ruleText(rule: DeadlineRule, year: number | null): Bilingual {
  if (rule.kind === "none") {
    return { ru: rule.text ?? "срок не установлен формой", en: rule.text ?? "no deadline set by the form" };
  }
  const d = ruleDeadline(rule, year);
  return { ru: formatDeadline(d, "ru"), en: formatDeadline(d, "en") };
}
