// Shared by the rule specs: the whole check on hand-typed rows, and «every code can be produced», one rule at a time.
import { describe, expect, it } from "vitest";
import { checkRoadmap } from "../../../../src/core/checks";
import type { RuleCodes } from "../../../../src/core/findings/catalogue";
import { RoadmapReportSchema, type RoadmapReport } from "../../../../src/core/report";
import { buildRoadmap, type RowSpec } from "../../match/build";
import { kv24 } from "./context";

/** checkRoadmap on the rows (the 2024 Kvantorium form unless told), its report checked against the schema. */
export function check(
  rows: RowSpec[],
  opts: {
    checkDate?: string;
    year?: number | null;
    edition?: typeof kv24 | null;
    withResult?: boolean;
    withStatus?: boolean;
  } = {},
): RoadmapReport {
  const r = buildRoadmap(rows, {
    year: opts.year === undefined ? 2024 : opts.year,
    withResult: opts.withResult ?? true,
    withStatus: opts.withStatus,
  });
  const report = checkRoadmap(r, opts.edition === undefined ? kv24 : opts.edition, {
    targetYear: r.year.value,
    checkDate: opts.checkDate ?? "2023-12-01",
  });
  return RoadmapReportSchema.parse(report);
}

/**
 * The contract every rule spec signs: for each code in the rule's `codes`, a small roadmap whose whole check gives that
 * code (tsc asks for one per code; tests/core/checks/codes.test.ts asks every rule's spec to call this).
 */
export function producesItsCodes<C extends RuleCodes>(
  codes: C,
  producers: { [K in keyof C]: () => RoadmapReport },
): void {
  describe("the contract", () => {
    it.each(Object.keys(codes))("%s is produced by its producer", (code) => {
      expect(producers[code]!().findings.map((f) => f.code)).toContain(code);
    });
  });
}
