import type { IsoDate } from "../core/deadlines/types";
import type { Bilingual, Lang } from "../core/lang";
import type { FundingBasis, KnownFunding } from "../core/funding";
import type { ProgrammeId } from "../core/programmes";
import type { Confidence, Finding, FindingCode, RoadmapReport, Severity } from "../core/report";
import type { EditionDiff } from "../core/templates/diff";
import type { ColumnRole, FieldKey } from "../core/reader/types";
import type { ColumnChoices } from "./columnChoices";

/**
 * The injection seam between the pane and the rest of the product: the App receives an AddinServices object,
 * the real one calls src/excel + src/core, tests pass a fake. Nothing in the pane touches Office.js.
 */

export interface EditionSummary {
  id: string;
  programme: ProgrammeId;
  title: Bilingual;
  confidence: Confidence;
  /** True for an edition the planner loaded from a sheet («Шаблон из листа») in this session. */
  custom?: boolean;
  /** First target year of the edition's generation (2024 for the latest known forms). */
  generation?: number;
  /** Why the edition is historical (ЦОС moved to Минцифры), or null/absent. */
  historical?: Bilingual | null;
  /** templateHash() of the edition's data, as its reports name it. */
  templateHash?: string;
  /** Set when the edition is saved in the workbook: when, and the sheet or file it was loaded from. */
  saved?: { at: string; source: "sheet" | "file"; sourceName: string };
}

/** One roadmap found on the sheet, as the pane shows it before a check. */
export interface DetectedRoadmap {
  id: string;
  sheetName: string;
  title: string;
  layout: "table" | "matrix" | "sectioned" | "cards";
  tableRange: string;
  rowCount: number;
  programme: ProgrammeId | "unknown";
  programmeEvidence: string[];
  year: number | null;
  yearEvidence: string[];
  /** The edition the core would pick for this programme and year, if any. */
  suggestedEditionId: string | null;
  /** The funding basis the title and the text above the table name, with the words and their cell. */
  funding?: { basis: FundingBasis; words: string | null; address: string | null };
  /** Every column's role and why, as read (with the planner's corrections once a check applied them). */
  columns?: ColumnRole[];
  /** A line above or below a table with no responsible column naming the whole plan's responsible, and its cell. */
  planResponsible?: { text: string; address: string };
}

export interface SheetReading {
  sheetName: string;
  roadmaps: DetectedRoadmap[];
  /** Why nothing was found (empty sheet, no header row…); null when roadmaps were found. */
  reason: Bilingual | null;
  /** The sheet is blank: the normal start of a new roadmap, not an error. */
  empty?: boolean;
}

export interface RoadmapChoice {
  programme?: ProgrammeId;
  editionId?: string;
  targetYear?: number;
  /** The planner's funding basis; wins over the template's and the sheet's words. */
  funding?: KnownFunding;
  /** Core's column override (a column letter per field, null: dropped), derived from `columnChoices`. */
  columns?: Partial<Record<FieldKey, string | null>>;
  /** The planner's per-column role decisions («Столбцы» on the roadmap card). */
  columnChoices?: ColumnChoices;
}

export interface CheckRequest {
  /** The sheet to read; the active sheet when absent. */
  sheet?: string;
  /** ISO day the overdue check is measured against. */
  checkDate: IsoDate;
  disabled: FindingCode[];
  overrides: Record<string, RoadmapChoice>;
  lang: Lang;
  /** Cancels the check until its marks start being written (the sheet is then left as it was). */
  signal?: AbortSignal;
  /** Deviations accepted («Принять отклонение») or withdrawn («Отменить») with this check. */
  accept?: AcceptChange;
  /** The name the planner typed, stored with acceptances (also those typed on the «Проверка» sheet). */
  by?: string;
}

export interface AcceptChange {
  add?: { roadmapId: string; finding: Finding; reason: string }[];
  /** Keys of acceptances to withdraw (AcceptedFinding.key, StaleAcceptance.key). */
  remove?: string[];
}

export interface CheckOutcome {
  /** What the check read: the pane refreshes its roadmap list from it (the active sheet may have changed). */
  reading: SheetReading;
  reports: RoadmapReport[];
  /** Cells that received a fill. */
  markedCells: number;
  /** Whether one Ctrl+Z removes the marks (ExcelApi 1.20 grouping), Excel refused grouping, or it is unavailable. */
  undo?: "grouped" | "fallback" | "unavailable";
}

