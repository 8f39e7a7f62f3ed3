import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cellAddress, parseRange } from "../../src/core/grid";
import { MAX_ADDRESS_CHARS, MAX_AREAS, cellsOf, chunkAddresses, coalesce } from "../../src/excel/blocks";

const cellArb = fc.record({ row: fc.integer({ min: 1, max: 60 }), col: fc.integer({ min: 1, max: 8 }) });

describe("coalesce", () => {
  it("merges a column run and identical runs in adjacent columns into one block", () => {
    expect(coalesce(["B2", "B3", "B4", "C2", "C3", "C4", "E7"])).toEqual([
      { top: 2, bottom: 4, left: 2, right: 3 },
      { top: 7, bottom: 7, left: 5, right: 5 },
    ]);
  });

  it("keeps separate runs apart and ignores duplicates", () => {
    expect(coalesce(["A1", "A3", "A1"])).toEqual([
      { top: 1, bottom: 1, left: 1, right: 1 },
      { top: 3, bottom: 3, left: 1, right: 1 },
    ]);
  });

  it("covers exactly the input cells, each once", () => {
    fc.assert(
      fc.property(fc.array(cellArb, { minLength: 1, maxLength: 200 }), (cells) => {
        const input = new Set(cells.map((c) => cellAddress(c.row, c.col)));
        const covered = coalesce([...input]).flatMap((b) => cellsOf(b));
        expect(covered.length).toBe(input.size);
        expect(new Set(covered)).toEqual(input);
      }),
    );
  });
});

describe("chunkAddresses", () => {
  it("joins blocks with the separator", () => {
    expect(chunkAddresses(coalesce(["A1", "A2", "C5"]), ",")).toEqual(["A1:A2,C5"]);
    expect(chunkAddresses(coalesce(["A1", "C5"]), ";")).toEqual(["A1;C5"]);
  });

  it("keeps every chunk under the character and area limits and loses no block", () => {
    // Every other row of a tall column: nothing coalesces, thousands of areas.
    const cells = Array.from({ length: 6000 }, (_, i) => `D${2 * i + 1}`);
    const blocks = coalesce(cells);
    const chunks = chunkAddresses(blocks, ",");
    expect(chunks.length).toBeGreaterThan(1);
    for (const c of chunks) {
      expect(c.length).toBeLessThanOrEqual(MAX_ADDRESS_CHARS);
      expect(c.split(",").length).toBeLessThanOrEqual(MAX_AREAS);
    }
    const back = chunks.flatMap((c) => c.split(",")).map((a) => parseRange(a));
    expect(back).toEqual(blocks);
  });
});
