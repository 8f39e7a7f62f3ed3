export {
  CadenceSchema,
  DeadlineRuleSchema,
  EditionSchema,
  RULE_KINDS,
  TemplateItemSchema,
  TermSchema,
  summarize,
  type DeadlineRule,
  type Edition,
  type EditionInput,
  type EditionSummary,
  type RuleKind,
  type TemplateItem,
  type Term,
} from "./schema";
export {
  diffEditions,
  RENAME_THRESHOLD,
  type DiffEditionRef,
  type DiffItem,
  type DiffPair,
  type EditionDiff,
} from "./diff";
export { canonicalJson, TEMPLATE_HASH_LENGTH, templateHash } from "./hash";
export { getEdition, listEditions, planYearFrom, suggestEdition } from "./library";
export {
  parseTemplateGrid,
  parseTemplateJson,
  type TemplateError,
  type TemplateGridMeta,
  type TemplateParseResult,
} from "./parse";
export {
  editionSheetPlan,
  editionSheetTitle,
  instantiateTemplate,
  templateYearProblem,
  type InstantiateOptions,
} from "./instantiate";
export { savedEditions, savedTemplateOf, withSavedTemplate, withoutSavedTemplate } from "./saved";
export { isDated, relativeKey, ruleDeadline, ruleDue, ruleKey, ruleText } from "./rules";
export {
  BY_DATE_FORMAT,
  buildTemplateSheet,
  DATE_FORMAT,
  freeSheetName,
  safeSheetName,
  STATUS_OPTIONS,
  type TemplateSheetPlan,
  type TemplateTableSpec,
} from "./sheet";
export type { TemplateRow } from "./types";
