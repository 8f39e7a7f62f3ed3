// Reads roadmap tables from a sheet grid in place, whatever their layout (see issue 4 and the seeds).
import {
  cellAddress,
  cellText,
  columnLetters,
  parseCell,
  parseRange,
  rangeAddress,
  type CellValue,
  type Grid,
} from "../grid";
import type { Bilingual } from "../lang";
import type { ProgrammeId } from "../programmes";
import { documentYearOf, guessProgramme, guessYear, programmeMentions, type Located } from "./guess";
import { classifyHeader, looseField } from "./headers";
import { normalize } from "./normalize";
import { splitSubItems } from "./subitems";
import type { FieldKey, ReadResult, Roadmap, RoadmapRow, RowField, Section } from "./types";

export type { FieldKey, ReadResult, Roadmap, RoadmapRow, RowField, Section } from "./types";
export { splitSubItems } from "./subitems";
export { normalize } from "./normalize";
export { classifyHeader } from "./headers";

/** A merged area in grid coordinates (0-based, clipped to the grid). */
interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

class Sheet {
  readonly nRows: number;
  readonly nCols: number;
  readonly row0: number;
  readonly col0: number;
  /** Trimmed text of every cell, row-major (r * nCols + c): one packed array, not an array per row. */
  private readonly texts: string[] = [];
  /** Whether any cell holds text. */
  readonly hasText: boolean;
  /** Merged areas by their top-left cell (r * nCols + c). */
  readonly areas = new Map<number, Area>();

  constructor(readonly grid: Grid) {
    const o = parseCell(grid.origin);
    this.row0 = o.row;
    this.col0 = o.col;
    this.nRows = grid.values.length;
    this.nCols = grid.values.reduce((m, r) => Math.max(m, r.length), 0);
    let any = false;
    for (let r = 0; r < this.nRows; r++) {
      const src = grid.values[r] ?? [];
      for (let k = 0; k < this.nCols; k++) {
        const t = cellText(src[k] ?? null).trim();
        if (t !== "") any = true;
        this.texts.push(t);
      }
    }
    this.hasText = any;
    for (const m of grid.merges) {
      let g;
      try {
        g = parseRange(m);
      } catch {
        continue; // a malformed merge address says nothing about the table
      }
      const a = {
        top: Math.max(0, g.top - this.row0),
        left: Math.max(0, g.left - this.col0),
        bottom: Math.min(this.nRows - 1, g.bottom - this.row0),
        right: Math.min(this.nCols - 1, g.right - this.col0),
      };
      if (a.top > a.bottom || a.left > a.right) continue;
      if (g.top - this.row0 !== a.top || g.left - this.col0 !== a.left) continue; // its value lies outside the grid
      this.areas.set(a.top * this.nCols + a.left, a);
    }
  }
  value(r: number, c: number): CellValue {
    return this.grid.values[r]?.[c] ?? null;
  }
  text(r: number, c: number): string {
    if (c < 0 || c >= this.nCols || r < 0 || r >= this.nRows) return "";
    return this.texts[r * this.nCols + c]!;
  }
  area(r: number, c: number): Area | undefined {
    return this.areas.get(r * this.nCols + c);
  }
  private readonly letters: string[] = [];
  addr(r: number, c: number): string {
    if (c < 0) return cellAddress(this.row0 + r, this.col0 + c);
    const l = (this.letters[c] ??= columnLetters(this.col0 + c));
    return `${l}${this.row0 + r}`;
  }
  letter(c: number): string {
    return columnLetters(this.col0 + c);
  }
  blankRow(r: number, from = 0, to = this.nCols - 1): boolean {
    for (let c = Math.max(0, from); c <= Math.min(to, this.nCols - 1); c++)
      if (this.text(r, c) !== "") return false;
    return true;
  }
  /** How many cells of the row are non-blank (stops counting past max). */
  count(r: number, from = 0, to = this.nCols - 1, max = Infinity): number {
    let n = 0;
    for (let c = Math.max(0, from); c <= Math.min(to, this.nCols - 1) && n <= max; c++)
      if (this.text(r, c) !== "") n++;
    return n;
  }
  /** Non-blank cells of a row as [column, text]. */
  cells(r: number, from = 0, to = this.nCols - 1): [number, string][] {
    const out: [number, string][] = [];
    for (let c = Math.max(0, from); c <= Math.min(to, this.nCols - 1); c++) {
      const t = this.text(r, c);
      if (t !== "") out.push([c, t]);
    }
    return out;
  }
}