export interface InsertRequest {
  editionId: string;
  year: number;
  lang: Lang;
  responsible: string[];
}

export interface TemplateParseError {
  /** Cell of the problem (A1, no sheet name), or null for a sheet-wide problem. */
  address: string | null;
  message: Bilingual;
}

export type TemplateFromSheetResult =
  { ok: true; edition: EditionSummary; itemCount: number } | { ok: false; errors: TemplateParseError[] };

export interface TemplateMeta {
  programme: ProgrammeId;
  year: number;
  title: string;
}

export interface TimelineItem {
  itemId: string;
  number: string;
  title: Bilingual;
  /** Deadline the template gives for the target year. */
  templateDue: IsoDate | null;
  templateText: Bilingual | null;
  /** Deadline read from the sheet's row, when the item was found. */
  sheetDue: IsoDate | null;
  sheetText: string | null;
  /** Cell to jump to (the row's title cell), null for a missing item. */
  address: string | null;
  /** Most severe finding about the item, null when none. */
  severity: Severity | null;
  codes: FindingCode[];
}

export interface Timeline {
  roadmapId: string;
  sheet: string;
  year: number;
  checkDate: IsoDate;
  items: TimelineItem[];
}

export interface PaneSettings {
  /** Fixed check date, or null for «today». */
  checkDate: IsoDate | null;
  disabled: FindingCode[];
  /** The language of the report sheet and notes written in the workbook; Russian when unset. */
  sheetLang?: Lang;
}

export interface UserError {
  code: string;
  message: Bilingual;
  debug: string;
}

export type Unwatch = () => Promise<void>;

export interface AddinServices {
  /** Reads the named sheet, or the active one. */
  readSheet(sheet?: string): Promise<SheetReading>;
  listEditions(): Promise<EditionSummary[]>;
  suggestEdition(programme: ProgrammeId, year: number): Promise<string | null>;
  /** Read → check → mark, in that order; the marks are those of the returned reports. */
  check(request: CheckRequest): Promise<CheckOutcome>;
  /** Removes the add-in's marks; `nothing` when there were none to remove. */
  clearMarks(by?: string): Promise<{ nothing: boolean }>;
  selectCell(sheet: string, address: string): Promise<void>;
  /** Writes the template sheet; resolves with the created sheet's name. */
  insertTemplate(request: InsertRequest): Promise<string>;
  listSheets(): Promise<string[]>;
  templateFromSheet(sheet: string, meta: TemplateMeta): Promise<TemplateFromSheetResult>;
  /** A template from a JSON file's text (the format `roadmap-check --template FILE.json` reads). */
  templateFromJson(fileName: string, text: string): Promise<TemplateFromSheetResult>;
  timeline(report: RoadmapReport): Promise<Timeline | null>;
  /** What changed from edition `fromId` to `toId` (the «Шаблон» tab's comparison; `templates --diff` in the CLI). */
  diffEditions?(fromId: string, toId: string): Promise<EditionDiff>;
  loadSettings(): Promise<PaneSettings | null>;
  saveSettings(settings: PaneSettings): Promise<void>;
  /**
   * Calls `activated` with the sheet's name after a sheet becomes active (ExcelApi 1.7 events). Resolves with a function that stops
   * it, or null when this Excel has no events (the pane then re-reads the active sheet when it gets focus).
   */
  followActiveSheet?(activated: (sheet: string) => void): Promise<Unwatch | null>;
  /** The active sheet's name (a quick read, for the focus fallback). */
  activeSheetName?(): Promise<string>;
  /** Calls `changed` after a change to `sheet` that the add-in did not make; null when this Excel has no events. */
  watchSheet?(sheet: string, changed: (address: string) => void): Promise<Unwatch | null>;
  /** Saves a loaded (planner's) edition in the workbook; resolves with the editions as they now are. */
  saveTemplate?(editionId: string): Promise<EditionSummary[]>;
  /** Removes a saved template from the workbook (the built-in editions apply again); the editions as they now are. */
  removeSavedTemplate?(editionId: string): Promise<EditionSummary[]>;
  /** Deletes the sheet «Вставить шаблон» just created, if it is still that sheet; nothing else is touched. */
  removeInsertedSheet?(sheet: string): Promise<void>;
  /** Plain-language form of any error thrown by the calls above. */
  toUserError(error: unknown): UserError;
  /** Notices gathered by the last calls (an older Excel, a protected cell kept…), emptied by the call. */
  drainNotices?(): Bilingual[];
}
