import { type CellValue, cellAddress, columnLetters } from "../core/grid";
import { type TemplateSheetPlan, type TemplateTableSpec, freeSheetName } from "../core/templates/sheet";
import { Batch, estimate, rowSlices } from "./batch";
import type { Capabilities } from "./capabilities";
import { AdapterError } from "./errors";
import { STATE_SHEET } from "./state";
import { charsToPoints } from "./units";

/**
 * «Вставить шаблон»: always a NEW sheet with a free name, so no existing cell can be written over.
 * Two syncs: the sheet names, then the whole formatted table.
 */

const EPOCH_1900 = Date.UTC(1899, 11, 30);

function cellOut(
  v: CellValue,
  planned: string | null = null,
): { value: string | number | boolean; format: string } {
  if (v === null) return { value: "", format: "General" };
  // The invariant numberFormat, never numberFormatLocal: the plan's format reads the same on every locale.
  if (v instanceof Date)
    return { value: (v.getTime() - EPOCH_1900) / 86_400_000, format: planned ?? "dd.mm.yyyy" };
  if (typeof v === "number") return { value: v, format: "General" };
  if (typeof v === "boolean") return { value: v, format: "General" };
  if (typeof v === "string") return { value: v, format: "@" }; // «1.1» stays text, not 1 January
  return { value: v.error, format: "@" };
}

export async function insertTemplateIn(
  context: Excel.RequestContext,
  caps: Capabilities,
  plan: TemplateSheetPlan,
): Promise<{ name: string; id: string }> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  let wbProtection: Excel.WorkbookProtection | null = null;
  if (caps.workbookProtection) {
    wbProtection = context.workbook.protection;
    wbProtection.load("protected");
  }
  await context.sync();
  if (wbProtection?.protected) {
    throw new AdapterError("WorkbookProtected", {
      ru: "Структура книги защищена: новый лист добавить нельзя. Снимите защиту книги (Рецензирование → Защитить книгу) и повторите. Книга не изменена.",
      en: "The workbook structure is protected: no sheet can be added. Unprotect the workbook (Review → Protect Workbook) and try again. Nothing was changed.",
    });
  }
  const name = freeSheetName(plan.sheetName, [...sheets.items.map((s) => s.name), STATE_SHEET]);

  const ncols = plan.header.length;
  const last = columnLetters(ncols);
  const block: CellValue[][] = [];
  for (const t of plan.titleLines) block.push([t, ...Array<CellValue>(ncols - 1).fill(null)]);
  while (block.length < plan.headerRow) block.push(Array<CellValue>(ncols).fill(null));
  block.push(plan.header);
  for (const row of plan.rows)
    block.push([...row.slice(0, ncols), ...Array<CellValue>(Math.max(0, ncols - row.length)).fill(null)]);
  const bodyStart = plan.headerRow + 1;
  const out = block.map((line, r) =>
    line.map((v, c) => cellOut(v, r >= bodyStart ? (plan.formats?.[r - bodyStart]?.[c] ?? null) : null)),
  );
  const values = out.map((line) => line.map((c) => c.value));
  const formats = out.map((line) => line.map((c) => c.format));

  const batch = new Batch(context, caps.payloadBudget);
  const ws = sheets.add(name);
  for (const [start, slice] of rowSlices(values)) {
    const addr = `A${start + 1}:${last}${start + slice.length}`;
    const fmt = formats.slice(start, start + slice.length);
    // Number formats first, then values: Excel then stores «1.1» and «01.03» as the text they are.
    await batch.add(estimate(slice, fmt), 0, () => {
      const target = ws.getRange(addr);
      target.numberFormat = fmt;
      target.values = slice;
    });
  }
  const headerRow = plan.headerRow + 1;
  const firstBody = headerRow + 1;
  const lastBody = headerRow + plan.rows.length;
  await batch.add(estimate(), 0, () => {
    for (let i = 0; i < plan.titleLines.length; i++)
      ws.getRange(cellAddress(i + 1, 1)).format.font.bold = true;
    const header = ws.getRange(`A${headerRow}:${last}${headerRow}`);
    header.format.font.bold = true;
    header.format.wrapText = true;
    if (plan.rows.length > 0) ws.getRange(`A${firstBody}:${last}${lastBody}`).format.wrapText = true;
  });
  if (caps.columnWidth) {
    plan.columnWidths.slice(0, ncols).forEach((w, i) => {
      const L = columnLetters(i + 1);
      ws.getRange(`${L}:${L}`).format.columnWidth = charsToPoints(w);
    });
  }
  if (caps.dataValidation && plan.rows.length > 0 && plan.statusColumn < ncols) {
    const L = columnLetters(plan.statusColumn + 1);
    // The list source uses the same list separator Excel expects for areas on this machine.
    const source = plan.statusOptions.join(caps.areaSeparator);
    await batch.add(estimate(source), 0, () => {
      ws.getRange(`${L}${firstBody}:${L}${lastBody}`).dataValidation.rule = {
        list: { inCellDropDown: true, source },
      };
    });
  }
  if (plan.table) {
    const t = plan.table;
    await batch.add(estimate(t), 0, () => queueTable(ws, caps, t));
  }
  await batch.add(estimate(), 0, () => {
    ws.activate();
    ws.load("id");
  });
  await batch.sync();
  return { name, id: ws.id };
}

/** The plan's table features, each only where this Excel has its API (the pane says what is missing). */
function queueTable(ws: Excel.Worksheet, caps: Capabilities, t: TemplateTableSpec): void {
  if (caps.autoFilter) ws.autoFilter.apply(ws.getRange(t.filterRange));
  if (caps.freezePanes) ws.freezePanes.freezeRows(t.freezeRows);
  if (caps.conditionalFormats && t.overdue) {
    const cf = ws.getRange(t.overdue.range).conditionalFormats.add("Custom");
    // The invariant (English, comma-separated) formula, as the CLI writes it into the file.
    cf.custom.rule.formula = `=${t.overdue.formula}`;
    cf.custom.format.fill.color = `#${t.overdue.fill}`;
    cf.custom.format.font.color = `#${t.overdue.fontColor}`;
  }
  if (caps.pageLayout) {
    ws.pageLayout.orientation = t.print.orientation;
    // 0 pages tall: as many as the rows need.
    ws.pageLayout.zoom = { horizontalFitToPages: t.print.fitToWidth, verticalFitToPages: 0 };
    ws.pageLayout.setPrintTitleRows(t.print.titleRows);
  }
}
