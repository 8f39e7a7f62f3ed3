import ExcelJS from "exceljs";
import { strToU8, unzipSync, Zip, ZipDeflate, zipSync } from "fflate";
import { randomBytes } from "node:crypto";
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { roadmapWorkbook, workbookBytes } from "./workbooks";

/**
 * A corpus of crafted bad and odd workbooks, generated (nothing large is committed): each file with what the CLI must
 * make of it — its exit code and a pattern its one-line reason (or report) must match.
 */

export interface OddFile {
  name: string;
  /** 0 ready, 1 has errors, 2 unreadable / no roadmap; several when either is acceptable. */
  exit: readonly number[];
  /** The file's line in the human report (Russian). */
  says: RegExp;
}

type Parts = Record<string, Uint8Array>;

const text = (b: Uint8Array) => Buffer.from(b).toString("utf8");

function patchSheet(parts: Parts, edit: (xml: string) => string, part = "xl/worksheets/sheet1.xml"): Parts {
  return { ...parts, [part]: strToU8(edit(text(parts[part]!))) };
}

/** Sets the uncompressed size the central directory declares for `name` (the local header keeps the true one). */
function declareSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = Uint8Array.from(zip);
  const view = new DataView(out.buffer);
  for (let i = out.length - 46; i >= 0; i--) {
    if (view.getUint32(i, true) !== 0x02014b50) continue;
    const n = view.getUint16(i + 28, true);
    if (Buffer.from(out.subarray(i + 46, i + 46 + n)).toString("utf8") === name) {
      view.setUint32(i + 24, size, true);
      return out;
    }
  }
  throw new Error(`no ${name} in the central directory`);
}

/** A real zip bomb: one part of `mb` megabytes of spaces, deflated in chunks (a few hundred KB on disk). */
export function zipBomb(mb: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((err, data) => {
    if (err) throw err;
    chunks.push(data);
  });
  for (const [name, body] of Object.entries(MINIMAL)) {
    const f = new ZipDeflate(name, { level: 6 });
    zip.add(f);
    f.push(strToU8(body), true);
  }
  const sheet = new ZipDeflate("xl/worksheets/sheet1.xml", { level: 9 });
  zip.add(sheet);
  const block = new Uint8Array(1024 * 1024).fill(0x20);
  sheet.push(
    strToU8('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'),
  );
  for (let i = 0; i < mb; i++) sheet.push(block);
  sheet.push(strToU8("</sheetData></worksheet>"), true);
  zip.end();
  return Buffer.concat(chunks);
}

const MINIMAL: Record<string, string> = {
  "[Content_Types].xml":
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
  "_rels/.rels":
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
  "xl/workbook.xml":
    '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Лист1" sheetId="1" r:id="rId1"/></sheets></workbook>',
  "xl/_rels/workbook.xml.rels":
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
};

function chartSheetOnly(): Uint8Array {
  const parts: Record<string, string> = {
    ...MINIMAL,
    "xl/workbook.xml": MINIMAL["xl/workbook.xml"]!.replace('name="Лист1"', 'name="Диаграмма1"'),
    "xl/_rels/workbook.xml.rels": MINIMAL["xl/_rels/workbook.xml.rels"]!.replace(
      "relationships/worksheet",
      "relationships/chartsheet",
    ).replace("worksheets/sheet1.xml", "chartsheets/sheet1.xml"),
    "xl/chartsheets/sheet1.xml":
      '<?xml version="1.0" encoding="UTF-8"?><chartsheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetViews><sheetView workbookViewId="0"/></sheetViews></chartsheet>',
  };
  return zipSync(Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, strToU8(v)])));
}

