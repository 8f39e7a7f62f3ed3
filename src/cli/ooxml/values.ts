import { OoxmlPackage, REL } from "./package";
import { decodeEntities, decodeOoxmlEscapes, unbin } from "./xml";

/** Cell text read straight from the parts: for the store sheet, whose records are one text per cell of column A. */

const T_RE = /<(?:\w+:)?t\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?t>)/g;

/** The text of an <si> or <is>: its <t> pieces, phonetic runs (<rPh>) left out. */
function textOf(xml: string): string {
  const plain = xml.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, "");
  let s = "";
  for (const m of plain.matchAll(T_RE)) s += m[1] ?? "";
  return decodeOoxmlEscapes(decodeEntities(unbin(s)));
}

function sharedStrings(pkg: OoxmlPackage, workbookPart: string): string[] {
  const rel = pkg.rels(workbookPart).find((r) => r.type === REL.sharedStrings);
  const text = rel ? pkg.text(OoxmlPackage.resolve(workbookPart, rel.target)) : null;
  if (!text) return [];
  return [...text.matchAll(/<(?:\w+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?si>)/g)].map((m) =>
    textOf(m[1] ?? ""),
  );
}

/** The text of each cell in columns 1..`columns` of a worksheet, row by row from row 1 (missing cells as ""). */
export function sheetTexts(
  pkg: OoxmlPackage,
  workbookPart: string,
  sheetPart: string,
  columns: number,
): string[][] {
  const xml = pkg.text(sheetPart) ?? "";
  let strings: string[] | null = null;
  const out: string[][] = [];
  const re = /<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g;
  for (const m of xml.matchAll(re)) {
    const a = m[1]!;
    const ref = /\br="([A-Z]+)(\d+)"/.exec(a);
    if (!ref) continue;
    const col = columnNumber(ref[1]!);
    if (col > columns) continue;
    const row = Number(ref[2]);
    const type = /\bt="(\w+)"/.exec(a)?.[1] ?? "n";
    const body = m[2] ?? "";
    const v = /<(?:\w+:)?v>([\s\S]*?)<\/(?:\w+:)?v>/.exec(body)?.[1];
    let value = "";
    if (type === "s" && v !== undefined)
      value = (strings ??= sharedStrings(pkg, workbookPart))[Number(v)] ?? "";
    else if (type === "inlineStr")
      value = textOf(/<(?:\w+:)?is>([\s\S]*?)<\/(?:\w+:)?is>/.exec(body)?.[1] ?? "");
    else if (v !== undefined) value = decodeOoxmlEscapes(decodeEntities(unbin(v)));
    while (out.length < row) out.push(Array<string>(columns).fill(""));
    out[row - 1]![col - 1] = value;
  }
  return out;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

/** Column A of a worksheet, row by row from row 1 (missing cells as ""). */
export function columnA(pkg: OoxmlPackage, workbookPart: string, sheetPart: string): string[] {
  return sheetTexts(pkg, workbookPart, sheetPart, 1).map((r) => r[0]!);
}
