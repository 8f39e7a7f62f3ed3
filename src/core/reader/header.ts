// Header detection: the header row of a table (field columns, sub-header rows, column numbers) or of a matrix.
import type { ProgrammeId } from "../programmes";
import { ABBREVIATION_RE, directionProgrammeColumn, sheetAbbreviations } from "./abbreviations";
import type { Sheet } from "./grid-cache";
import { programmeMentions, type Located } from "./guess";
import {
  classifyHeader,
  classifySubHeader,
  isStageHeader,
  isFinerOrganisation,
  isFinerStatus,
  isFinerResponsible,
  isDoneDate,
  isPlanDeadline,
  looseField,
} from "./header-words";
import type { FieldKey } from "./types";
import { periodColumns } from "./period-columns";
import { quarterColumns, quarterLabelsEnd, type QuarterColumn } from "./quarters";
import { findNumberColumn } from "./number-column";
import { findStatusColumn } from "./status-column";
import { baseSchoolColumn } from "./base-school-column";
import { orgLabelsRow } from "./org-status";
import { groupRight, yearColumns, yearsRow, type YearColumns } from "./year-columns";
import { squash } from "./normalize";
import { isColumnNumbers } from "./column-numbers";
import { centredAcross } from "./centred";
import { matrixUnder, programmeColumnsAt, type MatrixColumn } from "./matrix-header";

export type Cols = Partial<Record<FieldKey, number>>;

/** How a column's role was decided: by its own header, by a sub-header under a merged group, or by its cells. */
export interface How {
  by: "header" | "group" | "content" | "override";
  header: string;
  /** The merged group header above a sub-header («Сроки реализации»). */
  group: string | null;
}

/** A column of a table named by one programme: which rows are that programme's, and maybe their deadline. */
export interface ProgrammeColumn {
  col: number;
  programme: ProgrammeId;
  label: Located;
  /** Under «Отметка об исполнении»: the column marks the programme's steps done, its deadline is the shared one. */
  status: boolean;
  /** «срок | ответственный» under the programme's label: the programme's own responsible column and its sub-header. */
  responsible?: { col: number; header: Located };
  /** «срок | отметка» under the programme's label: the programme's own completion mark and its sub-header. */
  mark?: { col: number; header: Located };
}

export interface Header {
  row: number;
  /** Last row of the header block (vertical merges, sub-header rows). */
  last: number;
  cols: Cols;
  matrix: MatrixColumn[] | null;
  /** Why each column has its role (keyed by field). */
  how: Partial<Record<FieldKey, How>>;
  entries: [FieldKey, number][];
  /** Header cells a row must repeat to be a repeated header. */
  needed: number;
  /** cols.number and cols.title, read once: the hot row loop then never touches the per-table cols object. */
  numberCol: number | undefined;
  titleCol: number;
  /** A plan-graph's quarter columns: the deadline is read from their «+» marks (cols.deadline is the last of them). */
  quarters?: QuarterColumn[] | null;
  /** «Точка роста | Кванториум | ЦОС» beside one list of measures: one roadmap per programme column. */
  programmes?: ProgrammeColumn[] | null;
  /** Deadline columns of the plan's other years, read in order where the deadline column has a dash, and the year
   * each column is for (year-columns.ts). */
  yearAlts?: YearColumns;
}

export function withEntries(
  h: Pick<Header, "row" | "last" | "cols" | "matrix" | "how"> &
    Pick<Partial<Header>, "quarters" | "programmes" | "yearAlts">,
): Header {
  const entries = Object.entries(h.cols) as [FieldKey, number][];
  return {
    ...h,
    entries,
    needed: Math.ceil(entries.filter(([f]) => f !== "number").length / 2),
    numberCol: h.cols.number,
    titleCol: h.cols.title!,
  };
}

