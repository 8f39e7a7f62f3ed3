import ExcelJS from "exceljs";
import { XMLValidator } from "fast-xml-parser";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { annotateWorkbook } from "../../src/cli/annotate";
import { addLegacyDrawing, restyleCells } from "../../src/cli/ooxml/sheet";
import { ooxmlText, decodeOoxmlEscapes, decodeEntities, nextTag } from "../../src/cli/ooxml/xml";
import { buildMarkPlan } from "../../src/core/marks";
import { STORE_SHEET, decodeStore } from "../../src/core/store";
import { finding, report } from "./helpers";

/** The OOXML patcher on hand-written parts: the shapes real files take that exceljs never writes. */

const restyle = (xml: string, cells: string[]) => {
  const seen = new Map<string, number>();
  const out = restyleCells(xml, { cells, restyle: (old) => 100 + old }, seen);
  return { out, seen };
};

describe("restyleCells", () => {
  const sheet = (data: string) =>
    `<worksheet xmlns="m"><cols><col min="4" max="6" width="9" style="7" customWidth="1"/></cols>${data}<pageMargins/></worksheet>`;

  it("restyles existing cells in place and creates missing cells and rows in row and column order", () => {
    const xml = sheet(
      `<sheetData><row r="2" spans="1:3"><c r="A2" s="3" t="s"><v>0</v></c><c r="C2"><f>A2&amp;"&gt;"</f><v>x</v></c></row>` +
        `<row r="5" s="9" customFormat="1"><c r="B5" s='4'/></row><row r="7"/></sheetData>`,
    );
    const { out, seen } = restyle(xml, ["C2", "B2", "E2", "A1", "A5", "B5", "C6", "B7", "A9"]);
    expect(out).toBe(
      sheet(
        `<sheetData><row r="1"><c r="A1" s="100"/></row>` +
          `<row r="2" spans="1:5"><c r="A2" s="3" t="s"><v>0</v></c><c r="B2" s="100"/><c r="C2" s="100"><f>A2&amp;"&gt;"</f><v>x</v></c><c r="E2" s="107"/></row>` +
          `<row r="5" s="9" customFormat="1"><c r="A5" s="109"/><c r="B5" s="104"/></row><row r="6"><c r="C6" s="100"/></row>` +
          `<row r="7"><c r="B7" s="100"/></row><row r="9"><c r="A9" s="100"/></row></sheetData>`,
      ),
    );
    // What each cell showed before: its own style, else its row's (customFormat), else its column's.
    expect(Object.fromEntries(seen)).toEqual({
      A1: 0,
      B2: 0,
      C2: 0,
      E2: 7,
      A5: 9,
      B5: 4,
      C6: 0,
      B7: 0,
      A9: 0,
    });
  });

  it("follows rows and cells written without r (their place is the one after the previous)", () => {
    const xml = sheet(
      `<sheetData><row><c><v>1</v></c><c s="2"><v>2</v></c></row><row><c/></row></sheetData>`,
    );
    const { out, seen } = restyle(xml, ["B1", "A2", "D2"]);
    expect(out).toBe(
      sheet(
        `<sheetData><row><c><v>1</v></c><c s="102"><v>2</v></c></row><row><c s="100"/><c r="D2" s="107"/></row></sheetData>`,
      ),
    );
    expect(seen.get("B1")).toBe(2);
  });

  it("keeps a namespace prefix and fills an empty sheetData", () => {
    const xml = `<x:worksheet xmlns:x="m"><x:sheetData/></x:worksheet>`;
    expect(restyle(xml, ["B3"]).out).toBe(
      `<x:worksheet xmlns:x="m"><x:sheetData><x:row r="3"><x:c r="B3" s="100"/></x:row></x:sheetData></x:worksheet>`,
    );
  });

  it("puts <legacyDrawing> before the elements the schema puts after it", () => {
    const xml = `<worksheet xmlns="m" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData><row r="1"><c r="A1"><extLst/></c></row></sheetData><drawing r:id="rId1"/><tableParts count="0"/><extLst><ext/></extLst></worksheet>`;
    expect(addLegacyDrawing(xml, "rId9")).toContain(
      `<drawing r:id="rId1"/><legacyDrawing r:id="rId9"/><tableParts`,
    );
  });
});

