import { strToU8 } from "fflate";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { streamGrids } from "../../src/cli/stream-grid";
import { readyToStream, zipEntries } from "../../src/cli/zip-directory";
import { streamedZip } from "./zips";

const CT =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/><Default Extension="bin" ContentType="application/octet-stream"/>' +
  '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
  '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>';
const RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>';
const WB =
  '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Лист1" sheetId="1" r:id="rId1"/></sheets></workbook>';
const WB_RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>';
const SHEET =
  '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
  '<row r="1"><c r="A1" t="inlineStr"><is><t>Мероприятие</t></is></c><c r="B1"><v>2027</v></c></row></sheetData></worksheet>';

/** An .xlsx as a streaming writer lays it out, with a stored part whose bytes hold «PK\x07\x08» before the sheet. */
function streamedWorkbook(): Uint8Array {
  const blob = strToU8("before PK\u0007\u0008 after", true);
  return streamedZip([
    ["[Content_Types].xml", strToU8(CT), "deflate"],
    ["_rels/.rels", strToU8(RELS), "deflate"],
    ["xl/workbook.xml", strToU8(WB), "deflate"],
    ["xl/_rels/workbook.xml.rels", strToU8(WB_RELS), "deflate"],
    ["xl/media/blob.bin", blob, "stored"],
    ["xl/worksheets/sheet1.xml", strToU8(SHEET), "deflate"],
  ]);
}

describe("the streaming reader on packages written with data descriptors", () => {
  it("reads the sheet past a part whose bytes hold a data-descriptor signature", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "stream-dd-")), "streamed.xlsx");
    writeFileSync(path, streamedWorkbook());
    const { grids, sheetNames } = await streamGrids(path);
    expect(sheetNames).toEqual(["Лист1"]);
    expect(grids[0]!.values[0]).toEqual(["Мероприятие", 2027]);
  });

  it("moves every part's sizes in front and drops the descriptors, parts byte for byte the same, sheets last", () => {
    const zip = streamedWorkbook();
    const fixed = readyToStream(zip)!;
    const before = zipEntries(zip);
    const after = zipEntries(fixed);
    const byName = (es: typeof before) => [...es].sort((x, y) => x.name.localeCompare(y.name));
    expect(byName(after).map((e) => [e.name, e.flags & 8, e.compressedSize])).toEqual(
      byName(before).map((e) => [e.name, 0, e.compressedSize]),
    );
    after.forEach((e) => {
      const b = before.find((x) => x.name === e.name)!;
      expect(fixed.subarray(e.dataStart, e.dataStart + e.compressedSize)).toEqual(
        zip.subarray(b.dataStart, b.dataStart + b.compressedSize),
      );
    });
    expect(readyToStream(fixed)).toBeNull();
    // From a file the bytes are a Node Buffer, whose slice() is a view: the same result, and the input untouched.
    const buffer = Buffer.from(zip);
    expect(readyToStream(buffer)).toEqual(fixed);
    expect(new Uint8Array(buffer)).toEqual(zip);
  });
});
