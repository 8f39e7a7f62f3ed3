// What the table and matrix readers share: a row's field from its cells, and where the rows stop (footers).
import type { Sheet } from "./grid-cache";
import { normalize } from "./normalize";
import type { RoadmapRow, RowField } from "./types";
import { FOOTER_RE, isNumberLike, NAME_RE, POSITION_RE } from "./vocabulary";

/** Rows without sub-items share one frozen array: a 10,000-row sheet keeps 10,000 fewer objects alive. */
export const NO_SUBITEMS: string[] = Object.freeze([]) as unknown as string[];

export function field(s: Sheet, r: number, c: number, address = s.addr(r, c)): RowField {
  return { text: s.text(r, c), value: s.value(r, c), addresses: [address] };
}

/** A field continued by one more cell (a row broken across a page). */
export function extend(
  f: RowField | undefined,
  s: Sheet,
  r: number,
  c: number,
  text = s.text(r, c),
): RowField {
  if (!f) return { text, value: s.value(r, c), addresses: [s.addr(r, c)] };
  return { ...f, text: `${f.text}\n${text}`, addresses: [...f.addresses, s.addr(r, c)] };
}

export function addSheetRow(row: RoadmapRow, sheetRow: number): void {
  if (row.sheetRows[row.sheetRows.length - 1] !== sheetRow) row.sheetRows.push(sheetRow);
}

function signedLine(t: string): boolean {
  const m = /^(.*?)_{3,}[\s_]*(.*)$/s.exec(t.trim());
  return m !== null && POSITION_RE.test(normalize(m[1]!.trim())) && NAME_RE.test(m[2]!.trim());
}

/** «Ознакомлены», «Согласовано», a signature (position + name) under the table. */
export function isFooter(s: Sheet, r: number, keyCols: number[], tableCols: Set<number>): boolean {
  let firstText = "";
  for (let c = 0; c < s.nCols && firstText === ""; c++) firstText = s.text(r, c);
  if (firstText === "") return false;
  for (const k of keyCols) if (isNumberLike(s.value(r, k), s.text(r, k))) return false;
  if (FOOTER_RE.test(firstText)) return true;
  if (s.count(r, 0, s.nCols - 1, 3) > 3) return false;
  const cells = s.cells(r);
  // «Директор ____________ С.П. Гайдамак» in one cell: a position signing on a line before the name.
  if (cells.some(([, t]) => signedLine(t))) return true;
  // A long position names its office in full («Начальник отдела образования исполнительного комитета … района»).
  if (cells.some(([, t]) => t.length > (POSITION_RE.test(normalize(t)) ? 160 : 80))) return false;
  // «____________ Г.К. Ларионов»: the name beside its signing line, the position in a cell of its own.
  const names = cells.filter(([, t]) => NAME_RE.test(t.replace(/^_{3,}\s*|\s*_{3,}$/g, "")));
  if (names.length === 0) return false;
  const position = cells.some(([, t]) => POSITION_RE.test(normalize(t)));
  return position || names.every(([c]) => keyCols.includes(c) || !tableCols.has(c));
}
