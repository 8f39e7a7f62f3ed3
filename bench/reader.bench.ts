// Time to read a large roadmap sheet: rows drawn from the fixtures, repeated to 10,000 and 50,000 sheet rows.
import ExcelJS from "exceljs";
import { fileURLToPath } from "node:url";
import { parseRange, type CellValue, type Grid } from "../src/core/grid";
import { readRoadmaps } from "../src/core/reader";
import { workbookGrids } from "../src/cli/xlsx-grid";
import { time, type Timing } from "./timing";

async function grid(file: string): Promise<Grid> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(fileURLToPath(new URL(`../tests/fixtures/${file}`, import.meta.url)));
  return workbookGrids(wb)[0]!;
}

/** The sheet rows of a fixture's table (header excluded), as [number, title, responsible, result, deadline]. */
function tableRows(g: Grid, order: number[]): CellValue[][] {
  const r = readRoadmaps(g);
  if (r.reason) throw new Error(r.reason.en);
  const t = parseRange(r.roadmaps[0]!.tableRange);
  return g.values.slice(t.top, t.bottom).map((row) => order.map((i) => (i < 0 ? null : (row[i] ?? null))));
}

function sheetOf(head: CellValue[][], body: CellValue[][], n: number): Grid {
  const values = [...head];
  for (let i = 0; values.length < n; i++) values.push(body[i % body.length]!);
  return { sheetName: "Синтетика", origin: "A1", values, merges: [] };
}

/** Medians of warm runs (see bench/timing.ts), and the roadmap rows read. */
function timeRead(g: Grid, runs: number): Timing & { rows: number } {
  let rows = 0;
  const t = time(
    () => {
      rows = readRoadmaps(g).roadmaps.reduce((n, x) => n + x.rows.length, 0);
    },
    runs,
    3,
  );
  return { ...t, rows };
}

export async function run(): Promise<Record<string, number>> {
  const [g1, g2, g3, g4, g0] = await Promise.all([
    grid("seed001-vladimir-2021-tochka.xlsx"),
    grid("seed002-leningrad-2024-kvantorium.xlsx"),
    grid("seed003-smolensk-2021-kvantorium.xlsx"),
    grid("seed004-smolensk-2023-complex-plan.xlsx"),
    grid("seed000-smolensk-2024-matrix.xlsx"),
  ]);
  // Seed 002's preamble and header, then rows of 001–004 (continuations, repeated headers and sections included).
  const head = g2.values.slice(0, 17);
  const body = [
    ...tableRows(g1, [0, 1, 2, 3, 4]),
    ...tableRows(g2, [0, 1, 2, 3, 4]),
    ...tableRows(g3, [0, 1, 2, 3, 4]),
    ...tableRows(g4, [0, 1, 4, -1, 3]),
  ];
  const matrixHead = g0.values.slice(0, 11);
  const matrixBody = g0.values.slice(11, 37);
  const out: Record<string, number> = {};
  const table: Record<
    string,
    { sheet_rows: number; roadmap_rows: number; median_ms: number; median_cpu_ms: number }
  > = {};
  for (const [name, g, runs] of [
    ["rows_10000", sheetOf(head, body, 10_000), 9],
    ["rows_50000", sheetOf(head, body, 50_000), 5],
    ["matrix_rows_10000", sheetOf(matrixHead, matrixBody, 10_000), 9],
  ] as const) {
    const t = timeRead(g, runs);
    out[`reader.${name}.median_ms`] = Math.round(t.median * 100) / 100;
    out[`reader.${name}.median_cpu_ms`] = Math.round(t.cpu * 100) / 100;
    out[`reader.${name}.roadmap_rows`] = t.rows;
    table[name] = {
      sheet_rows: g.values.length,
      roadmap_rows: t.rows,
      median_ms: out[`reader.${name}.median_ms`]!,
      median_cpu_ms: out[`reader.${name}.median_cpu_ms`]!,
    };
  }
  console.table(table);
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) console.log(await run());