function docx(): Uint8Array {
  return zipSync({
    "[Content_Types].xml": strToU8(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    "word/document.xml": strToU8(
      '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Дорожная карта</w:t></w:r></w:p></w:body></w:document>',
    ),
  });
}

/** Writes the corpus into `dir` and says what each file must give. */
export async function writeOddFiles(dir: string): Promise<OddFile[]> {
  mkdirSync(dir, { recursive: true });
  const base = await workbookBytes(roadmapWorkbook(20, 2));
  const parts = unzipSync(base);
  const out: OddFile[] = [];
  const put = (name: string, bytes: Uint8Array, exit: readonly number[], says: RegExp) => {
    writeFileSync(join(dir, name), bytes);
    out.push({ name, exit, says });
  };

  put("normal.xlsx", base, [0, 1], /Итог/);

  const stray = roadmapWorkbook(20, 2);
  stray.worksheets[0]!.getCell("XFD10000").value = "x";
  put("stray-far-value.xlsx", await workbookBytes(stray), [0, 1], /Итог/);
  const strayEnd = roadmapWorkbook(20, 2);
  strayEnd.worksheets[0]!.getCell("XFD1048576").value = "x";
  put("stray-last-cell.xlsx", await workbookBytes(strayEnd), [0, 1], /Итог/);

  const validation =
    '<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="A1:XFD1048576"><formula1>"да,нет"</formula1></dataValidation></dataValidations>';
  put(
    "whole-sheet-validation.xlsx",
    zipSync(patchSheet(parts, (x) => x.replace(/(<pageMargins|<\/worksheet>)/, `${validation}$1`))),
    [0, 1],
    /Итог/,
  );
  put(
    "whole-sheet-merge.xlsx",
    zipSync(
      patchSheet(parts, (x) =>
        x
          .replace(/<mergeCells[^]*?<\/mergeCells>/, "")
          .replace(
            "</sheetData>",
            '</sheetData><mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>',
          ),
      ),
    ),
    [0, 1, 2],
    /Итог|нет дорожной карты/,
  );
  put("zip-bomb.xlsx", zipBomb(600), [2], /слишком большой объём/);
  put(
    "declared-bomb.xlsx",
    declareSize(zipSync(parts), "xl/worksheets/sheet1.xml", 0xfffffff0),
    [2],
    /слишком большой объём/,
  );
  put(
    "lying-sizes.xlsx",
    declareSize(zipSync(parts), "xl/worksheets/sheet1.xml", 100),
    [2],
    /слишком большой объём/,
  );
  put("truncated.xlsx", base.subarray(0, Math.floor(base.length / 2)), [2], /повреждён/);
  put("not-a-zip.xlsx", randomBytes(5000), [2], /неизвестный формат/);
  put("renamed-docx.xlsx", docx(), [2], /документ Word/);
  const empty = new ExcelJS.Workbook();
  empty.addWorksheet("Лист1");
  put("empty-workbook.xlsx", await workbookBytes(empty), [2], /книга пуста/);
  put("chart-sheet-only.xlsx", chartSheetOnly(), [2], /не прочитан|нет листов|пуста/);

  const strings = roadmapWorkbook(20, 2);
  const junk = strings.addWorksheet("Много строк");
  for (let i = 1; i <= 20000; i++) junk.getCell(i, 1).value = `${i} ${"строка ".repeat(60)}`;
  put("huge-shared-strings.xlsx", await workbookBytes(strings), [0, 1], /Итог/);
  put(
    "declared-huge-shared-strings.xlsx",
    declareSize(zipSync(unzipSync(await workbookBytes(strings))), "xl/sharedStrings.xml", 200 * 1024 * 1024),
    [2],
    /таблица строк/,
  );

  const formulas = roadmapWorkbook(20, 2);
  const ws = formulas.worksheets[0]!;
  for (let r = 6; r <= 18; r++)
    ws.getCell(r, 5).value = { formula: `"до 1 сентября 2024 года"` } as ExcelJS.CellFormulaValue;
  put("formulas-without-values.xlsx", await workbookBytes(formulas), [0, 1], /Итог/);

  const prot = roadmapWorkbook(20, 1);
  await prot.worksheets[0]!.protect("", {});
  put("protected-sheet.xlsx", await workbookBytes(prot), [0, 1], /Итог/);
  put(
    "protected-structure.xlsx",
    zipSync({
      ...parts,
      "xl/workbook.xml": strToU8(
        text(parts["xl/workbook.xml"]!).replace(
          /<(bookViews|sheets)>/,
          '<workbookProtection lockStructure="1"/><$1>',
        ),
      ),
    }),
    [0, 1],
    /Итог/,
  );

  const esc = roadmapWorkbook(20, 2);
  esc.worksheets[0]!.getCell("B6").value = "Закупка \u001b[31mоборудования\u001b[0m";
  esc.worksheets[0]!.name = "Лист\u202e1";
  put("esc\u001b[2Jname.xlsx", await workbookBytes(esc), [0, 1], /Итог/);

  symlinkSync("normal.xlsx", join(dir, "link-to-normal.xlsx"));
  out.push({ name: "link-to-normal.xlsx", exit: [0, 1], says: /Итог/ });
  symlinkSync("loop-b.xlsx", join(dir, "loop-a.xlsx"));
  symlinkSync("loop-a.xlsx", join(dir, "loop-b.xlsx"));
  out.push({ name: "loop-a.xlsx", exit: [2], says: /по кругу/ });
  out.push({ name: "loop-b.xlsx", exit: [2], says: /по кругу/ });
  symlinkSync("missing.xlsx", join(dir, "dangling.xlsx"));
  out.push({ name: "dangling.xlsx", exit: [2], says: /ведёт на файл, которого нет/ });
  return out;
}
