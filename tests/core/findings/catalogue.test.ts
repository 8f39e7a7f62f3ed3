import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { SEVERITY } from "../../../src/core/checks";
import { FINDING_CODES } from "../../../src/core/codes";
import { CATALOGUE } from "../../../src/core/findings/catalogue";
import { CODE_LIST_START, tableRows, TABLE_END, TABLE_START } from "../../../src/core/findings/table";
import { catalogs } from "../../../src/taskpane/i18n";
import { HELP } from "../../../src/cli/args";

const read = (rel: string) =>
  readFileSync(fileURLToPath(new URL(`../../../${rel}`, import.meta.url)), "utf8");

describe("the finding catalogue", () => {
  it("is what src/core/codes.ts lists, in the same order (regenerate: npx tsx scripts/codes.ts)", () => {
    expect(Object.keys(CATALOGUE)).toEqual([...FINDING_CODES]);
  });

  it("describes every code in both languages, with an example message", () => {
    for (const c of FINDING_CODES) {
      const e = CATALOGUE[c];
      for (const text of [e.label, e.description, e.example]) {
        expect(text.ru.trim(), c).not.toBe("");
        expect(text.en.trim(), c).not.toBe("");
        expect(text.ru, c).not.toBe(text.en);
      }
    }
  });

  it("is where the checks take their severities from (src/core/codes.ts, regenerated from it)", () => {
    for (const c of FINDING_CODES) expect(SEVERITY[c]).toBe(CATALOGUE[c].severity);
  });

  it("agrees with the README's «What is checked» table (regenerate: npx tsx scripts/codes.ts)", () => {
    const readme = read("README.md");
    const from = readme.indexOf(TABLE_START);
    const to = readme.indexOf(TABLE_END);
    expect(from).toBeGreaterThan(0);
    expect(to).toBeGreaterThan(from);
    const rows = tableRows(readme.slice(from, to));
    expect(rows).toEqual(
      FINDING_CODES.map((c) => [`\`${c}\``, CATALOGUE[c].severity, CATALOGUE[c].description.en]),
    );
  });

  it("gives the pane its code labels in both languages (through src/core/codes.ts)", () => {
    for (const c of FINDING_CODES) {
      expect(catalogs.ru[`code.${c}`]).toBe(CATALOGUE[c].label.ru);
      expect(catalogs.en[`code.${c}`]).toBe(CATALOGUE[c].label.en);
    }
  });

  it("lists the same codes as the CLI's JSON documentation (regenerate: npx tsx scripts/codes.ts)", () => {
    const line = read("docs/cli-json.md")
      .split("\n")
      .find((l) => l.includes(CODE_LIST_START))!;
    const codes = [...line.matchAll(/`([a-z-]+)`/g)].map((m) => m[1]).filter((c) => c !== "code");
    expect(codes).toEqual([...FINDING_CODES]);
  });
});

describe("the CLI's help", () => {
  it("lists every code with its meaning from the catalogue, in both languages", () => {
    for (const lang of ["ru", "en"] as const)
      for (const c of FINDING_CODES) {
        const line = HELP[lang].split("\n").find((l) => l.trim().startsWith(`${c} `));
        expect(line, `${lang} ${c}`).toBeDefined();
        expect(line!.endsWith(CATALOGUE[c].description[lang]), `${lang} ${c}`).toBe(true);
      }
  });
});
