// The benchmark sheets, shared by the checks benchmark and the characterization test (tests/core/characterization):
// a consolidated regional sheet of N rows drawn from the fixture documents, the same sheet on every run.
import ExcelJS from "exceljs";
import { worksheetToGrid } from "../src/cli/xlsx-grid";
import type { CellValue, Grid } from "../src/core/grid";
import { readRoadmaps } from "../src/core/reader";
import { FIXTURES, fixturePath } from "../tests/fixtures";
import { SPECS } from "../tests/core/checks/fixture-spec";

export interface PoolRow {
  title: string;
  result: string;
  deadline: CellValue;
}

/** A deterministic generator, so every run measures the same sheet. */
export function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export async function fixtureGrids(): Promise<Map<string, Grid>> {
  const out = new Map<string, Grid>();
  for (const f of FIXTURES) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(fixturePath(f.file));
    out.set(f.file, worksheetToGrid(wb.worksheets[0]!));
  }
  return out;
}

const MUNICIPALITIES = [
  "Бокситогорский",
  "Волосовский",
  "Волховский",
  "Всеволожский",
  "Выборгский",
  "Гатчинский",
  "Кингисеппский",
  "Киришский",
  "Кировский",
  "Лодейнопольский",
  "Ломоносовский",
  "Лужский",
  "Подпорожский",
  "Приозерский",
  "Сланцевский",
  "Тихвинский",
  "Тосненский",
  "Сосновоборский",
];

/**
 * A region's consolidated sheet: one table, one block per municipality (numbered «k.1», «k.2», …), each block a
 * Kvantorium roadmap made of rows drawn from the fixture documents.
 */
export function consolidated(pool: PoolRow[], rows: number, rnd: () => number): Grid {
  const header: CellValue[] = ["№ п/п", "Наименование мероприятия", "Ответственный", "Результат", "Срок"];
  const values: CellValue[][] = [
    [
      "Сводный комплекс мер (дорожная карта) по созданию и функционированию детских технопарков «Кванториум» на базе общеобразовательных организаций на 2024 год",
      null,
      null,
      null,
      null,
    ],
    [null, null, null, null, null],
    header,
  ];
  const perBlock = 15;
  for (let i = 0; i < rows; i++) {
    const block = Math.floor(i / perBlock);
    const mo = MUNICIPALITIES[block % MUNICIPALITIES.length]!;
    const p = pool[Math.floor(rnd() * pool.length)]!;
    values.push([
      // Block numbers stay under 1000, as a planner's would: «1001.1» is not read as numbering, and the 50,000-row
      // sheet's table ended at row 15,004 (the bench then timed a header search over the other 35,000 rows).
      `${(block % 999) + 1}.${(i % perBlock) + 1}`,
      p.title,
      `Комитет образования администрации ${mo} муниципального района`,
      p.result,
      p.deadline,
    ]);
  }
  return { sheetName: "Свод", origin: "A1", values, merges: [] };
}

/** The pool of rows the consolidated sheets draw from: every non-complex-plan row of the fixture roadmaps. */
export function rowPool(grids: Map<string, Grid>): PoolRow[] {
  const pool: PoolRow[] = [];
  for (const spec of SPECS) {
    if (spec.programme === "complex-plan") continue;
    const r = readRoadmaps(grids.get(spec.file)!).roadmaps.find((x) => x.programme.value === spec.programme)!;
    for (const row of r.rows) {
      pool.push({
        title: row.fields.title?.text ?? "",
        result: row.fields.result?.text ?? "Распорядительный акт",
        deadline: row.fields.deadline?.value ?? null,
      });
    }
  }
  return pool;
}

/** The consolidated sheets of the given sizes, drawn in this order from one seeded generator (as the bench does). */
export function benchSheets(pool: PoolRow[], sizes: readonly number[]): Grid[] {
  const rnd = prng(20240101);
  return sizes.map((rows) => consolidated(pool, rows, rnd));
}
