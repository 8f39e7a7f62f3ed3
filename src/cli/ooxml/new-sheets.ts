import { columnLetters, quoteSheet } from "../../core/grid";
import { MARK_FILLS, type ReportSheetPlan } from "../../core/marks";
import { NS } from "./package";
import type { StyleSheet } from "./styles";
import { bin, ooxmlText } from "./xml";

/** The worksheet parts the CLI adds: the «Проверка» report and the store sheet. Strings are inline, so the shared
 * string table is never touched. Returned as binary strings (see xml.ts). */

const HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS.main}" xmlns:r="${NS.rel}">`;

/** HYPERLINK formula to a cell of this workbook (internal <hyperlink> elements would need a relationship each). */
export function linkFormula(sheet: string, address: string): string {
  const target = `#${quoteSheet(sheet)}!${address}`.replace(/"/g, '""');
  return `HYPERLINK("${target}","${address}")`;
}

function textCell(ref: string, s: number, value: string): string {
  if (value === "") return `<c r="${ref}" s="${s}"/>`;
  return `<c r="${ref}" s="${s}" t="inlineStr"><is><t xml:space="preserve">${ooxmlText(value)}</t></is></c>`;
}

/** Mirrors the add-in's report: bold text header, widths, text as text, HYPERLINK formulas, wrap in wide columns, rows tinted by severity. */
export function reportSheetXml(rs: ReportSheetPlan, styles: StyleSheet): string {
  const ncols = rs.header.length;
  const widths = rs.columnWidths.slice(0, ncols);
  const cols = widths
    .map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`)
    .join("");
  const rows: string[] = [];
  const head = styles.report({ bold: true, text: true, wrap: false, fill: null });
  rows.push(
    `<row r="1">${rs.header.map((h, c) => textCell(`${columnLetters(c + 1)}1`, head, h)).join("")}</row>`,
  );
  rs.rows.forEach((row, i) => {
    const r = i + 2;
    const fill = row.severity ? MARK_FILLS[row.severity].replace("#", "").toUpperCase() : null;
    const cells: string[] = [];
    for (let c = 0; c < ncols; c++) {
      const ref = `${columnLetters(c + 1)}${r}`;
      const value = row.cells[c] ?? "";
      const wrap = (rs.columnWidths[c] ?? 0) >= 30;
      if (c === rs.linkColumn && row.link) {
        const s = styles.report({ bold: false, text: false, wrap, fill });
        const f = ooxmlText(linkFormula(row.link.sheet, row.link.address));
        cells.push(`<c r="${ref}" s="${s}" t="str"><f>${f}</f><v>${ooxmlText(String(value))}</v></c>`);
      } else if (typeof value === "number") {
        const s = styles.report({ bold: false, text: false, wrap, fill });
        cells.push(`<c r="${ref}" s="${s}"><v>${value}</v></c>`);
      } else {
        // Text stays text ("@"), so «1.1» never turns into a date.
        cells.push(textCell(ref, styles.report({ bold: false, text: true, wrap, fill }), value));
      }
    }
    rows.push(`<row r="${r}">${cells.join("")}</row>`);
  });
  const last = `${columnLetters(ncols)}${rs.rows.length + 1}`;
  return bin(
    `${HEAD}<dimension ref="A1:${last}"/><sheetViews><sheetView workbookViewId="0"/></sheetViews>` +
      `<sheetFormatPr defaultRowHeight="15"/><cols>${cols}</cols><sheetData>${rows.join("")}</sheetData>` +
      `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`,
  );
}

/** The store sheet: one record per row in column A, as text (the add-in writes them with the "@" format too). */
export function storeSheetXml(records: readonly string[], styles: StyleSheet): string {
  const s = styles.report({ bold: false, text: true, wrap: false, fill: null });
  const rows = records.map((rec, i) => `<row r="${i + 1}">${textCell(`A${i + 1}`, s, rec)}</row>`).join("");
  return bin(
    `${HEAD}<dimension ref="A1:A${Math.max(1, records.length)}"/><sheetViews><sheetView workbookViewId="0"/></sheetViews>` +
      `<sheetFormatPr defaultRowHeight="15"/><sheetData>${rows}</sheetData>` +
      `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`,
  );
}
