import type { FundingEvidence } from "../funding";
import type { CellValue } from "../grid";
import type { Bilingual } from "../lang";
import type { ProgrammeId } from "../programmes";

/** The columns a roadmap table may have; whichever exist are mapped. */
export type FieldKey =
  | "number" // № п/п
  | "title" // Наименование мероприятия / Мероприятия
  | "responsible" // Ответственный
  | "result" // Результат / Документ / Форма отчётности
  | "deadline" // Срок / Срок исполнения / Сроки проведения / Дата
  | "audience" // Целевая аудитория
  | "status" // Отметка о выполнении / Статус / Исполнено
  | "start" // Дата начала / Срок начала / «начало» under «Сроки»: read, the deadline is the end
  | "actual" // «факт» / Фактическая дата: a date here is evidence of completion
  | "organisation" // Муниципальное образование / Общеобразовательная организация
  | "note" // Примечание: read, never checked
  | "cost" // Стоимость / Объём финансирования / Источник: read, never checked as a deadline
  | "programme"; // Программа / Проект: names the programme of each row, one roadmap per programme

/** What a column is, as the report shows it: the field it feeds, with the start/end of a period told apart. */
export const COLUMN_ROLES = [
  "number",
  "measure",
  "responsible",
  "result",
  "deadline",
  "deadline-start",
  "deadline-end",
  "actual",
  "status",
  "organisation",
  "audience",
  "note",
  "cost",
  "programme",
] as const;
export type ColumnRoleName = (typeof COLUMN_ROLES)[number];

export interface ColumnRole {
  /** Column letter(s) on the sheet, e.g. "C". */
  column: string;
  role: ColumnRoleName;
  /** The header text that decided it (the sub-header under a merged group header, with the group's text). */
  header: string;
  /** How the role was decided: the header words, the group above it, the cells' contents, or a planner's override. */
  reason: Bilingual;
}

/** A row under the header that is not a measure, kept out of the rows the checks see. */
export interface SkippedRow {
  kind: "group-heading" | "column-numbers" | "repeated-header" | "excluded" | "year-heading" | "total";
  /** The row's first cell (A1, no sheet name). */
  address: string;
  sheetRow: number;
  number: string | null;
  text: string;
  reason: Bilingual;
}

export interface RowField {
  /** The field's text, pieces joined with "\n" when a row was continued across a page break. */
  text: string;
  /** The raw value of the first cell (a Date or serial number in a deadline column stays one). */
  value: CellValue;
  /** A1 addresses (no sheet name) of every cell the field came from, first cell first. */
  addresses: string[];
  /** The year («2026») or school year («2026/2027») its column is for, in a plan with a deadline column per year. */
  year?: string;
  /** A «+» under a year: the month a «Месяц» column gives it («ноябрь»). */
  month?: string;
}

export interface RoadmapRow {
  /** 0-based position in the roadmap. */
  index: number;
  /** The number as written («1.», «5.3», «10»), or null when the row has none. */
  number: string | null;
  /** Number of the «Направление» the row sits in, or null. */
  section: string | null;
  fields: Partial<Record<FieldKey, RowField>>;
  /** Sub-items inside the title cell («1) …; 2) …», «1. … 2. …»); empty when the cell holds one measure. */
  subItems: string[];
  /** The cell that marks for the row go to: the title cell (A1, no sheet name). */
  address: string;
  /** 1-based sheet rows the row was read from (more than one when it was continued). */
  sheetRows: number[];
}

export interface Section {
  number: string;
  title: string;
  address: string;
}

export interface Evidence<T> {
  value: T;
  /** The words or cells that decided it, for the pane's «why». */
  evidence: string[];
}

export interface Roadmap {
  /** Stable within a workbook: sheet name + header address (+ programme column for a matrix). */
  id: string;
  sheetName: string;
  layout: "table" | "matrix" | "sectioned" | "cards";
  title: string;
  /** Lines of text above the table (organisation, order, approval blocks). */
  preamble: string[];
  programme: Evidence<ProgrammeId | "unknown">;
  /** Target year («на 2024 год», «в 2024 году», «2023/2024 учебный год» → 2024 is not assumed: see evidence). */
  year: Evidence<number | null>;
  /** The year the title names when the deadlines overrode it (last year's title left on an edited sheet). */
  staleTitleYear?: number;
  /** The year the document was approved in, when written (fallback for year-less dates). */
  documentYear: number | null;
  columns: Partial<Record<FieldKey, { column: string; header: string; address: string }>>;
  /** First header cell, e.g. "A12". */
  headerAddress: string;
  /** The table's extent on the sheet, e.g. "A12:E40". */
  tableRange: string;
  sections: Section[];
  rows: RoadmapRow[];
  /** Every column's role and why (the reader always sets it; hand-built roadmaps in tests may leave it out). */
  columnRoles?: ColumnRole[];
  /** The school or municipality the rows belong to, when the sheet repeats the items per organisation. */
  organisation?: string | null;
  /** Rows under the header that are not measures (group headings …), with the reason. */
  skipped?: SkippedRow[];
  /** The funding basis the title and the text above the table name, with the words and the cell (reader sets it). */
  funding?: FundingEvidence;
  /** The title and preamble cells with their addresses, in sheet order (the reader sets it). */
  textAbove?: { text: string; address: string }[];
  /** A line above or below a table with no responsible column naming the whole plan's responsible («Ответственный: …»). */
  planResponsible?: { text: string; address: string };
}

export type ReadResult = { roadmaps: Roadmap[]; reason: null } | { roadmaps: []; reason: Bilingual };
