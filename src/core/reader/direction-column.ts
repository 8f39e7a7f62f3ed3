// A «Направление» column beside the measure column («№ | Направление | Мероприятие | …»): the direction named on a row,
// or merged down over its rows, heads those rows as a section row above them would.
import type { Sheet } from "./grid-cache";
import type { Header } from "./header";
import { squash } from "./normalize";
import type { Sec } from "./sections";
import type { RoadmapRow } from "./types";

/**
 * «Направление», «Направления», «Направление деятельности (работы, плана)», «Направление плана (№)», «№ направления»,
 * «Направление (по форме Минпросвещения России)»; not «Направление, мероприятие» (the measure).
 */
const DIRECTION_HEADER =
  /^(?:№|номер)?направлени[а-я]*(деятельност[а-я]*|работ[а-я]*|плана)?(?:\(?(?:№|номер)\)?)?(?:\((?:по|в|согласно)[^)]*\))?$/;
// «6», «10.»: a direction given by its number in the form.
const DIRECTION_NUMBER = /^(?:[1-9]|10)\.?$/;

/** The header's «Направление» column that no role took, or -1. */
function directionCol(s: Sheet, h: Header): number {
  const used = new Set(Object.values(h.cols));
  for (const [c, t] of s.cells(h.row)) if (!used.has(c) && DIRECTION_HEADER.test(squash(t))) return c;
  return -1;
}

/** The direction written on sheet row r (0-based in s), or in the merge it lies in; "" when none. */
function directionAt(s: Sheet, r: number, c: number): { text: string; top: number } {
  const a = s.coveredBy(r, c);
  const top = a ? a.top : r;
  return {
    text: s
      .text(top, a ? a.left : c)
      .replace(/\s+/g, " ")
      .trim(),
    top,
  };
}

/**
 * Gives the rows of a table without section rows the sections its «Направление» column names: one section per run of
 * rows under the same direction text (its cell's address is its number, so no form number is implied).
 */
export function directionColumnSections(
  s: Sheet,
  h: Header,
  rows: readonly RoadmapRow[],
  secs: (Sec | null)[],
): Sec[] {
  const c = directionCol(s, h);
  if (c < 0) return [];
  const out: Sec[] = [];
  const texts = rows.map((row) => directionAt(s, row.sheetRows[0]! - s.row0, c).text);
  // A column of the form's direction numbers: each row is in the direction of its number, wherever it stands.
  if (texts.some((t) => t !== "") && texts.every((t) => t === "" || DIRECTION_NUMBER.test(t))) {
    const byNumber = new Map<string, Sec>();
    let last: Sec | null = null;
    rows.forEach((row, i) => {
      const n = texts[i]!.replace(/\.$/, "");
      if (n !== "") {
        last = byNumber.get(n) ?? null;
        if (!last) {
          const address = s.addr(row.sheetRows[0]! - s.row0, c);
          last = { s: { number: n, title: n, address } };
          byNumber.set(n, last);
          out.push(last);
        }
      }
      secs[i] = last;
    });
    return out;
  }
  let last: Sec | null = null;
  rows.forEach((row, i) => {
    const d = directionAt(s, row.sheetRows[0]! - s.row0, c);
    // An empty cell under a direction continues it (a merge lost on export).
    if (d.text !== "" && (!last || last.s.title !== d.text)) {
      last = { s: { number: s.addr(d.top, c), title: d.text, address: s.addr(d.top, c) } };
      out.push(last);
    }
    secs[i] = last;
  });
  return out;
}
