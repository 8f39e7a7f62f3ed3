import type ExcelJS from "exceljs";
import { cellAddress, parseRange, type CellValue, type Grid } from "../core/grid";

type Raw = ExcelJS.CellValue | undefined;

/** A calendar day at UTC midnight, as the core expects dates. */
function utcDay(d: Date): Date | null {
  const t = d.getTime();
  if (Number.isNaN(t)) return null;
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}

function richText(v: unknown): string | null {
  if (
    typeof v === "object" &&
    v !== null &&
    "richText" in v &&
    Array.isArray((v as ExcelJS.CellRichTextValue).richText)
  )
    return (v as ExcelJS.CellRichTextValue).richText.map((p) => p.text ?? "").join("");
  return null;
}

/** One exceljs value as the core's CellValue: rich text flattened, a link by its text, a formula by its cached result. */
export function cellValueOf(v: Raw): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "boolean") return v;
  if (typeof v === "number") return Number.isFinite(v) ? v : { error: "#NUM!" };
  if (v instanceof Date) return utcDay(v);
  if (typeof v !== "object") return null;
  const rt = richText(v);
  if (rt !== null) return rt;
  if ("error" in v) return { error: String((v as ExcelJS.CellErrorValue).error) };
  if ("formula" in v || "sharedFormula" in v) {
    // A formula never calculated has no cached result: the cell shows nothing.
    const result = (v as ExcelJS.CellFormulaValue).result;
    return result === undefined ? null : cellValueOf(result as Raw);
  }
  if ("hyperlink" in v) {
    const text = (v as ExcelJS.CellHyperlinkValue).text as unknown;
    if (typeof text === "string") return text;
    return richText(text) ?? (v as ExcelJS.CellHyperlinkValue).hyperlink;
  }
  if ("text" in v) return String((v as { text: unknown }).text);
  return null;
}

function isEmpty(v: CellValue): boolean {
  return v === null || v === "";
}

/** The used range (cells holding values; formatting alone does not count) as a rectangular grid with its merges. */
export function worksheetToGrid(ws: ExcelJS.Worksheet): Grid {
  const cells = new Map<number, Map<number, CellValue>>();
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      // exceljs hands a merged area's value to every cell of it; the sheet holds it in the top-left cell only.
      if (cell.isMerged && cell.master.address !== cell.address) return;
      const v = cellValueOf(cell.value as Raw);
      if (isEmpty(v)) return;
      let m = cells.get(r);
      if (!m) cells.set(r, (m = new Map()));
      m.set(c, v);
      top = Math.min(top, r);
      bottom = Math.max(bottom, r);
      left = Math.min(left, c);
      right = Math.max(right, c);
    });
  });
  const merges = (ws.model.merges ?? []).filter((m): m is string => typeof m === "string");
  if (bottom === 0) return { sheetName: ws.name, origin: "A1", values: [], merges: [] };
  const values: CellValue[][] = [];
  for (let r = top; r <= bottom; r++) {
    const m = cells.get(r);
    const row = new Array<CellValue>(right - left + 1).fill(null);
    if (m) for (const [c, v] of m) row[c - left] = v;
    values.push(row);
  }
  const inside = merges.filter((a) => {
    const g = parseRange(a);
    return g.bottom >= top && g.top <= bottom && g.right >= left && g.left <= right;
  });
  return { sheetName: ws.name, origin: cellAddress(top, left), values, merges: inside };
}

/** Every worksheet of the workbook, in tab order. */
export function workbookGrids(wb: ExcelJS.Workbook): Grid[] {
  const out: Grid[] = [];
  wb.eachSheet((ws) => out.push(worksheetToGrid(ws)));
  return out;
}