// An instance that outlives every read keeps the Sheet shape alive, so the optimised code survives a full GC.
const SHEET_SHAPE = new Sheet({ sheetName: "", origin: "A1", values: [], merges: [] });
void SHEET_SHAPE;

type Cols = Partial<Record<FieldKey, number>>;

interface Header {
  row: number;
  /** Last row of the header block (vertical merges, sub-header rows). */
  last: number;
  cols: Cols;
  /** Matrix: one title column per programme, with the header labels above it. */
  matrix: { col: number; labels: Located[]; label: Located }[] | null;
  entries: [FieldKey, number][];
  /** Header cells a row must repeat to be a repeated header. */
  needed: number;
  /** cols.number and cols.title, read once: the hot row loop then never touches the per-table cols object. */
  numberCol: number | undefined;
  titleCol: number;
}

function withEntries(h: Omit<Header, "entries" | "needed" | "numberCol" | "titleCol">): Header {
  const entries = Object.entries(h.cols) as [FieldKey, number][];
  // A literal, not a spread: its shape outlives a full GC, so the code optimised for it is kept.
  return {
    row: h.row,
    last: h.last,
    cols: h.cols,
    matrix: h.matrix,
    entries,
    needed: Math.ceil(entries.filter(([f]) => f !== "number").length / 2),
    numberCol: h.cols.number,
    titleCol: h.cols.title!,
  };
}

const NUMBER_RE = /^\d{1,3}(\s*\.\s*\d{1,3})*\s*[.)]?$/;
const FOOTER_RE =
  /^(ознакомлен|с\s+[а-яё\s]*ознакомлен|согласован|утвержда|подпис|примечани|исп\.\s|исполнитель\s*:|\*)/i;
const NAME_RE =
  /^([А-ЯЁ][а-яё]+(-[А-ЯЁ][а-яё]+)?\s+[А-ЯЁ]\.\s?([А-ЯЁ]\.?)?|[А-ЯЁ]\.\s?([А-ЯЁ]\.)?\s?[А-ЯЁ][а-яё]+(-[А-ЯЁ][а-яё]+)?)$/;
const POSITION_RE =
  /^(министр|губернатор|начальник|директор|заместитель|первый\s+заместитель|руководитель|председатель|глава|ректор)/;
const TITLE_RE =
  /дорожн[а-я]*\s+карт|комплекс[а-я]*\s+мер|план[а-я]*\s+мероприяти|комплексн[а-я]*\s+план|^\s*план\b/;
const SECTION_RE = /^([A-Za-zА-Яа-яЁё ]{1,40}?)\s*(\d{1,2}|[IVX]{1,4}|[A-Za-zА-Яа-яЁё])\s*\.\s+(\S[\s\S]*)$/;
const SECTION_WORD = /направ|раздел|блок|задач/;
const OTV_RE = /^(отв\.|отв\s|ответственн[а-я]*\s*:?)\s*/i;
const DATEISH_RE =
  /\d|январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр|квартал|течение|срок|ежегод|ежемесяч/;

function isNumberLike(v: CellValue, t: string): boolean {
  return (typeof v === "number" && Number.isInteger(v) && v >= 0 && v < 1000) || NUMBER_RE.test(t);
}

// ---------- header ----------

function headerFields(s: Sheet, r: number): Cols | null {
  const cols: Cols = {};
  let n = 0;
  for (const [c, t] of s.cells(r)) {
    const f = classifyHeader(t);
    if (f && cols[f] === undefined) {
      cols[f] = c;
      n++;
    }
  }
  const other = cols.responsible ?? cols.deadline ?? cols.result ?? cols.audience;
  return cols.title !== undefined && other !== undefined && n >= 2 ? cols : null;
}

