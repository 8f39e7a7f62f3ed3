import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LISTED, RULES } from "../../../../src/core/checks/rules";
import { FINDING_CODES } from "../../../../src/core/codes";
import { contextOf, leningrad } from "./context";

describe("the rule registry", () => {
  it("has one rule for each code, each code in one rule", () => {
    const codes = RULES.flatMap((r) => Object.keys(r.codes));
    expect([...codes].sort()).toEqual([...FINDING_CODES].sort());
  });

  it("lists every rule file in src/core/checks/rules", async () => {
    const files = readdirSync("src/core/checks/rules").filter((f) => f.endsWith(".ts") && f !== "index.ts");
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const rule: unknown = await import(`../../../../src/core/checks/rules/${f.slice(0, -3)}`);
      expect(LISTED as readonly unknown[], `${f} is not in LISTED (rules/index.ts)`).toContain(rule);
    }
  });

  it("runs every listed rule, each once", () => {
    expect(new Set(RULES).size).toBe(RULES.length);
    expect(new Set(RULES)).toEqual(new Set(LISTED));
  });

  it("each rule gives only the codes it declares", () => {
    const rows = leningrad();
    rows[3]!.deadline = null;
    rows[6]!.number = "9.";
    rows[1]!.result = "";
    const ctx = contextOf(rows, { checkDate: "2024-07-05" });
    for (const rule of RULES)
      for (const p of rule.check(ctx)) expect(Object.keys(rule.codes)).toContain(p.finding.code);
  });
});
