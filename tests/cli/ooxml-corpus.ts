import type ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";
import { roadmapWorkbook } from "./workbooks";

/**
 * Planner workbooks with the parts exceljs does not model, for the --annotate round trip: an exceljs-written roadmap
 * (so the real checker finds something to mark) with chart sheet, chart, drawing with a text box, sparklines,
 * manual page breaks, ignored errors, hyperlink tooltips, x14 list validations, workbook protection (windows only:
 * a locked structure is refused), custom properties, custom XML, constant / sheet-scoped / hidden defined names,
 * an external link and a picture, written into the package by hand; and classic validations of every kind (list,
 * whole, decimal, date, time, text length, custom), some over the deadline cells the checker marks.
 */

const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`;

/** The planner's own fills, cycled over the roadmap's data cells: none, solid, pattern, theme + tint, indexed. */
export const PLANNER_FILLS: (ExcelJS.Fill | null)[] = [
  null,
  { type: "pattern", pattern: "solid", fgColor: { argb: "FF92D050" } },
  { type: "pattern", pattern: "darkGrid", fgColor: { argb: "FF112233" }, bgColor: { argb: "FFFFF2CC" } },
  {
    type: "pattern",
    pattern: "solid",
    fgColor: { theme: 4, tint: 0.5999938962981048 } as unknown as ExcelJS.Color,
  },
  { type: "pattern", pattern: "solid", fgColor: { indexed: 44 } as unknown as ExcelJS.Color },
];

export interface CorpusOptions {
  /** A planner's note on a cell the checker marks (B6): then the notes go into the existing comments part. */
  plannerNote: boolean;
}

function insertBefore(xml: string, marker: string, text: string): string {
  const i = xml.indexOf(marker);
  if (i < 0) throw new Error(`corpus: no ${marker}`);
  return xml.slice(0, i) + text + xml.slice(i);
}

function addRel(
  files: Record<string, Uint8Array>,
  rels: string,
  id: string,
  type: string,
  target: string,
  external = false,
): void {
  const xml = strFromU8(files[rels]!);
  const rel = `<Relationship Id="${id}" Type="${type}" Target="${target}"${external ? ' TargetMode="External"' : ""}/>`;
  files[rels] = strToU8(insertBefore(xml, "</Relationships>", rel));
}

function addOverride(files: Record<string, Uint8Array>, part: string, type: string): void {
  const xml = strFromU8(files["[Content_Types].xml"]!);
  files["[Content_Types].xml"] = strToU8(
    insertBefore(xml, "</Types>", `<Override PartName="/${part}" ContentType="${type}"/>`),
  );
}

const CHART = (title: string) =>
  `${HEAD}<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${R}"><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${title}</a:t></a:r></a:p></c:rich></c:tx></c:title><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>'Дорожная карта'!$A$6:$A$10</c:f></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:scaling/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea></c:chart></c:chartSpace>`;

// prettier-ignore
const OFFICE_2013 = {
  dk2: "44546A", lt2: "E7E6E6", accent1: "4472C4", accent2: "ED7D31", accent3: "A5A5A5", accent4: "FFC000",
  accent5: "5B9BD5", accent6: "70AD47", hlink: "0563C1", folHlink: "954F72",
};

const DRAWING_NS = `xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${R}"`;

const CHART_FRAME = `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Диаграмма 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame>`;

const TEXT_BOX = `<xdr:twoCellAnchor><xdr:from><xdr:col>7</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>20</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>10</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>24</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="3" name="Надпись 2"/><xdr:cNvSpPr txBox="1"/></xdr:nvSpPr><xdr:spPr><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr><xdr:txBody><a:bodyPr/><a:p><a:r><a:t>Согласовать с куратором до 1 марта</a:t></a:r></a:p></xdr:txBody></xdr:sp><xdr:clientData/></xdr:twoCellAnchor>`;

