import ExcelJS from "exceljs";
import { REPORT_SHEET_NAMES } from "../core/marks";
import { STORE_SHEET } from "../core/store/format";
import { readFile } from "node:fs/promises";
import { PassThrough, Readable } from "node:stream";
import { StringDecoder } from "node:string_decoder";
import type { Grid } from "../core/grid";
import { SparseCells, sparseGrids } from "../core/sparse-grid";
import { resolveFormulas, type PendingFormula } from "./formulas";
import { cellValueOf, TooManyCells, uncachedFormula } from "./xlsx-grid";
import { readyToStream, sheetsLast } from "./zip-directory";

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
  cells: SparseCells;
  merges: string[];
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

/** Streams every sheet (or only `onlySheet`, and the store sheet) of the workbook at `path` into grids, in workbook order. */
/** A name the add-in gives its report sheet («Проверка», «Проверка (2)», “Check report”…), in any case. */
export function isReportName(name: string): boolean {
  const lower = name.toLowerCase();
  return Object.values(REPORT_SHEET_NAMES).some((n) => {
    const r = n.toLowerCase();
    return lower === r || lower.startsWith(`${r} (`);
  });
}

export async function streamGrids(
  path: string,
  onlySheet?: string,
  limit = Infinity,
): Promise<{ grids: Grid[]; sheetNames: string[] }> {
  let filled = 0;
  // The add-in's store and report sheets are read with the one asked for: their records and typed reasons apply to it.
  const keep = (name: string) =>
    onlySheet === undefined || name === onlySheet || name.toLowerCase() === STORE_SHEET || isReportName(name);
  // Sizes in front and sheets last, whatever the writer did (zip-directory.ts says why).
  const ready = await readyBytes(path);
  const input = Readable.from(slices(ready));
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    worksheets: "emit",
    sharedStrings: "cache",
    hyperlinks: "ignore",
    // Needed to tell dates from plain numbers (number formats live in the styles part).
    styles: "cache",
    entries: "ignore",
  });
  // exceljs holds back every sheet met before sharedStrings.xml in a temporary file and, past the end of the zip, lost
  // the last one when it was the last part; with the sheets last there is nothing to wait for (a package without shared
  // strings, written with inline ones, has none to wait for at all).
  if (sheetsLast(ready)) (reader as unknown as { sharedStrings?: unknown[] }).sharedStrings = [];
  // Shared strings suffer the same per-chunk decoding: hand exceljs a stream that emits whole characters.
  const internals = reader as unknown as { _parseSharedStrings(entry: Readable): AsyncGenerator<unknown> };
  const parseSharedStrings = internals._parseSharedStrings.bind(reader);
  internals._parseSharedStrings = (entry) =>
    parseSharedStrings(entry.pipe(new PassThrough()).setEncoding("utf8"));
  // A zip64 package is left as written: a sheet after workbook.xml.rels but before workbook.xml made exceljs look its
  // name up in a model not read yet, and throw; an empty one leaves the name to lateName below.
  const state = reader as unknown as StreamReaderState;
  state.model ??= {};
  const read: { acc: SheetAccumulator; partNo: string | null }[] = [];
  for await (const ws of reader as unknown as AsyncIterable<StreamWorksheet>) {
    const partNo = typeof ws.id === "string" ? ws.id : null;
    // With the name not known yet, the sheet is read and filtered once workbook.xml has been seen.
    const wanted = partNo !== null || keep(ws.name);
    const acc: SheetAccumulator = { name: ws.name, cells: new SparseCells(), merges: [] };
    if (wanted) ws.iterator = tapMerges(ws.iterator, acc.merges);
    const pending: PendingFormula[] = [];
    for await (const row of ws) {
      if (!wanted) continue;
      row.eachCell({ includeEmpty: false }, (cell, col) => {
        const formula = uncachedFormula(cell);
        if (formula !== null) {
          if (++filled > limit) throw new TooManyCells(limit);
          pending.push({ row: row.number, col, formula });
          return;
        }
        const v = cellValueOf(cell.value);
        if (v === null || (typeof v === "string" && v === "")) return;
        if (++filled > limit) throw new TooManyCells(limit);
        acc.cells.add(row.number, col, v);
      });
    }
    resolveFormulas(acc.cells, pending);
    read.push({ acc, partNo });
  }
  for (const r of read) if (r.partNo !== null) r.acc.name = lateName(state, r.partNo) ?? r.acc.name;
  // Workbook order is the order of <sheet> elements in workbook.xml, not of parts in the zip.
  const order = (state.model?.sheets ?? []).map((s) => s.name);
  read.sort((a, b) => rank(order, a.acc.name) - rank(order, b.acc.name));
  const sheetNames = read.map((r) => r.acc.name);
  const grids = read
    .filter((r) => keep(r.acc.name))
    .flatMap((r) => sparseGrids(r.acc.name, r.acc.cells, r.acc.merges));
  return { grids, sheetNames };
}

/** The file's bytes as readyToStream lays them out; the original is let go of when they are rewritten (50 MB less). */
async function readyBytes(path: string): Promise<Uint8Array> {
  const bytes = await readFile(path);
  return readyToStream(bytes) ?? bytes;
}

function rank(order: readonly string[], name: string): number {
  const i = order.indexOf(name);
  return i < 0 ? order.length : i;
}

/** The bytes in 1 MB pieces, so the reader streams them as it would a file. */
function* slices(b: Uint8Array): Generator<Buffer> {
  for (let at = 0; at < b.length; at += 1 << 20)
    yield Buffer.from(b.buffer, b.byteOffset + at, Math.min(1 << 20, b.length - at));
}
