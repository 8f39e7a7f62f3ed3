import { unzipSync } from "fflate";
import { columnNumber, type CellValue, type Grid } from "../core/grid";
import { SparseCells, sparseGrids } from "../core/sparse-grid";
import { resolveFormulas, type PendingFormula } from "./formulas";
import { decodeEntities, decodeOoxmlEscapes } from "./ooxml/xml";
import { TooManyCells } from "./xlsx-grid";

/**
 * A second reader for workbooks exceljs cannot load, as other programs write them: parts named with backslashes or
 * absolute paths, a workbook outside xl/, namespace prefixes (x:sheet), UTF-16 parts, cells without a reference, inline
 * and rich strings where exceljs expects plain ones. It reads values and merges only (all the checker needs), by the
 * package's own relationships, and costs what the filled cells cost.
 */

const DAY_MS = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);
/** Built-in number formats that show a date (ECMA-376 18.8.30). */
const DATE_FORMAT_IDS = new Set([14, 15, 16, 17, 22, 27, 30, 36, 50, 57]);

/** The package's parts, each inflated only when read: the package never sits unzipped in memory whole. */
class Parts {
  /** Part key → the zip entry's own name. */
  private readonly names = new Map<string, string>();
  constructor(private readonly zip: Uint8Array) {
    unzipSync(zip, {
      filter: (f) => {
        this.names.set(key(f.name), f.name);
        return false;
      },
    });
  }
  keys(): IterableIterator<string> {
    return this.names.keys();
  }
  get(k: string): Uint8Array | undefined {
    const name = this.names.get(k);
    return name === undefined ? undefined : unzipSync(this.zip, { filter: (f) => f.name === name })[name];
  }
}

/** A part name as a key: forward slashes, no leading slash, case-insensitive (as Excel and the zip tools treat them). */
function key(name: string): string {
  return name.replace(/\\/g, "/").replace(/^\/+/, "").toLowerCase();
}

function text(parts: Parts, name: string): string | null {
  const b = parts.get(key(name));
  if (!b) return null;
  if (b[0] === 0xfe && b[1] === 0xff) return Buffer.from(b.subarray(2)).swap16().toString("utf16le");
  if (b[0] === 0xff && b[1] === 0xfe) return Buffer.from(b.subarray(2)).toString("utf16le");
  // UTF-16 without a byte-order mark: "<\0?\0" or "\0<\0?".
  if (b[0] === 0 && b[1] === 0x3c) return Buffer.from(b).swap16().toString("utf16le");
  if (b[0] === 0x3c && b[1] === 0) return Buffer.from(b).toString("utf16le");
  return Buffer.from(b).toString("utf8");
}

