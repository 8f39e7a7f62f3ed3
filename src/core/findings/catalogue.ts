import { LISTED } from "../checks/rules";
import type { Severity } from "../codes";
import type { Bilingual } from "../lang";

/**
 * What each finding code means, assembled from the rule files (src/core/checks/rules/<code>.ts, listed in
 * rules/index.ts): the single source for src/core/codes.ts (the pane's codes and labels), the README's «What is
 * checked» table and the CLI's help (`npx tsx scripts/codes.ts` regenerates the first two; tests/core/findings/
 * catalogue.test.ts checks they are current).
 */
export interface CodeEntry {
  /** The usual severity; a rule may lower it for one finding (late-vs-template when the dates cannot be compared). */
  severity: Severity;
  /** The pane's short name for the code (filter groups, the settings' list of checks). */
  label: Bilingual;
  /** One line: what the finding means. */
  description: Bilingual;
  /** Every message the rule writes for the code, in both languages, as small typed templates. */
  messages: Readonly<Record<string, (...args: never[]) => Bilingual>>;
  /** A message as the check writes it, from the code's own templates. */
  example: Bilingual;
}

/** A rule's codes, each with its entry: what `rules/<code>.ts` exports as `codes`. */
export type RuleCodes = Readonly<Record<string, CodeEntry>>;

type CodesOf<R> = R extends { codes: infer C } ? keyof C & string : never;
/** The codes the rule files give, as the compiler sees them (src/core/codes.ts must list the same). */
export type ListedCode = CodesOf<(typeof LISTED)[number]>;

/** Every code's entry, in the order the codes are listed. */
export const CATALOGUE = Object.fromEntries(LISTED.flatMap((rule) => Object.entries(rule.codes))) as Record<
  ListedCode,
  CodeEntry
>;
