import { describe, expect, it } from "vitest";
import { evaluateWorkbook, loadSet } from "./evaluate";
import { VARIANTS } from "./variants";

/**
 * The worst outcome, a correct roadmap judged «ЕСТЬ ОШИБКИ», must not come from how a planner's Excel holds the same
 * document: every tuning workbook, varied as tests/corpus/variants.ts says (its truth unchanged), keeps every correct
 * roadmap the plain sheet keeps clean (the plain sheet's own gaps are known-gaps.json's, ratcheted by corpus.test.ts).
 * The other figures of the variants (warnings, due dates) are the bench's (bench/corpus-variants).
 */
const tuning = loadSet("tuning");

describe("corpus variants", () => {
  it.each(VARIANTS.map((v) => [v.name, v] as const))(
    "%s: no correct tuning roadmap is judged «ЕСТЬ ОШИБКИ» that the plain sheet keeps clean",
    async (_, v) => {
      const judged: string[] = [];
      for (const { workbook } of tuning) {
        const varied = v.apply(workbook);
        if (JSON.stringify(varied.sheets) === JSON.stringify(workbook.sheets)) continue;
        const s = await evaluateWorkbook("tuning", varied);
        if (s.falseHasErrors === 0) continue;
        const plain = await evaluateWorkbook("tuning", workbook);
        if (s.falseHasErrors > plain.falseHasErrors) judged.push(`${workbook.id}: ${s.gaps.join("; ")}`);
      }
      expect(judged).toEqual([]);
    },
    600_000,
  );

  it("a variant leaves the truth and the cells' values as they are", () => {
    for (const v of VARIANTS)
      for (const { workbook } of tuning.slice(0, 50)) {
        const varied = v.apply(workbook);
        expect(varied.truth).toEqual(workbook.truth);
        expect(varied.sheets.map((s) => s.rows.length)).toEqual(workbook.sheets.map((s) => s.rows.length));
      }
  });
});
