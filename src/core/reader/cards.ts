// Cards: a roadmap typed as one block of labelled lines per measure («Мероприятие: … / Срок: … / Ответственный: …»)
// instead of a table: each block becomes one roadmap row, its lines the row's fields.
import type { Bilingual } from "../lang";
import type { Sheet } from "./grid-cache";
import { classifyHeader } from "./header-words";
import { NO_SUBITEMS } from "./row-cells";
import { roleName, ROLE_NAMES } from "./roles";
import { squash } from "./normalize";
import type { ColumnRole, FieldKey, Roadmap, RoadmapRow, RowField, Section } from "./types";
import { NUMBER_RE, SECTION_RE, SECTION_WORD } from "./vocabulary";
import { organisationIn } from "./table-end";

/** One labelled line: the field its label names and the value beside or after the label. */
interface CardLine {
  field: FieldKey;
  /** «1.» in a cell of its own left of the label, before the label («1. Мероприятие: …») or after it («Мероприятие 1.»). */
  number: string | null;
  /** Whether the number sat in a cell of its own (then it is the row's № field). */
  numberAddress: string | null;
  value: RowField;
  label: string;
  labelAddress: string;
  /** The column the value sits in (the label's own when both share a cell). */
  col: number;
  /** The line's first column (its number's, or its label's). */
  left: number;
}

// The fields a card line may hold; a «№» or «Программа» label is not a measure's line.
const CARD_FIELDS: ReadonlySet<FieldKey> = new Set([
  "title",
  "deadline",
  "responsible",
  "result",
  "status",
  "start",
  "actual",
  "audience",
  "note",
  "cost",
  "organisation",
]);

const AS_OF = /\s*\(?\s*(?:по\s+состоянию\s+)?на\s+\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})(?:\s*г\.?)?\s*\)?\s*$/iu;
// «Мероприятие 1.», «Мероприятие № 2»: a block's heading carries its number after the label.
const TRAILING_NUMBER = /\s*№?\s*(\d{1,3}(?:\.\d{1,3})*\.?)\s*$/u;
// «1. Мероприятие: …»: the number typed before the label in the same cell.
const LEADING_NUMBER = /^(\d{1,3}(?:\.\d{1,3})*\.?)\s+(?=\p{L})/u;

// «Мероприятие 1», «Мероприятие № 2.» alone in the left cell of a card's first line: the card's number.
const HEADING_CELL = /^мероприятие\s*№?\s*(\d{1,3}(?:\.\d{1,3})*)\.?$/iu;
// «Мероприятие 1. Определение …»: a numbered label followed by the measure's own words.
const HEADING_TEXT = /^мероприятие\s*№?\s*(\d{1,3}(?:\.\d{1,3})*)[.:)]?\s+(\S.*)$/isu;

