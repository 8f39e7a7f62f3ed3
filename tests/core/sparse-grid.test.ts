import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_COLS, MAX_ROWS, parseCell, type CellValue, type Grid } from "../../src/core/grid";
import { readRoadmaps } from "../../src/core/reader";
import { DENSE_AREA, denseGrid, SPARSE_FACTOR, SparseCells, sparseGrids } from "../../src/core/sparse-grid";

function sheetOf(cells: readonly [number, number, CellValue][]): SparseCells {
  const s = new SparseCells();
  const seen = new Set<string>();
  for (const [r, c, v] of cells) {
    if (seen.has(`${r}:${c}`)) continue;
    seen.add(`${r}:${c}`);
    s.add(r, c, v);
  }
  return s;
}

/** Every non-null cell of the grids at its real sheet address. */
function cellsOf(grids: readonly Grid[]): Map<string, CellValue> {
  const out = new Map<string, CellValue>();
  for (const g of grids) {
    const o = parseCell(g.origin);
    g.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null) return;
        const key = `${o.row + r}:${o.col + c}`;
        expect(out.has(key), key).toBe(false);
        out.set(key, v);
      }),
    );
  }
  return out;
}

const areaOf = (grids: readonly Grid[]) =>
  grids.reduce((n, g) => n + g.values.length * (g.values[0]?.length ?? 0), 0);

const cellArb = fc.tuple(
  fc.oneof(fc.integer({ min: 1, max: 200 }), fc.integer({ min: 1, max: MAX_ROWS })),
  fc.oneof(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: MAX_COLS })),
  fc.oneof(fc.string({ minLength: 1, maxLength: 5 }), fc.integer()),
);

describe("sparse grids", () => {
  it("keep every cell once at its real address, and cost what the filled cells cost", () => {
    fc.assert(
      fc.property(fc.array(cellArb, { maxLength: 300 }), (raw) => {
        const sheet = sheetOf(raw);
        const grids = sparseGrids("Лист1", sheet, []);
        const got = cellsOf(grids);
        expect(got.size).toBe(sheet.size);
        for (const c of sheet.cells) expect(got.get(`${c.row}:${c.col}`)).toEqual(c.value);
        expect(areaOf(grids)).toBeLessThanOrEqual(DENSE_AREA + 2 * SPARSE_FACTOR * sheet.size);
      }),
      { numRuns: 300 },
    );
  });

  it("leave a dense sheet exactly as the whole-rectangle grid", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.integer({ min: 1, max: 500 }),
            fc.integer({ min: 1, max: 40 }),
            fc.string({ minLength: 1 }),
          ),
        ),
        fc.array(fc.constantFrom("A1:C1", "B2:B4", "ZZ9:ZZZ10"), { maxLength: 3 }),
        (raw, merges) => {
          const sheet = sheetOf(raw);
          expect(sparseGrids("S", sheet, merges)).toEqual([denseGrid("S", sheet, merges)]);
        },
      ),
    );
  });

  it("a stray value at XFD10000 beside a table: the table is read as before, at its real addresses", () => {
    const table: [number, number, CellValue][] = [
      [1, 1, "№"],
      [1, 2, "Мероприятие"],
      [1, 3, "Срок"],
      [1, 4, "Ответственный"],
      [2, 1, "1"],
      [2, 2, "Закупка оборудования"],
      [2, 3, "до 1 сентября 2024 года"],
      [2, 4, "Иванов И.И."],
    ];
    const alone = sparseGrids("Лист1", sheetOf(table), ["A1:A1"]);
    const withStray = sparseGrids("Лист1", sheetOf([...table, [10000, MAX_COLS, "x"]]), [
      "A1:A1",
      "XFD1:XFD2",
    ]);
    expect(withStray).toHaveLength(2);
    expect(withStray[0]).toEqual(alone[0]);
    expect(withStray[1]).toEqual({ sheetName: "Лист1", origin: "XFD10000", values: [["x"]], merges: [] });
    expect(readRoadmaps(withStray[0]!).roadmaps.map((r) => r.id)).toEqual(
      readRoadmaps(alone[0]!).roadmaps.map((r) => r.id),
    );
  });

  it("cells on a long diagonal (no empty row or column to cut along) still cost one cell each", () => {
    const diag: [number, number, CellValue][] = Array.from({ length: MAX_COLS }, (_, i) => [i + 1, i + 1, i]);
    const grids = sparseGrids("S", sheetOf(diag), []);
    expect(cellsOf(grids).size).toBe(MAX_COLS);
    expect(areaOf(grids)).toBeLessThanOrEqual(DENSE_AREA + 2 * SPARSE_FACTOR * MAX_COLS);
  });

  it("a merge goes to the piece holding its top-left cell", () => {
    const grids = sparseGrids(
      "S",
      sheetOf([
        [1, 1, "a"],
        [1, 2, "b"],
        [900000, 5000, "c"],
      ]),
      ["A1:B1", "GJH900000:GJI900001"],
    );
    expect(grids.map((g) => g.merges)).toEqual([["A1:B1"], ["GJH900000:GJI900001"]]);
  });
});
