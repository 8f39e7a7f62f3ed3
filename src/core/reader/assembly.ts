// The assembly: find each header, read its table or matrix, and build the Roadmaps (text above, programme, year).
import { inferFunding, type FundingEvidence } from "../funding";
import { columnNumber, rangeAddress, type Grid } from "../grid";
import type { Bilingual } from "../lang";
import { Sheet } from "./grid-cache";
import { sideBySide } from "./side-by-side";
import { pageShifts } from "./page-shift";
import { documentYearOf, guessProgramme, guessYear, type Located, type YearGuess } from "./guess";
import { findHeader, withEntries, type Header } from "./header";
import { readMatrix } from "./matrix";
import { normalize } from "./normalize";
import { matrixRoles, tableRoles } from "./roles";
import { notePlanResponsible } from "./plan-responsible";
import { readTable, type Sec, type TableRead } from "./table";
import { finishRows, type SubMemo } from "./finish-rows";
import { isCardLine, readCards, type CardsRead } from "./cards";
import type { FieldKey, ReadResult, Roadmap, RoadmapRow } from "./types";
import { TITLE_RE } from "./vocabulary";
import { directionColumnSections } from "./direction-column";
import { byOrganisation } from "./org-groups";
import { byOrgColumns } from "./org-status";
import { programmeColumnBlocks, sharedColumnBlocks, type Block } from "./table-blocks";
import {
  byProgrammeColumn,
  byProgrammeName,
  headingProgramme,
  perOrganisation,
  withLatestDates,
} from "./programme-sections";

function above(s: Sheet, from: number, to: number): { title: Located[]; preamble: Located[] } {
  let titleRow = -1;
  const titled = (r: number) => s.cells(r).some(([, t]) => TITLE_RE.test(normalize(t)));
  for (let r = to - 1; r >= from; r--) {
    if (titled(r)) {
      titleRow = r;
      break;
    }
  }
  // A title over two lines, the second naming another roadmap («(актуализирован на основе дорожной карты на 2026
  // год)»): the title starts at the first of the adjacent titled lines.
  while (titleRow > from && !s.blankRow(titleRow - 1) && titled(titleRow - 1)) titleRow--;
  const title: Located[] = [];
  const preamble: Located[] = [];
  for (let r = from; r < to; r++)
    for (const [c, t] of s.cells(r)) {
      const l: Located = { text: t, address: s.addr(r, c), value: s.value(r, c) };
      (titleRow >= 0 && r >= titleRow ? title : preamble).push(l);
    }
  return { title, preamble };
}

/** A section printed as «Направление S.» (OCR for 8) takes the number its items carry. */
function fixSectionNumbers(read: TableRead): void {
  const firstOf = new Map<Sec, RoadmapRow>();
  read.rows.forEach((row, i) => {
    const sec = read.secs[i];
    if (sec && row.number && !firstOf.has(sec)) firstOf.set(sec, row);
  });
  const taken = read.sections.map((sec) => {
    const first = /^\d+$/.test(sec.s.number) ? undefined : firstOf.get(sec);
    return (first && /^(\d+)\./.exec(first.number!)?.[1]) ?? sec.s.number;
  });
  // «II. Школьные Кванториумы», «III. ЦОС» over items numbered 1.1 again each: the item's major would name them alike.
  for (const [i, sec] of read.sections.entries())
    if (taken.indexOf(taken[i]!) === taken.lastIndexOf(taken[i]!)) sec.s.number = taken[i]!;
}

function deadlinesOf(rows: RoadmapRow[]): Located[] {
  const out: Located[] = [];
  for (const r of rows) {
    const d = r.fields.deadline;
    if (d) out.push({ text: d.text, address: d.addresses[0]!, value: d.value, year: d.year });
  }
  return out;
}

