import { zipSync, type Zippable } from "fflate";

/**
 * Rewrites a zip by copying the records of unchanged entries as they are (compressed bytes, timestamps, flags) and
 * writing only new or replaced entries: an untouched 50 MB sheet is neither inflated nor deflated again. Returns
 * null for a zip this does not handle (zip64, overlapping or unordered records): the caller re-zips everything.
 */

interface ZipRecord {
  name: string;
  /** The local header, data and data descriptor, as stored. */
  local: Uint8Array;
  /** The central directory header (its local-offset field is rewritten). */
  central: Uint8Array;
}

const u16 = (b: Uint8Array, o: number) => b[o]! | (b[o + 1]! << 8);
const u32 = (b: Uint8Array, o: number) =>
  (b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16) | (b[o + 3]! << 24)) >>> 0;

function nameOf(b: Uint8Array, flags: number): string {
  // As fflate names entries: UTF-8 when the language-encoding flag is set, else byte for byte.
  return Buffer.from(b).toString(flags & 0x800 ? "utf8" : "latin1");
}

/** The records of a zip in the order they are stored, or null. */
export function zipRecords(zip: Uint8Array): ZipRecord[] | null {
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (u32(zip, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = u16(zip, eocd + 10);
  const cdSize = u32(zip, eocd + 12);
  const cdOffset = u32(zip, eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff || cdOffset + cdSize > eocd) return null;
  const entries: { name: string; offset: number; central: Uint8Array }[] = [];
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (u32(zip, p) !== 0x02014b50) return null;
    const flags = u16(zip, p + 8);
    const n = u16(zip, p + 28);
    const len = 46 + n + u16(zip, p + 30) + u16(zip, p + 32);
    const offset = u32(zip, p + 42);
    if (offset === 0xffffffff || u32(zip, p + 20) === 0xffffffff) return null;
    entries.push({
      name: nameOf(zip.subarray(p + 46, p + 46 + n), flags),
      offset,
      central: zip.subarray(p, p + len),
    });
    p += len;
  }
  const byOffset = [...entries].sort((a, b) => a.offset - b.offset);
  const out: ZipRecord[] = [];
  for (let i = 0; i < byOffset.length; i++) {
    const e = byOffset[i]!;
    const end = i + 1 < byOffset.length ? byOffset[i + 1]!.offset : cdOffset;
    if (end <= e.offset || u32(zip, e.offset) !== 0x04034b50) return null;
    out.push({ name: e.name, local: zip.subarray(e.offset, end), central: e.central });
  }
  return out;
}

/** `zip` with the entries in `replaced` swapped in place and `added` appended; null when `zip` is not handled. */
export function rewriteZip(
  zip: Uint8Array,
  replaced: ReadonlyMap<string, Uint8Array>,
  added: readonly [string, Uint8Array][],
): Uint8Array | null {
  const records = zipRecords(zip);
  if (!records) return null;
  const fresh: Zippable = {};
  for (const [name, data] of [...replaced, ...added]) fresh[name] = [data, { level: 6 }];
  const made = zipRecords(zipSync(fresh));
  if (!made) return null;
  const newRecord = new Map(made.map((r) => [r.name, r]));
  const names = new Set(records.map((r) => r.name));
  const order = [
    ...records.map((r) => (replaced.has(r.name) ? newRecord.get(r.name)! : r)),
    ...added.filter(([n]) => !names.has(n)).map(([n]) => newRecord.get(n)!),
  ];
  const localSize = order.reduce((s, r) => s + r.local.length, 0);
  const centralSize = order.reduce((s, r) => s + r.central.length, 0);
  if (localSize + centralSize > 0xfffffff0 || order.length >= 0xffff) return null;
  const out = new Uint8Array(localSize + centralSize + 22);
  const view = new DataView(out.buffer);
  let at = 0;
  const offsets: number[] = [];
  for (const r of order) {
    offsets.push(at);
    out.set(r.local, at);
    at += r.local.length;
  }
  const cdStart = at;
  order.forEach((r, i) => {
    out.set(r.central, at);
    view.setUint32(at + 42, offsets[i]!, true);
    at += r.central.length;
  });
  view.setUint32(at, 0x06054b50, true);
  view.setUint16(at + 8, order.length, true);
  view.setUint16(at + 10, order.length, true);
  view.setUint32(at + 12, at - cdStart, true);
  view.setUint32(at + 16, cdStart, true);
  return out;
}
