import ExcelJS from "exceljs";
import { cellAddress, type CellValue, type Grid } from "../core/grid";

/**
 * Large workbooks are read with exceljs's streaming reader: rows are turned into grid cells as they arrive,
 * so the file is never held as a whole workbook model (and never loaded twice).
 */

type RawValue = ExcelJS.CellValue | undefined;

/** exceljs cell value → the core's CellValue (rich text joined, formulas by their cached result, links by text). */
export function toCellValue(v: RawValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (v instanceof Date) return v;
  if (typeof v === "object") {
    if ("richText" in v && Array.isArray(v.richText)) return v.richText.map((r) => r.text ?? "").join("");
    if ("error" in v) return { error: String(v.error) };
    if ("formula" in v || "sharedFormula" in v) {
      const result = (v as { result?: unknown }).result;
      if (result === undefined || result === null) return null;
      return toCellValue(result as RawValue);
    }
    if ("hyperlink" in v) {
      const text = (v as { text?: unknown }).text;
      return typeof text === "string" ? text : toCellValue(text as RawValue);
    }
    if ("text" in v) return String((v as { text: unknown }).text);
  }
  return null;
}

// mergeCells sit after sheetData and exceljs's stream reader skips them, so the raw XML is scanned as it passes by.
const MERGE_RE = /<(?:\w+:)?mergeCell\s+ref="([A-Z]+\d+(?::[A-Z]+\d+)?)"/g;

function tapMerges(
  source: AsyncIterable<Buffer | string>,
  merges: string[],
): AsyncGenerator<Buffer | string, void, unknown> {
  return (async function* () {
    let carry = "";
    for await (const chunk of source) {
      const text = carry + (typeof chunk === "string" ? chunk : chunk.toString("latin1"));
      let last = 0;
      MERGE_RE.lastIndex = 0;
      for (let m = MERGE_RE.exec(text); m; m = MERGE_RE.exec(text)) {
        merges.push(m[1]!);
        last = MERGE_RE.lastIndex;
      }
      // Keep an unfinished tag for the next chunk; a complete <mergeCell ref="…"> is well under 80 characters.
      carry = text.slice(Math.max(last, text.length - 80));
      yield chunk;
    }
  })();
}

interface SheetAccumulator {
  name: string;
  rows: Map<number, CellValue[]>;
  top: number;
  left: number;
  bottom: number;
  right: number;
  merges: string[];
}

function toGrid(acc: SheetAccumulator): Grid {
  if (acc.rows.size === 0) return { sheetName: acc.name, origin: "A1", values: [], merges: acc.merges };
  const width = acc.right - acc.left + 1;
  const values: CellValue[][] = [];
  for (let r = acc.top; r <= acc.bottom; r++) {
    const src = acc.rows.get(r);
    const row: CellValue[] = new Array<CellValue>(width).fill(null);
    if (src) for (let c = acc.left; c <= acc.right; c++) row[c - acc.left] = src[c] ?? null;
    values.push(row);
  }
  return { sheetName: acc.name, origin: cellAddress(acc.top, acc.left), values, merges: acc.merges };
}

interface StreamWorksheet extends AsyncIterable<ExcelJS.Row> {
  name: string;
  iterator: AsyncIterable<Buffer | string>;
}

/** Streams every sheet (or only `onlySheet`) of the workbook at `path` into grids, in workbook order. */
export async function streamGrids(
  path: string,
  onlySheet?: string,
): Promise<{ grids: Grid[]; sheetNames: string[] }> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    worksheets: "emit",
    sharedStrings: "cache",
    hyperlinks: "ignore",
    // Needed to tell dates from plain numbers (number formats live in the styles part).
    styles: "cache",
    entries: "ignore",
  });
  const grids: Grid[] = [];
  const sheetNames: string[] = [];
  for await (const ws of reader as unknown as AsyncIterable<StreamWorksheet>) {
    sheetNames.push(ws.name);
    const wanted = onlySheet === undefined || ws.name === onlySheet;
    const acc: SheetAccumulator = {
      name: ws.name,
      rows: new Map(),
      top: Infinity,
      left: Infinity,
      bottom: 0,
      right: 0,
      merges: [],
    };
    if (wanted) ws.iterator = tapMerges(ws.iterator, acc.merges);
    for await (const row of ws) {
      if (!wanted) continue;
      const cells: CellValue[] = [];
      let any = false;
      row.eachCell({ includeEmpty: false }, (cell, col) => {
        const v = toCellValue(cell.value);
        if (v === null || (typeof v === "string" && v === "")) return;
        cells[col] = v;
        any = true;
        if (col < acc.left) acc.left = col;
        if (col > acc.right) acc.right = col;
      });
      if (!any) continue;
      acc.rows.set(row.number, cells);
      if (row.number < acc.top) acc.top = row.number;
      if (row.number > acc.bottom) acc.bottom = row.number;
    }
    if (wanted) grids.push(toGrid(acc));
  }
  return { grids, sheetNames };
}