export function headerFields(s: Sheet, r: number): Cols | null {
  const cols: Cols = {};
  for (const [c, t] of s.cells(r)) {
    const f = classifyHeader(t);
    if (f && cols[f] === undefined) cols[f] = c;
    else if (f === "organisation" && isFinerOrganisation(t, s.text(r, cols.organisation!))) cols[f] = c;
    else if (f === "status" && isFinerStatus(t, s.text(r, cols.status!))) cols[f] = c;
    else if (f === "responsible" && isFinerResponsible(t, s.text(r, cols.responsible!))) cols[f] = c;
    // «Срок | … | Дата исполнения» (in either order): the date is the fact, the «Срок» the deadline.
    else if (f === "deadline" && cols.actual === undefined && isDoneDate(t, s.text(r, cols.deadline!)))
      cols.actual = c;
    else if (f === "deadline" && cols.actual === undefined && isDoneDate(s.text(r, cols.deadline!), t)) {
      cols.actual = cols.deadline;
      cols.deadline = c;
    } else if (f === "deadline" && isPlanDeadline(t, s.text(r, cols.deadline!))) cols[f] = c;
  }
  // No activity column: «Этап» heads the steps of a plain-words table.
  cols.title ??= s.cells(r).find(([, t]) => isStageHeader(t))?.[0];
  if (cols.title === undefined) return null;
  const n = Object.keys(cols).length;
  const other = cols.responsible ?? cols.deadline ?? cols.result ?? cols.audience;
  // The title's own cell must not be a group too («Мероприятия комплекса мер» over «№ | Наименование»), merged or centred.
  const ta = s.area(r, cols.title) ?? centredAcross(s, r, cols.title, cols);
  if (other === undefined && n >= 2 && !(ta && ta.right > ta.left) && groupNamesFields(s, r, cols))
    return cols;
  return other !== undefined && n >= 2 ? cols : null;
}

const GROUPED: ReadonlySet<FieldKey> = new Set(["deadline", "responsible", "result"]);

/** «Исполнение» merged over «срок | ответственный | результат»: the row's roadmap columns sit under a group. */
function groupNamesFields(s: Sheet, r: number, cols: Cols): boolean {
  for (const [c] of s.cells(r)) {
    // A group centred across its columns instead of merged is the same group.
    const centred = centredAcross(s, r, c, cols);
    const a = s.area(r, c) ?? (centred && { ...centred, top: r, bottom: r });
    if (!a || a.right <= a.left || a.bottom + 1 >= s.nRows) continue;
    for (let cc = a.left; cc <= a.right; cc++) {
      const f = classifyHeader(s.text(a.bottom + 1, cc));
      if (f && GROUPED.has(f)) return true;
    }
  }
  return false;
}

type DatePart = "start" | "deadline" | "plan" | "actual";

/** The sub-header row under a group header cell spanning columns c..right, or -1. */
function subRowOf(s: Sheet, r: number, c: number): number {
  const a = s.area(r, c);
  const sub = (a ? a.bottom : r) + 1;
  return sub < s.nRows && sub - r <= 3 ? sub : -1;
}

/**
 * A merged date group («Сроки», «Срок исполнения», «Timeline») over «начало | окончание» or «план | факт»: the
 * deadline moves to the end (or plan) column, the start and the «факт» get their own roles. The sub-header row, or r.
 */
function dateGroup(s: Sheet, r: number, cols: Cols, how: Partial<Record<FieldKey, How>>): number {
  const c = cols.deadline;
  if (c === undefined) return r;
  const right = groupRight(s, r, c, new Set(Object.values(cols)));
  const sub = subRowOf(s, r, c);
  if (right === c || sub < 0) return r;
  const parts = new Map<DatePart, [number, string]>();
  for (let cc = c; cc <= right; cc++) {
    const t = s.text(sub, cc);
    const k = t === "" ? null : classifySubHeader(t);
    if (k && !parts.has(k)) parts.set(k, [cc, t]);
  }
  // «Срок исполнения» over «2026 г. | 2027 г. | 2028 г.»: the years' row is the header's, read by yearColumns.
  if (parts.size < 2) return yearsRow(s, sub, c, right) ? sub : r;
  const group = s.text(r, c);
  const end = parts.get("deadline") ?? parts.get("plan");
  const set = (f: FieldKey, p: [number, string] | undefined) => {
    if (!p || (f !== "deadline" && cols[f] !== undefined)) return;
    cols[f] = p[0];
    how[f] = { by: "group", header: p[1], group };
  };
  if (end) set("deadline", end);
  set("start", parts.get("start"));
  set("actual", parts.get("actual"));
  return sub;
}

/**
 * Any other merged group header («Исполнение» over «Ответственный исполнитель | Результат»): the sub-headers name the
 * columns, the group itself names none. The sub-header row, or r.
 */
// «региональный уровень | муниципальный уровень» under «Ответственный»: levels the group's field is split into, not
// fields («муниципальный» there names no municipality column); split-columns.ts reads the levels as one field.
const LEVEL_RE = /уровень|уровн[яеи]|level/;