/** The field a short label names («Срок исполнения», «Ответственный», «Мероприятие 1.»), with its number. */
function labelField(label: string): { field: FieldKey; number: string | null } | null {
  // «(сведения об исполнении на 15.11.2027)» in brackets is a note under a title, not a label.
  if (/^\s*\(/u.test(label)) return null;
  // «Статус на 01.08.2027», «Отметка о выполнении (по состоянию на 01.09.2027)»: a report's day belongs to the label.
  label = label.replace(AS_OF, "");
  // A label is a few words: a longer text starting with «Срок …» or «Документ …» is a value, not a label.
  if (label.length > 40 || label.split(/\s+/).length > 4) return null;
  const m = TRAILING_NUMBER.exec(label);
  const bare = m ? label.slice(0, m.index) : label;
  // «Пункт 3» alone heads a card as «Мероприятие 3.» does.
  if (m && /^(пункт|п\.)$/iu.test(bare.trim())) return { field: "title", number: m[1]! };
  const field = classifyHeader(bare);
  if (!field || !CARD_FIELDS.has(field)) return null;
  // Only a measure's label is numbered («Срок 1» is not a card line).
  if (m && field !== "title") return null;
  return { field, number: m ? m[1]! : null };
}

// What sets a label off from its value: a colon, a dash between spaces («Срок — до …», «Мероприятие – …») or a full
// stop («Срок проведения. февраль 2027 г.»); the first one in the text that leaves a label before it («Содержание —
// Утверждение: 1) …» is set off by its dash, the colon is the measure's own).
const SEPARATORS = [/:\s*/u, /\s[—–-]\s*/u, /\.\s+/u];

/** The label before the first separator that makes one (within a label's length), and the value after it. */
function separated(text: string): [string, string] | null {
  let best: [string, string] | null = null;
  let at = Infinity;
  for (const sep of SEPARATORS) {
    const m = sep.exec(text);
    if (!m || m.index < 2 || m.index > 45 || m.index >= at || text.slice(0, m.index).includes("\n")) continue;
    const label = text.slice(0, m.index);
    if (!labelField(label.trim())) continue;
    best = [label, text.slice(m.index + m[0].length)];
    at = m.index;
  }
  return best;
}

/** Sheet row r as a card line, or null. */
function cardLine(s: Sheet, r: number): CardLine | null {
  const cells = s.cells(r);
  if (cells.length === 0 || cells.length > 4) return null;
  let i = 0;
  let number: string | null = null;
  let numberAddress: string | null = null;
  // «Мероприятие 1 | Наименование | …»: beside a single value «Мероприятие 1.» is the measure's own label.
  const heading = cells.length > 2 ? HEADING_CELL.exec(cells[0]![1]) : null;
  const numbered = cells.length > 1 && !heading ? NUMBER_CELL.exec(cells[0]![1]) : null;
  if (cells.length > 1 && (heading || numbered || NUMBER_RE.test(cells[0]![1]))) {
    number = heading ? heading[1]! : numbered ? numbered[1]! : cells[0]![1];
    numberAddress = s.addr(r, cells[0]![0]);
    i = 1;
  }
  const [c, raw] = cells[i]!;
  let text = raw;
  const lead = LEADING_NUMBER.exec(text);
  if (lead && number === null) {
    number = lead[1]!;
    text = text.slice(lead[0].length);
  }
  // «Мероприятие 1. Определение должностного лица …»: the numbered label and the measure in one cell, no colon.
  const named = HEADING_TEXT.exec(text);
  if (named && cells.length === i + 1) {
    const value = { text: named[2]!, value: named[2]!, addresses: [s.addr(r, c)] };
    return {
      field: "title",
      number: number ?? named[1]!,
      numberAddress,
      value,
      label: "Мероприятие",
      labelAddress: s.addr(r, c),
      col: c,
      left: cells[0]![0],
    };
  }
  const colon = separated(text);
  const label = colon ? colon[0].trim() : text;
  const found = labelField(label);
  if (!found) return null;
  const rest = colon ? colon[1].trim() : "";
  const next = cells[i + 1];
  // More than one value cell beside a label is a table's row, not a card's line.
  if (cells.length > i + 2) return null;
  let value: RowField;
  if (rest !== "") {
    if (next) return null;
    value = { text: rest, value: rest, addresses: [s.addr(r, c)] };
  } else if (next) value = { text: next[1], value: s.value(r, next[0]), addresses: [s.addr(r, next[0])] };
  // «13. Начало функционирования центра» alone is a numbered measure (numberedTitle), not a «Начало» label.
  else if (!colon && lead && number !== null) return null;
  else if (colon || found.number !== null || found.field !== "title")
    value = { text: "", value: null, addresses: [s.addr(r, c + 1)] };
  else return null;
  return {
    field: found.field,
    number: number ?? found.number,
    numberAddress,
    value,
    label,
    labelAddress: s.addr(r, c),
    col: rest !== "" || !next ? c : next[0],
    left: cells[0]![0],
  };
}

// «1. Утверждение …», «1.1 | Краевой фестиваль …», «№ 1 | Назначение …»: a numbered measure with no label of its own.
const NUMBERED_TEXT = /^(\d{1,3}(?:\.\d{1,3})*)[.)]?\s+(\S.{9,})$/su;
const NUMBER_CELL = /^(?:№\s*)?(\d{1,3}(?:\.\d{1,3})*)[.)]?$/u;

/**
 * A numbered measure with no label, right over a card's labelled lines («1. Утверждение …» over «Срок — до …»): the
 * card's measure line. Without the labelled line under it, a numbered line is a table's row or text, not a card's.
 */
function numberedTitle(s: Sheet, r: number): CardLine | null {
  const cells = s.cells(r);
  if (cells.length === 0 || cells.length > 2) return null;
  const own = cells.length === 2 ? NUMBER_CELL.exec(cells[0]![1]) : null;
  const joined = cells.length === 1 ? NUMBERED_TEXT.exec(cells[0]![1]) : null;
  // Unnumbered, a measure's words alone count only where a card begins: after a blank row, never under a value.
  const bare =
    cells.length === 1 &&
    !joined &&
    cells[0]![1].length >= 15 &&
    (r === 0 || s.blankRow(r - 1)) &&
    sectionLine(s, r, cells) === null &&
    organisationIn(cells[0]![1], s) === null;
  if (!own && !joined && !bare) return null;
  const next = cardLine(s, r + 1) ?? labelsRow(s, r + 1)?.[0];
  if (!next || next.field === "title") return null;
  const [c, text] = cells[cells.length - 1]!;
  const value = joined ? joined[2]! : text;
  return {
    field: "title",
    number: own ? own[1]! : joined ? joined[1]! : null,
    numberAddress: own ? s.addr(r, cells[0]![0]) : null,
    value: { text: value, value, addresses: [s.addr(r, c)] },
    label: "№",
    labelAddress: s.addr(r, cells[0]![0]),
    col: c,
    left: cells[0]![0],
  };
}

