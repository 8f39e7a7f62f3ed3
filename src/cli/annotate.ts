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

export function applyMarkPlan(wb: ExcelJS.Workbook, plan: MarkPlan): { reportSheet: string } {
  for (const marks of plan.sheets) {
    const ws = wb.getWorksheet(marks.sheet);
    // The plan is built from grids read from this very workbook: a missing sheet is a bug, not an input problem.
    if (!ws) throw new Error(`annotate: sheet "${marks.sheet}" is not in the workbook`);
    for (const group of marks.fills) {
      const fill = solidFill(group.color);
      for (const address of group.cells) ws.getCell(address).fill = fill;
    }
    for (const note of marks.notes) {
      const cell = ws.getCell(note.address);
      const before = noteText(cell);
      // A planner's own note is kept under ours rather than lost.
      cell.note = before && !before.startsWith(note.text) ? `${note.text}\n\n${before}` : note.text;
    }
  }

  const rs = plan.reportSheet;
  const old = wb.getWorksheet(rs.name);
  if (old && isOwnReportSheet(old, rs.name)) wb.removeWorksheet(old.id);
  const name = freeSheetName(
    rs.name,
    wb.worksheets.map((w) => w.name),
  );
  const ws = wb.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  ws.columns = rs.columnWidths.map((width) => ({ width }));
  const header = ws.getRow(1);
  rs.header.forEach((h, i) => {
    const cell = header.getCell(i + 1);
    cell.value = h;
    cell.font = { bold: true };
    cell.alignment = { vertical: "top", wrapText: true };
  });
  rs.rows.forEach((row, r) => {
    const xr = ws.getRow(r + 2);
    row.cells.forEach((value, c) => {
      const cell = xr.getCell(c + 1);
      if (c === rs.linkColumn && row.link) {
        cell.value = { formula: linkFormula(row.link.sheet, row.link.address), result: String(value) };
        cell.font = { color: { argb: "FF0563C1" }, underline: true };
      } else {
        cell.value = value;
      }
      cell.alignment = { vertical: "top", wrapText: true };
    });
    // The severity cell carries the same colour as the marked cells so the report reads at a glance.
    if (row.severity) xr.getCell(2).fill = solidFill(MARK_FILLS[row.severity]);
  });
  if (rs.header.length > 0) {
    ws.autoFilter = {
      from: { row: 1, column: 1 },
      to: { row: Math.max(1, rs.rows.length + 1), column: rs.header.length },
    };
  }
  return { reportSheet: name };
}
