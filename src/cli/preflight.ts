import { Inflate } from "fflate";
import { readFile } from "node:fs/promises";
import { parseRange } from "../core/grid";
import { zipEntries, type ZipEntry } from "./zip-directory";

/**
 * What a workbook's zip holds, learnt before exceljs inflates it: the central directory is read first (a zip bomb is
 * refused on what it declares), then every part is inflated once in small slices and thrown away as it goes (a part
 * inflating past what it declared is refused before it allocates), and the sheets are scanned for declared ranges.
 */

/** Total inflated size of the package the CLI agrees to read. */
export const MAX_UNZIPPED_BYTES = 512 * 1024 * 1024;
/** Shared strings are held whole while the sheets are read. */
export const MAX_SHARED_STRINGS_BYTES = 96 * 1024 * 1024;
/** Sheet XML above this size is streamed rather than loaded as a whole workbook model. */
export const STREAM_SHEET_XML_BYTES = 24 * 1024 * 1024;
/** A validation or merge covering more cells than this makes exceljs's whole-workbook load expand it cell by cell. */
export const HUGE_RANGE_CELLS = 100_000;

export type Preflight =
  | {
      ok: true;
      unzippedBytes: number;
      sheetXmlBytes: number;
      /** A data validation or merged area over more than HUGE_RANGE_CELLS cells. */
      hugeDeclaredRange: boolean;
      /** Workbook structure protection (sheets cannot be added): the add-in refuses to mark such a workbook. */
      structureProtected: boolean;
      /** Parts of a Word document or a presentation, not of a workbook. */
      kind: "workbook" | "word" | "powerpoint" | "other";
    }
  | { ok: false; why: "damaged" | "too-big" | "shared-strings"; detail: string };

const DECLARED_RE = /<(?:\w+:)?(?:dataValidation\b[^>]*?\bsqref|mergeCell\b[^>]*?\bref)="([^"]*)"/g;

function rangeCells(ref: string): number {
  let n = 0;
  for (const part of ref.trim().split(/\s+/)) {
    try {
      const r = parseRange(part);
      n += (r.bottom - r.top + 1) * (r.right - r.left + 1);
    } catch {
      // Not an A1 range: nothing exceljs would expand.
    }
  }
  return n;
}

/** Scans sheet XML text as it is inflated for validations and merges that declare huge ranges. */
class DeclaredScan {
  huge = false;
  private carry = "";
  private readonly decoder = new TextDecoder();

  push(chunk: Uint8Array, final: boolean): void {
    if (this.huge) return;
    const text = this.carry + this.decoder.decode(chunk, { stream: !final });
    let last = 0;
    DECLARED_RE.lastIndex = 0;
    for (let m = DECLARED_RE.exec(text); m; m = DECLARED_RE.exec(text)) {
      if (rangeCells(m[1]!) > HUGE_RANGE_CELLS) this.huge = true;
      last = DECLARED_RE.lastIndex;
    }
    // An unfinished element waits for the next chunk; a sqref list is rarely longer than this.
    this.carry = final ? "" : text.slice(Math.max(last, text.length - 4096));
  }
}

const SLICE = 256 * 1024;
/** Bytes a part may inflate past its declared size before it counts as lying about it. */
const SIZE_SLACK = 4096;

export async function preflight(path: string): Promise<Preflight> {
  const buf = await readFile(path);
  return preflightBuffer(buf);
}