/**
 * «Срок | Ответственный | Результат» over «26.12.2025 | Управление образования | Приказ»: a card's labels side by side
 * on one row, their values under them — the lines of a card, each value in its label's column.
 */
function labelsRow(s: Sheet, r: number): CardLine[] | null {
  const cells = s.cells(r);
  // «Отметка о выполнении | выполнено» is a label and its value, not two labels.
  if (cells.length < 2 || cells.length > 6 || cardLine(s, r) !== null) return null;
  const lines: CardLine[] = [];
  for (const [c, t] of cells) {
    const f = labelField(t.replace(/[:.]\s*$/u, "").trim());
    if (!f || f.field === "title" || f.number !== null || lines.some((l) => l.field === f.field)) return null;
    const v = s.text(r + 1, c);
    lines.push({
      field: f.field,
      number: null,
      numberAddress: null,
      value: { text: v, value: v === "" ? null : s.value(r + 1, c), addresses: [s.addr(r + 1, c)] },
      label: t,
      labelAddress: s.addr(r, c),
      col: c,
      left: c,
    });
  }
  // The values' row holds values, not another row of labels.
  return lines.some((l) => l.value.text !== "") && labelsRowAt(s, r + 1) === false ? lines : null;
}

/** Whether row r is itself a row of labels (then it holds no values for the row above). */
function labelsRowAt(s: Sheet, r: number): boolean {
  const cells = s.cells(r);
  return cells.length >= 2 && cells.every(([, t]) => labelField(t.replace(/[:.]\s*$/u, "").trim()) !== null);
}

/** Whether sheet row r is a labelled line of a card. */
export function isCardLine(s: Sheet, r: number): boolean {
  return cardLine(s, r) !== null;
}

export interface CardsRead {
  rows: RoadmapRow[];
  /** The first card's first line (the text above it is the title and preamble). */
  first: number;
  /** Where reading may go on (the row after the last card). */
  end: number;
  headerAddress: string;
  tableRange: string;
  columns: Roadmap["columns"];
  roles: ColumnRole[];
  /** «Направление N. …» lines between the cards. */
  sections: Section[];
}

// Fewer blocks than this, or blocks with nothing but a measure line, are text, not a roadmap of cards.
const MIN_CARDS = 3;

/** One labelled line of a card and the sheet rows it covers (more than one when its value goes on below). */
interface Placed {
  line: CardLine;
  rows: number[];
}

/** A card's lines, the «Направление» it sits under and the school or municipality captioned above it. */
interface Card {
  lines: Placed[];
  section: Section | null;
  organisation: RowField | null;
}

/** «Направление 2. Организация …», «Раздел 3. …» alone on its line between cards: the section of the cards below. */
function sectionLine(s: Sheet, r: number, cells: [number, string][]): Section | null {
  if (cells.length !== 1) return null;
  const m = SECTION_RE.exec(cells[0]![1]);
  if (!m || !SECTION_WORD.test(squash(m[1]!))) return null;
  return { number: m[2]!, title: m[3]!.trim(), address: s.addr(r, cells[0]![0]) };
}

/**
 * Card lines grouped into cards: a card ends at a blank row, at a number in a cell of its own, or where a label it
 * already has comes again (cards with no blank row between them, the «Срок» line first or last).
 */
