// A «Направление» column beside the measure column («№ | Направление | Мероприятие | …»): the direction named on a row,
// or merged down over its rows, heads those rows as a section row above them would.
import type { Sheet } from "./grid-cache";
import type { Header } from "./header";
import { squash } from "./normalize";
import type { Sec } from "./sections";
import type { RoadmapRow } from "./types";

/** «Направление», «Направления», «Направление деятельности (работы)»; not «Направление, мероприятие» (the measure). */
const DIRECTION_HEADER = /^направлени[а-я]*(деятельност[а-я]*|работ[а-я]*)?$/;

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
