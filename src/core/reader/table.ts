// The table reader: one row per numbered (or titled) line, rows continued across pages, «Направление» sections.
import type { Sheet } from "./grid-cache";
import { isColumnNumbers, isRepeatedHeader, type Header } from "./header";
import { normalize } from "./normalize";
import { addSheetRow, extend, field, isFooter, NO_SUBITEMS } from "./row-cells";
import type { FieldKey, RoadmapRow, Section, SkippedRow } from "./types";
import { takeGroupHeadings } from "./row-kinds";
import { isNumberLike, LETTER_STEP_RE, SECTION_RE, SECTION_WORD } from "./vocabulary";

export interface Sec {
  s: Section;
}

export interface TableRead {
  rows: RoadmapRow[];
  /** The section of each row (parallel to rows): no wrapper object per row. */
  secs: (Sec | null)[];
  sections: Sec[];
  /** Rows under the header that are not measures. */
  skipped: SkippedRow[];
  lastRow: number;
  /** Row where reading stopped (footer) or nRows. */
  end: number;
}

function sectionOf(s: Sheet, r: number, lo: number, hi: number, h: Header): Sec | null {
  if (s.count(r, lo, hi, 1) !== 1) return null;
  const cells = s.cells(r, lo, hi);
  if (cells.length !== 1) return null;
  const [c, t] = cells[0]!;
  const m = SECTION_RE.exec(t);
  if (!m) return null;
  const a = s.area(r, c);
  const wide = a !== undefined && a.right - a.left >= 1 && a.right >= Math.min(hi, c + 1);
  const word = SECTION_WORD.test(normalize(m[1]!).replace(/\s+/g, ""));
  if (!wide && !word) return null;
  if (!wide && c !== h.numberCol && c !== h.titleCol) return null;
  return { s: { number: m[2]!, title: m[3]!.trim(), address: s.addr(r, c) } };
}

/** Split rows on the № column only when the table is numbered; otherwise every titled row is a new row. */
function isNumbered(s: Sheet, h: Header): boolean {
  const nc = h.numberCol;
  if (nc === undefined) return false;
  let nums = 0;
  let titled = 0;
  for (let r = h.last + 1; r < s.nRows && titled < 200; r++) {
    if (s.text(r, h.titleCol) !== "") titled++;
    if (isNumberLike(s.value(r, nc), s.text(r, nc))) nums++;
  }
  return nums > 0 && nums >= 0.3 * titled;
}

export function readTable(s: Sheet, h: Header): TableRead {
  const cols = Object.entries(h.cols) as [FieldKey, number][];
  const colSet = new Set(cols.map(([, c]) => c));
  const lo = Math.min(...colSet);
  const hi = Math.max(...colSet);
  const nc = h.numberCol;
  const tc = h.titleCol;
  const numbered = isNumbered(s, h);
  const rows: RoadmapRow[] = [];
  const secs: (Sec | null)[] = [];
  const sections: Sec[] = [];
  const skipped: SkippedRow[] = [];
  let current: RoadmapRow | null = null;
  let sec: Sec | null = null;
  let lastRow = h.last;
  let r = h.last + 1;
  const keyCols = nc !== undefined ? [nc] : [];
  for (; r < s.nRows; r++) {
    if (s.blankRow(r, lo, hi)) {
      if (!s.blankRow(r) && isFooter(s, r, keyCols, colSet)) break;
      continue;
    }
    if (isRepeatedHeader(s, r, h) || isColumnNumbers(s, r, lo, hi)) {
      const a = nc !== undefined ? s.area(r, nc) : undefined;
      if (a) r = a.bottom;
      continue;
    }
    if (isFooter(s, r, keyCols, colSet)) break;
    const section = sectionOf(s, r, lo, hi, h);
    if (section) {
      sections.push(section);
      sec = section;
      current = null;
      lastRow = r;
      continue;
    }
    const numText = nc !== undefined ? s.text(r, nc) : "";
    // A lettered sub-step («а) …») under a numbered heading is a row of its own, not the heading's continuation.
    const starts = numbered
      ? numText !== "" || LETTER_STEP_RE.test(s.text(r, tc))
      : s.text(r, tc) !== "" || current === null;
    if (starts || current === null) {
      const address = s.addr(r, tc);
      const row: RoadmapRow = {
        index: rows.length,
        number: numText !== "" ? numText : null,
        section: sec ? sec.s.number : null,
        fields: {},
        subItems: NO_SUBITEMS, // set by finishRows
        address,
        sheetRows: [s.row0 + r],
      };
      // The title cell's address is the row's own: one string, not two.
      for (const [f, c] of cols) {
        if (s.text(r, c) !== "") row.fields[f] = field(s, r, c, c === tc ? address : undefined);
        else if (f !== "number" && f !== "title") {
          // A responsible or result written once for a block of rows (merged vertically) applies to each of them.
          const a = s.coveredBy(r, c);
          if (a && s.text(a.top, a.left) !== "") row.fields[f] = field(s, a.top, a.left);
        }
      }
      current = row;
      rows.push(row);
      secs.push(sec);
    } else {
      // A row continued on the next page: its cells go on where the previous row's stopped.
      for (const [f, c] of cols) {
        if (s.text(r, c) === "") continue;
        current.fields[f] = extend(current.fields[f], s, r, c);
      }
      addSheetRow(current, s.row0 + r);
    }
    lastRow = r;
  }
  const kept = takeGroupHeadings(rows, secs, skipped);
  return { rows: kept.rows, secs: kept.side, sections, skipped, lastRow, end: r };
}
