// The table reader: one row per numbered (or titled) line, rows continued across pages, «Направление» sections.
import type { Sheet } from "./grid-cache";
import { isColumnNumbers } from "./column-numbers";
import { numberCellOf, numberSpill } from "./number-column";
import { isRepeatedHeader, type Header } from "./header";
import { normalize } from "./normalize";
import { addSheetRow, extend, field, isFooter, NO_SUBITEMS } from "./row-cells";
import {
  captionOf,
  isAmount,
  isAmountsCaption,
  isContactsHeading,
  isDifferentHeader,
  isOtherHeader,
  nextFilled,
  organisationIn,
  totalLine,
  unnumberedOrgHeading,
  withoutBlockNumber,
} from "./table-end";
import type { FieldKey, RoadmapRow, RowField, SkippedRow } from "./types";
import { partHeadingAt } from "./part-headings";
import { endsWithPlanResponsible } from "./plan-responsible";
import { quarterDeadline } from "./quarters";
import { titleYears } from "./guess";
import { yearAltDeadline, yearsIn } from "./year-columns";
import { takeGroupHeadings } from "./row-kinds";
import { mergedStepFor, numberedStarts } from "./row-starts";
import { continuedUnderTitle, isRunningHead, opensNextRoadmap } from "./page-breaks";
import { sectionAt, type Sec } from "./sections";
import { splitColumns } from "./split-columns";
import { CAPITALISED_RE, isNumberLike } from "./vocabulary";

export type { Sec } from "./sections";

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

interface Reading {
  s: Sheet;
  h: Header;
  cols: [FieldKey, number][];
  rows: RoadmapRow[];
  secs: (Sec | null)[];
  sec: Sec | null;
  /** The organisation a caption row named for the rows below it. */
  org: RowField | null;
  /** The deadline a label row («Срок: до 29 декабря 2026 года») set for the rows below it. */
  due?: RowField;
  /** The year («2028») or school year («2027/2028») the last year heading named for the rows below it. */
  year?: string;
  /** The school year the current section names, read once per section. */
  secYear?: { sec: Sec | null; year: string | undefined };
  /** Columns a field's merged header spans beyond its own (splitColumns): the rest of its cell's text. */
  split: [FieldKey, number[]][];
}

/** A row continued on the next page: its cells go on where the previous row's stopped. */
function continueRow(t: Reading, r: number, current: RoadmapRow): void {
  const { s, h } = t;
  for (const [f, c] of t.cols) {
    if (s.text(r, c) === "" || (f === "deadline" && h.quarters)) continue;
    current.fields[f] = extend(current.fields[f], s, r, c);
  }
  addSplit(t, r, current);
  addSheetRow(current, s.row0 + r);
}

/** The rest of each split field's text in row r, after its own column's. */
function addSplit(t: Reading, r: number, row: RoadmapRow): void {
  for (const [f, extra] of t.split)
    for (const cc of extra) if (t.s.text(r, cc) !== "") row.fields[f] = extend(row.fields[f], t.s, r, cc);
}

// «Срок», «Сроки», «Срок исполнения (выполнения, реализации)»: the word a deadline label starts with.
const DEADLINE_WORD = String.raw`срок(?:и)?(?:\s+(?:исполнения|выполнения|реализации))?`;
// «Срок: до 29 декабря 2026 года», «Срок исполнения — 1 октября 2027 года»: a label over the measures due then.
const DEADLINE_LABEL = new RegExp(String.raw`^\s*${DEADLINE_WORD}\s*[:—–-]\s*(\S.*)$`, "isu");

/** A label row «Срок: …» merged across: its deadline goes to the rows below it. */
function takeDeadlineLabel(
  t: Reading,
  r: number,
  caption: { col: number; text: string; wide: boolean },
): boolean {
  // Merged across, or alone in the № cell (centred across the row): a measure's own «(срок – …)» line is in its title cell.
  const across = caption.wide || (caption.col === t.h.numberCol && caption.col !== t.h.titleCol);
  const label = across ? DEADLINE_LABEL.exec(caption.text) : null;
  if (label) t.due = { text: label[1]!, value: label[1]!, addresses: [t.s.addr(r, caption.col)] };
  return label !== null;
}

// «2028 год», «На 2028 год:», «2026/2027 учебный год», «2027/2028 уч. год — функционирование центра» alone on its row:
// the block of a roadmap for several years that holds that year's steps.
const YEAR_HEADING =
  /^\s*(?:на\s+)?20\d\d(?:\s*[/\\\-–—]\s*20\d\d)?\s*(?:год|г\.?|учебн[а-я]*\s+год|уч\.\s*г(?:од|\.)?)?\s*(?:[—–-]\s+[^\d:]{2,80}?)?\s*:?\s*$/iu;