function cardsOf(s: Sheet, from: number, to: number, sections: Section[]): Card[] {
  const cards: Card[] = [];
  let current: Placed[] | null = null;
  let section: Section | null = null;
  let organisation: RowField | null = null;
  let gap = false;
  for (let r = from; r < to; r++) {
    const side = current && !gap ? labelsRow(s, r) : null;
    if (side) {
      // Labels side by side with their values on the next row: each a line of the card being read.
      for (const line of side) current!.push({ line, rows: [r, r + 1] });
      r++;
      continue;
    }
    const line = cardLine(s, r) ?? numberedTitle(s, r);
    if (!line) {
      const cells = s.cells(r);
      const prev = current?.[current.length - 1];
      const heading = sectionLine(s, r, cells);
      const org = heading || cells.length !== 1 ? null : organisationIn(cells[0]![1], s);
      if (heading) {
        section = heading;
        sections.push(heading);
        gap = true;
      } else if (org !== null) {
        // «МБОУ «Борковская ООШ»» over its cards: a consolidated sheet's next school.
        organisation = { text: org, value: org, addresses: [s.addr(r, cells[0]![0])] };
        gap = true;
      } else if (
        prev &&
        !gap &&
        prev.rows.at(-1) === r - 1 &&
        cells.length === 1 &&
        cells[0]![0] === prev.line.col
      ) {
        // A value broken onto the next line, in the value's own column, right under it.
        const v = prev.line.value;
        const at = s.addr(r, cells[0]![0]);
        // «Срок исполнения» alone, its value on the line under it: that cell is the value (a date stays a date).
        if (v.text === "")
          Object.assign(v, { text: cells[0]![1], value: s.value(r, cells[0]![0]), addresses: [at] });
        else Object.assign(v, { text: `${v.text}\n${cells[0]![1]}`, addresses: [...v.addresses, at] });
        prev.rows.push(r);
      } else if (cells.length === 0) gap = true;
      continue;
    }
    const has = current?.find((x) => x.line.field === line.field);
    // «Мероприятие 1.» over «Наименование: …»: the heading's card names its measure on the next line.
    const named = has !== undefined && line.field === "title" && has.line.value.text === "";
    if (!current || gap || line.numberAddress !== null || (has && !named)) {
      current = [];
      cards.push({ lines: current, section, organisation });
    }
    if (named) {
      const number = has.line.number ?? line.number;
      const numberAddress = has.line.numberAddress ?? line.numberAddress;
      current.splice(current.indexOf(has), 1, {
        line: { ...line, number, numberAddress },
        rows: [r, ...has.rows],
      });
    } else current.push({ line, rows: [r] });
    gap = false;
  }
  return cards;
}

/** A card as a roadmap row: its measure line is the row's address, its other lines its fields. */
function cardRow(s: Sheet, { lines: card, section, organisation }: Card, index: number): RoadmapRow | null {
  const title = card.find((x) => x.line.field === "title");
  if (!title) return null;
  const numbered = card.find((x) => x.line.number !== null);
  const row: RoadmapRow = {
    index,
    number: numbered?.line.number ?? null,
    section: section?.number ?? null,
    fields: {},
    subItems: NO_SUBITEMS,
    address: title.line.value.addresses[0]!,
    sheetRows: card.flatMap((x) => x.rows.map((r) => s.row0 + r)).sort((a, b) => a - b),
  };
  // The measure's line first: a card is found, and its due day told, by the row of its measure.
  const own = s.row0 + title.rows[0]!;
  row.sheetRows = [own, ...row.sheetRows.filter((n) => n !== own)];
  if (organisation) row.fields.organisation = organisation;
  for (const { line } of card) row.fields[line.field] = line.value;
  if (numbered?.line.numberAddress && numbered.line.number)
    row.fields.number = {
      text: numbered.line.number,
      value: numbered.line.number,
      addresses: [numbered.line.numberAddress],
    };
  return row;
}

/** The cards between rows from and to (exclusive), or null when they do not hold at least MIN_CARDS measures. */
export function readCards(s: Sheet, from: number, to: number): CardsRead | null {
  const sections: Section[] = [];
  const cards = cardsOf(s, from, to, sections);
  const rows: RoadmapRow[] = [];
  const seen = new Map<FieldKey, CardLine>();
  let first = Infinity;
  let lastRow = -1;
  let left = Infinity;
  let right = -1;
  let withFields = 0;
  for (const card of cards) {
    const row = cardRow(s, card, rows.length);
    if (!row) continue;
    rows.push(row);
    if (card.lines.length > 1) withFields++;
    for (const { line, rows: at } of card.lines) {
      if (!seen.has(line.field)) seen.set(line.field, line);
      first = Math.min(first, ...at);
      lastRow = Math.max(lastRow, ...at);
      left = Math.min(left, line.left);
      right = Math.max(right, line.col);
    }
  }
  if (rows.length < MIN_CARDS || withFields < MIN_CARDS) return null;
  if (!seen.has("deadline") && !seen.has("responsible") && !seen.has("result")) return null;
  const columns: Roadmap["columns"] = {};
  const roles: ColumnRole[] = [];
  for (const [f, line] of seen) {
    const column = s.letter(line.col);
    columns[f] = { column, header: line.label, address: line.labelAddress };
    const role = roleName(f, seen.has("start") ? { start: 0 } : {});
    roles.push({ column, role, header: line.label, reason: cardReason(line.label, ROLE_NAMES[role]) });
  }
  roles.sort((a, b) => a.column.length - b.column.length || a.column.localeCompare(b.column));
  return {
    rows,
    first,
    end: lastRow + 1,
    headerAddress: seen.get("title")!.labelAddress,
    tableRange: `${s.addr(first, left)}:${s.addr(lastRow, right)}`,
    columns,
    roles,
    sections: sections.filter((x) => rows.some((r) => r.section === x.number)),
  };
}

function cardReason(label: string, role: Bilingual): Bilingual {
  return {
    ru: `строки «${label}» в карточках мероприятий: ${role.ru}`,
    en: `«${label}» lines in the measures' cards: ${role.en}`,
  };
}