/** A roadmap's year fields: the year with its evidence, and the stale title's year when the deadlines overrode it. */
function yearFields({ staleTitleYear, ...year }: YearGuess): Pick<Roadmap, "year" | "staleTitleYear"> {
  return staleTitleYear === undefined ? { year } : { year, staleTitleYear };
}

function titlesOf(rows: RoadmapRow[]): Located[] {
  const out: Located[] = [];
  for (const r of rows) if (r.fields.title) out.push({ text: r.fields.title.text, address: r.address });
  return out;
}

// Each reason says what was looked for and what the planner can do (issue 14: a refusal says what to do).
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
      ru: `На листе «${name}» (${range}) не найдена строка заголовка таблицы: искали строку со столбцом мероприятий («Наименование мероприятия», «Мероприятия», «Основные мероприятия») и хотя бы одним из столбцов «Ответственный», «Результат», «Срок» / «Дата». Подпишите столбцы таблицы этими словами или выберите лист с дорожной картой.`,
      en: `No table header found on sheet “${name}” (${range}): looked for a row with an activity column («Наименование мероприятия», «Мероприятия», «Основные мероприятия») and at least one of «Ответственный» (responsible), «Результат» (result), «Срок» / «Дата» (deadline). Label the table's columns with these words, or choose the sheet that holds the roadmap.`,
    };
  return {
    ru: `На листе «${name}» заголовок таблицы найден в ${where}, но под ним нет ни одной строки мероприятий. Впишите мероприятия в строки под заголовком или вставьте шаблон дорожной карты.`,
    en: `On sheet “${name}” a table header was found at ${where}, but no activity rows follow it. Write the activities in the rows below the header, or insert the roadmap template.`,
  };
}

/** What every roadmap under one header shares: the text above it and where it is. */
interface Context {
  s: Sheet;
  h: Header;
  headerAddress: string;
  title: Located[];
  preamble: Located[];
  documentYear: number | null;
  subMemo: SubMemo;
  above: { text: string; address: string }[];
  funding: FundingEvidence;
}

function extent(c: Context, lo: number, hi: number, lastRow: number): string {
  const { s, h } = c;
  return rangeAddress({
    top: s.row0 + h.row,
    left: s.col0 + lo,
    bottom: s.row0 + lastRow,
    right: s.col0 + hi,
  });
}

/** One roadmap per programme column of a matrix; the row where reading stopped. */
function matrixRoadmaps(c: Context, out: Roadmap[]): { end: number; empty: boolean } {
  const { s, h } = c;
  const matrix = h.matrix!;
  const read = readMatrix(s, h);
  const key = h.cols.deadline ?? h.cols.number!;
  const lo = Math.min(key, ...matrix.map((x) => x.col));
  const hi = Math.max(key, ...matrix.map((x) => x.responsible?.col ?? x.col), h.cols.status ?? key);
  const used = new Map<string, number>();
  // No «Отв.» line anywhere and no column beside: the planner named no responsible, as a table without the column.
  const otvLines = read.perColumn.some((col) => col.some((row) => row.fields.responsible !== undefined));
  matrix.forEach((x, i) => {
    const rows = finishRows(read.perColumn[i]!, null, c.subMemo);
    if (rows.length === 0) return;
    const programme = guessProgramme([], x.labels, () => titlesOf(rows), []);
    const tag = programme.value === "unknown" ? s.letter(x.col) : programme.value;
    used.set(tag, (used.get(tag) ?? 0) + 1);
    out.push({
      id: `${s.grid.sheetName}!${c.headerAddress}#${used.get(tag)! > 1 ? `${tag}-${s.letter(x.col)}` : tag}`,
      sheetName: s.grid.sheetName,
      layout: "matrix",
      title: c.title.map((l) => l.text).join("\n"),
      preamble: c.preamble.map((l) => l.text),
      programme,
      ...yearFields(guessYear(c.title, () => deadlinesOf(rows), c.preamble, c.documentYear)),
      documentYear: c.documentYear,
      columns: {
        deadline: { column: s.letter(key), header: s.text(h.row, key), address: s.addr(h.row, key) },
        title: { column: s.letter(x.col), header: x.label.text, address: x.label.address },
        ...(x.responsible
          ? {
              responsible: {
                column: s.letter(x.responsible.col),
                header: x.responsible.header.text,
                address: x.responsible.header.address,
              },
            }
          : h.cols.responsible !== undefined
            ? {
                responsible: {
                  column: s.letter(h.cols.responsible),
                  header: s.text(h.row, h.cols.responsible),
                  address: s.addr(h.row, h.cols.responsible),
                },
              }
            : otvLines
              ? { responsible: { column: s.letter(x.col), header: "Отв.", address: x.label.address } }
              : {}),
        ...(h.cols.status === undefined
          ? {}
          : {
              status: {
                column: s.letter(h.cols.status),
                header: s.text(h.row, h.cols.status),
                address: s.addr(h.row, h.cols.status),
              },
            }),
      },
      headerAddress: c.headerAddress,
      tableRange: extent(c, lo, hi, read.lastRow),
      sections: [],
      rows,
      columnRoles: matrixRoles(s, h, key, x),
      organisation: null,
      skipped: [],
      funding: c.funding,
      textAbove: c.above,
    });
  });
  return { end: read.end, empty: read.perColumn.every((p) => p.length === 0) };
}