describe("text in parts", () => {
  it("escapes what XML cannot carry as _xHHHH_, and a literal _xHHHH_ so it reads back as written", () => {
    const s = 'a\u001b[31m<b>&"_x0041_\uD800';
    const enc = ooxmlText(s);
    expect(enc).toBe("a_x001B_[31m&lt;b&gt;&amp;&quot;_x005F_x0041__xD800_");
    expect(decodeOoxmlEscapes(decodeEntities(enc))).toBe(s);
  });

  it("finds tags past comments, CDATA and attribute values holding '>'", () => {
    const xml = `<!-- <row> --><![CDATA[<c>]]><row a="x>y" b='<'><c/></row>`;
    const t = nextTag(xml, 0)!;
    expect([t.name, t.kind, xml.slice(t.start, t.end)]).toEqual(["row", "open", `<row a="x>y" b='<'>`]);
  });
});

/** A workbook as some generators write it: no styles part, no shared strings, no relationships namespace (exceljs reads neither prefixed elements nor rows without r: those are tested above). */
function bareWorkbook(): Uint8Array {
  const ct = `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`;
  const rels = `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/xl/workbook.xml"/></Relationships>`;
  const book = `<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="План &amp; факт" sheetId="3" r:id="s1"/></sheets></workbook>`;
  const bookRels = `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="s1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`;
  const sheet = `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Мероприятие</t></is></c></row><row r="3"><c r="B3"><v>5</v></c></row></sheetData><extLst><ext uri="{X}"/></extLst></worksheet>`;
  return zipSync({
    "[Content_Types].xml": strToU8(ct),
    "_rels/.rels": strToU8(rels),
    "xl/workbook.xml": strToU8(book),
    "xl/_rels/workbook.xml.rels": strToU8(bookRels),
    "xl/worksheets/sheet1.xml": strToU8(sheet),
  });
}

describe("annotateWorkbook on a bare package", () => {
  it("adds a style sheet, creates the missing cells, notes and sheets, and exceljs reads it all", async () => {
    const sheet = "План & факт";
    const findings = [
      finding({ code: "overdue", severity: "error", sheet, address: "A1", marksCell: true }),
      finding({ code: "responsible-missing", severity: "warning", sheet, address: "C2", marksCell: true }),
      finding({ code: "extra-row", severity: "info", sheet, address: "B3", marksCell: true }),
    ];
    const plan = buildMarkPlan([report(findings, { sheet })], "ru");
    const result = annotateWorkbook(bareWorkbook(), plan);
    const parts = unzipSync(result.bytes);
    for (const [name, data] of Object.entries(parts))
      if (/\.(xml|rels)$/.test(name)) expect(XMLValidator.validate(strFromU8(data)), name).toBe(true);
    expect(strFromU8(parts["xl/worksheets/sheet1.xml"]!)).toMatch(
      /<\/sheetData><legacyDrawing xmlns:r="[^"]+" r:id="rId\d"\/><extLst>/,
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(result.bytes.slice().buffer as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([sheet, STORE_SHEET, "Проверка"]);
    const ws = wb.getWorksheet(sheet)!;
    const fg = (a: string) => (ws.getCell(a).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
    expect([fg("A1"), fg("C2"), fg("B3")]).toEqual(["FFF4B6B0", "FFFFE08A", "FFCFE2F3"]);
    expect(ws.getCell("A1").value).toBe("Мероприятие");
    expect(ws.getCell("B3").value).toBe(5);
    const note = ws.getCell("C2").note;
    expect(typeof note === "string" ? note : note?.texts?.map((t) => t.text).join("")).toBe(
      "Предупреждение: сообщение responsible-missing",
    );
    const column: unknown[] = [];
    wb.getWorksheet(STORE_SHEET)!.eachRow((row, r) => (column[r - 1] = row.getCell(1).value));
    const store = decodeStore(column)!.store;
    expect(store.marks.cells.map((c) => [c.address, c.original])).toEqual([
      ["A1", "none"],
      ["C2", "none"],
      ["B3", "none"],
    ]);
    expect(store.marks.notes.map((n) => n.address)).toEqual(["A1", "C2", "B3"]);
  });

  it("resolves theme colours with the file's own theme, as Excel shows them", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Лист1");
    ws.getCell("B2").value = "x";
    ws.getCell("B2").fill = {
      type: "pattern",
      pattern: "solid",
      fgColor: { theme: 4 } as unknown as ExcelJS.Color,
    };
    const plan = buildMarkPlan(
      [report([finding({ code: "overdue", severity: "error", address: "B2", marksCell: true })])],
      "ru",
    );
    const result = annotateWorkbook(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer), plan);
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(result.bytes.slice().buffer as ArrayBuffer);
    const column: unknown[] = [];
    back.getWorksheet(STORE_SHEET)!.eachRow((row, r) => (column[r - 1] = row.getCell(1).value));
    // exceljs writes the Office 2007 theme, whose accent1 is 4F81BD (Office 2013's would be 4472C4).
    expect(decodeStore(column)!.store.marks.cells[0]!.original).toBe("4F81BD");
  });
});