/**
 * The school year a section's title names for its rows («Раздел 2. Работа центра в 2027/2028 учебном году» →
 * «2027/2028»), when it names one; read once per section (titleYears, the title's own reading).
 */
function sectionSchoolYear(t: Reading): string | undefined {
  const sec = t.sec;
  if (t.secYear?.sec !== sec) {
    const y = sec ? titleYears(sec.s.title) : null;
    const one = y && y.schoolYearEnd !== null && y.lastYear === null ? y.schoolYearEnd : null;
    t.secYear = { sec, year: one === null ? undefined : `${one - 1}/${one}` };
  }
  return t.secYear.year;
}

/** A year heading: the rows below it are its year's, a day written without a year falls in it (RowField.year). */
function takeYearHeading(
  t: Reading,
  r: number,
  caption: { col: number; text: string },
  skipped: SkippedRow[],
): boolean {
  const s = t.s;
  if (!YEAR_HEADING.test(caption.text)) return false;
  t.year = yearsIn(caption.text);
  skipped.push({
    kind: "year-heading",
    address: s.addr(r, caption.col),
    sheetRow: s.row0 + r,
    number: null,
    text: caption.text.trim(),
    reason: {
      ru: "заголовок года: строки под ним — мероприятия этого года",
      en: "year heading: the rows under it are that year's steps",
    },
  });
  return true;
}

// «Срок:» alone, its date in another cell of the line.
const LINE_LABEL = new RegExp(String.raw`^\s*\(?\s*${DEADLINE_WORD}\s*[:—–-]?\s*\)?\s*$`, "iu");
// «(срок – до 15.12.2026)», «Срок: до 15.12.2026» on the line under a measure, in its own column.
const LINE_DEADLINE = new RegExp(String.raw`^\s*\(?\s*${DEADLINE_WORD}\s*[:—–-]\s*(\S.*?)\s*\)?\s*$`, "isu");

/**
 * A table with no «Срок» column whose measures carry their deadline on the next line of the measure's column
 * («Наименование мероприятия / срок»): that line, alone on its row, is the row's deadline, not more of its title.
 */
function lineDeadline(t: Reading, r: number, row: RoadmapRow): boolean {
  const { s, h } = t;
  if (h.cols.deadline !== undefined || row.fields.deadline) return false;
  const text = s.text(r, h.titleCol);
  const others = t.cols.filter(([, c]) => c !== h.titleCol && s.text(r, c) !== "");
  const m = LINE_DEADLINE.exec(text);
  if (m && others.length === 0) {
    row.fields.deadline = { text: m[1]!, value: m[1]!, addresses: [s.addr(r, h.titleCol)] };
    return true;
  }
  // «Срок:» alone, its date in the next cell (typed under the responsible's column).
  if (!LINE_LABEL.test(text) || others.length !== 1) return false;
  row.fields.deadline = field(s, r, others[0]![1]);
  return true;
}

/** A new roadmap row from sheet row r: its own cells, cells merged over it from above, the caption's organisation. */
function startRow(t: Reading, r: number, numText: string, numAt?: number): RoadmapRow {
  const { s, h } = t;
  const tc = h.titleCol;
  const address = s.addr(r, tc);
  const row: RoadmapRow = {
    index: t.rows.length,
    number: numText !== "" ? numText : null,
    section: t.sec ? t.sec.s.number : null,
    fields: {},
    subItems: NO_SUBITEMS, // set by finishRows
    address,
    sheetRows: [s.row0 + r],
  };
  // A step merged down over its lines per school takes the merge's number and title; no other row does.
  const mergedStep = numText === "" && mergedStepFor(s, h, r, t.rows[t.rows.length - 1] ?? null);
  // The title cell's address is the row's own: one string, not two.
  for (const [f, c] of t.cols) {
    if (s.text(r, c) !== "") row.fields[f] = field(s, r, c, c === tc ? address : undefined);
    else if (mergedStep || (f !== "number" && f !== "title")) {
      // A responsible or result written once for a block of rows (merged vertically) applies to each of them; so do a
      // step's number and title merged down over its lines per school (mergedStepFor).
      const a = s.coveredBy(r, c);
      if (a && s.text(a.top, a.left) !== "") row.fields[f] = field(s, a.top, a.left);
    }
  }
  if (row.number === null && row.fields.number) row.number = row.fields.number.text;
  // The number moved into the column beside the № one (numberSpill) is the row's number cell.
  if (!row.fields.number && numAt !== undefined && numAt !== h.numberCol && numText !== "")
    row.fields.number = field(s, r, numAt);
  addSplit(t, r, row);
  if (!row.fields.organisation && t.org) row.fields.organisation = t.org;
  if (!row.fields.deadline && t.due) row.fields.deadline = t.due;
  if (h.quarters) quarterDeadline(s, r, h.quarters, row);
  if (h.yearAlts) yearAltDeadline(s, r, h.yearAlts, h.cols.deadline!, row);
  const d = row.fields.deadline;
  const year = t.year ?? sectionSchoolYear(t);
  if (year && d && d.year === undefined) row.fields.deadline = { ...d, year };
  t.rows.push(row);
  t.secs.push(t.sec);
  return row;
}

