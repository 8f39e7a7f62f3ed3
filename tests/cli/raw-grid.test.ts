import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { rawGrids } from "../../src/cli/raw-grid";
import { TooManyCells } from "../../src/cli/xlsx-grid";

/** The raw reader on packages as other programs write them: prefixes, odd paths, no references, UTF-16, 1904 dates. */

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";

function pkg(opts: {
  sep?: string;
  root?: string;
  sheet: string;
  date1904?: boolean;
  utf16?: boolean;
}): Uint8Array {
  const root = opts.root ?? "xl/";
  const sep = opts.sep ?? "/";
  const name = (n: string) => n.replace(/\//g, sep);
  const sheet = `<?xml version="1.0"?><x:worksheet xmlns:x="${MAIN}"><x:sheetData>${opts.sheet}</x:sheetData><x:mergeCells><x:mergeCell ref="A3:B3"/></x:mergeCells></x:worksheet>`;
  const files: Record<string, Uint8Array> = {
    [name("_rels/.rels")]: strToU8(
      `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${R}/officeDocument" Target="/${root}book.xml"/></Relationships>`,
    ),
    [name(`${root}book.xml`)]: strToU8(
      `<x:workbook xmlns:x="${MAIN}" xmlns:ns1="${R}"><x:workbookPr date1904="${opts.date1904 ? 1 : 0}"/><x:sheets><x:sheet name="Лист &amp; план" sheetId="1" ns1:id="rId7"/></x:sheets></x:workbook>`,
    ),
    [name(`${root}_rels/book.xml.rels`)]: strToU8(
      `<x:Relationships xmlns:x="${PKG}"><x:Relationship Id="rId7" Type="${R}/worksheet" Target="/${root}sheets/one.xml"/><x:Relationship Id="rId8" Type="${R}/sharedStrings" Target="strings.xml"/><x:Relationship Id="rId9" Type="${R}/styles" Target="st.xml"/></x:Relationships>`,
    ),
    [name(`${root}strings.xml`)]: strToU8(
      `<sst xmlns="${MAIN}"><si><t>общая</t></si><si><r><t>бога</t></r><r><t xml:space="preserve">тый _x0031_</t></r><rPh><t>ふりがな</t></rPh></si></sst>`,
    ),
    [name(`${root}st.xml`)]: strToU8(
      `<styleSheet xmlns="${MAIN}"><numFmts><numFmt numFmtId="164" formatCode="dd.mm.yyyy"/></numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="14"/><xf numFmtId="4"/></cellXfs></styleSheet>`,
    ),
    [name(`${root}sheets/one.xml`)]: opts.utf16
      ? new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sheet, "utf16le")]))
      : strToU8(sheet),
  };
  return zipSync(files);
}

const ROW =
  `<x:row r="2"><x:c r="A2" t="s"><x:v>0</x:v></x:c><x:c r="B2" t="s"><x:v>1</x:v></x:c>` +
  `<x:c r="C2" t="inlineStr"><x:is><x:t>строка</x:t></x:is></x:c><x:c r="D2" s="1"><x:v>45352</x:v></x:c>` +
  `<x:c r="E2" s="3"><x:v>12.5</x:v></x:c><x:c r="F2" t="b"><x:v>1</x:v></x:c><x:c r="G2" t="e"><x:v>#N/A</x:v></x:c>` +
  `<x:c r="H2"><x:f>"до "&amp;"марта"</x:f></x:c><x:c r="I2" t="str"><x:f>A2</x:f><x:v>кэш</x:v></x:c></x:row>` +
  // No r= on the row or its cells: they follow the previous ones.
  `<x:row><x:c t="inlineStr"><x:is><x:t>a</x:t></x:is></x:c><x:c s="2"><x:v>1</x:v></x:c></x:row>`;

describe("rawGrids", () => {
  it("reads values by the package's relationships, whatever the prefixes, separators and paths", () => {
    for (const variant of [{}, { sep: "\\" }, { root: "" }, { utf16: true }]) {
      const { grids, sheetNames } = rawGrids(pkg({ sheet: ROW, ...variant }), () => true);
      expect(sheetNames, JSON.stringify(variant)).toEqual(["Лист & план"]);
      expect(grids).toHaveLength(1);
      const g = grids[0]!;
      expect(g.origin).toBe("A2");
      expect(g.values[0]).toEqual([
        "общая",
        "богатый 1",
        "строка",
        new Date(Date.UTC(2024, 2, 1)),
        12.5,
        true,
        { error: "#N/A" },
        "до марта",
        "кэш",
      ]);
      expect(g.values[1]!.slice(0, 2)).toEqual(["a", new Date(Date.UTC(1900, 0, 1))]);
      expect(g.merges).toEqual(["A3:B3"]);
    }
  });

  it("counts 1904 dates from 1904 and stops at the cell limit", () => {
    const { grids } = rawGrids(pkg({ sheet: ROW, date1904: true }), () => true);
    expect(grids[0]!.values[0]![3]).toEqual(new Date(Date.UTC(2028, 2, 2)));
    expect(() => rawGrids(pkg({ sheet: ROW }), () => true, 5)).toThrow(TooManyCells);
    expect(rawGrids(pkg({ sheet: ROW }), () => false).grids).toEqual([]);
  });
});
