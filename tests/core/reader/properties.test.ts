// The same table read after moves a planner makes: another origin, columns permuted, blank rows and columns,
// more lines above. Expected: the same roadmap with its addresses moved accordingly. And no grid makes it throw.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import {
  cellAddress,
  parseCell,
  parseRange,
  rangeAddress,
  type CellValue,
  type Grid,
} from "../../../src/core/grid";
import { readRoadmaps, type Roadmap } from "../../../src/core/reader";
import { FIXTURES } from "../../fixtures";
import { fixtureGrids } from "./helpers";

interface Moved {
  grid: Grid;
  /** Old sheet address → new sheet address. */
  addr: (a: string) => string;
  row: (sheetRow: number) => number;
}

/** Rebuilds a grid with old row i at rowMap[i], old column j at colMap[j] (0-based), starting at origin. */
function move(
  g: Grid,
  rowMap: number[],
  colMap: number[],
  nRows: number,
  nCols: number,
  origin: string,
): Moved {
  const o = parseCell(g.origin);
  const n = parseCell(origin);
  const values: CellValue[][] = Array.from({ length: nRows }, () => new Array<CellValue>(nCols).fill(null));
  g.values.forEach((row, i) => row.forEach((v, j) => (values[rowMap[i]!]![colMap[j]!] = v)));
  const merges: string[] = [];
  const masters = new Map<string, string>();
  for (const m of g.merges) {
    const a = parseRange(m);
    const rows = [a.top, a.bottom].map((r) => rowMap[r - o.row]!);
    const cols: number[] = [];
    for (let c = a.left; c <= a.right; c++) cols.push(colMap[c - o.col]!);
    const top = Math.min(...rows);
    const left = Math.min(...cols);
    // The value of a merged area lives in its top-left cell, wherever the columns went.
    const v = g.values[a.top - o.row]![a.left - o.col]!;
    values[rowMap[a.top - o.row]!]![colMap[a.left - o.col]!] = null;
    values[top]![left] = v;
    masters.set(cellAddress(a.top, a.left), cellAddress(n.row + top, n.col + left));
    merges.push(
      rangeAddress({
        top: n.row + top,
        left: n.col + left,
        bottom: n.row + Math.max(...rows),
        right: n.col + Math.max(...cols),
      }),
    );
  }
  const addr = (a: string) => {
    const moved = masters.get(a);
    if (moved) return moved;
    const p = parseCell(a);
    return cellAddress(n.row + rowMap[p.row - o.row]!, n.col + colMap[p.col - o.col]!);
  };
  return {
    grid: { sheetName: g.sheetName, origin, values, merges },
    addr,
    row: (r) => n.row + rowMap[r - o.row]!,
  };
}

const identity = (n: number) => Array.from({ length: n }, (_, i) => i);

/** Old index → new index after inserting blank lines before the given old positions. */
function withInsertions(n: number, at: number[]): { map: number[]; size: number } {
  const map = identity(n).map((i) => i + at.filter((p) => p <= i).length);
  return { map, size: n + at.length };
}

/** What must survive a move, with the addresses translated. */
function canon(r: Roadmap, addr: (a: string) => string, row: (n: number) => number) {
  return {
    layout: r.layout,
    title: r.title,
    programme: r.programme.value,
    year: r.year.value,
    documentYear: r.documentYear,
    columns: Object.fromEntries(
      Object.entries(r.columns).map(([k, c]) => [k, { header: c!.header, address: addr(c!.address) }]),
    ),
    sections: r.sections.map((s) => ({ ...s, address: addr(s.address) })),
    rows: r.rows.map((x) => ({
      number: x.number,
      section: x.section,
      subItems: x.subItems,
      address: addr(x.address),
      sheetRows: x.sheetRows.map(row),
      fields: Object.fromEntries(
        Object.entries(x.fields).map(([k, f]) => [k, { text: f!.text, addresses: f!.addresses.map(addr) }]),
      ),
    })),
  };
}

