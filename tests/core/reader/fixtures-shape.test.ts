// The fixture workbooks have the shape of the seed documents (counted by reading the seeds, not the reader).
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { cellText, type Grid } from "../../../src/core/grid";
import { worksheetToGrid } from "../../../src/cli/xlsx-grid";
import { FIXTURES, fixturePath } from "../../fixtures";

async function sheetOf(file: string, sheet: string): Promise<Grid> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(fixturePath(file));
  const ws = wb.getWorksheet(sheet);
  if (!ws) throw new Error(`${file}: no sheet ${sheet}`);
  return worksheetToGrid(ws);
}

const texts = (g: Grid, row: number) =>
  (g.values[row - 1] ?? []).map((v) => cellText(v).replace(/\s+/g, " ").trim());
const colA = (g: Grid) => g.values.map((r) => cellText(r[0] ?? null).trim());

interface Shape {
  rows: number;
  header: string[];
  /** Numbers in the № column as printed, top to bottom. */
  numbers: string[];
  /** Rows where the header (or the column-number row) is repeated after a page break. */
  repeats: number[];
}

const SHAPES: Record<string, Shape> = {
  "seed001-vladimir-2021-tochka.xlsx": {
    rows: 30,
    header: ["№ п/п", "Наименование мероприятия", "Ответственный", "Результат", "Срок исполнения"],
    numbers: ["1.", "2.", "3.", "4.", "5.", "6.", "7.", "8."],
    repeats: [],
  },
  "seed002-leningrad-2024-kvantorium.xlsx": {
    rows: 36,
    header: ["№", "Наименование мероприятия", "Ответственный", "Результат", "Срок"],
    numbers: ["1.", "2.", "3.", "4.", "5.", "6.", "7.", "8.", "9.", "10", "11", "12", "13"],
    repeats: [19, 23, 31],
  },
  "seed003-smolensk-2021-kvantorium.xlsx": {
    rows: 25,
    header: ["№ п/п", "Наименование мероприятия", "Ответственный", "Результат", "Срок"],
    numbers: ["1.", "2.", "3.", "4.", "5.", "6.", "7.", "8.", "9.", "10."],
    repeats: [14, 18],
  },
  "seed004-smolensk-2023-complex-plan.xlsx": {
    rows: 82,
    header: [
      "№ п/п",
      "Мероприятия",
      "Целевая аудитория, требования к участию",
      "Сроки проведения",
      "От ветственный (подразделение РОИВ/должностное лицо/подведомственная организация)",
    ],
    // 5.4, 9.3 and 9.4 are missing in the printed plan; 4.1. 5.1. 5.2. 5.3. carry a trailing dot.
    numbers: [
      ...["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "2.1", "2.2", "2.3"],
      ...[
        "3.1",
        "3.2",
        "3.3",
        "3.4",
        "3.5",
        "4.1.",
        "4.2",
        "4.3",
        "4.4",
        "5.1.",
        "5.2.",
        "5.3.",
        "5.5",
        "5.6",
      ],
      ...[
        "6.1",
        "6.2",
        "7.1",
        "7.2",
        "7.3",
        "8.1",
        "8.2",
        "8.3",
        "8.4",
        "9.1",
        "9.2",
        "9.5",
        "10.1",
        "10.2",
        "10.3",
      ],
    ],
    repeats: [23, 30, 35, 41, 47, 54, 59, 65, 72, 80],
  },
};

describe("fixture shapes", () => {
  it("every fixture of the index is covered here", () => {
    expect(FIXTURES.map((f) => f.file).sort()).toEqual(
      ["seed000-smolensk-2024-matrix.xlsx", ...Object.keys(SHAPES)].sort(),
    );
  });

  for (const [file, shape] of Object.entries(SHAPES)) {
    const fx = FIXTURES.find((f) => f.file === file)!;
    it(`${file}: header at row ${fx.headerRow}, ${shape.numbers.length} numbered rows`, async () => {
      const g = await sheetOf(file, fx.sheet);
      expect(g.values.length).toBe(shape.rows);
      expect(texts(g, fx.headerRow)).toEqual(shape.header);
      // Nothing above the header looks like a table header.
      for (let r = 1; r < fx.headerRow; r++) expect(texts(g, r)).not.toContain("Ответственный");
      const nums = colA(g)
        .slice(fx.headerRow)
        .filter((t) => /^\d+(\.\d+)*\.?$/.test(t) && t !== "1");
      expect(nums).toEqual(shape.numbers);
      for (const r of shape.repeats) {
        const a = texts(g, r)[0]!;
        expect(a === "1" || a.startsWith("№")).toBe(true);
      }
    });
  }

  it("seed004: ten «Направление» rows merged across the five columns", async () => {
    const g = await sheetOf("seed004-smolensk-2023-complex-plan.xlsx", "Комплексный план");
    const merged = g.merges.filter((m) => /^A(\d+):E\1$/.test(m)).map((m) => Number(/\d+/.exec(m)![0]));
    const sectionRows = merged.filter((r) => r > 18);
    expect(sectionRows).toEqual([19, 29, 34, 43, 50, 57, 61, 67, 73, 77]);
    expect(sectionRows.map((r) => colA(g)[r - 1]!.slice(0, 12))).toEqual([
      "Н апр ав л е",
      "Направление ",
      "Направление ",
      "Направление ",
      "Направление ",
      "H a n p a B ",
      "Направление ",
      "Направление ",
      "Направлсчшс ",
      "Направление ",
    ]);
    for (const r of sectionRows) expect(g.merges).toContain(`A${r}:E${r}`);
  });

  it("seed000: matrix header on rows 9–11, eleven date rows each followed by «Отв.», the «Ознакомлены» list below", async () => {
    const g = await sheetOf("seed000-smolensk-2024-matrix.xlsx", "Дорожная карта 2024");
    expect(g.values.length).toBe(49);
    expect(texts(g, 9)).toEqual(["Дата", "Основные мероприятия региональных проектов", "", ""]);
    expect(texts(g, 10)).toEqual(["", "«Современная школа»", "", "«Цифровая образовательная среда»"]);
    expect(texts(g, 11)[1]).toMatch(/«Кванториум»/);
    expect(texts(g, 11)[2]).toMatch(/«Точка роста»/);
    expect(texts(g, 11)[3]).toMatch(/цифровой образовательной среды/);
    const dates = colA(g)
      .slice(11, 37)
      .filter((t) => t !== "");
    expect(dates).toEqual([
      "30.11.2023",
      "29.12.2023",
      "31 января",
      "1 февраля",
      "1 марта",
      "30 июня",
      "25 августа",
      "25 августа",
      "1 сентября",
      "1 октября",
      "30 ноября",
      "1 декабря",
    ]);
    const otv = g.values.slice(11, 37).filter((r) => r.slice(1).some((v) => cellText(v).startsWith("Отв.")));
    expect(otv.length).toBe(12);
    // Page-break continuations: row 13 (three cells) and row 26 («России»).
    expect(texts(g, 13)[0]).toBe("");
    expect(texts(g, 13)[1]).toMatch(/^созданию и функционированию Школьного Кванториума 3\) реестра/);
    expect(texts(g, 26)).toEqual(["", "России", "", ""]);
    expect(texts(g, 39)[0]).toBe("Ознакомлены:");
    expect(texts(g, 43)[0]).toBe("Банник Я.В.");
    expect(texts(g, 24)[1]).toContain("Баник Я.В.");
  });
});