function otherGroups(s: Sheet, r: number, cols: Cols, how: Partial<Record<FieldKey, How>>): number {
  let last = r;
  for (const [c, group] of s.cells(r)) {
    if (c === cols.title || c === cols.deadline) continue;
    const a = s.area(r, c) ?? centredAcross(s, r, c, cols);
    if (!a || a.right <= a.left) continue;
    const sub = subRowOf(s, r, c);
    if (sub < 0) continue;
    const found: [FieldKey, number, string][] = [];
    for (let cc = a.left; cc <= a.right; cc++) {
      const t = s.text(sub, cc);
      const f = t === "" || LEVEL_RE.test(squash(t)) ? null : classifyHeader(t);
      // «ответственный | соисполнитель»: the first of a field is the one, as in a header row.
      const first = !found.some(([g]) => g === f);
      if (f && f !== "title" && first && (cols[f] === undefined || cols[f] === c)) found.push([f, cc, t]);
    }
    if (found.length === 0 || namesUnderStatus(s, sub, a, group, found)) continue;
    for (const [f, col] of Object.entries(cols) as [FieldKey, number][])
      if (col === c) {
        delete cols[f];
        delete how[f];
      }
    for (const [f, cc, t] of found) {
      cols[f] = cc;
      how[f] = { by: "group", header: t, group };
    }
    last = Math.max(last, sub);
  }
  return last;
}

/**
 * «Исполнение в муниципальных образованиях» over «Городской округ Лесной | Каргинский район»: names under a status
 * group are whose mark each column is (org-status.ts), though «Городской округ …» alone reads as a header word.
 */
function namesUnderStatus(
  s: Sheet,
  sub: number,
  a: { left: number; right: number },
  group: string,
  found: readonly [FieldKey, number, string][],
): boolean {
  if (classifyHeader(group) !== "status" || found.some(([f]) => f !== "organisation")) return false;
  let labels = 0;
  for (let cc = a.left; cc <= a.right; cc++) if (s.text(sub, cc) !== "") labels++;
  return labels >= 2;
}

/** Fields whose column cannot also be a programme's: it holds the measure, who, what or where, not a date or a mark. */
const NOT_PROGRAMME: ReadonlySet<FieldKey> = new Set([
  "number",
  "title",
  "responsible",
  "result",
  "organisation",
]);

/**
 * Header cells (in the header block r..last) each naming one programme, two programmes at least, over columns that
 * are not the measure's, responsible's or result's: «Срок реализации» over «Точка роста | Кванториум | ЦОС», or
 * «Мероприятие | Точка роста | Кванториум | Ответственный» with «+» marks.
 */
function programmeColumns(s: Sheet, r: number, last: number, cols: Cols): ProgrammeColumn[] | null {
  const taken = new Set<number>();
  for (const [f, c] of Object.entries(cols) as [FieldKey, number][]) if (NOT_PROGRAMME.has(f)) taken.add(c);
  const found: ProgrammeColumn[] = [];
  const seen = new Set<ProgrammeId>();
  for (let c = 0; c < s.nCols; c++) {
    if (taken.has(c)) continue;
    for (let rr = last; rr >= r; rr--) {
      const t = s.text(rr, c);
      if (t === "" || t.length > 80) continue;
      const label = { text: t, address: s.addr(rr, c) };
      const id = labelProgramme(s, label);
      // A label merged over several columns names none of them alone.
      const a = s.area(rr, c);
      if (id && !seen.has(id) && !(a && a.right > a.left)) {
        seen.add(id);
        found.push({
          col: c,
          programme: id,
          label,
          // «Отметка об исполнении» over the label, or «Исполнение (Точка роста)» in it: its status column.
          status: [t, groupOver(s, r, rr, c, cols)].some((x) => classifyHeader(x) === "status"),
        });
      }
      break;
    }
  }
  return found.length >= 2 ? found : programmePairs(s, r, last, cols);
}

/**
 * «Центры «Точка роста»» merged over its own «срок | ответственный», and so for each programme: the programme's
 * column is its «срок», with its responsible beside it. Null unless two programmes at least.
 */
