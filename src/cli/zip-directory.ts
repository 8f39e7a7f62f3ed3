/**
 * A zip's parts as its central directory declares them, with where each part's data starts.
 *
 * fflate's streaming Unzip finds the end of a part written with a data descriptor (sizes 0 in the local header, as
 * streaming writers do: exceljs's WorkbookWriter, many servers) by scanning its compressed bytes for a zip signature,
 * so a part whose compressed data happens to hold «PK\x03\x04», «PK\x07\x08» or «PK\x01\x02» is cut there and the
 * file is refused as damaged (about 1 in 400 per MB of such parts). The central directory gives the true sizes.
 */

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflate; anything else is not a part of an OOXML package. */
  method: number;
  compressedSize: number;
  originalSize: number;
  /** Offset of the part's compressed data in the zip. */
  dataStart: number;
  /** Offsets of its local header and of its central-directory record. */
  localOffset: number;
  centralOffset: number;
  /** General-purpose flags of the central record (bit 3: sizes in a data descriptor after the data). */
  flags: number;
}

const EOCD = 0x06054b50;
const ZIP64_EOCD_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX32 = 0xffffffff;

class ZipError extends Error {}

function u16(b: Uint8Array, at: number): number {
  if (at + 2 > b.length) throw new ZipError("unexpected end of the zip");
  return b[at]! | (b[at + 1]! << 8);
}

function u32(b: Uint8Array, at: number): number {
  if (at + 4 > b.length) throw new ZipError("unexpected end of the zip");
  return (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;
}

function u64(b: Uint8Array, at: number): number {
  return u32(b, at) + u32(b, at + 4) * 0x100000000;
}

/** The end-of-central-directory record: searched backwards past a comment of up to 65,535 bytes. */
function endRecord(b: Uint8Array): number {
  for (let at = b.length - 22; at >= Math.max(0, b.length - 22 - 0xffff); at--) {
    if (u32(b, at) === EOCD) return at;
  }
  throw new ZipError("no end of central directory (not a zip, or truncated)");
}

/** Where the central directory starts and how many entries it has, from the zip64 records when the zip has them. */
function directory(b: Uint8Array): { offset: number; count: number } {
  const end = endRecord(b);
  let count = u16(b, end + 10);
  let offset = u32(b, end + 16);
  const locator = end - 20;
  if ((offset === MAX32 || count === 0xffff) && locator >= 0 && u32(b, locator) === ZIP64_EOCD_LOCATOR) {
    const at = u64(b, locator + 8);
    if (u32(b, at) !== ZIP64_EOCD) throw new ZipError("broken zip64 end record");
    count = u64(b, at + 32);
    offset = u64(b, at + 48);
  }
  return { offset, count };
}

/** The zip64 extra field's values, in the order the spec gives them, for the fields the entry left at 0xFFFFFFFF. */
function zip64Sizes(
  b: Uint8Array,
  extra: number,
  extraEnd: number,
  e: { compressedSize: number; originalSize: number; localOffset: number },
): void {
  for (let at = extra; at + 4 <= extraEnd;) {
    const id = u16(b, at);
    const size = u16(b, at + 2);
    if (id === 0x0001) {
      let p = at + 4;
      if (e.originalSize === MAX32) {
        e.originalSize = u64(b, p);
        p += 8;
      }
      if (e.compressedSize === MAX32) {
        e.compressedSize = u64(b, p);
        p += 8;
      }
      if (e.localOffset === MAX32) e.localOffset = u64(b, p);
      return;
    }
    at += 4 + size;
  }
}

/** Every entry of the zip (directories included), in central-directory order; throws on a damaged zip. */
export function zipEntries(b: Uint8Array): ZipEntry[] {
  const { offset, count } = directory(b);
  const decoder = new TextDecoder();
  const out: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (u32(b, at) !== CENTRAL) throw new ZipError("broken central directory");
    const nameLength = u16(b, at + 28);
    const extraLength = u16(b, at + 30);
    const commentLength = u16(b, at + 32);
    const e = {
      compressedSize: u32(b, at + 20),
      originalSize: u32(b, at + 24),
      localOffset: u32(b, at + 42),
    };
    const nameStart = at + 46;
    zip64Sizes(b, nameStart + nameLength, nameStart + nameLength + extraLength, e);
    const name = decoder.decode(b.subarray(nameStart, nameStart + nameLength));
    const local = e.localOffset;
    if (u32(b, local) !== LOCAL) throw new ZipError(`no local header for ${name}`);
    const dataStart = local + 30 + u16(b, local + 26) + u16(b, local + 28);
    if (dataStart + e.compressedSize > b.length) throw new ZipError(`${name} runs past the end of the zip`);
    out.push({
      name,
      method: u16(b, at + 10),
      compressedSize: e.compressedSize,
      originalSize: e.originalSize,
      dataStart,
      localOffset: local,
      centralOffset: at,
      flags: u16(b, at + 8),
    });
    at = nameStart + nameLength + extraLength + commentLength;
  }
  return out;
}

