import ExcelJS from "exceljs";
import { createSimulatedOffice, type SimulatedOfficeOptions } from "../../src/sim";

/** The simulated Excel, typed as the real Office.js API so tests read like adapter code. */
export function simExcel(wb: ExcelJS.Workbook, options: SimulatedOfficeOptions = {}) {
  const sim = createSimulatedOffice(wb, options);
  return {
    ...sim,
    Excel: sim.Excel as unknown as typeof Excel,
    Office: sim.Office as unknown as typeof Office,
  };
}

export function book(sheets: Record<string, (string | number | null)[][]>): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null) ws.getCell(r + 1, c + 1).value = v;
      }),
    );
  }
  return wb;
}