const same = (r: Roadmap) =>
  canon(
    r,
    (a) => a,
    (n) => n,
  );

function read(g: Grid): Roadmap[] {
  const res = readRoadmaps(g);
  if (res.reason) throw new Error(res.reason.en);
  return res.roadmaps;
}

/** The table alone (header to last row), as a planner would paste it elsewhere. */
function tableOnly(g: Grid, r: Roadmap): Grid {
  const t = parseRange(r.tableRange);
  const o = parseCell(g.origin);
  const values = g.values
    .slice(t.top - o.row, t.bottom - o.row + 1)
    .map((row) => row.slice(t.left - o.col, t.right - o.col + 1));
  const merges = g.merges.filter((m) => {
    const a = parseRange(m);
    return a.top >= t.top && a.bottom <= t.bottom && a.left >= t.left && a.right <= t.right;
  });
  return { sheetName: g.sheetName, origin: cellAddress(t.top, t.left), values, merges };
}

const grids = new Map<string, Grid>();
beforeAll(async () => {
  for (const f of FIXTURES) grids.set(f.file, (await fixtureGrids(f.file))[0]!);
});

const RUNS = { numRuns: 30 };

describe("reading is stable under moves (all five fixtures)", () => {
  for (const f of FIXTURES) {
    it(`${f.file}: another origin, blank rows and blank columns anywhere`, () => {
      const g = grids.get(f.file)!;
      const base = read(g);
      const nR = g.values.length;
      const nC = g.values[0]!.length;
      fc.assert(
        fc.property(
          fc.integer({ min: 1, max: 300 }),
          fc.integer({ min: 1, max: 40 }),
          fc.array(fc.integer({ min: 0, max: nR }), { maxLength: 6 }),
          fc.array(fc.integer({ min: 0, max: nC }), { maxLength: 3 }),
          (r0, c0, rowsAt, colsAt) => {
            const rows = withInsertions(nR, rowsAt);
            const cols = withInsertions(nC, colsAt);
            const m = move(g, rows.map, cols.map, rows.size, cols.size, cellAddress(r0, c0));
            const got = read(m.grid);
            expect(got.map((r) => same(r))).toEqual(base.map((r) => canon(r, m.addr, m.row)));
            expect(got.map((r) => r.preamble)).toEqual(base.map((r) => r.preamble));
          },
        ),
        RUNS,
      );
    });

    it(`${f.file}: lines added above read as preamble, the roadmap itself unchanged`, () => {
      const g = grids.get(f.file)!;
      const base = read(g);
      const lines = [
        "РОССИЙСКАЯ ФЕДЕРАЦИЯ",
        "Администрация области",
        "Приложение к распоряжению",
        "Исх. без номера",
        "Для служебного пользования",
      ];
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...lines), { minLength: 1, maxLength: 6 }), (added) => {
          const nR = g.values.length;
          const nC = g.values[0]!.length;
          const m = move(
            g,
            identity(nR).map((i) => i + added.length),
            identity(nC),
            nR + added.length,
            nC,
            "A1",
          );
          added.forEach((t, i) => (m.grid.values[i]![0] = t));
          const got = read(m.grid);
          expect(got.map((r) => same(r))).toEqual(base.map((r) => canon(r, m.addr, m.row)));
          expect(got.map((r) => r.preamble)).toEqual(base.map((r) => [...added, ...r.preamble]));
        }),
        RUNS,
      );
    });
  }
});

describe("reading is stable when the columns are permuted (the table tables)", () => {
  for (const f of FIXTURES.filter((x) => x.programmes.length === 1)) {
    it(`${f.file}: the table alone, columns in any order`, () => {
      const full = grids.get(f.file)!;
      const t = tableOnly(full, read(full)[0]!);
      const base = read(t)[0]!;
      const nC = t.values[0]!.length;
      fc.assert(
        fc.property(fc.shuffledSubarray(identity(nC), { minLength: nC, maxLength: nC }), (perm) => {
          const m = move(t, identity(t.values.length), perm, t.values.length, nC, t.origin);
          const got = read(m.grid);
          expect(got.length).toBe(1);
          expect(same(got[0]!)).toEqual(canon(base, m.addr, m.row));
        }),
        RUNS,
      );
    });
  }
});