/** A worksheet part: exceljs's streaming reader parses it as it passes, with whatever it has read before it. */
const isWorksheet = (name: string) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name);

/** Whether every worksheet part comes after every other part, as readyToStream lays a package out. */
export function sheetsLast(b: Uint8Array): boolean {
  const sheet = zipEntries(b).map((e) => isWorksheet(e.name));
  return sheet.every((s, i) => s || !sheet.slice(0, i).some(Boolean));
}

/**
 * The same package made safe for exceljs's streaming reader, or null when it already is (or is zip64):
 * - every part's sizes in its local header and no data descriptors: the reader (unzipper) ends a part with a data
 *   descriptor at the first «PK\x07\x08» in its bytes, as fflate's Unzip does; with the sizes in front it reads
 *   exactly the part;
 * - the worksheets after every other part: the reader parses a sheet with the styles, shared strings and workbook it
 *   has seen so far, so a sheet before styles.xml gave numbers for dates, one before workbook.xml threw, and writers
 *   (exceljs's own adds its parts concurrently, LibreOffice, servers) put them in any order.
 * Parts are moved, never re-encoded.
 */
export function readyToStream(b: Uint8Array): Uint8Array | null {
  const found = zipEntries(b);
  const entries = [...found.filter((e) => !isWorksheet(e.name)), ...found.filter((e) => isWorksheet(e.name))];
  if (!entries.some((e) => e.flags & 8) && entries.every((e, i) => e === found[i])) return null;
  if (entries.some((e) => e.compressedSize >= MAX32 || e.originalSize >= MAX32 || e.localOffset >= MAX32))
    return null;
  const end = endRecord(b);
  const pieces: Uint8Array[] = [];
  const newOffsets: number[] = [];
  let size = 0;
  for (const e of entries) {
    const header = copy(b, e.localOffset, e.dataStart);
    const view = new DataView(header.buffer);
    view.setUint16(6, u16(b, e.localOffset + 6) & ~8, true);
    view.setUint32(14, u32(b, e.centralOffset + 16), true); // crc-32
    view.setUint32(18, e.compressedSize, true);
    view.setUint32(22, e.originalSize, true);
    newOffsets.push(size);
    pieces.push(header, b.subarray(e.dataStart, e.dataStart + e.compressedSize));
    size += header.length + e.compressedSize;
  }
  const centralStart = size;
  entries.forEach((e, i) => {
    const length =
      46 + u16(b, e.centralOffset + 28) + u16(b, e.centralOffset + 30) + u16(b, e.centralOffset + 32);
    const record = copy(b, e.centralOffset, e.centralOffset + length);
    const view = new DataView(record.buffer);
    view.setUint16(8, e.flags & ~8, true);
    view.setUint32(42, newOffsets[i]!, true);
    pieces.push(record);
    size += length;
  });
  const eocd = copy(b, end, b.length);
  const view = new DataView(eocd.buffer);
  view.setUint32(12, size - centralStart, true);
  view.setUint32(16, centralStart, true);
  pieces.push(eocd);
  size += eocd.length;
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of pieces) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** A copy of the bytes: a Node Buffer's slice() is a view, and the copies here are patched. */
function copy(b: Uint8Array, from: number, to: number): Uint8Array {
  const out = new Uint8Array(to - from);
  out.set(b.subarray(from, to));
  return out;
}
