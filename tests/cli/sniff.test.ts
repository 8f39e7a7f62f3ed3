import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { M } from "../../src/cli/messages";
import { looksLikeText, sniffFile } from "../../src/cli/sniff";

const dir = mkdtempSync(join(tmpdir(), "sniff-"));

async function sniff(name: string, bytes: Buffer) {
  const p = join(dir, name);
  writeFileSync(p, bytes);
  return sniffFile(p, bytes.length);
}

/** A minimal compound-file header followed by directory entry names in UTF-16LE, as Office writes them. */
function compound(...streams: string[]): Buffer {
  const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  return Buffer.concat([header, Buffer.alloc(504), ...streams.map((s) => Buffer.from(s, "utf16le"))]);
}

describe("sniffFile", () => {
  it("accepts a zip local-file header", async () => {
    expect(await sniff("a.xlsx", Buffer.from("PK\u0003\u0004rest", "latin1"))).toEqual({ kind: "zip" });
  });

  it("names each bad input", async () => {
    expect(await sniff("empty.xlsx", Buffer.alloc(0))).toEqual({ kind: "bad", reason: M.emptyFile });
    expect(await sniff("csv.xlsx", Buffer.from("№;Мероприятие;Срок\n1;Утверждение;до 1 марта\n"))).toEqual({
      kind: "bad",
      reason: M.textFile,
    });
    expect(await sniff("enc.xlsx", compound("Root Entry", "EncryptionInfo", "EncryptedPackage"))).toEqual({
      kind: "bad",
      reason: M.encrypted,
    });
    expect(await sniff("old.xlsx", compound("Root Entry", "Workbook", "SummaryInformation"))).toEqual({
      kind: "bad",
      reason: M.legacyXls,
    });
    expect(await sniff("cfb.xlsx", compound("Root Entry"))).toEqual({
      kind: "bad",
      reason: M.encryptedOrXls,
    });
    expect(await sniff("zip0.xlsx", Buffer.from([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]))).toEqual(
      {
        kind: "bad",
        reason: M.emptyZip,
      },
    );
    expect(
      await sniff("png.xlsx", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])),
    ).toEqual({
      kind: "bad",
      reason: M.unknownFormat,
    });
  });

  it("tells text from binary", () => {
    expect(looksLikeText(Buffer.from("\uFEFFa,b,c\r\n1,2,3\r\n"))).toBe(true);
    expect(looksLikeText(Buffer.from([0xff, 0xfe, 0x41, 0x00]))).toBe(true);
    expect(looksLikeText(Buffer.from([1, 2, 3, 0, 5, 6]))).toBe(false);
    expect(looksLikeText(Buffer.alloc(0))).toBe(false);
  });
});