function withoutOrganisation(h: Header): Header {
  const { organisation: _col, ...cols } = h.cols;
  const { organisation: _how, ...how } = h.how;
  return withEntries({ ...h, cols, how });
}

/** The roadmap of a table (one per organisation when it repeats the items per school or municipality). */
function tableRoadmap(c: Context, out: Roadmap[]): { end: number; empty: boolean } {
  const { s } = c;
  // In a complex plan a column of schools under «Центр» names where each event is held, not whose plan it is.
  const venues =
    c.h.how.organisation?.by === "content" &&
    guessProgramme(c.title, [], [], c.preamble).value === "complex-plan";
  const h = venues ? withoutOrganisation(c.h) : c.h;
  const read = readTable(s, h);
  fixSectionNumbers(read);
  if (read.sections.length === 0) read.sections = directionColumnSections(s, h, read.rows, read.secs);
  const all = finishRows(read.rows, read.secs, c.subMemo);
  if (all.length === 0) return { end: read.end, empty: true };
  const colNums = Object.values(h.cols);
  const columns: Roadmap["columns"] = {};
  for (const [f, col] of Object.entries(h.cols) as [FieldKey, number][])
    columns[f] = { column: s.letter(col), header: s.text(h.row, col), address: s.addr(h.row, col) };
  const programme = guessProgramme(c.title, [], () => titlesOf(all), c.preamble);
  const year = guessYear(c.title, () => deadlinesOf(all), c.preamble, c.documentYear);
  const sections = read.sections.map((x) => x.s);
  const roles = withLatestDates(s, h, all, programme.value, tableRoles(s, h));
  // The complex plan's centre columns (or «Программа» column) say which centres take part, and when: it stays one plan.
  const plan = programme.value === "complex-plan";
  const byColumn = h.programmes && !plan ? byProgrammeColumn(s, h.programmes, all) : [];
  const byName =
    byColumn.length === 0 && h.cols.programme !== undefined && !plan ? byProgrammeName(s, all) : null;
  // A progress report's status column per school: one roadmap per school, each marked by its own column.
  const byStatus =
    byColumn.length === 0 && !byName ? byOrgColumns(s, h, all, { programme, columns, roles }) : null;
  const blocks: Block[] =
    byColumn.length > 0
      ? byColumn.flatMap((p) => programmeColumnBlocks(s, h, p, columns, roles))
      : byName
        ? perOrganisation(byName).map((b) => ({ ...b, columns, roles }))
        : (byStatus ??
          sharedColumnBlocks(all, sections, headingProgramme(s, h.row), programme, columns, roles));
  blocks.forEach(({ organisation, rows, programme, tag, columns, roles }, k) => {
    const used = new Set(rows.map((r) => r.section));
    out.push({
      id: `${s.grid.sheetName}!${c.headerAddress}${tag === null ? "" : `#${tag}`}`,
      sheetName: s.grid.sheetName,
      layout: read.sections.length > 0 ? "sectioned" : "table",
      title: c.title.map((l) => l.text).join("\n"),
      preamble: c.preamble.map((l) => l.text),
      programme,
      ...yearFields(year),
      documentYear: c.documentYear,
      columns,
      headerAddress: c.headerAddress,
      tableRange: extent(c, Math.min(...colNums), Math.max(...colNums), read.lastRow),
      sections: blocks.length > 1 ? sections.filter((x) => used.has(x.number)) : sections,
      rows,
      columnRoles: roles,
      organisation,
      skipped: k === 0 ? read.skipped : [],
      funding: c.funding,
      textAbove: c.above,
    });
  });
  return { end: read.end, empty: false };
}