const X14_EXT =
  `<extLst>` +
  `<ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1"><x14:formula1><xm:f>Данные!$A$1:$A$3</xm:f></x14:formula1><xm:sqref>F6:F20</xm:sqref></x14:dataValidation></x14:dataValidations></ext>` +
  `<ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:sparklineGroups xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:sparklineGroup displayEmptyCellsAs="gap"><x14:colorSeries rgb="FF376092"/><x14:sparklines><x14:sparkline><xm:f>Данные!A1:C1</xm:f><xm:sqref>G6</xm:sqref></x14:sparkline></x14:sparklines></x14:sparklineGroup></x14:sparklineGroups></ext>` +
  `</extLst>`;

/** Validations of every classic kind: E6 and E7 hold deadlines the checker marks. */
const VALIDATIONS: [string, ExcelJS.DataValidation][] = [
  ["E6", { type: "list", allowBlank: true, formulae: ['"до 1 марта,до 1 сентября"'] }],
  [
    "E7",
    { type: "date", operator: "greaterThan", allowBlank: true, formulae: [new Date(Date.UTC(2024, 0, 1))] },
  ],
  ["H6", { type: "whole", operator: "between", allowBlank: true, formulae: [1, 10] }],
  ["H7", { type: "decimal", operator: "lessThan", allowBlank: true, formulae: [1.5] }],
  // exceljs writes a time validation but its typings leave the type out.
  [
    "H8",
    {
      type: "time" as unknown as "date",
      operator: "greaterThanOrEqual",
      allowBlank: true,
      formulae: [0.375],
    },
  ],
  ["H9", { type: "textLength", operator: "lessThanOrEqual", allowBlank: true, formulae: [200] }],
  ["H10", { type: "custom", allowBlank: true, formulae: ["ISNUMBER(H10)"] }],
];

/** A 1×1 PNG, the picture the planner put beside the table. */
const PNG = Uint8Array.from(
  atob("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg=="),
  (c) => c.charCodeAt(0),
);

const PICTURE = `<xdr:oneCellAnchor><xdr:from><xdr:col>7</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>26</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:ext cx="952500" cy="952500"/><xdr:pic><xdr:nvPicPr><xdr:cNvPr id="4" name="Рисунок 3" descr="Логотип"/><xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr><xdr:blipFill><a:blip r:embed="rId2"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill><xdr:spPr><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic><xdr:clientData/></xdr:oneCellAnchor>`;

