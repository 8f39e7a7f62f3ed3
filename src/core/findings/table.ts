import { SEVERITIES } from "../codes";
import type { Bilingual } from "../lang";
import type { Lang } from "../lang";
import { severityLabel } from "../marks";
import { CATALOGUE, type ListedCode } from "./catalogue";

const listed = () => Object.keys(CATALOGUE) as ListedCode[];

/** The README's «What is checked» table, one row per code, as scripts/codes.ts writes it (before prettier). */
export function codesTable(): string {
  const rows = listed().map(
    (c) => `| \`${c}\` | ${CATALOGUE[c].severity} | ${CATALOGUE[c].description.en} |`,
  );
  return ["| code | severity | meaning |", "| --- | --- | --- |", ...rows].join("\n");
}

/** The rows of a markdown table as trimmed cells, without the header and the rule line. */
export function tableRows(markdown: string): string[][] {
  return markdown
    .split("\n")
    .filter((l) => l.startsWith("|"))
    .slice(2)
    .map((l) =>
      l
        .slice(1, -1)
        .split("|")
        .map((c) => c.trim()),
    );
}

export const TABLE_START =
  "<!-- codes: generated from the rule files (src/core/checks/rules) by scripts/codes.ts -->";
export const TABLE_END = "<!-- /codes -->";

/** What starts the code list in docs/cli-json.md's Finding table, as scripts/codes.ts rewrites it. */
export const CODE_LIST_START = "stable code: ";

/** The codes as docs/cli-json.md lists them: «`missing-item`, `late-vs-template`, …». */
export function codesList(): string {
  return listed()
    .map((c) => `\`${c}\``)
    .join(", ");
}

/** The finding codes as the CLI's help lists them: code, severity, one line of meaning. */
export function codesHelp(lang: Lang): string {
  const width = Math.max(...listed().map((c) => c.length)) + 2;
  const sev = Math.max(...SEVERITIES.map((s) => severityLabel(s, lang).length)) + 2;
  return listed()
    .map(
      (c) =>
        `  ${c.padEnd(width)}${severityLabel(CATALOGUE[c].severity, lang).padEnd(sev)}${CATALOGUE[c].description[lang]}`,
    )
    .join("\n");
}

const bilingual = (b: Bilingual) => `{ ru: ${JSON.stringify(b.ru)}, en: ${JSON.stringify(b.en)} }`;

/** src/core/codes.ts as scripts/codes.ts writes it (before prettier): the codes, severities and labels, no imports. */
export function codesModule(): string {
  const codes = listed();
  const entries = (value: (c: ListedCode) => string) =>
    codes.map((c) => `  ${JSON.stringify(c)}: ${value(c)},`).join("\n");
  return `// Generated from the rule files (src/core/checks/rules) by \`npx tsx scripts/codes.ts\`: do not edit.
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
${codes.map((c) => `  ${JSON.stringify(c)},`).join("\n")}
] as const;
export type FindingCode = (typeof FINDING_CODES)[number];

/** The severity of each code, as the checks give it (a rule may lower it for one finding). */
export const SEVERITY: Record<FindingCode, Severity> = {
${entries((c) => JSON.stringify(CATALOGUE[c].severity))}
};

/** The pane's short name for each code (filter groups, the settings' list of checks). */
export const CODE_LABELS: Record<FindingCode, { ru: string; en: string }> = {
${entries((c) => bilingual(CATALOGUE[c].label))}
};
`;
}
