import ExcelJS from "exceljs";
import { templateSheetFor } from "../../src/core";

/** Workbooks for the accepted-deviation tests: the kvantorium form for 2027 with one item late (an error). */

export const LATE_CODE = "late-vs-template";
/** 1-based column of «Причина принятия» on the report sheet (the key is three to its right). */
export const REASON_COLUMN = 10;

export function acceptedBook(
  opts: { late?: boolean; extraRows?: number; blankRowsAbove?: number } = {},
): ExcelJS.Workbook {
  const plan = templateSheetFor("kvantorium-2024", 2027, "ru");
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Дорожная карта");
  // The inserted template writes «не позднее» deadlines as dates with a number format: kept as such here.
  const rows: (string | Date | null)[][] = [];
  for (const t of plan.titleLines) rows.push([t]);
  for (let i = 0; i < (opts.blankRowsAbove ?? 0); i++) rows.push([]);
  while (rows.length < plan.headerRow + (opts.blankRowsAbove ?? 0)) rows.push([]);
  rows.push([...plan.header]);
  for (const r of plan.rows) {
    const row = r.map((v) => (v === null ? null : v instanceof Date ? v : String(v)));
    if (opts.late !== false && row[0] === "3") row[4] = "не позднее 2 февраля 2027 года";
    rows.push(row);
  }
  for (let i = 0; i < (opts.extraRows ?? 0); i++)
    rows.push([
      `${100 + i}`,
      `Региональный конкурс «${"абвгдежзиклмнопрстуфхцчшщэюя"[i % 28]}${Math.floor(i / 28)}» среди школ`,
      "Региональный координатор",
      "Отчёт",
      "не позднее 1 марта 2027 года",
      null,
    ]);
  const bodyStart = rows.length - plan.rows.length - (opts.extraRows ?? 0);
  rows.forEach((r, i) =>
    r.forEach((v, c) => {
      if (v === null) return;
      const cell = ws.getCell(i + 1, c + 1);
      cell.value = v;
      const fmt = plan.formats?.[i - bodyStart]?.[c];
      if (v instanceof Date && fmt) cell.numFmt = fmt;
    }),
  );
  return wb;
}

/** Types `reason` in the reason column of the report row of the first finding with `code`. */
export function typeReason(wb: ExcelJS.Workbook, sheet: string, code: string, reason: string): void {
  const ws = wb.getWorksheet(sheet)!;
  let done = false;
  ws.eachRow((row, n) => {
    if (done || n === 1 || row.getCell(3).value !== code) return;
    row.getCell(REASON_COLUMN).value = reason;
    done = true;
  });
  if (!done) throw new Error(`no ${code} row on ${sheet}`);
}