function attr(tag: string, name: string): string | null {
  const m = new RegExp(`(?:^|\\s)(?:[\\w.-]+:)?${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return m ? decodeEntities(m[1] ?? m[2] ?? "") : null;
}

/** The r:id of a <sheet>: an attribute "id" in any namespace prefix (r:id, ns1:id), not sheetId. */
function relId(tag: string): string | null {
  const m = /\s[\w.-]+:id\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(tag);
  return m ? (m[1] ?? m[2] ?? null) : null;
}

function dirOf(part: string): string {
  const k = key(part);
  return k.includes("/") ? k.slice(0, k.lastIndexOf("/") + 1) : "";
}

function resolve(from: string, target: string): string {
  const t = target.replace(/\\/g, "/");
  const segs = (t.startsWith("/") ? t : dirOf(from) + t).split("/");
  const out: string[] = [];
  for (const s of segs) {
    if (s === "..") out.pop();
    else if (s !== "." && s !== "") out.push(s);
  }
  return key(out.join("/"));
}

interface Rel {
  type: string;
  target: string;
}

function rels(parts: Parts, part: string): Map<string, Rel> {
  const name = `${dirOf(part)}_rels/${key(part).split("/").pop()}.rels`;
  const out = new Map<string, Rel>();
  for (const m of (text(parts, name) ?? "").matchAll(/<(?:[\w.-]+:)?Relationship\b([^>]*)>/g)) {
    const id = attr(m[1]!, "Id");
    const target = attr(m[1]!, "Target");
    if (id && target && attr(m[1]!, "TargetMode") !== "External")
      out.set(id, { type: attr(m[1]!, "Type") ?? "", target: resolve(part, target) });
  }
  return out;
}

/** The workbook part: by the package's officeDocument relationship, else the first part named workbook.xml. */
export function workbookPart(names: Iterable<string>, rootRels: string | null): string | null {
  const all = [...names].map(key);
  for (const m of (rootRels ?? "").matchAll(/<(?:[\w.-]+:)?Relationship\b([^>]*)>/g)) {
    const target = attr(m[1]!, "Target");
    if (/\/officeDocument$/.test(attr(m[1]!, "Type") ?? "") && target && all.includes(resolve("", target)))
      return resolve("", target);
  }
  return all.find((n) => n === "xl/workbook.xml") ?? all.find((n) => /(^|\/)workbook\.xml$/.test(n)) ?? null;
}

/** Concatenated <t> texts of a string item, without phonetic runs (<rPh>). */
function itemText(xml: string): string {
  const body = xml.replace(/<(?:[\w.-]+:)?rPh\b[\s\S]*?<\/(?:[\w.-]+:)?rPh>/g, "");
  let out = "";
  for (const m of body.matchAll(/<(?:[\w.-]+:)?t\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?t>)/g))
    out += unCdata(m[1] ?? "");
  return out;
}

function unCdata(s: string): string {
  return s
    .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
    .map((p) => (p.startsWith("<![CDATA[") ? p.slice(9, -3) : decodeOoxmlEscapes(decodeEntities(p))))
    .join("");
}

function sharedStrings(xml: string | null): string[] {
  if (!xml) return [];
  return [...xml.matchAll(/<(?:[\w.-]+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?si>)/g)].map((m) =>
    itemText(m[1] ?? ""),
  );
}

function isDateCode(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/\\./g, "");
  return /[dy]/i.test(bare) || /(^|[^0#])m{1,4}([^0#]|$)/i.test(bare);
}

/** For each cell style index, whether its number format shows a date. */
function dateStyles(xml: string | null): boolean[] {
  if (!xml) return [];
  const custom = new Map<number, string>();
  for (const m of xml.matchAll(/<(?:[\w.-]+:)?numFmt\b([^>]*)>/g))
    custom.set(Number(attr(m[1]!, "numFmtId")), attr(m[1]!, "formatCode") ?? "");
  const xfs = /<(?:[\w.-]+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?cellXfs>/.exec(xml)?.[1] ?? "";
  return [...xfs.matchAll(/<(?:[\w.-]+:)?xf\b([^>]*)>/g)].map((m) => {
    const id = Number(attr(m[1]!, "numFmtId") ?? 0);
    const code = custom.get(id);
    return code !== undefined ? isDateCode(code) : DATE_FORMAT_IDS.has(id);
  });
}

interface Book {
  strings: string[];
  dates: boolean[];
  date1904: boolean;
}

function serialDate(n: number, date1904: boolean): Date | null {
  if (!Number.isFinite(n) || n < 0 || n > 2_958_465) return null;
  // Serials below 61 count Excel's phantom 29 February 1900.
  const days = Math.floor(date1904 ? n : n < 61 ? n + 1 : n);
  return new Date((date1904 ? EPOCH_1904 : EPOCH_1900) + days * DAY_MS);
}

function cellValue(attrs: string, body: string, book: Book): CellValue {
  const t = attr(attrs, "t") ?? "n";
  const v = /<(?:[\w.-]+:)?v\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?v>)/.exec(body)?.[1];
  if (t === "inlineStr") {
    const is = /<(?:[\w.-]+:)?is\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?is>/.exec(body)?.[1];
    return is !== undefined ? itemText(is) : v !== undefined ? unCdata(v) : null;
  }
  if (v === undefined) return null;
  const raw = unCdata(v);
  switch (t) {
    case "s":
      return book.strings[Number(raw)] ?? null;
    case "str":
      return raw;
    case "b":
      return raw.trim() === "1" || raw.trim().toLowerCase() === "true";
    case "e":
      return { error: raw };
    case "d": {
      const d = new Date(raw);
      return Number.isNaN(d.getTime())
        ? raw
        : new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
    }
    default: {
      if (raw.trim() === "") return null;
      const n = Number(raw);
      if (!Number.isFinite(n)) return raw;
      const s = Number(attr(attrs, "s") ?? 0);
      return book.dates[s] ? (serialDate(n, book.date1904) ?? n) : n;
    }
  }
}

const CELL_OR_ROW =
  /<(?:[\w.-]+:)?(row|c)\b([^>]*?)(\/?)>|<\/(?:[\w.-]+:)?sheetData>|<(?:[\w.-]+:)?mergeCell\b([^>]*)>/g;

/** One worksheet part's filled cells (formulas with no cached value as pending) and merged areas. */
function readSheet(xml: string, book: Book, budget: { left: number }) {
  const cells = new SparseCells();
  const pending: PendingFormula[] = [];
  const merges: string[] = [];
  let row = 0;
  let col = 0;
  CELL_OR_ROW.lastIndex = 0;
  for (let m = CELL_OR_ROW.exec(xml); m; m = CELL_OR_ROW.exec(xml)) {
    if (m[4] !== undefined) {
      const ref = attr(m[4], "ref");
      if (ref) merges.push(ref);
      continue;
    }
    if (m[1] === "row") {
      const r = Number(attr(m[2]!, "r"));
      row = Number.isInteger(r) && r > 0 ? r : row + 1;
      col = 0;
      continue;
    }
    if (m[1] !== "c") continue;
    const ref = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(attr(m[2]!, "r") ?? "");
    if (ref) {
      col = columnNumber(ref[1]!.toUpperCase());
      row = Number(ref[2]);
    } else col++;
    if (row < 1) row = 1;
    let body = "";
    if (m[3] !== "/") {
      const end = xml.slice(CELL_OR_ROW.lastIndex).search(/<\/(?:[\w.-]+:)?c>/);
      if (end < 0) break;
      body = xml.slice(CELL_OR_ROW.lastIndex, CELL_OR_ROW.lastIndex + end);
      CELL_OR_ROW.lastIndex += end;
    }
    const value = cellValue(m[2]!, body, book);
    const formula = /<(?:[\w.-]+:)?f\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?f>/.exec(body)?.[1];
    if (value === null && formula !== undefined) {
      if (--budget.left < 0) throw new TooManyCells(0);
      pending.push({ row, col, formula: decodeEntities(formula) });
    } else if (value !== null && value !== "") {
      if (--budget.left < 0) throw new TooManyCells(0);
      cells.add(row, col, value);
    }
  }
  resolveFormulas(cells, pending);
  return { cells, merges };
}

/** Every worksheet of the package (or `onlySheet` and the store sheet), read without exceljs. */
export function rawGrids(
  zip: Uint8Array,
  keep: (sheetName: string) => boolean,
  limit = Infinity,
): { grids: Grid[]; sheetNames: string[] } {
  const parts = new Parts(zip);
  const wbPart = workbookPart(parts.keys(), text(parts, "_rels/.rels"));
  const wbXml = wbPart ? text(parts, wbPart) : null;
  if (!wbPart || !wbXml) return { grids: [], sheetNames: [] };
  const wbRels = rels(parts, wbPart);
  const relOfType = (t: string) => [...wbRels.values()].find((r) => r.type.endsWith(`/${t}`))?.target;
  const pr = /<(?:[\w.-]+:)?workbookPr\b([^>]*)>/.exec(wbXml)?.[1] ?? "";
  const book: Book = {
    strings: sharedStrings(text(parts, relOfType("sharedStrings") ?? `${dirOf(wbPart)}sharedStrings.xml`)),
    dates: dateStyles(text(parts, relOfType("styles") ?? `${dirOf(wbPart)}styles.xml`)),
    date1904: /^(1|true)$/i.test(attr(pr, "date1904") ?? ""),
  };
  const budget = { left: limit };
  const grids: Grid[] = [];
  const sheetNames: string[] = [];
  const sheets = [...wbXml.matchAll(/<(?:[\w.-]+:)?sheet\b([^>]*)>/g)];
  sheets.forEach((m, i) => {
    const name = attr(m[1]!, "name") ?? `Sheet${i + 1}`;
    const id = relId(m[1]!);
    const rel = id ? wbRels.get(id) : undefined;
    if (rel && !rel.type.endsWith("/worksheet")) return;
    const part = rel?.target ?? `${dirOf(wbPart)}worksheets/sheet${i + 1}.xml`;
    const xml = text(parts, part);
    if (xml === null) return;
    sheetNames.push(name);
    if (!keep(name)) return;
    try {
      const { cells, merges } = readSheet(xml, book, budget);
      grids.push(...sparseGrids(name, cells, merges));
    } catch (e) {
      if (e instanceof TooManyCells) throw new TooManyCells(limit);
      throw e;
    }
  });
  return { grids, sheetNames };
}
