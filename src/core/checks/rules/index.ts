import type { RuleCodes } from "../../findings/catalogue";
import type { CheckContext, Placed } from "../context";
import * as deadlineMissing from "./deadline-missing";
import * as deadlineOutsidePlan from "./deadline-outside-plan";
import * as deadlineUnreadable from "./deadline-unreadable";
import * as duplicateItem from "./duplicate-item";
import * as extraRow from "./extra-row";
import * as lateVsTemplate from "./late-vs-template";
import * as missingItem from "./missing-item";
import * as nameVariants from "./name-variants";
import * as nonWorkingDay from "./non-working-day";
import * as noTemplate from "./no-template";
import * as numbering from "./numbering";
import * as outdatedBasis from "./outdated-basis";
import * as overdue from "./overdue";
import * as responsibleMissing from "./responsible-missing";
import * as resultMissing from "./result-missing";

/**
 * Every check, one file each: `rules/<code>.ts` exports `codes` (each code's usual severity, the pane's label, a
 * one-line description, its Russian and English message templates and an example) and `check`, a
 * `(ctx: CheckContext) => Placed[]` over the rows, deadlines and matches that checkRoadmap worked out once
 * (../context.ts). The catalogue, FINDING_CODES, the README's table and the CLI's help all come from these files.
 *
 * To add a check: write `rules/<code>.ts` (copy a small one, e.g. result-missing.ts) and its spec
 * tests/core/checks/rules/<code>.test.ts, which gives each of its codes a producer (producesItsCodes); import it here
 * and add it to both lists below; then `npx tsx scripts/codes.ts` regenerates src/core/codes.ts (the pane's codes and
 * labels), the README's table and the code list in docs/cli-json.md. The tests fail until each of these is done.
 */
export interface Rule {
  /** The codes the rule can give: a rule whose codes are all turned off is not run. */
  codes: RuleCodes;
  check: (ctx: CheckContext) => Placed[];
}

/** Every rule, in the order their codes are listed: FINDING_CODES, the README's table, the settings, the CLI's help. */
export const LISTED = [
  missingItem,
  lateVsTemplate,
  deadlineMissing,
  deadlineUnreadable,
  deadlineOutsidePlan,
  overdue,
  responsibleMissing,
  resultMissing,
  duplicateItem,
  numbering,
  nameVariants,
  extraRow,
  nonWorkingDay,
  noTemplate,
  outdatedBasis,
] as const;

/** The order the rules run in, which is the order findings of one row and one severity are listed in. */
export const RULES: readonly Rule[] = [
  noTemplate,
  outdatedBasis,
  missingItem,
  deadlineMissing,
  deadlineUnreadable,
  lateVsTemplate,
  deadlineOutsidePlan,
  overdue,
  nonWorkingDay,
  responsibleMissing,
  resultMissing,
  duplicateItem,
  extraRow,
  numbering,
  nameVariants,
];