/** «1 2 3 4 5» under the header (in any order, should the columns have been moved). */
function isColumnNumbers(s: Sheet, r: number, from: number, to: number): boolean {
  for (let c = Math.max(0, from); c <= to; c++) {
    const t = s.text(r, c);
    if (t === "") continue;
    if (t.length > 2 || !/^\d+$/.test(t)) return false;
    break;
  }
  const cells = s.cells(r, from, to);
  if (cells.length < 3) return false;
  const seen = new Set(cells.map(([, t]) => t));
  return seen.size === cells.length && cells.every((_, i) => seen.has(String(i + 1)));
}

/** An unlabelled № column: the header cell is empty and the cells under it are numbers. */
function findNumberColumn(s: Sheet, h: number, last: number, cols: Cols): number | undefined {
  const used = new Set(Object.values(cols));
  const lo = Math.min(...used);
  const hi = Math.max(...used);
  const candidates: number[] = [];
  for (let c = lo - 1; c >= Math.max(0, lo - 3); c--) candidates.push(c);
  for (let c = lo + 1; c < hi; c++) if (!used.has(c)) candidates.push(c);
  for (const c of candidates) {
    if (s.text(h, c) !== "") continue;
    let nums = 0;
    let other = 0;
    for (let r = last + 1, seen = 0; r < s.nRows && seen < 60; r++) {
      const t = s.text(r, c);
      if (t === "") continue;
      seen++;
      if (isNumberLike(s.value(r, c), t)) nums++;
      else other++;
    }
    if (nums >= 2 && nums >= 0.7 * (nums + other)) return c;
  }
  return undefined;
}

function readHeader(s: Sheet, r: number, cols: Cols): Header {
  let last = r;
  const used = Object.values(cols);
  for (const c of used) {
    const a = s.area(r, c);
    if (a && a.bottom > last && a.bottom - r <= 10) last = a.bottom;
  }
  let matrix: Header["matrix"] = null;
  const tc = cols.title!;
  const span = s.area(r, tc);
  const key = cols.deadline ?? cols.number;
  if (span && span.right > span.left && key !== undefined) {
    // Sub-header rows under a title header merged across several columns: the rows before the first date.
    let sub = last;
    for (let rr = r + 1, n = 0; rr < s.nRows && n < 3; rr++) {
      if (s.blankRow(rr, span.left, span.right)) continue;
      if (s.text(rr, key) !== "") break;
      sub = Math.max(sub, rr);
      n++;
    }
    const columns: NonNullable<Header["matrix"]> = [];
    for (let c = span.left; c <= span.right; c++) {
      const labels: Located[] = [];
      for (let rr = sub; rr > r; rr--) {
        let t = s.text(rr, c);
        let at = c;
        if (t === "") {
          // A label merged over several programme columns sits in its area's first cell.
          for (const [k, a] of s.areas) {
            if (a.top === rr && a.left < c && a.right >= c) {
              at = k - rr * s.nCols;
              t = s.text(rr, at);
            }
          }
        }
        if (t !== "") labels.push({ text: t, address: s.addr(rr, at) });
      }
      if (labels.length && labels[0]!.address === s.addr(sub, c))
        columns.push({ col: c, labels, label: labels[0]! });
    }
    if (columns.length >= 2) {
      matrix = columns;
      last = Math.max(last, sub);
    }
  }
  const full: Cols = { ...cols };
  if (full.number === undefined && !matrix) {
    const n = findNumberColumn(s, r, last, cols);
    if (n !== undefined) full.number = n;
  }
  if (last + 1 < s.nRows) {
    const all = Object.values(full);
    if (isColumnNumbers(s, last + 1, Math.min(...all), Math.max(...all))) last++;
  }
  return withEntries({ row: r, last, cols: full, matrix });
}

/** «Дата | Кванториум | Точка роста | ЦОС»: a date column and two or more columns named by programme. */
function programmeColumnsHeader(s: Sheet, r: number): Header | null {
  const cells = s.cells(r);
  if (cells.length < 3 || cells.length > 12) return null;
  let date: number | undefined;
  const progs: { col: number; labels: Located[]; label: Located }[] = [];
  const seen = new Set<ProgrammeId>();
  for (const [c, t] of cells) {
    if (t.length > 300) return null;
    if (date === undefined && classifyHeader(t) === "deadline") {
      date = c;
      continue;
    }
    const l = { text: t, address: s.addr(r, c) };
    const m = programmeMentions(l);
    if (m.length > 0 && !seen.has(m[0]!.id)) {
      seen.add(m[0]!.id);
      progs.push({ col: c, labels: [l], label: l });
    }
  }
  if (date === undefined || progs.length < 2) return null;
  return withEntries({ row: r, last: r, cols: { deadline: date, title: progs[0]!.col }, matrix: progs });
}