/** The roadmaps of a sheet typed as cards, one block of labelled lines per measure (one per school captioned). */
function cardsRoadmap(s: Sheet, from: number, read: CardsRead, subMemo: SubMemo, out: Roadmap[]): void {
  const { title, preamble } = above(s, from, read.first);
  const cells = [...preamble, ...title].map((l) => ({ text: l.text, address: l.address }));
  const all = finishRows(read.rows, null, subMemo);
  const documentYear = documentYearOf(preamble);
  const year = yearFields(guessYear(title, () => deadlinesOf(all), preamble, documentYear));
  const groups = byOrganisation(all);
  for (const { organisation, rows, at } of groups)
    out.push({
      id: `${s.grid.sheetName}!${read.headerAddress}${groups.length > 1 ? `#${at}` : ""}`,
      sheetName: s.grid.sheetName,
      layout: "cards",
      title: title.map((l) => l.text).join("\n"),
      preamble: preamble.map((l) => l.text),
      programme: guessProgramme(title, [], () => titlesOf(all), preamble),
      ...year,
      documentYear,
      columns: read.columns,
      headerAddress: read.headerAddress,
      tableRange: read.tableRange,
      sections: read.sections.filter((x) => rows.some((r) => r.section === x.number)),
      rows,
      columnRoles: read.roles,
      organisation,
      skipped: [],
      funding: inferFunding(cells),
      textAbove: cells,
    });
}

export interface ReadOptions {
  /** Column roles a planner set, by roadmap id (a per-organisation roadmap's id, or the table's own). */
  columns?: Record<string, Partial<Record<FieldKey, string | null>>>;
}

/** The header with the planner's column roles applied: a letter per field, null to drop a field. */
function withOverride(s: Sheet, h: Header, id: string, opts: ReadOptions): Header {
  const entry = Object.entries(opts.columns ?? {}).find(([k]) => k === id || k.startsWith(`${id}#`));
  if (!entry || h.matrix) return h;
  const cols = { ...h.cols };
  const how = { ...h.how };
  for (const [f, letter] of Object.entries(entry[1]) as [FieldKey, string | null][]) {
    const c = letter === null ? -1 : columnNumber(letter.trim().toUpperCase()) - s.col0;
    if (letter === null || !/^[A-Za-z]{1,3}$/.test(letter.trim()) || c < 0 || c >= s.nCols) {
      if (f !== "title" && letter === null) {
        delete cols[f];
        delete how[f];
      }
      continue;
    }
    for (const [g, cc] of Object.entries(cols) as [FieldKey, number][])
      if (cc === c && g !== f) delete cols[g];
    cols[f] = c;
    how[f] = { by: "override", header: s.text(h.row, c), group: null };
  }
  const quarters = entry[1].deadline === undefined ? h.quarters : null;
  return withEntries({
    row: h.row,
    last: h.last,
    cols,
    matrix: null,
    how,
    quarters,
    programmes: h.programmes,
    // An overridden deadline column is the planner's one column: no other year's is read beside it.
    yearAlts: entry[1].deadline === undefined ? h.yearAlts : undefined,
  });
}

