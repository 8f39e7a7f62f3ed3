import { describe, expect, it } from "vitest";
import { RULES } from "../../../../src/core/checks/rules";
import { FINDING_CODES } from "../../../../src/core/codes";
import { contextOf, leningrad } from "./context";

describe("the rule registry", () => {
  it("has one rule for each code, each code in one rule", () => {
    const codes = RULES.flatMap((r) => r.codes);
    expect([...codes].sort()).toEqual([...FINDING_CODES].sort());
  });

  it("each rule gives only the codes it declares", () => {
    const rows = leningrad();
    rows[3]!.deadline = null;
    rows[6]!.number = "9.";
    rows[1]!.result = "";
    const ctx = contextOf(rows, { checkDate: "2024-07-05" });
    for (const rule of RULES)
      for (const p of rule.check(ctx)) expect(rule.codes, rule.check.name).toContain(p.finding.code);
  });
});
