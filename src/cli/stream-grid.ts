import ExcelJS from "exceljs";
import { PassThrough, type Readable } from "node:stream";
import { StringDecoder } from "node:string_decoder";
import { cellAddress, parseRange, type CellValue, type Grid } from "../core/grid";
import { cellValueOf } from "./xlsx-grid";

/**
 * Large workbooks are read with exceljs's streaming reader: rows are turned into grid cells as they arrive,
 * so the file is never held as a whole workbook model (and never loaded twice).
 */

// mergeCells sit after sheetData and exceljs's stream reader skips them, so the raw XML is scanned as it passes by.
const MERGE_RE = /<(?:\w+:)?mergeCell\s+ref="([A-Z]+\d+(?::[A-Z]+\d+)?)"/g;

/**
 * Passes the sheet XML on as text decoded across chunk boundaries (exceljs decodes each chunk on its own and splits
 * Cyrillic characters that straddle two chunks), collecting merged ranges on the way.
 */
function tapMerges(
  source: AsyncIterable<Buffer | string>,
  merges: string[],
): AsyncGenerator<string, void, unknown> {
  return (async function* () {
    const decoder = new StringDecoder("utf8");
    let carry = "";
    for await (const chunk of source) {
      const decoded = typeof chunk === "string" ? chunk : decoder.write(chunk);
      const text = carry + decoded;
      let last = 0;
      MERGE_RE.lastIndex = 0;
      for (let m = MERGE_RE.exec(text); m; m = MERGE_RE.exec(text)) {
        merges.push(m[1]!);
        last = MERGE_RE.lastIndex;
      }
      // Keep an unfinished tag for the next chunk; a complete <mergeCell ref="…"> is well under 80 characters.
      carry = text.slice(Math.max(last, text.length - 80));
      yield decoded;
    }
    const rest = decoder.end();
    if (rest) yield rest;
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

/** Same shape as worksheetToGrid gives for a loaded workbook: merges kept only where they touch the used range. */
function toGrid(acc: SheetAccumulator): Grid {
  if (acc.rows.size === 0) return { sheetName: acc.name, origin: "A1", values: [], merges: [] };
  const width = acc.right - acc.left + 1;
  const values: CellValue[][] = [];
  for (let r = acc.top; r <= acc.bottom; r++) {
    const src = acc.rows.get(r);
    const row: CellValue[] = new Array<CellValue>(width).fill(null);
    if (src) for (let c = acc.left; c <= acc.right; c++) row[c - acc.left] = src[c] ?? null;
    values.push(row);
  }
  const merges = acc.merges.filter((a) => {
    const g = parseRange(a);
    return g.bottom >= acc.top && g.top <= acc.bottom && g.right >= acc.left && g.left <= acc.right;
  });
  return { sheetName: acc.name, origin: cellAddress(acc.top, acc.left), values, merges };
}

interface StreamWorksheet extends AsyncIterable<ExcelJS.Row> {
  name: string;
  /** The sheet's id from workbook.xml once known; still the part number (a string) when the sheet came first. */
  id: number | string;
  iterator: AsyncIterable<Buffer | string>;
}

interface StreamReaderState {
  workbookRels?: { Id: string; Target: string }[];
  model?: { sheets?: { id: number; name: string; rId: string }[] };
}

/** Name of a sheet whose part preceded workbook.xml in the zip (exceljs then only knows its part number). */
function lateName(reader: StreamReaderState, partNo: string): string | null {
  const rel = (reader.workbookRels ?? []).find(
    (r) => r.Target === `worksheets/sheet${partNo}.xml` || r.Target === `/xl/worksheets/sheet${partNo}.xml`,
  );
  const sheet = rel && (reader.model?.sheets ?? []).find((s) => s.rId === rel.Id);
  return sheet ? sheet.name : null;
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
  // Shared strings suffer the same per-chunk decoding: hand exceljs a stream that emits whole characters.
  const internals = reader as unknown as { _parseSharedStrings(entry: Readable): AsyncGenerator<unknown> };
  const parseSharedStrings = internals._parseSharedStrings.bind(reader);
  internals._parseSharedStrings = (entry) =>
    parseSharedStrings(entry.pipe(new PassThrough()).setEncoding("utf8"));
  const read: { acc: SheetAccumulator; partNo: string | null }[] = [];
  for await (const ws of reader as unknown as AsyncIterable<StreamWorksheet>) {
    const partNo = typeof ws.id === "string" ? ws.id : null;
    // With the name not known yet, the sheet is read and filtered once workbook.xml has been seen.
    const wanted = onlySheet === undefined || partNo !== null || ws.name === onlySheet;
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
        const v = cellValueOf(cell.value);
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
    read.push({ acc, partNo });
  }
  const state = reader as unknown as StreamReaderState;
  for (const r of read) if (r.partNo !== null) r.acc.name = lateName(state, r.partNo) ?? r.acc.name;
  // Workbook order is the order of <sheet> elements in workbook.xml, not of parts in the zip.
  const order = (state.model?.sheets ?? []).map((s) => s.name);
  read.sort((a, b) => rank(order, a.acc.name) - rank(order, b.acc.name));
  const sheetNames = read.map((r) => r.acc.name);
  const grids = read
    .filter((r) => onlySheet === undefined || r.acc.name === onlySheet)
    .map((r) => toGrid(r.acc));
  return { grids, sheetNames };
}

function rank(order: readonly string[], name: string): number {
  const i = order.indexOf(name);
  return i < 0 ? order.length : i;
}
