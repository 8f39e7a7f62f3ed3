import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { cellText, type Grid } from "../../src/core/grid";
import { cellValueOf, workbookGrids, worksheetToGrid } from "../../src/cli/xlsx-grid";
import { FIXTURES, fixturePath } from "../fixtures";

async function roundTrip(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const buf = await wb.xlsx.writeBuffer();
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(buf as ArrayBuffer);
  return back;
}

async function load(file: string): Promise<Grid[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(fixturePath(file));
  return workbookGrids(wb);
}

const at = (g: Grid, r: number, c: number) => g.values[r]?.[c];

describe("worksheetToGrid on a hand-made workbook", () => {
  it("keeps errors, cached formula results, rich text, links, dates and merges; skips format-only cells", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Лист 1");
    ws.getCell("B2").value = "Срок";
    ws.getCell("C2").value = 42;
    ws.getCell("D2").value = { formula: "C2*2", result: 84 };
    ws.getCell("B3").value = { error: "#REF!" };
    ws.getCell("C3").value = { formula: "1/0", result: { error: "#DIV/0!" } };
    ws.getCell("D3").value = { richText: [{ text: "Точка " }, { font: { bold: true }, text: "роста" }] };
    ws.getCell("B4").value = { text: "приказ № 5", hyperlink: "https://example.org/5" };
    // 30.11.2023 15:30 UTC: the grid keeps the calendar day only.
    ws.getCell("C4").value = new Date(Date.UTC(2023, 10, 30, 15, 30));
    ws.getCell("D4").value = true;
    ws.getCell("B5").value = "«1) … 2) …» в объединённой";
    ws.mergeCells("B5:D5");
    ws.getCell("C6").value = "12";
    // Formatting without a value does not extend the used range.
    ws.getCell("F9").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFF0000" } };
    const g = worksheetToGrid((await roundTrip(wb)).getWorksheet("Лист 1")!);

    expect(g.sheetName).toBe("Лист 1");
    expect(g.origin).toBe("B2");
    expect(g.values.length).toBe(5); // rows 2..6
    expect(g.values.every((r) => r.length === 3)).toBe(true); // columns B..D
    expect(at(g, 0, 0)).toBe("Срок");
    expect(at(g, 0, 1)).toBe(42);
    expect(at(g, 0, 2)).toBe(84);
    expect(at(g, 1, 0)).toEqual({ error: "#REF!" });
    expect(at(g, 1, 1)).toEqual({ error: "#DIV/0!" });
    expect(at(g, 1, 2)).toBe("Точка роста");
    expect(at(g, 2, 0)).toBe("приказ № 5");
    expect(at(g, 2, 1)).toEqual(new Date(Date.UTC(2023, 10, 30)));
    expect(at(g, 2, 2)).toBe(true);
    expect(at(g, 3, 0)).toBe("«1) … 2) …» в объединённой");
    // Only the top-left cell of a merged area holds the value.
    expect(at(g, 3, 1)).toBeNull();
    expect(at(g, 3, 2)).toBeNull();
    expect(g.merges).toEqual(["B5:D5"]);
    // Numbers stored as text stay text.
    expect(at(g, 4, 1)).toBe("12");
    expect(at(g, 4, 0)).toBeNull();
  });

  it("returns an empty grid for an empty sheet and one grid per sheet in tab order", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Пустой");
    wb.addWorksheet("Второй").getCell("A1").value = "x";
    const grids = workbookGrids(await roundTrip(wb));
    expect(grids.map((g) => g.sheetName)).toEqual(["Пустой", "Второй"]);
    expect(grids[0]!.values).toEqual([]);
    expect(grids[1]!.values).toEqual([["x"]]);
    expect(grids[1]!.origin).toBe("A1");
  });

  it("converts the exceljs value kinds one by one", () => {
    expect(cellValueOf(undefined)).toBeNull();
    expect(cellValueOf({ formula: "A1" } as ExcelJS.CellFormulaValue)).toBeNull();
    expect(cellValueOf({ sharedFormula: "A1", result: "итог" } as unknown as ExcelJS.CellValue)).toBe("итог");
    expect(
      cellValueOf({
        text: { richText: [{ text: "a" }, { text: "b" }] },
        hyperlink: "x",
      } as unknown as ExcelJS.CellValue),
    ).toBe("ab");
    expect(cellValueOf(new Date(Number.NaN))).toBeNull();
  });
});

describe("workbookGrids on the fixtures", () => {
  it.each(FIXTURES.map((f) => [f.file, f] as const))("%s loads as one rectangular grid", async (_file, f) => {
    const grids = await load(f.file);
    expect(grids.map((g) => g.sheetName)).toEqual([f.sheet]);
    const g = grids[0]!;
    expect(g.origin).toBe("A1");
    const width = g.values[0]!.length;
    expect(g.values.every((r) => r.length === width)).toBe(true);
    // The header row sits where a human reading the sheet finds it.
    const header = g.values[f.headerRow - 1]!.map(cellText).join(" | ");
    expect(header).toMatch(/Дата|Наименование|Мероприятия/);
  });

  it("seed 000: dates stay dates, merged header cells are empty but for the first", async () => {
    const [g] = await load("seed000-smolensk-2024-matrix.xlsx");
    expect(at(g!, 11, 0)).toEqual(new Date(Date.UTC(2023, 10, 30))); // A12
    expect(at(g!, 14, 0)).toEqual(new Date(Date.UTC(2023, 11, 29))); // A15
    expect(at(g!, 16, 0)).toBe("31 января"); // A17
    expect(at(g!, 8, 1)).toBe("Основные мероприятия региональных проектов"); // B9
    expect(at(g!, 8, 2)).toBeNull(); // C9 is inside B9:D9
    expect(g!.merges).toEqual(expect.arrayContaining(["B9:D9", "A9:A11", "B10:C10", "A7:D7"]));
    expect(g!.values.length).toBe(49);
    expect(at(g!, 48, 0)).toBe("Кудрицкий Д.С.");
  });

  it("seed 002: numbers written as numbers (10–13) and as text («1.»)", async () => {
    const [g] = await load("seed002-leningrad-2024-kvantorium.xlsx");
    expect(at(g!, 17, 0)).toBe("1."); // A18
    expect(at(g!, 32, 0)).toBe(10); // A33
    expect(at(g!, 35, 0)).toBe(13); // A36
  });
});
