import ExcelJS from "exceljs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { streamGrids, toCellValue } from "../../src/cli/stream-grid";

const dir = mkdtempSync(join(tmpdir(), "stream-grid-"));

async function sample(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Дорожная карта");
  ws.getCell("B2").value = "Комплекс мер (дорожная карта) на 2024 год";
  ws.mergeCells("B2:E2");
  ws.getCell("B4").value = "№";
  ws.getCell("C4").value = {
    richText: [{ text: "Наименование " }, { font: { bold: true }, text: "мероприятия" }],
  };
  ws.getCell("D4").value = "Срок";
  ws.getCell("B5").value = 1;
  ws.getCell("C5").value = "Утверждение «дорожной карты»";
  ws.getCell("D5").value = new Date(Date.UTC(2024, 2, 1));
  ws.getCell("D5").numFmt = "dd.mm.yyyy";
  ws.getCell("E5").value = { formula: "B5*2", result: 2 };
  ws.getCell("E6").value = { error: "#N/A" };
  ws.getCell("C6").value = { text: "сайт", hyperlink: "https://example.org" };
  ws.mergeCells("C7:C8");
  ws.getCell("C7").value = "объединённая";
  wb.addWorksheet("Пусто");
  const p = join(dir, "sample.xlsx");
  await wb.xlsx.writeFile(p);
  return p;
}

describe("streamGrids", () => {
  it("streams values, dates, merges and the origin of each sheet", async () => {
    const p = await sample();
    const { grids, sheetNames } = await streamGrids(p);
    expect(sheetNames).toEqual(["Дорожная карта", "Пусто"]);
    const g = grids[0]!;
    expect(g.sheetName).toBe("Дорожная карта");
    // Used cells span B2..E7 (C8 is an empty merge slave).
    expect(g.origin).toBe("B2");
    expect(g.values.length).toBe(6);
    expect(g.values.every((r) => r.length === 4)).toBe(true);
    expect(g.values[0]![0]).toBe("Комплекс мер (дорожная карта) на 2024 год");
    expect(g.values[2]).toEqual(["№", "Наименование мероприятия", "Срок", null]);
    expect(g.values[3]![0]).toBe(1);
    expect(g.values[3]![2]).toEqual(new Date(Date.UTC(2024, 2, 1)));
    expect(g.values[3]![3]).toBe(2);
    expect(g.values[4]![1]).toBe("сайт");
    expect(g.values[4]![3]).toEqual({ error: "#N/A" });
    expect(g.values[5]![1]).toBe("объединённая");
    expect([...g.merges].sort()).toEqual(["B2:E2", "C7:C8"]);
    expect(grids[1]).toEqual({ sheetName: "Пусто", origin: "A1", values: [], merges: [] });
  });

  it("reads only the named sheet", async () => {
    const p = await sample();
    const { grids, sheetNames } = await streamGrids(p, "Пусто");
    expect(sheetNames).toEqual(["Дорожная карта", "Пусто"]);
    expect(grids.map((g) => g.sheetName)).toEqual(["Пусто"]);
  });

  it("converts exceljs values to grid values", () => {
    expect(toCellValue(undefined)).toBeNull();
    expect(toCellValue({ richText: [{ text: "a" }, { text: "б" }] })).toBe("aб");
    expect(toCellValue({ formula: "1/0", result: { error: "#DIV/0!" } } as ExcelJS.CellValue)).toEqual({
      error: "#DIV/0!",
    });
    expect(toCellValue({ formula: "A1" } as ExcelJS.CellValue)).toBeNull();
    expect(toCellValue({ sharedFormula: "A1", result: "x" } as ExcelJS.CellValue)).toBe("x");
    expect(toCellValue(true)).toBe(true);
  });
});
