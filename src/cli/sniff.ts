import { open } from "node:fs/promises";
import type { Bilingual } from "../core/lang";
import { M } from "./messages";

/** What the first bytes of a file say it is, before exceljs is asked to read it. */
export type Sniffed = { kind: "zip" } | { kind: "bad"; reason: Bilingual };

const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(buf: Buffer, sig: number[]): boolean {
  return buf.length >= sig.length && sig.every((b, i) => buf[i] === b);
}

/** UTF-16LE, as stream names are stored in a compound file's directory. */
function utf16(name: string): Buffer {
  return Buffer.from(name, "utf16le");
}

// Directory sectors can sit anywhere in a compound file; password-protected .xlsx files are small enough to scan.
const CFB_SCAN_LIMIT = 16 * 1024 * 1024;

function classifyCompound(buf: Buffer): Bilingual {
  if (buf.includes(utf16("EncryptionInfo")) || buf.includes(utf16("EncryptedPackage"))) return M.encrypted;
  if (buf.includes(utf16("Workbook")) || buf.includes(utf16("Book"))) return M.legacyXls;
  return M.encryptedOrXls;
}

/** Mostly printable text with line breaks: a CSV or text export that was given an .xlsx name. */
export function looksLikeText(buf: Buffer): boolean {
  if (buf.length === 0) return false;
  let body = buf;
  if (startsWith(buf, [0xef, 0xbb, 0xbf])) body = buf.subarray(3);
  else if (startsWith(buf, [0xff, 0xfe]) || startsWith(buf, [0xfe, 0xff])) return true;
  if (body.includes(0)) return false;
  const text = body.toString("utf8");
  let bad = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c === 0xfffd || (c < 0x20 && c !== 9 && c !== 10 && c !== 13)) bad++;
  }
  // A truncated multi-byte character at the end of the sample is not evidence of binary data.
  return bad <= 2 + text.length / 200;
}

export async function sniffFile(path: string, size: number): Promise<Sniffed> {
  if (size === 0) return { kind: "bad", reason: M.emptyFile };
  const fh = await open(path, "r");
  try {
    const head = Buffer.alloc(Math.min(size, 4096));
    await fh.read(head, 0, head.length, 0);
    if (startsWith(head, ZIP_LOCAL)) return { kind: "zip" };
    if (startsWith(head, ZIP_EMPTY)) return { kind: "bad", reason: M.emptyZip };
    if (startsWith(head, CFB)) {
      const whole = Buffer.alloc(Math.min(size, CFB_SCAN_LIMIT));
      await fh.read(whole, 0, whole.length, 0);
      return { kind: "bad", reason: classifyCompound(whole) };
    }
    if (looksLikeText(head)) return { kind: "bad", reason: M.textFile };
    return { kind: "bad", reason: M.unknownFormat };
  } finally {
    await fh.close();
  }
}
