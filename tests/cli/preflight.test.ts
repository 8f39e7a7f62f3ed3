import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { preflightBuffer } from "../../src/cli/preflight";
import { zipEntries } from "../../src/cli/zip-directory";
import { streamedZip } from "./zips";

const WORKBOOK = strToU8(
  '<workbook><sheets><sheet name="Лист1" sheetId="1" r:id="rId1"/></sheets></workbook>',
);
const SHEET = strToU8(
  '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row></sheetData></worksheet>',
);

describe("preflight reads parts where the central directory says they are", () => {
  it("a streamed part whose bytes hold zip signatures («PK\\x03\\x04», «PK\\x07\\x08», «PK\\x01\\x02») is not cut there", () => {
    // Stored, so the signatures stand in the part's data as they may by chance in deflated data (1 in ~400 per MB).
    const tricky = strToU8("<x>before PK\u0003\u0004 and PK\u0007\u0008 and PK\u0001\u0002 after</x>", true);
    const zip = streamedZip([
      ["[Content_Types].xml", strToU8("<Types/>"), "deflate"],
      ["xl/workbook.xml", WORKBOOK, "deflate"],
      ["xl/media/blob.bin", tricky, "stored"],
      ["xl/worksheets/sheet1.xml", SHEET, "deflate"],
    ]);
    const p = preflightBuffer(zip);
    expect(p).toMatchObject({ ok: true, kind: "workbook", sheetXmlBytes: SHEET.length });
    expect(p.ok && p.unzippedBytes).toBe(8 + WORKBOOK.length + tricky.length + SHEET.length);
  });

  it("lists every part with its sizes and data offset, for deflated and stored parts alike", () => {
    const a = strToU8("a".repeat(1000));
    const zip = zipSync({ "a.txt": [a, { level: 6 }], "b.bin": [strToU8("bb"), { level: 0 }] });
    const entries = zipEntries(zip);
    expect(entries.map((e) => [e.name, e.method, e.originalSize])).toEqual([
      ["a.txt", 8, 1000],
      ["b.bin", 0, 2],
    ]);
    const b = entries[1]!;
    expect(Array.from(zip.subarray(b.dataStart, b.dataStart + b.compressedSize))).toEqual([98, 98]);
  });

  it("a truncated zip or one that is not a zip is damaged, never thrown", () => {
    const zip = zipSync({ "xl/workbook.xml": WORKBOOK });
    expect(preflightBuffer(zip.subarray(0, zip.length - 10))).toMatchObject({ ok: false, why: "damaged" });
    expect(preflightBuffer(strToU8("not a zip at all"))).toMatchObject({ ok: false, why: "damaged" });
  });

  it("a part inflating past what it declared is still refused as too big", () => {
    const zip = zipSync({
      "xl/workbook.xml": WORKBOOK,
      "xl/worksheets/sheet1.xml": [strToU8("y".repeat(100_000)), { level: 9 }],
    });
    const entries = zipEntries(zip);
    const sheet = entries.find((e) => e.name === "xl/worksheets/sheet1.xml")!;
    // Lower the declared size in the central directory to 10 bytes (offset 24 of the sheet's central entry).
    const copy = zip.slice();
    const view = new DataView(copy.buffer);
    for (let at = copy.length - 22; at >= 0; at--) {
      if (
        view.getUint32(at, true) === 0x02014b50 &&
        new TextDecoder().decode(copy.subarray(at + 46, at + 46 + 24)) === sheet.name
      )
        view.setUint32(at + 24, 10, true);
    }
    expect(preflightBuffer(copy)).toMatchObject({ ok: false, why: "too-big" });
  });
});
