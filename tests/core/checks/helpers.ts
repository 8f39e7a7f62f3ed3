// Shared by the checks tests: fixture grids, the template sheet as a grid, roadmap surgery.
import ExcelJS from "exceljs";
import { worksheetToGrid } from "../../../src/cli/xlsx-grid";
import type { CellValue, Grid } from "../../../src/core/grid";
import { gridAddress, parseCell } from "../../../src/core/grid";
import type { Roadmap, RoadmapRow } from "../../../src/core/reader/types";
import type { TemplateSheetPlan } from "../../../src/core/templates/sheet";
import { fixturePath } from "../../fixtures";

const grids = new Map<string, Grid>();

export async function fixtureGrid(file: string): Promise<Grid> {
  let g = grids.get(file);
  if (!g) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(fixturePath(file));
    g = worksheetToGrid(wb.worksheets[0]!);
    grids.set(file, g);
  }
  return cloneGrid(g);
}

export function cloneGrid(g: Grid): Grid {
  return { ...g, values: g.values.map((r) => [...r]), merges: [...g.merges] };
}

/** Writes a value into the grid at a sheet address (the grid must already cover it). */
export function setCell(g: Grid, address: string, value: CellValue): void {
  const o = parseCell(g.origin);
  const p = parseCell(address);
  const row = g.values[p.row - o.row];
  if (!row || p.col - o.col >= row.length || p.col < o.col) throw new Error(`${address} is outside the grid`);
  row[p.col - o.col] = value;
}

export function getCell(g: Grid, address: string): CellValue {
  const o = parseCell(g.origin);
  const p = parseCell(address);
  return g.values[p.row - o.row]?.[p.col - o.col] ?? null;
}

/** The sheet «Вставить шаблон» would write, as the grid a reader sees. */
export function planGrid(plan: TemplateSheetPlan): Grid {
  const width = plan.header.length;
  const values: CellValue[][] = [];
  for (const t of plan.titleLines) values.push([t, ...Array<CellValue>(width - 1).fill(null)]);
  while (values.length < plan.headerRow) values.push(Array<CellValue>(width).fill(null));
  values.push([...plan.header]);
  for (const r of plan.rows) values.push([...r]);
  return { sheetName: plan.sheetName, origin: "A1", values, merges: [] };
}

/** A grid from rows of values starting at A1. */
export function gridOf(sheetName: string, rows: CellValue[][]): Grid {
  const width = Math.max(...rows.map((r) => r.length));
  return {
    sheetName,
    origin: "A1",
    values: rows.map((r) => [...r, ...Array<CellValue>(width - r.length).fill(null)]),
    merges: [],
  };
}

/** The roadmap without the row at `pos` (positions renumbered, addresses untouched). */
export function dropRow(r: Roadmap, pos: number): Roadmap {
  return { ...r, rows: r.rows.filter((_, i) => i !== pos).map((row, i) => ({ ...row, index: i })) };
}

/** Every sheet cell a row's fields came from, its title cell, and its cells in the mapped columns. */
export function rowCells(r: Roadmap, row: RoadmapRow): Set<string> {
  const s = new Set<string>([row.address]);
  for (const f of Object.values(row.fields)) for (const a of f?.addresses ?? []) s.add(a);
  for (const c of Object.values(r.columns)) for (const n of row.sheetRows) if (c) s.add(`${c.column}${n}`);
  return s;
}

export { gridAddress };
