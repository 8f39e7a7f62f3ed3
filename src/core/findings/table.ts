import { FINDING_CODES, SEVERITIES } from "../codes";
import type { Lang } from "../lang";
import { severityLabel } from "../marks";
import { CATALOGUE } from "./catalogue";

/** The README's «What is checked» table, one row per code, as scripts/readme-codes.ts writes it (before prettier). */
export function codesTable(): string {
  const rows = FINDING_CODES.map(
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
  "<!-- codes: generated from src/core/findings/catalogue.ts by scripts/readme-codes.ts -->";
export const TABLE_END = "<!-- /codes -->";

/** The finding codes as the CLI's help lists them: code, severity, one line of meaning. */
export function codesHelp(lang: Lang): string {
  const width = Math.max(...FINDING_CODES.map((c) => c.length)) + 2;
  const sev = Math.max(...SEVERITIES.map((s) => severityLabel(s, lang).length)) + 2;
  return FINDING_CODES.map(
    (c) =>
      `  ${c.padEnd(width)}${severityLabel(CATALOGUE[c].severity, lang).padEnd(sev)}${CATALOGUE[c].description[lang]}`,
  ).join("\n");
}
