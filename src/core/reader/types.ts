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
  | "status"; // Отметка о выполнении / Статус

export interface RowField {
  /** The field's text, pieces joined with "\n" when a row was continued across a page break. */
  text: string;
  /** The raw value of the first cell (a Date or serial number in a deadline column stays one). */
  value: CellValue;
  /** A1 addresses (no sheet name) of every cell the field came from, first cell first. */
  addresses: string[];
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
  layout: "table" | "matrix" | "sectioned";
  title: string;
  /** Lines of text above the table (organisation, order, approval blocks). */
  preamble: string[];
  programme: Evidence<ProgrammeId | "unknown">;
  /** Target year («на 2024 год», «в 2024 году», «2023/2024 учебный год» → 2024 is not assumed: see evidence). */
  year: Evidence<number | null>;
  /** The year the document was approved in, when written (fallback for year-less dates). */
  documentYear: number | null;
  columns: Partial<Record<FieldKey, { column: string; header: string; address: string }>>;
  /** First header cell, e.g. "A12". */
  headerAddress: string;
  /** The table's extent on the sheet, e.g. "A12:E40". */
  tableRange: string;
  sections: Section[];
  rows: RoadmapRow[];
}

export type ReadResult = { roadmaps: Roadmap[]; reason: null } | { roadmaps: []; reason: Bilingual };