function findHeader(s: Sheet, from: number): Header | null {
  for (let r = from; r < s.nRows; r++) {
    if (s.blankRow(r)) continue;
    const cols = headerFields(s, r);
    if (cols) return readHeader(s, r, cols);
    const p = programmeColumnsHeader(s, r);
    if (p) return p;
  }
  return null;
}

// ---------- rows ----------

function isRepeatedHeader(s: Sheet, r: number, h: Header): boolean {
  const nc = h.numberCol;
  if (nc !== undefined && s.text(r, nc).startsWith("№")) return true;
  const entries = h.entries;
  const want = Math.max(2, h.needed);
  let hits = 0;
  for (let i = 0; i < entries.length; i++) {
    // Hits only grow: stop once the row cannot reach the threshold (nearly every row is data, not a header).
    if (hits + entries.length - i < want) return false;
    const [f, c] = entries[i]!;
    const t = s.text(r, c);
    if (t === "") continue;
    if (t === s.text(h.row, c) || (t.length <= 160 && looseField(t) === f)) hits++;
  }
  return hits >= want;
}

function isFooter(s: Sheet, r: number, keyCols: number[], tableCols: Set<number>): boolean {
  let firstText = "";
  for (let c = 0; c < s.nCols && firstText === ""; c++) firstText = s.text(r, c);
  if (firstText === "") return false;
  for (const k of keyCols) if (isNumberLike(s.value(r, k), s.text(r, k))) return false;
  if (FOOTER_RE.test(firstText)) return true;
  if (s.count(r, 0, s.nCols - 1, 3) > 3) return false;
  const cells = s.cells(r);
  if (cells.some(([, t]) => t.length > 80)) return false;
  const names = cells.filter(([, t]) => NAME_RE.test(t));
  if (names.length === 0) return false;
  const position = cells.some(([, t]) => POSITION_RE.test(normalize(t)));
  return position || names.every(([c]) => keyCols.includes(c) || !tableCols.has(c));
}

