import type ExcelJS from "exceljs";
import { quoteSheet } from "../core/grid";
import { MARK_FILLS, type MarkPlan } from "../core/marks";
import { freeSheetName } from "../core/templates/sheet";

/** Executes a core MarkPlan on an exceljs workbook: the same cells, colours, notes and «Проверка» sheet the add-in makes. */

/** "#F4B6B0" → "FFF4B6B0" (exceljs wants opaque ARGB). */
export function argb(hex: string): string {
  return `FF${hex.replace(/^#/, "").toUpperCase()}`;
}

export function solidFill(hex: string): ExcelJS.Fill {
  return { type: "pattern", pattern: "solid", fgColor: { argb: argb(hex) }, bgColor: { argb: argb(hex) } };
}

/** The text of a cell's existing note (exceljs keeps notes as a string or as rich text). */
function noteText(cell: ExcelJS.Cell): string {
  const { note } = cell;
  if (!note) return "";
  if (typeof note === "string") return note;
  return (note.texts ?? []).map((t) => t.text).join("");
}

/**
 * exceljs hands every cell loaded with the same style id one shared style object, so `cell.fill = …` would colour
 * all of them: the marked cell gets a style of its own first.
 */
function setOwnFill(cell: ExcelJS.Cell, fill: ExcelJS.Fill): void {
  cell.style = { ...cell.style, fill };
}

/** HYPERLINK formula to a cell of this workbook: exceljs writes internal <hyperlink> elements with a bogus external target. */
export function linkFormula(sheet: string, address: string): string {
  const target = `#${quoteSheet(sheet)}!${address}`.replace(/"/g, '""');
  return `HYPERLINK("${target}","${address}")`;
}

const REPORT_HEADERS_FIRST_CELL = new Set(["Дорожная карта", "Roadmap"]);

/** A «Проверка» sheet this tool (or the add-in) wrote on an earlier run: replaced rather than duplicated. */
export function isOwnReportSheet(ws: ExcelJS.Worksheet, name: string): boolean {
  if (ws.name !== name) return false;
  const first = ws.getRow(1).getCell(1).value;
  return typeof first === "string" && REPORT_HEADERS_FIRST_CELL.has(first);
}

export interface AnnotateResult {
  reportSheet: string;
  /** Cells that already had the planner's own note: left as they are (their messages are on the report sheet). */
  notesKept: number;
}

/**
 * Mirrors src/excel/marks.ts: solid fills, a note per marked cell unless the planner has one there, and the report
 * sheet (bold header, widths, text cells as text, HYPERLINK formulas, wrap in wide columns, rows tinted by severity).
 */
export function applyMarkPlan(wb: ExcelJS.Workbook, plan: MarkPlan): AnnotateResult {
  let notesKept = 0;
  for (const marks of plan.sheets) {
    const ws = wb.getWorksheet(marks.sheet);
    // The plan is built from grids read from this very workbook: a missing sheet is a bug, not an input problem.
    if (!ws) throw new Error(`annotate: sheet "${marks.sheet}" is not in the workbook`);
    for (const group of marks.fills) {
      const fill = solidFill(group.color);
      for (const address of group.cells) setOwnFill(ws.getCell(address), fill);
    }
    for (const note of marks.notes) {
      const cell = ws.getCell(note.address);
      if (noteText(cell) !== "") notesKept += 1;
      else cell.note = note.text;
    }
  }

  const rs = plan.reportSheet;
  const old = wb.getWorksheet(rs.name);
  if (old && isOwnReportSheet(old, rs.name)) wb.removeWorksheet(old.id);
  const name = freeSheetName(
    rs.name,
    wb.worksheets.map((w) => w.name),
  );
  const ws = wb.addWorksheet(name);
  const ncols = rs.header.length;
  ws.columns = rs.columnWidths.slice(0, ncols).map((width) => ({ width }));
  rs.header.forEach((h, c) => {
    const cell = ws.getCell(1, c + 1);
    cell.value = h;
    cell.numFmt = "@";
    cell.font = { bold: true };
  });
  rs.rows.forEach((row, r) => {
    const fill = row.severity ? solidFill(MARK_FILLS[row.severity]) : null;
    for (let c = 0; c < ncols; c++) {
      const cell = ws.getCell(r + 2, c + 1);
      const value = row.cells[c] ?? "";
      if (c === rs.linkColumn && row.link) {
        cell.value = { formula: linkFormula(row.link.sheet, row.link.address), result: String(value) };
      } else {
        cell.value = value;
        // Text stays text, so «1.1» never turns into a date.
        if (typeof value === "string") cell.numFmt = "@";
      }
      if ((rs.columnWidths[c] ?? 0) >= 30) cell.alignment = { wrapText: true };
      if (fill) cell.fill = fill;
    }
  });
  return { reportSheet: name, notesKept };
}