function programmePairs(s: Sheet, r: number, last: number, cols: Cols): ProgrammeColumn[] | null {
  const fixed: Cols = { number: cols.number, title: cols.title, result: cols.result };
  const found: ProgrammeColumn[] = [];
  const seen = new Set<ProgrammeId>();
  for (let rr = r; rr < last; rr++)
    for (const [c, t] of s.cells(rr)) {
      // Centred across the pair instead of merged, the label reads as the merge would (over the dates and
      // responsibles the group reading may have taken for the table's own).
      const centred = centredAcross(s, rr, c, fixed);
      const a = s.area(rr, c) ?? (centred && { ...centred, top: rr, bottom: rr });
      if (!a || a.right <= a.left || a.bottom >= last || t.length > 80) continue;
      const label = { text: t, address: s.addr(rr, c) };
      const id = labelProgramme(s, label);
      if (!id || seen.has(id)) continue;
      const sub = (k: FieldKey) => {
        for (let cc = a.left; cc <= a.right; cc++)
          if (classifyHeader(s.text(a.bottom + 1, cc)) === k) return cc;
        return undefined;
      };
      const at = (c: number) => ({ text: s.text(a.bottom + 1, c), address: s.addr(a.bottom + 1, c) });
      const deadline = sub("deadline");
      if (deadline === undefined) continue;
      seen.add(id);
      const responsible = sub("responsible");
      const mark = sub("status");
      found.push({
        col: deadline,
        programme: id,
        label,
        status: false,
        ...(responsible === undefined ? {} : { responsible: { col: responsible, header: at(responsible) } }),
        ...(mark === undefined ? {} : { mark: { col: mark, header: at(mark) } }),
      });
    }
  return found.length >= 2 ? found : null;
}

/** The text of the header cell over column c in rows top..below-1 (a merge, or a label centred, from the left), or "". */
function groupOver(s: Sheet, top: number, below: number, c: number, cols: Cols): string {
  for (let rr = below - 1; rr >= top; rr--)
    for (let cc = c; cc >= 0; cc--) {
      const t = s.text(rr, cc);
      if (t === "") continue;
      const a = s.area(rr, cc) ?? centredAcross(s, rr, cc, cols);
      if (cc === c || (a && a.right >= c)) return t;
      break;
    }
  return "";
}

/** The one programme a header label names, or the sheet's own abbreviation of it («ТР» under a legend «ТР — …»). */
function labelProgramme(s: Sheet, label: Located): ProgrammeId | undefined {
  const ids = new Set(programmeMentions(label).map((m) => m.id));
  if (ids.size === 0 && ABBREVIATION_RE.test(label.text)) return sheetAbbreviations(s).get(label.text);
  return ids.size === 1 ? [...ids][0]! : undefined;
}

/** A row of short labels, two of them naming programmes, nothing under the measure column: a sub-header row. */
function isProgrammeLabelRow(s: Sheet, r: number, cols: Cols): boolean {
  if (r >= s.nRows || s.text(r, cols.title!) !== "") return false;
  const cells = s.cells(r);
  if (cells.some(([, t]) => t.length > 80)) return false;
  return (
    cells.filter(([c, t]) => {
      const label = { text: t, address: s.addr(r, c) };
      return programmeMentions(label).length > 0 || labelProgramme(s, label) !== undefined;
    }).length >= 2
  );
}

