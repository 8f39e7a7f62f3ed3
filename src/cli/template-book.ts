import ExcelJS from "exceljs";
import { cellAddress } from "../core/grid";
import type { TemplateSheetPlan } from "../core/templates/sheet";

/** Writes a TemplateSheetPlan as the add-in's «Вставить шаблон» does: title lines, bold header, widths, wrap, status list. */

/** Data-validation list formula: Excel wants the options quoted and comma-separated, within 255 characters. */
export function listFormula(options: readonly string[]): string {
  return `"${options.map((o) => o.replace(/"/g, '""').replace(/,/g, " ")).join(",")}"`;
}

export function addTemplateSheet(
  wb: ExcelJS.Workbook,
  plan: TemplateSheetPlan,
  name = plan.sheetName,
): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name);
  ws.columns = plan.columnWidths.map((width) => ({ width }));
  plan.titleLines.forEach((line, i) => {
    const cell = ws.getCell(i + 1, 1);
    cell.value = line;
    cell.font = { bold: true };
  });
  const headerRow = plan.headerRow + 1;
  plan.header.forEach((h, c) => {
    const cell = ws.getCell(headerRow, c + 1);
    cell.value = h;
    cell.font = { bold: true };
    cell.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
    cell.border = thin;
  });
  const validation: ExcelJS.DataValidation = {
    type: "list",
    allowBlank: true,
    formulae: [listFormula(plan.statusOptions)],
    showErrorMessage: true,
  };
  plan.rows.forEach((row, r) => {
    const sheetRow = headerRow + 1 + r;
    row.forEach((value, c) => {
      const cell = ws.getCell(sheetRow, c + 1);
      cell.value = value instanceof Date || typeof value !== "object" || value === null ? value : value.error;
      cell.alignment = { vertical: "top", wrapText: true };
      cell.border = thin;
    });
    ws.getCell(cellAddress(sheetRow, plan.statusColumn + 1)).dataValidation = validation;
  });
  return ws;
}

const line: Partial<ExcelJS.Border> = { style: "thin" };
const thin: Partial<ExcelJS.Borders> = { top: line, left: line, bottom: line, right: line };

export function templateWorkbook(plan: TemplateSheetPlan): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "roadmap-check";
  addTemplateSheet(wb, plan);
  return wb;
}
