// Generated from the rule files (src/core/checks/rules) by `npx tsx scripts/codes.ts`: do not edit.
/**
 * The finding codes in the order they are listed, each with its usual severity and the pane's label, as plain
 * constants. Generated rather than imported from the catalogue because the rule files carry their checks: free of
 * imports, this file lets the task pane's first bundle show codes without zod or the checker (report.ts builds its
 * schemas from it). tests/core/findings/catalogue.test.ts fails when it is stale.
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

/** The severity of each code, as the checks give it (a rule may lower it for one finding). */
export const SEVERITY: Record<FindingCode, Severity> = {
  "missing-item": "error",
  "late-vs-template": "error",
  "deadline-missing": "error",
  "deadline-unreadable": "warning",
  "deadline-outside-plan": "warning",
  overdue: "warning",
  "responsible-missing": "warning",
  "result-missing": "warning",
  "duplicate-item": "warning",
  "numbering-gap": "info",
  "numbering-duplicate": "info",
  "responsible-name-variant": "info",
  "extra-row": "info",
  "non-working-day": "info",
  "no-template": "warning",
  "outdated-basis": "info",
};

/** The pane's short name for each code (filter groups, the settings' list of checks). */
export const CODE_LABELS: Record<FindingCode, { ru: string; en: string }> = {
  "missing-item": { ru: "Пропущенные пункты", en: "Missing items" },
  "late-vs-template": { ru: "Срок позже шаблона", en: "Later than the template" },
  "deadline-missing": { ru: "Срок не указан", en: "No deadline" },
  "deadline-unreadable": { ru: "Срок не распознан", en: "Unreadable deadline" },
  "deadline-outside-plan": { ru: "Срок вне года плана", en: "Deadline outside the plan year" },
  overdue: { ru: "Просрочено", en: "Overdue" },
  "responsible-missing": { ru: "Нет ответственного", en: "No responsible party" },
  "result-missing": { ru: "Нет результата", en: "No result" },
  "duplicate-item": { ru: "Пункт повторяется", en: "Item repeated" },
  "numbering-gap": { ru: "Пропуск в нумерации", en: "Gap in numbering" },
  "numbering-duplicate": { ru: "Номер повторяется", en: "Number repeated" },
  "responsible-name-variant": {
    ru: "Ответственный записан по-разному",
    en: "Responsible party spelled differently",
  },
  "extra-row": { ru: "Строки вне шаблона", en: "Rows not in the template" },
  "non-working-day": { ru: "Срок в нерабочий день", en: "Deadline on a non-working day" },
  "no-template": { ru: "Нет шаблона", en: "No template" },
  "outdated-basis": { ru: "Основание до 2025 года", en: "Pre-2025 basis" },
};
