import type ExcelJS from "exceljs";
import { type CellValue, type Grid } from "../core/grid";
import { denseGrid, SparseCells, sparseGrids } from "../core/sparse-grid";
import { resolveFormulas, type PendingFormula } from "./formulas";

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

/** A formula saved with no cached result: its text, else null (see formulas.ts for what is made of it). */
export function uncachedFormula(cell: ExcelJS.Cell): string | null {
  const v = cell.value as Raw;
  if (typeof v !== "object" || v === null || !("formula" in v || "sharedFormula" in v)) return null;
  if ((v as ExcelJS.CellFormulaValue).result !== undefined) return null;
  try {
    const f = cell.formula;
    if (typeof f === "string" && f !== "") return f;
  } catch {
    // A shared formula whose master cell the streaming reader no longer holds.
  }
  const raw = v as { formula?: string; sharedFormula?: string };
  return raw.formula ?? (raw.sharedFormula ? `(${raw.sharedFormula})` : "");
}

function isEmpty(v: CellValue): boolean {
  return v === null || v === "";
}

/** The sheet's cells that hold values (formatting alone does not count), kept sparse, and its merged areas. */
export function worksheetCells(
  ws: ExcelJS.Worksheet,
  limit = Infinity,
): { cells: SparseCells; merges: string[] } {
  const cells = new SparseCells();
  const pending: PendingFormula[] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      // exceljs hands a merged area's value to every cell of it; the sheet holds it in the top-left cell only.
      if (cell.isMerged && cell.master.address !== cell.address) return;
      const formula = uncachedFormula(cell);
      if (formula !== null) {
        pending.push({ row: r, col: c, formula });
        return;
      }
      const v = cellValueOf(cell.value as Raw);
      if (isEmpty(v)) return;
      if (cells.size >= limit) throw new TooManyCells(limit);
      cells.add(r, c, v);
    });
  });
  if (cells.size + pending.length > limit) throw new TooManyCells(limit);
  resolveFormulas(cells, pending);
  const merges = (ws.model.merges ?? []).filter((m): m is string => typeof m === "string");
  return { cells, merges };
}

/** The used range as one rectangular grid with its merges (ordinary sheets; the CLI reads through worksheetGrids). */
export function worksheetToGrid(ws: ExcelJS.Worksheet): Grid {
  const { cells, merges } = worksheetCells(ws);
  return denseGrid(ws.name, cells, merges);
}

/** The sheet as grids whose cost follows its filled cells (see sparseGrids); one grid for an ordinary sheet. */
export function worksheetGrids(ws: ExcelJS.Worksheet, limit = Infinity): Grid[] {
  const { cells, merges } = worksheetCells(ws, limit);
  return sparseGrids(ws.name, cells, merges);
}

/** Every worksheet of the workbook, in tab order (a sparse sheet gives several grids, each with its real origin). */
export function workbookGrids(wb: ExcelJS.Workbook, limit = Infinity): Grid[] {
  const out: Grid[] = [];
  let left = limit;
  wb.eachSheet((ws) => {
    const { cells, merges } = worksheetCells(ws, left);
    left -= cells.size;
    out.push(...sparseGrids(ws.name, cells, merges));
  });
  return out;
}

/** More filled cells than the CLI reads in one workbook. */
export class TooManyCells extends Error {
  constructor(readonly limit: number) {
    super(`more than ${limit} filled cells`);
  }
}