export function preflightBuffer(buf: Uint8Array): Preflight {
  // 1. The central directory alone: what every part declares, nothing inflated.
  let entries: ZipEntry[];
  try {
    entries = zipEntries(buf);
  } catch (e) {
    return { ok: false, why: "damaged", detail: e instanceof Error ? e.message : String(e) };
  }
  const declared = new Map(entries.map((e) => [e.name, e.originalSize]));
  let total = 0;
  for (const n of declared.values()) total += n;
  if (total > MAX_UNZIPPED_BYTES) return { ok: false, why: "too-big", detail: String(total) };
  // Some writers name parts with backslashes or keep the workbook outside xl/: the raw reader follows the relationships.
  const names = [...declared.keys()].map((n) => n.replace(/\\/g, "/").replace(/^\/+/, "").toLowerCase());
  const kind = names.some((n) => /(^|\/)workbook\.xml$/.test(n))
    ? "workbook"
    : names.includes("word/document.xml")
      ? "word"
      : names.includes("ppt/presentation.xml")
        ? "powerpoint"
        : names.some((n) => n.startsWith("xl/"))
          ? "workbook"
          : "other";
  if (kind !== "workbook")
    return {
      ok: true,
      unzippedBytes: total,
      sheetXmlBytes: 0,
      hugeDeclaredRange: false,
      structureProtected: false,
      kind,
    };
  const strings = declared.get("xl/sharedStrings.xml") ?? 0;
  if (strings > MAX_SHARED_STRINGS_BYTES)
    return { ok: false, why: "shared-strings", detail: String(strings) };

  // 2. Inflate every part in slices, counting what comes out, so a part that lies about its size is caught early.
  // Parts are located through the central directory (zip-directory.ts says why not by fflate's streaming Unzip).
  let inflated = 0;
  let sheetXml = 0;
  let failure: Preflight | null = null;
  const scan = new DeclaredScan();
  const workbookXml: Uint8Array[] = [];
  try {
    for (const entry of entries) {
      failure = inflateEntry(
        buf,
        entry,
        (data, final) => {
          inflated += data.length;
          if (inflated > MAX_UNZIPPED_BYTES) return false;
          if (entry.name === "xl/workbook.xml") workbookXml.push(data);
          if (/^xl\/worksheets\/[^/]+\.xml$/.test(entry.name)) {
            sheetXml += data.length;
            scan.push(data, final);
          }
          return true;
        },
        entry.originalSize,
      );
      if (failure) break;
    }
  } catch (e) {
    return { ok: false, why: "damaged", detail: e instanceof Error ? e.message : String(e) };
  }
  if (failure) return failure;
  const wbText = Buffer.concat(workbookXml).toString("utf8");
  const protection = /<(?:\w+:)?workbookProtection\b[^>]*>/.exec(wbText)?.[0] ?? "";
  return {
    ok: true,
    unzippedBytes: inflated,
    sheetXmlBytes: sheetXml,
    hugeDeclaredRange: scan.huge,
    structureProtected: /\blockStructure="(?:1|true)"/.test(protection),
    kind,
  };
}

/**
 * Inflates one part in slices, handing each piece to `take` (false: the package is over its limit); a part inflating
 * past what it declared (with a little slack: some writers get it a few bytes wrong) is refused as it goes.
 */
function inflateEntry(
  buf: Uint8Array,
  entry: ZipEntry,
  take: (data: Uint8Array, final: boolean) => boolean,
  declaredSize: number,
): Preflight | null {
  const data = buf.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  const limit = Math.min(declaredSize + Math.max(SIZE_SLACK, declaredSize / 100), MAX_UNZIPPED_BYTES);
  let own = 0;
  let over = false;
  const pieces = (chunk: Uint8Array, final: boolean): void => {
    if (over) return;
    own += chunk.length;
    if (own > limit || !take(chunk, final)) over = true;
  };
  if (entry.method === 0) {
    for (let at = 0; at < data.length && !over; at += SLICE)
      pieces(data.subarray(at, Math.min(data.length, at + SLICE)), at + SLICE >= data.length);
    if (data.length === 0) pieces(data, true);
  } else if (entry.method === 8) {
    const inflate = new Inflate((chunk, final) => pieces(chunk, final));
    for (let at = 0; at < data.length && !over; at += SLICE) {
      const end = Math.min(data.length, at + SLICE);
      inflate.push(data.subarray(at, end), end === data.length);
    }
    if (data.length === 0) inflate.push(data, true);
  } else {
    return { ok: false, why: "damaged", detail: `${entry.name}: unknown compression type ${entry.method}` };
  }
  return over ? { ok: false, why: "too-big", detail: `${entry.name}: more than declared` } : null;
}
