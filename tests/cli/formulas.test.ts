import ExcelJS from "exceljs";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { rawGrids } from "../../src/cli/raw-grid";
import { streamGrids } from "../../src/cli/stream-grid";
import { workbookGrids } from "../../src/cli/xlsx-grid";

async function book(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Лист1");
  ws.getCell("A1").value = "1 сентября 2024 года";
  ws.getCell("A2").value = { formula: "A1" } as ExcelJS.CellFormulaValue;
  ws.getCell("A3").value = { formula: "DATE(2024,9,1)" } as ExcelJS.CellFormulaValue;
  ws.getCell("A4").value = { formula: '"до "&A1' } as ExcelJS.CellFormulaValue;
  ws.getCell("A5").value = { formula: 'CONCATENATE("IV квартал ", 2024)' } as ExcelJS.CellFormulaValue;
  ws.getCell("A6").value = { formula: "TODAY()+30" } as ExcelJS.CellFormulaValue;
  ws.getCell("A7").value = { formula: "A2" } as ExcelJS.CellFormulaValue;
  ws.getCell("A8").value = { formula: "A1&A3" } as ExcelJS.CellFormulaValue;
  ws.getCell("A9").value = { formula: "Лист2!A1" } as ExcelJS.CellFormulaValue;
  ws.getCell("A10").value = { formula: "B10" } as ExcelJS.CellFormulaValue;
  ws.getCell("A11").value = { formula: '"кэш"', result: "кэш" } as ExcelJS.CellFormulaValue;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const expected = [
  ["1 сентября 2024 года"],
  ["1 сентября 2024 года"],
  [new Date(Date.UTC(2024, 8, 1))],
  ["до 1 сентября 2024 года"],
  ["IV квартал 2024"],
  ["=TODAY()+30"],
  ["1 сентября 2024 года"],
  ["=A1&A3"],
  ["=Лист2!A1"],
  [null],
  ["кэш"],
];

describe("formulas saved without a cached value", () => {
  it("evaluate the safe cases and carry the rest as «=…», the same in all three readers", async () => {
    const bytes = await book();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    );
    const full = workbookGrids(wb);
    expect(full[0]!.values).toEqual(expected);
    const p = join(mkdtempSync(join(tmpdir(), "formulas-")), "f.xlsx");
    writeFileSync(p, bytes);
    const { grids } = await streamGrids(p);
    expect(grids).toEqual(full);
    expect(rawGrids(bytes, () => true).grids).toEqual(full);
  });
});
