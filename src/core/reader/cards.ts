// Cards: a roadmap typed as one block of labelled lines per measure («Мероприятие: … / Срок: … / Ответственный: …»)
// instead of a table: each block becomes one roadmap row, its lines the row's fields.
import type { Bilingual } from "../lang";
import type { Sheet } from "./grid-cache";
import { classifyHeader } from "./header-words";
import { NO_SUBITEMS, addSheetRow } from "./row-cells";
import { roleName, ROLE_NAMES } from "./roles";
import type { ColumnRole, FieldKey, Roadmap, RoadmapRow, RowField } from "./types";
import { NUMBER_RE } from "./vocabulary";

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

// «Мероприятие 1.», «Мероприятие № 2»: a block's heading carries its number after the label.
const TRAILING_NUMBER = /\s*№?\s*(\d{1,3}(?:\.\d{1,3})*\.?)\s*$/u;
// «1. Мероприятие: …»: the number typed before the label in the same cell.
const LEADING_NUMBER = /^(\d{1,3}(?:\.\d{1,3})*\.?)\s+(?=\p{L})/u;

/** The field a short label names («Срок исполнения», «Ответственный», «Мероприятие 1.»), with its number. */
function labelField(label: string): { field: FieldKey; number: string | null } | null {
  // A label is a few words: a longer text starting with «Срок …» or «Документ …» is a value, not a label.
  if (label.length > 40 || label.split(/\s+/).length > 4) return null;
  const m = TRAILING_NUMBER.exec(label);
  const bare = m ? label.slice(0, m.index) : label;
  const field = classifyHeader(bare);
  if (!field || !CARD_FIELDS.has(field)) return null;
  // Only a measure's label is numbered («Срок 1» is not a card line).
  if (m && field !== "title") return null;
  return { field, number: m ? m[1]! : null };
}

/** Sheet row r as a card line, or null. */
function cardLine(s: Sheet, r: number): CardLine | null {
  const cells = s.cells(r);
  if (cells.length === 0 || cells.length > 4) return null;
  let i = 0;
  let number: string | null = null;
  let numberAddress: string | null = null;
  if (cells.length > 1 && NUMBER_RE.test(cells[0]![1])) {
    number = cells[0]![1];
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
  const colon = /^([^:\n]{2,45}):\s*(.*)$/su.exec(text);
  const label = colon ? colon[1]!.trim() : text;
  const found = labelField(label);
  if (!found) return null;
  const rest = colon ? colon[2]!.trim() : "";
  const next = cells[i + 1];
  // More than one value cell beside a label is a table's row, not a card's line.
  if (cells.length > i + 2) return null;
  let value: RowField;
  if (rest !== "") {
    if (next) return null;
    value = { text: rest, value: rest, addresses: [s.addr(r, c)] };
  } else if (next) value = { text: next[1], value: s.value(r, next[0]), addresses: [s.addr(r, next[0])] };
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

export interface CardsRead {
  rows: RoadmapRow[];
  /** The first card's first line (the text above it is the title and preamble). */
  first: number;
  lastRow: number;
  /** Where reading may go on (the row after the last card). */
  end: number;
  headerAddress: string;
  tableRange: string;
  columns: Roadmap["columns"];
  roles: ColumnRole[];
}

// Fewer blocks than this, or blocks with nothing but a measure line, are text, not a roadmap of cards.
const MIN_CARDS = 3;

/** The cards between rows from and to (exclusive), or null when they do not hold at least MIN_CARDS measures. */
export function readCards(s: Sheet, from: number, to: number): CardsRead | null {
  const rows: RoadmapRow[] = [];
  const seen = new Map<FieldKey, CardLine>();
  let current: RoadmapRow | null = null;
  let last: { line: CardLine; r: number } | null = null;
  let first = -1;
  let lastRow = -1;
  let withFields = 0;
  let left = Infinity;
  let right = -1;
  for (let r = from; r < to; r++) {
    const line = cardLine(s, r);
    if (!line) {
      // A value broken onto the next line, in the value's own column, right under it.
      const cells = s.cells(r);
      if (current && last && last.r === r - 1 && cells.length === 1 && cells[0]![0] === last.line.col) {
        const f = current.fields[last.line.field]!;
        f.text = f.text === "" ? cells[0]![1] : `${f.text}\n${cells[0]![1]}`;
        f.addresses.push(s.addr(r, cells[0]![0]));
        addSheetRow(current, s.row0 + r);
        last = { line: last.line, r };
        lastRow = r;
      }
      continue;
    }
    // A measure line starts a card, unless it names the measure of a card headed «Мероприятие 1.» just above it.
    const heading = current && current.fields.title?.text === "" && Object.keys(current.fields).length === 1;
    if (line.field === "title" && !heading) {
      if (current && Object.keys(current.fields).length > 1) withFields++;
      current = {
        index: rows.length,
        number: line.number,
        section: null,
        fields: {},
        subItems: NO_SUBITEMS,
        address: line.value.addresses[0]!,
        sheetRows: [],
      };
      rows.push(current);
      if (first < 0) first = r;
      if (line.numberAddress && line.number)
        current.fields.number = { text: line.number, value: line.number, addresses: [line.numberAddress] };
    } else if (!current) continue;
    if (line.field === "title" && heading) current.address = line.value.addresses[0]!;
    // A second «Срок» line in one card (a date after a period) adds to the first rather than replacing it.
    const had = current.fields[line.field];
    current.fields[line.field] =
      had && had.text !== "" && line.field !== "title"
        ? {
            ...had,
            text: `${had.text}\n${line.value.text}`,
            addresses: [...had.addresses, ...line.value.addresses],
          }
        : { ...line.value, addresses: [...line.value.addresses] };
    if (!seen.has(line.field)) seen.set(line.field, line);
    addSheetRow(current, s.row0 + r);
    last = { line, r };
    lastRow = r;
    left = Math.min(left, line.left);
    right = Math.max(right, line.col);
  }
  if (current && Object.keys(current.fields).length > 1) withFields++;
  if (rows.length < MIN_CARDS || withFields < MIN_CARDS || !seen.has("title")) return null;
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
  const firstLine = seen.get("title")!;
  return {
    rows,
    first,
    lastRow,
    end: lastRow + 1,
    headerAddress: firstLine.labelAddress,
    tableRange: `${s.addr(first, left)}:${s.addr(lastRow, right)}`,
    columns,
    roles,
  };
}

function cardReason(label: string, role: Bilingual): Bilingual {
  return {
    ru: `строки «${label}» в карточках мероприятий: ${role.ru}`,
    en: `«${label}» lines in the measures' cards: ${role.en}`,
  };
}
