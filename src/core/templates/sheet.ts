import { type CellValue, columnLetters } from "../grid";
import type { Lang } from "../lang";
import type { TemplateRow } from "./types";

/**
 * The layout of a roadmap sheet inserted from a template, decided once here so that
 * «Вставить шаблон» in Excel and `roadmap-check template` write the same sheet.
 */
export interface TemplateSheetPlan {
  /** Preferred sheet name (≤ 31 characters, no []:*?/\); the writer picks a free variant if taken. */
  sheetName: string;
  /** Lines above the table (title), one per row, starting at A1. */
  titleLines: string[];
  /** 0-based row of the header within the written block (after the title lines and one blank row). */
  headerRow: number;
  header: string[];
  /** Table body: one array per row, same length as header. */
  rows: CellValue[][];
  /** Column widths in Excel character units. */
  columnWidths: number[];
  /** 0-based column of the «Отметка о выполнении» status column (gets a list validation). */
  statusColumn: number;
  statusOptions: string[];
  /** Number format of each body cell (same shape as rows); null: the writer's default for the value ("@" for text). */
  formats?: (string | null)[][];
  /** What makes the sheet work as a spreadsheet without the add-in; absent: a plain formatted range. */
  table?: TemplateTableSpec;
}

/** Sheet-level features of the inserted template, with the addresses decided here (A1, no sheet name). */
export interface TemplateTableSpec {
  /** Header and body: the autofilter range (a filtered range, not a ListObject: it keeps merged and multi-row headers). */
  filterRange: string;
  /** Rows frozen at the top: the title lines and the header. */
  freezeRows: number;
  /** A row whose deadline date has passed without «Выполнено»: coloured by a native conditional format. */
  overdue: { range: string; formula: string; fill: string; fontColor: string } | null;
  print: { orientation: "Landscape"; fitToWidth: 1; titleRows: string };
}

/** A «не позднее» rule written as a date value that still reads the Russian way (invariant number format). */
export const BY_DATE_FORMAT = '"не позднее "dd.mm.yyyy';
export const DATE_FORMAT = "dd.mm.yyyy";
/** Excel's «light red fill with dark red text» preset, which planners recognise as a warning. */
const OVERDUE_FILL = "FFC7CE";
const OVERDUE_FONT = "9C0006";

// The inserted sheet is an official Russian document (and must read back as a roadmap): it is Russian whatever
// the interface language; only the pane follows Office's display language.
const HEADER = [
  "№ п/п",
  "Наименование мероприятия",
  "Ответственный",
  "Результат",
  "Срок",
  "Отметка о выполнении",
];

export const STATUS_OPTIONS: Record<Lang, string[]> = {
  ru: ["Выполнено", "В работе", "Не выполнено"],
  en: ["Done", "In progress", "Not done"],
};

const INVALID_SHEET_CHARS = /[[\]:*?/\\]/g;

/** Excel sheet names: at most 31 characters, none of []:*?/\ . */
export function safeSheetName(name: string): string {
  const cleaned = name.replace(INVALID_SHEET_CHARS, " ").replace(/\s+/g, " ").trim();
  return cleaned.slice(0, 31).trim() || "Sheet";
}

/** A name not in `taken` (case-insensitive, as Excel compares sheet names): «X», «X (2)», «X (3)»… */
export function freeSheetName(wanted: string, taken: readonly string[]): string {
  const lower = new Set(taken.map((t) => t.toLowerCase()));
  const base = safeSheetName(wanted);
  if (!lower.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const candidate = base.slice(0, 31 - suffix.length).trimEnd() + suffix;
    if (!lower.has(candidate.toLowerCase())) return candidate;
  }
}

export interface TemplateSheetOptions {
  year: number;
  /** Short programme name (Russian) for the sheet name, e.g. «Точка роста». */
  programmeShort: string;
  /** Full title line, e.g. «Комплекс мер (дорожная карта) … на 2027 год». */
  title: string;
  lang: Lang;
}

export function buildTemplateSheet(
  rows: readonly TemplateRow[],
  opts: TemplateSheetOptions,
): TemplateSheetPlan {
  const long = `Дорожная карта ${opts.year} — ${opts.programmeShort}`;
  // Excel caps sheet names at 31 characters: fall back to the abbreviation planners use («ДК»).
  const sheetName = safeSheetName(long.length <= 31 ? long : `ДК ${opts.year} — ${opts.programmeShort}`);
  const cells = rows.map((r) => deadlineCell(r));
  const body: CellValue[][] = rows.map((r, i) => [
    r.number,
    r.title,
    r.responsible,
    r.result,
    cells[i]!.value,
    null,
  ]);
  const formats = cells.map((c) => [null, null, null, null, c.format, null]);
  const headerRow = 2;
  const statusColumn = 5;
  return {
    sheetName,
    titleLines: [opts.title],
    headerRow,
    header: HEADER,
    rows: body,
    columnWidths: [8, 60, 28, 40, 30, 20],
    statusColumn,
    statusOptions: STATUS_OPTIONS.ru,
    formats,
    table: tableSpec(HEADER.length, headerRow, body.length, DEADLINE_COLUMN, statusColumn),
  };
}

const DEADLINE_COLUMN = 4;

function deadlineCell(r: TemplateRow): { value: CellValue; format: string | null } {
  // Periods and recurring rules have no single day to sort by: they stay the text the form uses.
  if (r.due === null || (r.deadlineKind !== "by-date" && r.deadlineKind !== "date"))
    return { value: r.deadlineText, format: null };
  const [y, m, d] = r.due.split("-").map(Number) as [number, number, number];
  return {
    value: new Date(Date.UTC(y, m - 1, d)),
    format: r.deadlineKind === "by-date" ? BY_DATE_FORMAT : DATE_FORMAT,
  };
}

function tableSpec(
  ncols: number,
  headerRow0: number,
  bodyRows: number,
  deadlineCol0: number,
  statusCol0: number,
): TemplateTableSpec {
  const last = columnLetters(ncols);
  const headerRow = headerRow0 + 1;
  const first = headerRow + 1;
  const lastRow = headerRow + Math.max(bodyRows, 1);
  const D = columnLetters(deadlineCol0 + 1);
  const S = columnLetters(statusCol0 + 1);
  const done = STATUS_OPTIONS.ru[0]!;
  return {
    filterRange: `A${headerRow}:${last}${lastRow}`,
    freezeRows: headerRow,
    // Relative to the range's top-left cell: Excel shifts the row for every row of the range.
    overdue:
      bodyRows > 0
        ? {
            range: `A${first}:${last}${lastRow}`,
            formula: `AND(ISNUMBER($${D}${first}),$${D}${first}<TODAY(),$${S}${first}<>"${done}")`,
            fill: OVERDUE_FILL,
            fontColor: OVERDUE_FONT,
          }
        : null,
    print: { orientation: "Landscape", fitToWidth: 1, titleRows: `$${headerRow}:$${headerRow}` },
  };
}
