import type { FindingCode } from "../../report";
import type { CheckContext, Placed } from "../context";
import { deadlineMissing } from "./deadline-missing";
import { deadlineOutsidePlan } from "./deadline-outside-plan";
import { deadlineUnreadable } from "./deadline-unreadable";
import { duplicateItem } from "./duplicate-item";
import { extraRow } from "./extra-row";
import { lateVsTemplate } from "./late-vs-template";
import { missingItem } from "./missing-item";
import { nameVariants } from "./name-variants";
import { nonWorkingDay } from "./non-working-day";
import { noTemplate } from "./no-template";
import { numbering } from "./numbering";
import { outdatedBasis } from "./outdated-basis";
import { overdue } from "./overdue";
import { responsibleMissing } from "./responsible-missing";
import { resultMissing } from "./result-missing";

/**
 * Every check, one small module each: `(context) => findings`, reading the rows, deadlines and matches that
 * checkRoadmap worked out once (./context.ts).
 *
 * To add a check: add its code to src/core/codes.ts and its entry and message template to src/core/findings
 * (catalogue.ts, messages.ts; then `npx tsx scripts/readme-codes.ts`), write `rules/<code>.ts` exporting
 * `(ctx: CheckContext) => Placed[]` built with finding(), list it below, and give it a spec in
 * tests/core/checks/rules/<code>.test.ts (tests/core/checks/rules/context.ts builds a context from hand-typed rows).
 *
 * The order is the order findings of one row and one severity are listed in.
 */
export interface Rule {
  /** The codes the rule can give: a rule whose codes are all turned off is not run. */
  codes: readonly FindingCode[];
  check: (ctx: CheckContext) => Placed[];
}

export const RULES: readonly Rule[] = [
  { codes: ["no-template"], check: noTemplate },
  { codes: ["outdated-basis"], check: outdatedBasis },
  { codes: ["missing-item"], check: missingItem },
  { codes: ["deadline-missing"], check: deadlineMissing },
  { codes: ["deadline-unreadable"], check: deadlineUnreadable },
  { codes: ["late-vs-template"], check: lateVsTemplate },
  { codes: ["deadline-outside-plan"], check: deadlineOutsidePlan },
  { codes: ["overdue"], check: overdue },
  { codes: ["non-working-day"], check: nonWorkingDay },
  { codes: ["responsible-missing"], check: responsibleMissing },
  { codes: ["result-missing"], check: resultMissing },
  { codes: ["duplicate-item"], check: duplicateItem },
  { codes: ["extra-row"], check: extraRow },
  { codes: ["numbering-gap", "numbering-duplicate"], check: numbering },
  { codes: ["responsible-name-variant"], check: nameVariants },
];
