import type { UndoGrouping } from "./undo";
import type { Grid } from "../core/grid";
import type { Bilingual } from "../core/lang";

/** What the task pane gets back from every Excel operation: a value, or a user error; notices either way. */

export interface UserError {
  /** The Office error code (AccessDenied, ItemNotFound…) or one of ours (SheetProtected, TooManyCells…). */
  code: string;
  message: Bilingual;
  /** For logs and «Подробнее»: code, message, debugInfo location. Never shown as the message itself. */
  debug: string;
}

export type Outcome<T> =
  { ok: true; value: T; notices: Bilingual[] } | { ok: false; error: UserError; notices: Bilingual[] };

export interface SheetInfo {
  name: string;
  visible: boolean;
  active: boolean;
}

export interface ReadSheetResult {
  grid: Grid;
  /** The used range actually read, e.g. "'Лист1'!A1:F40". */
  usedRange: string;
  protected: boolean;
  /** True when only part of an inflated used range was read (Excel older than ExcelApi 1.2). */
  truncated: boolean;
}

export interface MarkSummary {
  /** Cells filled. */
  marked: number;
  notesAdded: number;
  commentsAdded: number;
  /** Cells whose planner-written note or comment was kept (no message added there). */
  annotationsSkipped: number;
  /** Name of the report sheet written (a free variant of «Проверка» if a planner's own sheet has that name). */
  reportSheet: string;
  /** What the previous run's marks were: restored before marking again. */
  previous: ClearSummary | null;
  /** Whether one Ctrl+Z removes these marks (ExcelApi 1.20 undo grouping), was refused, or is unavailable. */
  undo?: UndoGrouping;
}

export interface ClearSummary {
  fillsRestored: number;
  /** Cells the planner had recoloured since: their new fill was kept. */
  fillsKept: number;
  notesRemoved: number;
  commentsRemoved: number;
  /** Notes/comments the planner edited since: kept. */
  annotationsKept: number;
  reportSheetRemoved: boolean;
}