describe("arbitrary grids never throw", () => {
  const pool = [
    "№",
    "№ п/п",
    "Наименование мероприятия",
    "Мероприятия",
    "Ответственный",
    "Отв. Иванов И.И.",
    "Срок",
    "Дата",
    "Результат",
    "1.",
    "1.1",
    "2",
    "Направление 1. Раздел",
    "1) первое 2) второе",
    "Ознакомлены:",
    "Петров П.П.",
    "на 2024 год",
    "2023/2024 учебный год",
    "«Точка роста»",
    "1Т-куб",
    "",
    "   ",
    "\n",
  ];
  const cell: fc.Arbitrary<CellValue> = fc.oneof(
    fc.constantFrom(...pool),
    fc.string({ maxLength: 12 }),
    fc.double({ noNaN: false }),
    fc.integer({ min: -5, max: 50000 }),
    fc.boolean(),
    fc.constant(null),
    fc.date({ noInvalidDate: false }),
    fc.constantFrom({ error: "#REF!" }, { error: "#N/A" }, { error: "#DIV/0!" }),
  );
  it("returns roadmaps or a bilingual reason, with addresses inside the grid", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 0, maxLength: 7 }), { minLength: 0, maxLength: 25 }),
        fc.integer({ min: 1, max: 1000 }),
        fc.integer({ min: 1, max: 60 }),
        fc.array(fc.tuple(fc.nat(30), fc.nat(8), fc.nat(4), fc.nat(4)), { maxLength: 5 }),
        (values, r0, c0, ms) => {
          const merges = ms.map(([r, c, h, w]) =>
            rangeAddress({ top: r0 + r, left: c0 + c, bottom: r0 + r + h, right: c0 + c + w }),
          );
          const g: Grid = {
            sheetName: "Лист1",
            origin: cellAddress(r0, c0),
            values,
            merges: [...merges, "junk"],
          };
          const res = readRoadmaps(g);
          if (res.reason) {
            expect(res.roadmaps).toEqual([]);
            expect(res.reason.ru.length).toBeGreaterThan(10);
            expect(res.reason.en.length).toBeGreaterThan(10);
            return;
          }
          expect(res.roadmaps.length).toBeGreaterThan(0);
          for (const r of res.roadmaps) {
            r.rows.forEach((row, i) => {
              expect(row.index).toBe(i);
              for (const f of Object.values(row.fields))
                for (const a of f!.addresses) {
                  const p = parseCell(a);
                  expect(p.row).toBeGreaterThanOrEqual(r0);
                  expect(p.row).toBeLessThan(r0 + values.length);
                  expect(p.col).toBeGreaterThanOrEqual(c0);
                }
            });
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it("an empty sheet, a sheet of errors and a bad origin give specific reasons", () => {
    const empty = readRoadmaps({ sheetName: "Пусто", origin: "A1", values: [], merges: [] });
    expect(empty.reason?.ru).toContain("пуст");
    const errors = readRoadmaps({
      sheetName: "E",
      origin: "A1",
      values: [[{ error: "#REF!" }, "12"]],
      merges: [],
    });
    expect(errors.reason?.en).toContain("No table header");
    expect(errors.reason?.ru).toContain("«Наименование мероприятия»");
    const bad = readRoadmaps({ sheetName: "B", origin: "??", values: [["x"]], merges: [] });
    expect(bad.reason?.en).toContain("origin");
    const headerOnly = readRoadmaps({
      sheetName: "H",
      origin: "C3",
      values: [["№", "Мероприятие", "Срок"]],
      merges: [],
    });
    expect(headerOnly.reason?.ru).toContain("C3");
    expect(headerOnly.reason?.en).toContain("no activity rows");
  });
});