/** The first row below r that is not a one-cell caption: a table below may have two («Приложение № 2», its title). */
function belowCaptions(s: Sheet, r: number, lo: number, hi: number): number {
  let next = nextFilled(s, r + 1, lo, hi);
  for (let k = 0; k < 3 && next >= 0 && captionOf(s, next, lo, hi); k++)
    next = nextFilled(s, next + 1, lo, hi);
  return next;
}

/** Whether the table ends at row r: a second table's header (after its caption) or a block of amounts. */
function endsAt(t: Reading, r: number, lo: number, hi: number): boolean {
  const { s, h } = t;
  if (isOtherHeader(s, r, h)) return true;
  const dc = h.cols.deadline;
  if (dc === undefined || !isAmount(s.value(r, dc), s.text(r, dc))) return false;
  const next = nextFilled(s, r + 1, lo, hi);
  return next >= 0 && isAmount(s.value(next, dc), s.text(next, dc));
}

// «Направление 1.», «Раздел 2.»: a direction's heading under a school's caption.
const SECTION_HEAD_RE = /^\s*(?:направлени|раздел)[а-яё]*\s+\d/iu;

/**
 * An unmerged one-cell row naming a school or municipality («МБОУ «… СОШ»» in the № or title column) right above a
 * numbered measure: planners head each organisation's block so without merging; a wrapped title line is not one.
 */
function plainOrgHeading(t: Reading, r: number, caption: { col: number; text: string }): boolean {
  const { s, h } = t;
  const nc = h.numberCol;
  if (nc === undefined) return unnumberedOrgHeading(s, h, r, caption);
  if (caption.col !== nc && caption.col !== h.titleCol) return false;
  // «1. МБОУ «… СОШ»», «08 — Ивняковский муниципальный округ»: a numbered heading or one after a code, that aside.
  const named = withoutBlockNumber(caption.text.trim()).replace(/^\d[\d ]{0,10}\s*[—–-]\s+/u, "");
  // «г. Краснолесск — …», «город Старомостовск», «пгт Заречный …», «городской округ Красноборск»: a name after its lower-case kind.
  const town =
    /^(?:(?:г|гор|город|с|п|пос|пгт|рп)\.?|(?:городск|муниципальн)[а-я]*\s+(?:округ|район))\s+[А-ЯЁ]/u.test(
      named,
    );
  if (caption.text.length > 150 || !(CAPITALISED_RE.test(named) || town)) return false;
  const [a, b] = [Math.min(nc, h.titleCol), Math.max(nc, h.titleCol)];
  let next = nextFilled(s, r + 1, a, b);
  // «II. МБОУ «… СОШ»» over its first direction's heading («Направление 1. …» alone on its row), then the steps.
  if (
    next >= 0 &&
    s.count(next, 0, s.nCols - 1, 2) === 1 &&
    SECTION_HEAD_RE.test(s.text(next, nc) || s.text(next, h.titleCol))
  )
    next = nextFilled(s, next + 1, a, b);
  return next >= 0 && isNumberLike(s.value(next, nc), s.text(next, nc)) && s.text(next, h.titleCol) !== "";
}

/**
 * A row with only the organisation column filled, over a measure of that organisation («Каменский муниципальный
 * округ» over «1 | Каменский муниципальный округ | Утверждение …»): it heads the block, its column says what it
 * names. A row broken across a page never continues only its organisation, so this is no continuation.
 */