/** Every roadmap table on the sheet; a bilingual reason when there is none. Never throws on sheet content. */
export function readRoadmaps(grid: Grid, opts: ReadOptions = {}): ReadResult {
  if (!/^\$?[A-Za-z]{1,3}\$?\d{1,7}$/.test(grid.origin.trim()))
    return {
      roadmaps: [],
      reason: {
        ru: `Лист «${grid.sheetName}»: неверный адрес начала диапазона «${grid.origin}».`,
        en: `Sheet “${grid.sheetName}”: invalid range origin “${grid.origin}”.`,
      },
    };
  let s = new Sheet(grid);
  if (s.nRows === 0 || s.nCols === 0 || !s.hasText) return { roadmaps: [], reason: reason(s, "empty") };
  // Tables side by side on the same rows: each band of columns is read as a sheet (its roadmaps keep their cells).
  const bands = sideBySide(grid, s);
  if (bands) {
    const read = bands.map((b) => readRoadmaps(b, opts));
    const found = read.flatMap((r) => r.roadmaps);
    return found.length > 0 ? { roadmaps: found, reason: null } : read[0]!;
  }
  // A page of a converted document printed a column over is read in its table's columns (its cells keep their addresses).
  const shifts = pageShifts(s);
  if (shifts) s = new Sheet(grid, shifts);
  const roadmaps: Roadmap[] = [];
  const subMemo: SubMemo = new Map();
  let from = 0;
  let emptyHeader: string | null = null;
  while (from < s.nRows) {
    let found = findHeader(s, from);
    // A card's line may read as a header («Результат: | мероприятия включены в план»): inside a run of cards it is one.
    // Only a header right under a card's line is looked past: a table's own header is never searched beyond.
    while (found && found.row > from && isCardLine(s, found.row) && isCardLine(s, found.row - 1)) {
      const next = findHeader(s, found.row + 1);
      const wider = readCards(s, from, next ? next.row : s.nRows);
      if (!wider || wider.first > found.row || wider.end <= found.row) break;
      found = next;
    }
    // Cards above the next table (or with no table at all): a roadmap of their own.
    const cards = readCards(s, from, found ? found.row : s.nRows);
    if (cards) {
      cardsRoadmap(s, from, cards, subMemo, roadmaps);
      from = cards.end;
      continue;
    }
    if (!found) break;
    const headerAddress = s.addr(found.row, Math.min(...Object.values(found.cols)));
    // Overrides are keyed by the id the table had before them, so a corrected role keeps its roadmap.
    const h = withOverride(s, found, `${grid.sheetName}!${headerAddress}`, opts);
    const { title, preamble } = above(s, from, h.row);
    const cells = [...preamble, ...title].map((l) => ({ text: l.text, address: l.address }));
    const c: Context = {
      s,
      h,
      headerAddress,
      title,
      preamble,
      documentYear: documentYearOf(preamble),
      subMemo,
      above: cells,
      funding: inferFunding(cells),
    };
    const before = roadmaps.length;
    const read = h.matrix ? matrixRoadmaps(c, roadmaps) : tableRoadmap(c, roadmaps);
    notePlanResponsible(s, roadmaps.slice(before), cells, read.end);
    if (read.empty) emptyHeader ??= headerAddress;
    from = Math.max(read.end, h.last + 1);
  }
  if (roadmaps.length > 0) return { roadmaps, reason: null };
  return { roadmaps: [], reason: emptyHeader ? reason(s, "rows", emptyHeader) : reason(s, "header") };
}
