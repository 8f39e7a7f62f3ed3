import ExcelJS from "exceljs";
import { cellAddress, type CellValue } from "../core/grid";
import type { TemplateSheetPlan, TemplateTableSpec } from "../core/templates/sheet";

/**
 * Writes a TemplateSheetPlan as src/excel/template.ts inserts it: bold title lines, bold wrapped header, wrapped body,
 * text kept as text, dates in the plan's number format, column widths, a list validation on the status column, and
 * the plan's table features (autofilter, frozen header, overdue conditional format, print setup).
 */

/** Data-validation list formula: Excel wants the options quoted and comma-separated. */
export function listFormula(options: readonly string[]): string {
  return `"${options.map((o) => o.replace(/"/g, '""').replace(/,/g, " ")).join(",")}"`;
}

function writeCell(cell: ExcelJS.Cell, v: CellValue, format: string | null = null): void {
  if (v === null) return;
  if (v instanceof Date) {
    cell.value = v;
    cell.numFmt = format ?? "dd.mm.yyyy";
  } else if (typeof v === "string") {
    cell.value = v;
    // «1.1» stays text, not 1 January.
    cell.numFmt = "@";
  } else if (typeof v === "object") {
    cell.value = v.error;
    cell.numFmt = "@";
  } else {
    cell.value = v;
  }
}

export function addTemplateSheet(
  wb: ExcelJS.Workbook,
  plan: TemplateSheetPlan,
  name = plan.sheetName,
): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name);
  const ncols = plan.header.length;
  ws.columns = plan.columnWidths.slice(0, ncols).map((width) => ({ width }));
  plan.titleLines.forEach((line, i) => {
    const cell = ws.getCell(i + 1, 1);
    writeCell(cell, line);
    cell.font = { bold: true };
  });
  const headerRow = plan.headerRow + 1;
  plan.header.forEach((h, c) => {
    const cell = ws.getCell(headerRow, c + 1);
    writeCell(cell, h);
    cell.font = { bold: true };
    cell.alignment = { wrapText: true };
  });
  const validation: ExcelJS.DataValidation = {
    type: "list",
    allowBlank: true,
    showErrorMessage: true,
    formulae: [listFormula(plan.statusOptions)],
  };
  plan.rows.forEach((row, r) => {
    const sheetRow = headerRow + 1 + r;
    for (let c = 0; c < ncols; c++) {
      const cell = ws.getCell(sheetRow, c + 1);
      writeCell(cell, row[c] ?? null, plan.formats?.[r]?.[c] ?? null);
      cell.alignment = { wrapText: true };
    }
    if (plan.statusColumn < ncols)
      ws.getCell(cellAddress(sheetRow, plan.statusColumn + 1)).dataValidation = validation;
  });
  if (plan.table) addTable(ws, plan.table);
  return ws;
}

function addTable(ws: ExcelJS.Worksheet, t: TemplateTableSpec): void {
  ws.autoFilter = t.filterRange;
  ws.views = [{ state: "frozen", xSplit: 0, ySplit: t.freezeRows }];
  if (t.overdue) {
    ws.addConditionalFormatting({
      ref: t.overdue.range,
      rules: [
        {
          type: "expression",
          priority: 1,
          formulae: [t.overdue.formula],
          style: {
            fill: { type: "pattern", pattern: "solid", bgColor: { argb: `FF${t.overdue.fill}` } },
            font: { color: { argb: `FF${t.overdue.fontColor}` } },
          },
        },
      ],
    });
  }
  ws.pageSetup = {
    ...ws.pageSetup,
    orientation: "landscape",
    fitToPage: true,
    fitToWidth: t.print.fitToWidth,
    // 0: as many pages tall as the rows need.
    fitToHeight: 0,
    printTitlesRow: t.print.titleRows.replace(/\$/g, ""),
  };
}

export function templateWorkbook(plan: TemplateSheetPlan): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "roadmap-check";
  addTemplateSheet(wb, plan);
  return wb;
}
