import type { CellValue } from "../grid";
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
}

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
  const body: CellValue[][] = rows.map((r) => [
    r.number,
    r.title,
    r.responsible,
    r.result,
    r.deadlineText,
    null,
  ]);
  return {
    sheetName,
    titleLines: [opts.title],
    headerRow: 2,
    header: HEADER,
    rows: body,
    columnWidths: [8, 60, 28, 40, 30, 20],
    statusColumn: 5,
    statusOptions: STATUS_OPTIONS.ru,
  };
}
