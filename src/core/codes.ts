/**
 * Finding codes and severities as plain constants. Kept free of zod so the task pane's first bundle can import them
 * (report.ts builds its schemas from these).
 */

export const SEVERITIES = ["error", "warning", "info"] as const;
export type Severity = (typeof SEVERITIES)[number];

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export const FINDING_CODES = [
  "missing-item",
  "late-vs-template",
  "deadline-missing",
  "deadline-unreadable",
  "deadline-outside-plan",
  "overdue",
  "responsible-missing",
  "result-missing",
  "duplicate-item",
  "numbering-gap",
  "numbering-duplicate",
  "responsible-name-variant",
  "extra-row",
  "non-working-day",
  "no-template",
  "outdated-basis",
] as const;
export type FindingCode = (typeof FINDING_CODES)[number];