interface Sec {
  s: Section;
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

/** Rows without sub-items share one frozen array: a 10,000-row sheet keeps 10,000 fewer objects alive. */
const NO_SUBITEMS: string[] = Object.freeze([]) as unknown as string[];

function field(s: Sheet, r: number, c: number, address = s.addr(r, c)): RowField {
  return { text: s.text(r, c), value: s.value(r, c), addresses: [address] };
}

function extend(f: RowField | undefined, s: Sheet, r: number, c: number, text = s.text(r, c)): RowField {
  if (!f) return { text, value: s.value(r, c), addresses: [s.addr(r, c)] };
  return { text: `${f.text}\n${text}`, value: f.value, addresses: [...f.addresses, s.addr(r, c)] };
}

function addSheetRow(row: RoadmapRow, sheetRow: number): void {
  if (row.sheetRows[row.sheetRows.length - 1] !== sheetRow) row.sheetRows.push(sheetRow);
}

interface TableRead {
  rows: RoadmapRow[];
  /** The section of each row (parallel to rows): no wrapper object per row. */
  secs: (Sec | null)[];
  sections: Sec[];
  lastRow: number;
  /** Row where reading stopped (footer) or nRows. */
  end: number;
}

function readTable(s: Sheet, h: Header): TableRead {
  const cols = Object.entries(h.cols) as [FieldKey, number][];
  const colSet = new Set(cols.map(([, c]) => c));
  const lo = Math.min(...colSet);
  const hi = Math.max(...colSet);
  const nc = h.numberCol;
  const tc = h.titleCol;
  // Split rows on the № column only when the table is numbered; otherwise every titled row is a new row.
  let numbered = false;
  if (nc !== undefined) {
    let nums = 0;
    let titled = 0;
    for (let r = h.last + 1; r < s.nRows && titled < 200; r++) {
      if (s.text(r, tc) !== "") titled++;
      if (isNumberLike(s.value(r, nc), s.text(r, nc))) nums++;
    }
    numbered = nums > 0 && nums >= 0.3 * titled;
  }
  const rows: RoadmapRow[] = [];
  const secs: (Sec | null)[] = [];
  const sections: Sec[] = [];
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
    const starts = numbered ? numText !== "" : s.text(r, tc) !== "" || current === null;
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
      for (const [f, c] of cols)
        if (s.text(r, c) !== "") row.fields[f] = field(s, r, c, c === tc ? address : undefined);
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
  return { rows, secs, sections, lastRow, end: r };
}

interface MatrixRead {
  perColumn: RoadmapRow[][];
  lastRow: number;
  end: number;
}

function readMatrix(s: Sheet, h: Header): MatrixRead {
  const m = h.matrix!;
  const key = h.cols.deadline ?? h.cols.number!;
  const lo = Math.min(key, ...m.map((x) => x.col));
  const hi = Math.max(key, ...m.map((x) => x.col));
  const tableCols = new Set([key, ...m.map((x) => x.col)]);
  const perColumn: RoadmapRow[][] = m.map(() => []);
  let current: (RoadmapRow | null)[] = m.map(() => null);
  let lastField: ("title" | "responsible")[] = m.map(() => "title");
  let date: number | null = null;
  let lastRow = h.last;
  let r = h.last + 1;
  const newRow = (i: number, rr: number): RoadmapRow => {
    const row: RoadmapRow = {
      index: perColumn[i]!.length,
      number: null,
      section: null,
      fields: date !== null ? { deadline: field(s, date, key) } : {},
      subItems: NO_SUBITEMS, // set by finishRows
      address: s.addr(rr, m[i]!.col),
      sheetRows: [s.row0 + rr],
    };
    perColumn[i]!.push(row);
    current[i] = row;
    return row;
  };
  for (; r < s.nRows; r++) {
    if (s.blankRow(r, lo, hi)) {
      if (!s.blankRow(r) && isFooter(s, r, [key], tableCols)) break;
      continue;
    }
    if (isRepeatedHeader(s, r, h)) continue;
    const keyText = s.text(r, key);
    const filled = m.filter((x) => s.text(r, x.col) !== "");
    if (keyText !== "") {
      if (filled.length === 0) {
        if (isFooter(s, r, [], tableCols) || !DATEISH_RE.test(normalize(keyText))) break;
        continue;
      }
      date = r;
      current = m.map(() => null);
      lastField = m.map(() => "title");
    } else if (isFooter(s, r, [key], tableCols)) break;
    m.forEach((x, i) => {
      const t = s.text(r, x.col);
      if (t === "" || (date === null && keyText === "")) return;
      const otv = OTV_RE.exec(t);
      if (otv) {
        const row = current[i] ?? newRow(i, r);
        row.fields.responsible = extend(undefined, s, r, x.col, t.slice(otv[0].length).trim());
        lastField[i] = "responsible";
        addSheetRow(row, s.row0 + r);
        return;
      }
      const row = current[i];
      if (keyText !== "" || !row) {
        const nr = newRow(i, r);
        nr.fields.title = field(s, r, x.col);
        lastField[i] = "title";
        return;
      }
      // The cell continues on the next page (or the «Отв.» list runs on).
      const f = lastField[i]!;
      row.fields[f] = extend(row.fields[f], s, r, x.col);
      addSheetRow(row, s.row0 + r);
    });
    lastRow = r;
  }
  return { perColumn, lastRow, end: r };
}

// ---------- text above ----------

function above(s: Sheet, from: number, to: number): { title: Located[]; preamble: Located[] } {
  let titleRow = -1;
  for (let r = to - 1; r >= from; r--) {
    if (s.cells(r).some(([, t]) => TITLE_RE.test(normalize(t)))) {
      titleRow = r;
      break;
    }
  }
  const title: Located[] = [];
  const preamble: Located[] = [];
  for (let r = from; r < to; r++)
    for (const [c, t] of s.cells(r)) {
      const l: Located = { text: t, address: s.addr(r, c), value: s.value(r, c) };
      (titleRow >= 0 && r >= titleRow ? title : preamble).push(l);
    }
  return { title, preamble };
}

// ---------- assembly ----------

/** Sub-items per distinct title text: a consolidated sheet repeats the same titles block after block. */
type SubMemo = Map<string, string[]>;

function finishRows(rows: RoadmapRow[], secs: readonly (Sec | null)[] | null, memo: SubMemo): RoadmapRow[] {
  for (let index = 0; index < rows.length; index++) {
    const row = rows[index]!;
    row.index = index;
    const sec = secs ? secs[index] : null;
    if (sec) row.section = sec.s.number;
    const t = row.fields.title?.text;
    if (!t) continue;
    let subs = memo.get(t);
    if (!subs) memo.set(t, (subs = splitSubItems(t)));
    // A row with sub-items owns its array; the rest share the frozen empty one.
    if (subs.length > 0) row.subItems = subs.slice();
  }
  return rows;
}

/** A section printed as «Направление S.» (OCR for 8) takes the number its items carry. */
function fixSectionNumbers(read: TableRead): void {
  const firstOf = new Map<Sec, RoadmapRow>();
  read.rows.forEach((row, i) => {
    const sec = read.secs[i];
    if (sec && row.number && !firstOf.has(sec)) firstOf.set(sec, row);
  });
  for (const sec of read.sections) {
    if (/^\d+$/.test(sec.s.number)) continue;
    const first = firstOf.get(sec);
    const major = first ? /^(\d+)\./.exec(first.number!) : null;
    if (major) sec.s.number = major[1]!;
  }
}

function deadlinesOf(rows: RoadmapRow[]): Located[] {
  const out: Located[] = [];
  for (const r of rows) {
    const d = r.fields.deadline;
    if (d) out.push({ text: d.text, address: d.addresses[0]!, value: d.value });
  }
  return out;
}

function titlesOf(rows: RoadmapRow[]): Located[] {
  const out: Located[] = [];
  for (const r of rows) if (r.fields.title) out.push({ text: r.fields.title.text, address: r.address });
  return out;
}

function reason(s: Sheet, kind: "empty" | "header" | "rows", where?: string): Bilingual {
  const name = s.grid.sheetName;
  if (kind === "empty")
    return {
      ru: `Лист «${name}» пуст: в нём нет ни одной заполненной ячейки.`,
      en: `Sheet “${name}” is empty: no cell holds a value.`,
    };
  const range =
    s.nRows > 0 && s.nCols > 0
      ? rangeAddress({ top: s.row0, left: s.col0, bottom: s.row0 + s.nRows - 1, right: s.col0 + s.nCols - 1 })
      : "A1";
  if (kind === "header")
    return {
      ru: `На листе «${name}» (${range}) не найдена строка заголовка таблицы: искали строку со столбцом мероприятий («Наименование мероприятия», «Мероприятия», «Основные мероприятия») и хотя бы одним из столбцов «Ответственный», «Результат», «Срок» / «Дата».`,
      en: `No table header found on sheet “${name}” (${range}): looked for a row with an activity column («Наименование мероприятия», «Мероприятия», «Основные мероприятия») and at least one of «Ответственный» (responsible), «Результат» (result), «Срок» / «Дата» (deadline).`,
    };
  return {
    ru: `На листе «${name}» заголовок таблицы найден в ${where}, но под ним нет ни одной строки мероприятий.`,
    en: `On sheet “${name}” a table header was found at ${where}, but no activity rows follow it.`,
  };
}

/** Every roadmap table on the sheet; a bilingual reason when there is none. Never throws on sheet content. */
export function readRoadmaps(grid: Grid): ReadResult {
  if (!/^\$?[A-Za-z]{1,3}\$?\d{1,7}$/.test(grid.origin.trim()))
    return {
      roadmaps: [],
      reason: {
        ru: `Лист «${grid.sheetName}»: неверный адрес начала диапазона «${grid.origin}».`,
        en: `Sheet “${grid.sheetName}”: invalid range origin “${grid.origin}”.`,
      },
    };
  const s = new Sheet(grid);
  if (s.nRows === 0 || s.nCols === 0 || !s.hasText) return { roadmaps: [], reason: reason(s, "empty") };
  const roadmaps: Roadmap[] = [];
  const subMemo: SubMemo = new Map();
  let from = 0;
  let emptyHeader: string | null = null;
  while (from < s.nRows) {
    const h = findHeader(s, from);
    if (!h) break;
    const headerAddress = s.addr(h.row, Math.min(...Object.values(h.cols)));
    const { title, preamble } = above(s, from, h.row);
    const documentYear = documentYearOf(preamble);
    const titleText = title.map((l) => l.text).join("\n");
    if (h.matrix) {
      const read = readMatrix(s, h);
      const key = h.cols.deadline ?? h.cols.number!;
      const lo = Math.min(key, ...h.matrix.map((x) => x.col));
      const hi = Math.max(key, ...h.matrix.map((x) => x.col));
      const used = new Map<string, number>();
      h.matrix.forEach((x, i) => {
        const rows = finishRows(read.perColumn[i]!, null, subMemo);
        if (rows.length === 0) return;
        const programme = guessProgramme([], x.labels, () => titlesOf(rows), []);
        const tag = programme.value === "unknown" ? s.letter(x.col) : programme.value;
        used.set(tag, (used.get(tag) ?? 0) + 1);
        roadmaps.push({
          id: `${grid.sheetName}!${headerAddress}#${used.get(tag)! > 1 ? `${tag}-${s.letter(x.col)}` : tag}`,
          sheetName: grid.sheetName,
          layout: "matrix",
          title: titleText,
          preamble: preamble.map((l) => l.text),
          programme,
          year: guessYear(title, () => deadlinesOf(rows), preamble, documentYear),
          documentYear,
          columns: {
            deadline: { column: s.letter(key), header: s.text(h.row, key), address: s.addr(h.row, key) },
            title: { column: s.letter(x.col), header: x.label.text, address: x.label.address },
            responsible: { column: s.letter(x.col), header: "Отв.", address: x.label.address },
          },
          headerAddress,
          tableRange: rangeAddress({
            top: s.row0 + h.row,
            left: s.col0 + lo,
            bottom: s.row0 + read.lastRow,
            right: s.col0 + hi,
          }),
          sections: [],
          rows,
        });
      });
      if (read.perColumn.every((p) => p.length === 0)) emptyHeader ??= headerAddress;
      from = Math.max(read.end, h.last + 1);
      continue;
    }
    const read = readTable(s, h);
    fixSectionNumbers(read);
    const rows = finishRows(read.rows, read.secs, subMemo);
    if (rows.length === 0) {
      emptyHeader ??= headerAddress;
      from = Math.max(read.end, h.last + 1);
      continue;
    }
    const colNums = Object.values(h.cols);
    const lo = Math.min(...colNums);
    const hi = Math.max(...colNums);
    const columns: Roadmap["columns"] = {};
    for (const [f, c] of Object.entries(h.cols) as [FieldKey, number][])
      columns[f] = { column: s.letter(c), header: s.text(h.row, c), address: s.addr(h.row, c) };
    roadmaps.push({
      id: `${grid.sheetName}!${headerAddress}`,
      sheetName: grid.sheetName,
      layout: read.sections.length > 0 ? "sectioned" : "table",
      title: titleText,
      preamble: preamble.map((l) => l.text),
      programme: guessProgramme(title, [], () => titlesOf(rows), preamble),
      year: guessYear(title, () => deadlinesOf(rows), preamble, documentYear),
      documentYear,
      columns,
      headerAddress,
      tableRange: rangeAddress({
        top: s.row0 + h.row,
        left: s.col0 + lo,
        bottom: s.row0 + read.lastRow,
        right: s.col0 + hi,
      }),
      sections: read.sections.map((x) => x.s),
      rows,
    });
    from = Math.max(read.end, h.last + 1);
  }
  if (roadmaps.length > 0) return { roadmaps, reason: null };
  return { roadmaps: [], reason: emptyHeader ? reason(s, "rows", emptyHeader) : reason(s, "header") };
}