function orgColumnHeading(t: Reading, r: number, caption: { col: number; text: string }): string | null {
  const { s, h } = t;
  const oc = h.cols.organisation;
  const text = caption.text.trim();
  if (oc === undefined || caption.col !== oc || text.length > 150) return null;
  const next = nextFilled(s, r + 1, Math.min(oc, h.titleCol), Math.max(oc, h.titleCol));
  if (next < 0 || s.text(next, h.titleCol) === "") return null;
  // The measure below names this organisation, or none (a merge or a blank: the heading's name goes on).
  const below = s.text(next, oc).trim();
  if (below !== "" && normalize(below) !== normalize(text)) return null;
  return organisationIn(text, s) ?? text;
}

/** The organisation a one-cell row heads the rows below with, or null when it names none. */
function captionOrganisation(t: Reading, r: number, caption: { col: number; text: string; wide: boolean }) {
  if (caption.wide || plainOrgHeading(t, r, caption)) return organisationIn(caption.text, t.s);
  return orgColumnHeading(t, r, caption);
}

/**
 * «1.», «II», «Раздел А» alone in the № cell: the number a municipal list gives each school's block; «2.1.» under a
 * part («2. | Муниципальный уровень»), its block's steps numbered under it («2.1.1.»).
 */
const BLOCK_NUMBER_RE =
  /^\s*((Раздел|раздел|Блок|блок|Часть|часть)\s+)?(\d{1,2}(?:\.\d{1,2})?|[IVX]{1,4}|[А-ЯЁ])\s*[.)]?\s*$/;

/**
 * A row with only a top-level number and an organisation («1. | МБОУ «… СОШ»») over a numbered measure heads that
 * school's block, as a one-cell caption does: the organisation it names, or null.
 */
function numberedOrgHeading(t: Reading, r: number, lo: number, hi: number): string | null {
  const { s, h } = t;
  const nc = h.numberCol;
  if (nc === undefined || s.count(r, lo, hi, 3) < 2 || !BLOCK_NUMBER_RE.test(s.text(r, nc))) return null;
  // «2.1 | 07 | Каменский округ — МБОУ «…»»: a municipality's code in a column no role reads is no step's cell.
  const mapped = new Set(Object.values(h.cols));
  const others = s.cells(r, lo, hi).filter(([c]) => c !== nc && c !== h.titleCol);
  if (others.some(([c, text]) => mapped.has(c) || text.length > 8)) return null;
  const title = s.text(r, h.titleCol);
  const org = title.length > 0 && title.length <= 150 ? organisationIn(title, s) : null;
  const next = org === null ? -1 : nextFilled(s, r + 1, lo, hi);
  if (next < 0 || !isNumberLike(s.value(next, nc), s.text(next, nc)) || s.text(next, h.titleCol) === "")
    return null;
  // A block numbered in two levels heads only the steps numbered under it: else «2.1.» is a step of the table.
  const own = /^\s*(\d{1,2}\.\d{1,2})\.?\s*$/.exec(s.text(r, nc));
  return own && !s.text(next, nc).trim().startsWith(`${own[1]}.`) ? null : org;
}

/** A contacts heading alone on its row, or after its number in the № cell («3. | Контактные данные …»). */
function opensContacts(
  s: Sheet,
  r: number,
  lo: number,
  hi: number,
  h: Header,
  caption: ReturnType<typeof captionOf>,
): boolean {
  if (caption) return isContactsHeading(caption.text);
  const nc = h.numberCol;
  return (
    nc !== undefined &&
    s.count(r, lo, hi, 3) === 2 &&
    BLOCK_NUMBER_RE.test(s.text(r, nc)) &&
    isContactsHeading(s.text(r, h.titleCol))
  );
}

/** «Сроки согласованы … (протокол № 11).» under «Всего ОО: 3»: once a total is passed, a sentence is a note, no step. */
function isNoteAfterTotal(caption: { text: string } | null, skipped: readonly SkippedRow[]): boolean {
  const text = caption?.text ?? "";
  return text.length > 30 && /\.\s*$/.test(text) && skipped.some((k) => k.kind === "total");
}