/** The corpus workbook's bytes. */
export async function corpusWorkbook(opts: CorpusOptions): Promise<Uint8Array> {
  const wb = roadmapWorkbook(15, 1, { blankDeadline: [3] });
  const ws = wb.getWorksheet("Дорожная карта")!;
  for (let r = 6; r <= 20; r++)
    for (let c = 1; c <= 5; c++) {
      const fill = PLANNER_FILLS[(r + c) % PLANNER_FILLS.length];
      if (fill) ws.getCell(r, c).fill = fill;
    }
  ws.getCell("A1").value = { text: "Методические рекомендации", hyperlink: "https://example.org/metod" };
  ws.getCell("G8").value = { formula: "COUNTA(B6:B20)", result: 15 };
  if (opts.plannerNote) ws.getCell("B6").note = "Планировщик: уточнить формулировку";
  for (const [address, validation] of VALIDATIONS) ws.getCell(address).dataValidation = validation;
  const data = wb.addWorksheet("Данные");
  data.getRow(1).values = [1, 2, 3];
  data.getCell("A2").value = { formula: "[1]Sheet1!$A$1", result: 42 };
  const files = unzipSync(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
  // exceljs writes the Office 2007 theme; Excel 2013+ writes the one the simulated Excel resolves theme colours with.
  let theme = strFromU8(files["xl/theme/theme1.xml"]!);
  for (const [name, hex] of Object.entries(OFFICE_2013))
    theme = theme.replace(new RegExp(`(<a:${name}>\\s*<a:srgbClr val=")[0-9A-F]{6}`), `$1${hex}`);
  files["xl/theme/theme1.xml"] = strToU8(theme);

  // Workbook: window protection, external reference, defined names of every kind, a chart sheet.
  let book = strFromU8(files["xl/workbook.xml"]!);
  book = insertBefore(
    book,
    book.includes("<bookViews") ? "<bookViews" : "<sheets>",
    `<workbookProtection lockWindows="1"/>`,
  );
  book = insertBefore(book, "</sheets>", `<sheet name="Диаграмма" sheetId="9" r:id="rIdCs1"/>`);
  const names =
    `<definedName name="Ставка">0.2</definedName>` +
    `<definedName name="Локальное" localSheetId="0">'Дорожная карта'!$B$6</definedName>` +
    `<definedName name="Скрытое" hidden="1">'Дорожная карта'!$C$6:$C$10</definedName>` +
    `<definedName name="Внешнее">[1]Sheet1!$A$1</definedName>`;
  book = book.includes("<definedNames>")
    ? insertBefore(book, "</definedNames>", names)
    : insertBefore(
        book,
        "<calcPr",
        `<externalReferences><externalReference r:id="rIdExt1"/></externalReferences><definedNames>${names}</definedNames>`,
      );
  if (!book.includes("<externalReferences>"))
    book = insertBefore(
      book,
      "<definedNames>",
      `<externalReferences><externalReference r:id="rIdExt1"/></externalReferences>`,
    );
  files["xl/workbook.xml"] = strToU8(book);
  const wbRels = "xl/_rels/workbook.xml.rels";
  addRel(files, wbRels, "rIdCs1", `${R}/chartsheet`, "chartsheets/sheet1.xml");
  addRel(files, wbRels, "rIdExt1", `${R}/externalLink`, "externalLinks/externalLink1.xml");
  addRel(files, wbRels, "rIdCx1", `${R}/customXml`, "../customXml/item1.xml");

  files["xl/chartsheets/sheet1.xml"] = strToU8(
    `${HEAD}<chartsheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${R}"><sheetPr/><sheetViews><sheetView workbookViewId="0"/></sheetViews><drawing r:id="rId1"/></chartsheet>`,
  );
  files["xl/chartsheets/_rels/sheet1.xml.rels"] = strToU8(
    `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/drawing" Target="../drawings/drawing2.xml"/></Relationships>`,
  );
  files["xl/drawings/drawing2.xml"] = strToU8(
    `${HEAD}<xdr:wsDr ${DRAWING_NS}><xdr:absoluteAnchor><xdr:pos x="0" y="0"/><xdr:ext cx="8666400" cy="6300000"/>${CHART_FRAME}<xdr:clientData/></xdr:absoluteAnchor></xdr:wsDr>`,
  );
  files["xl/drawings/_rels/drawing2.xml.rels"] = strToU8(
    `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/chart" Target="../charts/chart2.xml"/></Relationships>`,
  );
  files["xl/charts/chart2.xml"] = strToU8(CHART("Сроки по мероприятиям"));
  addOverride(
    files,
    "xl/chartsheets/sheet1.xml",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml",
  );
  addOverride(files, "xl/drawings/drawing2.xml", "application/vnd.openxmlformats-officedocument.drawing+xml");
  addOverride(
    files,
    "xl/charts/chart2.xml",
    "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  );

  // The roadmap sheet: a chart, a text box and a picture, page breaks, ignored errors, hyperlink tooltip, x14 validation, sparkline.
  let sheet = strFromU8(files["xl/worksheets/sheet1.xml"]!);
  sheet = sheet.replace(/(<hyperlink\b[^>]*ref="A1"[^>]*?)(\/>)/, `$1 tooltip="Открыть рекомендации"$2`);
  if (!sheet.includes('tooltip="Открыть рекомендации"'))
    throw new Error("corpus: exceljs wrote no hyperlink");
  const tail =
    `<rowBreaks count="1" manualBreakCount="1"><brk id="12" max="16383" man="1"/></rowBreaks>` +
    `<ignoredErrors><ignoredError sqref="A6:A20" numberStoredAsText="1"/></ignoredErrors>` +
    `<drawing r:id="rIdDr1"/>`;
  sheet = sheet.includes("<legacyDrawing")
    ? insertBefore(sheet, "<legacyDrawing", tail)
    : insertBefore(sheet, "</worksheet>", tail);
  sheet = insertBefore(sheet, "</worksheet>", X14_EXT);
  files["xl/worksheets/sheet1.xml"] = strToU8(sheet);
  const sheetRels = "xl/worksheets/_rels/sheet1.xml.rels";
  addRel(files, sheetRels, "rIdDr1", `${R}/drawing`, "../drawings/drawing1.xml");
  files["xl/drawings/drawing1.xml"] = strToU8(
    `${HEAD}<xdr:wsDr ${DRAWING_NS}><xdr:twoCellAnchor><xdr:from><xdr:col>7</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>2</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>14</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>18</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>${CHART_FRAME}<xdr:clientData/></xdr:twoCellAnchor>${TEXT_BOX}${PICTURE}</xdr:wsDr>`,
  );
  files["xl/drawings/_rels/drawing1.xml.rels"] = strToU8(
    `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/chart" Target="../charts/chart1.xml"/><Relationship Id="rId2" Type="${R}/image" Target="../media/image1.png"/></Relationships>`,
  );
  files["xl/media/image1.png"] = PNG;
  const types = strFromU8(files["[Content_Types].xml"]!);
  if (!types.includes('Extension="png"'))
    files["[Content_Types].xml"] = strToU8(
      insertBefore(types, "<Override", '<Default Extension="png" ContentType="image/png"/>'),
    );
  files["xl/charts/chart1.xml"] = strToU8(CHART("Мероприятия"));
  addOverride(files, "xl/drawings/drawing1.xml", "application/vnd.openxmlformats-officedocument.drawing+xml");
  addOverride(
    files,
    "xl/charts/chart1.xml",
    "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  );

  // External link.
  files["xl/externalLinks/externalLink1.xml"] = strToU8(
    `${HEAD}<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${R}"><externalBook r:id="rId1"><sheetNames><sheetName val="Sheet1"/></sheetNames><sheetDataSet><sheetData sheetId="0"><row r="1"><cell r="A1"><v>42</v></cell></row></sheetData></sheetDataSet></externalBook></externalLink>`,
  );
  files["xl/externalLinks/_rels/externalLink1.xml.rels"] = strToU8(
    `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/externalLinkPath" Target="file:///C:/Планы/Свод%202024.xlsx" TargetMode="External"/></Relationships>`,
  );
  addOverride(
    files,
    "xl/externalLinks/externalLink1.xml",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml",
  );

  // Custom document properties and a custom XML part.
  files["docProps/custom.xml"] = strToU8(
    `${HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Регион"><vt:lpwstr>Ленинградская область</vt:lpwstr></property></Properties>`,
  );
  addRel(files, "_rels/.rels", "rIdCustom", `${R}/custom-properties`, "docProps/custom.xml");
  addOverride(
    files,
    "docProps/custom.xml",
    "application/vnd.openxmlformats-officedocument.custom-properties+xml",
  );
  files["customXml/item1.xml"] = strToU8(`${HEAD}<plan xmlns="urn:example:plan"><region>47</region></plan>`);
  files["customXml/itemProps1.xml"] = strToU8(
    `${HEAD}<ds:datastoreItem ds:itemID="{6A1F0C5E-0000-4000-8000-000000000047}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs/></ds:datastoreItem>`,
  );
  files["customXml/_rels/item1.xml.rels"] = strToU8(
    `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/customXmlProps" Target="itemProps1.xml"/></Relationships>`,
  );
  addOverride(
    files,
    "customXml/itemProps1.xml",
    "application/vnd.openxmlformats-officedocument.customXmlProperties+xml",
  );

  const out: Zippable = {};
  for (const [name, data] of Object.entries(files)) out[name] = data;
  return zipSync(out);
}

/** The same workbook with its structure locked: the add-in refuses to add its sheets, and so does the CLI. */
export function lockStructure(zip: Uint8Array): Uint8Array {
  const files = unzipSync(zip);
  files["xl/workbook.xml"] = strToU8(
    strFromU8(files["xl/workbook.xml"]!).replace(
      '<workbookProtection lockWindows="1"/>',
      '<workbookProtection lockStructure="1" lockWindows="1"/>',
    ),
  );
  return zipSync(files);
}
