import { describe, expect, it } from "vitest";
import { checkSheet, buildMarkPlan } from "../../src/core";
import { join, split } from "../../src/taskpane/worker/parts";
import { benchSheets, fixtureGrids, rowPool } from "../../bench/sheets";

/** What crossing to the pane does to the parts: a structured clone of each message. */
const cross = <T>(v: T): T => structuredClone(v);

describe("the worker's answer in parts", () => {
  it("gives back the same value, with every long array sent in slices", () => {
    const value = {
      rows: Array.from({ length: 1203 }, (_, i) => ({ n: i, cells: [String(i), null] })),
      nested: [
        { findings: Array.from({ length: 7 }, (_, i) => i) },
        { long: Array.from({ length: 26 }, String) },
      ],
      map: new Map([["a", [1, 2, 3]]]),
      text: "«Проверка»",
      none: null,
    };
    const { skeleton, parts } = split(value, 5);
    // 1203 rows in 241 slices, 7 findings in 2, 26 in 6: nothing long is left in the skeleton.
    expect(parts.length).toBe(241 + 2 + 6);
    expect(parts.every((p) => p.length <= 5)).toBe(true);
    expect(JSON.stringify(skeleton).length).toBeLessThan(400);
    expect(join(cross(skeleton), parts.map(cross))).toEqual(value);
  });

  it("leaves a short answer whole", () => {
    const { skeleton, parts } = split({ a: [1, 2], b: "x" });
    expect(parts).toEqual([]);
    expect(skeleton).toEqual({ a: [1, 2], b: "x" });
  });

  it("refuses an answer with slices missing or left over", () => {
    const { skeleton, parts } = split({ a: [1, 2, 3] }, 2);
    expect(() => join(cross(skeleton), parts.slice(1))).toThrow();
    expect(() => join(split({ a: [1] }, 2).skeleton, parts)).toThrow(/left over/);
  });

  it("round-trips a real check of a 1,000-row sheet", async () => {
    const [grid] = benchSheets(rowPool(await fixtureGrids()), [1000]);
    const checked = checkSheet(grid!, { checkDate: "2027-06-01" });
    const answer = { plan: buildMarkPlan(checked.reports, "ru"), result: checked };
    const { skeleton, parts } = split(answer);
    expect(parts.length).toBeGreaterThan(3);
    expect(join(cross(skeleton), parts.map(cross))).toEqual(answer);
  });
});
