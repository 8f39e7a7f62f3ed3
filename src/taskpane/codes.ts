import type { FindingCode, Severity } from "../core/report";

// Copies of core/report's FINDING_CODES and SEVERITY_ORDER (a test keeps them equal): importing that module at
// run time would pull zod into the pane's first bundle, which has a 150 KB budget.
export const FINDING_CODE_ORDER: readonly FindingCode[] = [
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
];

export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