function readHeader(s: Sheet, r: number, cols: Cols): Header {
  let last = r;
  for (const c of Object.values(cols)) {
    const a = s.area(r, c);
    if (a && a.bottom > last && a.bottom - r <= 10) last = a.bottom;
  }
  const how: Partial<Record<FieldKey, How>> = {};
  for (const [f, c] of Object.entries(cols) as [FieldKey, number][])
    how[f] = { by: "header", header: s.text(r, c), group: null };
  const m = matrixUnder(s, r, last, cols);
  const matrix = m ? m.columns : null;
  if (m) last = Math.max(last, m.sub);
  const full: Cols = { ...cols };
  if (!matrix) last = Math.max(last, dateGroup(s, r, full, how), otherGroups(s, r, full, how));
  // «Срок исполнения по ОО» over a row of schools' names: that row is the header's (org-status.ts reads it).
  if (!matrix) last = Math.max(last, orgLabelsRow(s, r, full));
  const quarters =
    full.deadline === undefined && !matrix
      ? quarterColumns(s, r, new Set(Object.values(full)))
      : !matrix && full.deadline !== undefined
        ? periodColumns(s, r, last, full.deadline)
        : null;
  if (quarters) {
    const end = quarters.reduce((a, b) => (b.col > a.col ? b : a));
    full.deadline = end.col;
    how.deadline = { by: "group", header: end.label, group: end.yearLabel };
    last = Math.max(last, quarterLabelsEnd(s, r, quarters));
  }
  const before = full.deadline;
  const yearAlts = matrix || quarters ? null : yearColumns(s, r, last, full);
  // A plan for several years reads its earliest year's column first: that column's header is the one shown.
  if (full.deadline !== before) delete how.deadline;
  if (full.deadline !== undefined && how.deadline === undefined)
    how.deadline = {
      by: "header",
      header: yearAlts?.labels?.get(full.deadline) ?? s.text(r, full.deadline),
      group: null,
    };
  if (full.number === undefined && !matrix) {
    const n = findNumberColumn(s, r, last, full);
    if (n !== undefined) {
      full.number = n;
      how.number = { by: "content", header: s.text(r, n), group: null };
    }
  }
  // The years' «+» marks and their «Месяц» are the deadline, not a status column.
  const yearCols = yearAlts
    ? [...yearAlts.alts, ...(yearAlts.month === undefined ? [] : [yearAlts.month])]
    : [];
  const st = matrix ? undefined : findStatusColumn(s, r, last, full, yearCols);
  if (st !== undefined) {
    full.status = st;
    how.status = { by: "content", header: s.text(r, st), group: null };
  }
  // Before the column-number row: its «3» would hide the programme's name above it.
  let programmes = matrix || quarters ? null : programmeColumns(s, r, last, full);
  if (!matrix && !quarters && !programmes && isProgrammeLabelRow(s, last + 1, full)) {
    // «Срок реализации» merged over the programmes, the other header cells not merged down to their row.
    programmes = programmeColumns(s, r, last + 1, full);
    if (programmes) last++;
  }
  if (last + 1 < s.nRows) {
    const all = Object.values(full);
    if (isColumnNumbers(s, last + 1, Math.min(...all), Math.max(...all))) last++;
  }
  // «Центр «Точка роста»» over the schools' names: the organisation column, a roadmap per school as under «ОО».
  const base = matrix ? undefined : baseSchoolColumn(s, r, last, full);
  if (base !== undefined) {
    if (full.programme === base) delete full.programme;
    delete how.programme;
    full.organisation = base;
    how.organisation = { by: "content", header: s.text(r, base), group: null };
  }
  // «Направление» naming each row's programmes («ТР, ШК, ЦОС»): the programme column, as «Программа» would be.
  if (full.programme === undefined && !matrix && !quarters && !programmes) {
    const c = directionProgrammeColumn(s, r, last, new Set(Object.values(full)));
    if (c !== undefined) {
      full.programme = c;
      how.programme = { by: "content", header: s.text(r, c), group: null };
    }
  }
  const alts = yearAlts && yearAlts.alts.length > 0 && !programmes ? yearAlts : undefined;
  return withEntries({ row: r, last, cols: full, matrix, how, quarters, programmes, yearAlts: alts });
}

/** Title headers that name nothing but “a name”: any list of names has them, not only a list of measures. */
const BARE_NAMES = new Set(["Наименование", "Название", "Name", "Title", "Description"].map(squash));

/**
 * A header a roadmap could have: «Название | Дата» alone heads any register of names with dates (a warning list, a
 * price list), so with a bare name over the title and nothing beside the dates (no responsible, result or audience)
 * the rows must be numbered measures, as a roadmap's are.
 */
function isRoadmapHeader(s: Sheet, h: Header): boolean {
  const { cols } = h;
  if (h.matrix || cols.responsible !== undefined || cols.result !== undefined || cols.audience !== undefined)
    return true;
  const name = squash(s.text(h.row, cols.title!)).replace(/[^\p{L}]/gu, "");
  return !BARE_NAMES.has(name) || cols.number !== undefined;
}

/** The next table or matrix header at or below row `from`. */
export function findHeader(s: Sheet, from: number): Header | null {
  for (let r = from; r < s.nRows; r++) {
    if (s.blankRow(r)) continue;
    const cols = headerFields(s, r);
    if (cols) {
      const h = readHeader(s, r, cols);
      if (isRoadmapHeader(s, h)) return h;
      continue;
    }
    const p = programmeColumnsAt(s, r);
    if (p) return withEntries(p);
  }
  return null;
}

/** A header printed again on a new page. */
export function isRepeatedHeader(s: Sheet, r: number, h: Header): boolean {
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