export function readTable(s: Sheet, h: Header): TableRead {
  const cols = Object.entries(h.cols) as [FieldKey, number][];
  const colSet = new Set(cols.map(([, c]) => c));
  const [lo, hi] = [Math.min(...colSet), Math.max(...colSet)];
  const { numberCol: nc, titleCol: tc } = h;
  const numbered = isNumbered(s, h);
  const [split, numSpill] = [splitColumns(s, h, colSet), numberSpill(s, h, colSet)];
  const t: Reading = { s, h, cols, rows: [], secs: [], sec: null, org: null, split };
  const sections: Sec[] = [];
  const skipped: SkippedRow[] = [];
  let current: RoadmapRow | null = null;
  let lastRow = h.last;
  let r = h.last + 1;
  const keyCols = nc !== undefined ? [nc] : [];
  // Whether the last non-blank row was a header repeated at a page break (what follows may continue a row).
  let pageBreak = false;
  for (; r < s.nRows; r++) {
    if (s.blankRow(r, lo, hi)) {
      if (!s.blankRow(r) && isFooter(s, r, keyCols, colSet)) break;
      continue;
    }
    if (endsAt(t, r, lo, hi)) break;
    // Only a row read as this header again is asked whether it is another table's (it runs on every row).
    const repeated = isRepeatedHeader(s, r, h);
    if (repeated && isDifferentHeader(s, r, h)) break;
    // A one-cell row is asked about several times below: it is found once.
    const caption = captionOf(s, r, lo, hi);
    // The same roadmap printed in parts goes on under its repeated title and header (continuedUnderTitle).
    const skipTo = caption ? continuedUnderTitle(t, r, lo, hi) : -1;
    if (repeated || skipTo >= 0 || isColumnNumbers(s, r, lo, hi) || isRunningHead(s, r, lo, hi, h)) {
      const a = nc !== undefined ? s.area(r, nc) : undefined;
      r = skipTo >= 0 ? skipTo : (a?.bottom ?? r);
      pageBreak = true;
      continue;
    }
    if (isFooter(s, r, keyCols, colSet) || endsWithPlanResponsible(s, r, lo, hi, caption)) break;
    if (opensContacts(s, r, lo, hi, h, caption) || isNoteAfterTotal(caption, skipped)) break;
    const total = totalLine(s, r, lo, hi, h.cols.deadline, h.row);
    if (total) {
      skipped.push(total);
      current = null;
      lastRow = r;
      continue;
    }
    const section = sectionAt(s, r, lo, hi, h, numbered);
    if (section) {
      sections.push(section);
      t.sec = section;
      // «II. 2027/2028 учебный год» over its directions: a part of the plan for that year, as a year heading is.
      if (YEAR_HEADING.test(section.s.title)) t.year = yearsIn(section.s.title);
      current = null;
      lastRow = r;
      continue;
    }
    if (caption && (takeYearHeading(t, r, caption, skipped) || takeDeadlineLabel(t, r, caption))) {
      current = null;
      lastRow = r;
      continue;
    }
    if (caption && opensNextRoadmap(t, r, lo, hi, caption)) break;
    if (caption) {
      const next = nextFilled(s, r + 1, lo, hi);
      // The caption of the table below («Приложение № 2 …» and its title may stand over its header).
      const header = belowCaptions(s, r, lo, hi);
      if (header >= 0 && isOtherHeader(s, header, h)) break;
      if (next >= 0 && isAmountsCaption(s, caption.text, next, h, lo, hi)) break;
      const org = captionOrganisation(t, r, caption);
      if (org !== null) {
        t.org = { text: org, value: s.value(r, caption.col), addresses: [s.addr(r, caption.col)] };
        current = null;
        lastRow = r;
        continue;
      }
    }
    const numberedOrg = caption ? null : numberedOrgHeading(t, r, lo, hi);
    if (numberedOrg !== null) {
      t.org = { text: numberedOrg, value: s.value(r, tc), addresses: [s.addr(r, tc)] };
      current = null;
      lastRow = r;
      continue;
    }
    const part = caption
      ? partHeadingAt(s, h, r, caption, {
          ...{ lo, hi, numbered, pageBreak, first: current === null },
          partsSeen: skipped.some((k) => k.kind === "group-heading"),
        })
      : null;
    if (part) {
      skipped.push(part);
      current = null;
      lastRow = r;
      continue;
    }
    pageBreak = false;
    const [numAt, numText] = numberCellOf(s, r, nc, numSpill);
    const starts = numbered
      ? numberedStarts(s, h, r, numText, current)
      : s.text(r, tc) !== "" || current === null;
    if (starts || current === null) current = startRow(t, r, numText, numAt);
    else if (lineDeadline(t, r, current)) addSheetRow(current, s.row0 + r);
    else continueRow(t, r, current);
    lastRow = r;
  }
  const kept = takeGroupHeadings(t.rows, t.secs, skipped);
  return { rows: kept.rows, secs: kept.side, sections, skipped, lastRow, end: r };
}
