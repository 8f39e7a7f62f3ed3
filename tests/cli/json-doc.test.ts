import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { RunReportSchema } from "../../src/cli/run-report";

type Json = { properties?: Record<string, Json>; items?: Json; anyOf?: Json[] };

/** Every property path of the JSON Schema, e.g. "files[].roadmaps[].findings[].rule.source". */
function paths(s: Json, prefix: string, out: string[]): string[] {
  for (const alt of s.anyOf ?? []) paths(alt, prefix, out);
  if (s.items) paths(s.items, `${prefix}[]`, out);
  for (const [k, v] of Object.entries(s.properties ?? {})) {
    const p = prefix ? `${prefix}.${k}` : k;
    out.push(p);
    paths(v, p, out);
  }
  return out;
}

const doc = readFileSync(resolve(__dirname, "../../docs/cli-json.md"), "utf8");
const FINDING = "files[].roadmaps[].findings[].";
const ACCEPTED = "files[].roadmaps[].accepted[].finding.";

describe("docs/cli-json.md", () => {
  it("documents every field of RunReportSchema", () => {
    const all = [...new Set(paths(z.toJSONSchema(RunReportSchema) as Json, "", []))];
    expect(all.length).toBeGreaterThan(60);
    const missing = all.filter((p) => {
      const last = p.split(".").at(-1)!;
      // Bilingual texts and severity counts are documented once as types, not per field.
      if (last === "ru" || last === "en" || /\.counts\.(error|warning|info)$/.test(p)) return false;
      if (/\.matches\[\]\./.test(p)) return !doc.includes(`\`${last}\``);
      if (p.startsWith(FINDING)) return !doc.includes(`\`${p.slice(FINDING.length)}\``);
      // An accepted finding is a Finding, documented once above.
      if (p.startsWith(ACCEPTED)) return !doc.includes(`\`${p.slice(ACCEPTED.length)}\``);
      return !doc.includes(`\`${p}\``);
    });
    expect(missing).toEqual([]);
  });

  it("its example is a valid run report apart from the elisions", () => {
    const block = /```json\n([\s\S]*?)```/.exec(doc)![1]!;
    const example = JSON.parse(block) as z.infer<typeof RunReportSchema>;
    const result = RunReportSchema.safeParse(example);
    expect(result.success, JSON.stringify(result.error?.issues.slice(0, 3))).toBe(true);
  });
});
