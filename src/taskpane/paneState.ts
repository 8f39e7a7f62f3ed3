import type { Bilingual } from "../core/lang";
import type {
  CheckOutcome,
  EditionSummary,
  PaneSettings,
  RoadmapChoice,
  SheetReading,
  TemplateFromSheetResult,
  Timeline,
  UserError,
} from "./services";
import { applyColumnChange, columnsOverride, type ColumnChange } from "./columnChoices";

/**
 * The pane's state and every transition of it, as plain data and a pure reducer (script-lab's store is the
 * model): tested without rendering. usePane only runs the services and dispatches what they answered.
 */

export type BusyKind = "read" | "check" | "clear" | "insert" | "parse" | "save" | "sheets" | "diff" | "store";

export type Notice =
  | { kind: "cleared" }
  | { kind: "nothingToClear" }
  | { kind: "inserted"; sheet: string }
  | { kind: "saved" }
  | { kind: "templateUsed"; title: string }
  | { kind: "templateSaved"; title: string }
  | { kind: "templateRemoved"; title: string }
  | { kind: "insertRemoved"; sheet: string }
  | { kind: "cancelled" };

export type TabId = "check" | "timeline" | "template" | "settings";

export type TimelineSlot = Timeline | null | "pending";

/** A parsed template and where it came from: a sheet of the workbook, or a JSON file (`file`, named `sheet`). */
export type ParsedTemplate = TemplateFromSheetResult & { sheet: string; file?: boolean };

export const DEFAULT_SETTINGS: PaneSettings = { checkDate: null, disabled: [] };

export interface PaneState {
  tab: TabId;
  /** False until the first load (settings, editions, active sheet) has finished, with or without an error. */
  ready: boolean;
  reading: SheetReading | null;
  editions: EditionSummary[];
  choices: Record<string, RoadmapChoice>;
  outcome: CheckOutcome | null;
  /** When the shown result was computed (ISO timestamp): the verdict names its sheet and this time. */
  checkedAt: string | null;
  /** The checked sheet has been changed (not by the add-in) since the result: the verdict may be out of date. */
  stale: boolean;
  timelines: Record<string, TimelineSlot>;
  sheets: string[] | null;
  parsed: ParsedTemplate | null;
  settings: PaneSettings;
  busy: BusyKind | null;
  error: UserError | null;
  notice: Notice | null;
  hostNotices: Bilingual[];
}

export type PaneAction =
  | { type: "tab"; tab: TabId }
  /** An operation starts: the previous error and confirmations no longer apply. */
  | { type: "started"; busy: BusyKind }
  | { type: "failed"; error: UserError }
  /** The planner cancelled the operation before it changed the workbook. */
  | { type: "cancelled" }
  /** An operation ended (either way), with the host notices its calls gathered. */
  | { type: "finished"; notices: Bilingual[] }
  | { type: "ready" }
  | { type: "loaded"; settings: PaneSettings | null; editions: EditionSummary[] }
  | { type: "read"; reading: SheetReading }
  | { type: "checked"; outcome: CheckOutcome; at: string }
  /** The active sheet as re-read after the planner switched sheets (or came back to the pane). */
  | { type: "activeSheet"; reading: SheetReading }
  /** A change to `sheet` that the add-in did not make. */
  | { type: "sheetChanged"; sheet: string }
  | { type: "cleared"; nothing: boolean }
  | { type: "choice"; roadmapId: string; patch: RoadmapChoice }
  /** The planner gave a column another role, or reset it («Столбцы» on the roadmap card). */
  | { type: "column"; roadmapId: string; change: ColumnChange }
  | { type: "inserted"; outcome: CheckOutcome; sheet: string; at: string }
  | { type: "sheetsListed"; sheets: string[] }
  | { type: "parsed"; parsed: ParsedTemplate }
  | { type: "editionChosen"; edition: EditionSummary; title: string }
  | { type: "settingsSaved"; settings: PaneSettings }
  | { type: "timelinePending"; roadmapId: string }
  | { type: "timeline"; roadmapId: string; timeline: Timeline | null }
  | { type: "dismissError" }
  | { type: "dismissNotice" }
  /** A template was saved in the workbook or removed from it: the editions as they now are. */
  | { type: "templatesStored"; editions: EditionSummary[]; notice: Notice }
  /** The sheet just inserted was deleted again: its result goes with it. */
  | { type: "insertRemoved"; sheet: string };

export function initialPaneState(tab: TabId = "check"): PaneState {
  return {
    tab,
    ready: false,
    reading: null,
    editions: [],
    choices: {},
    outcome: null,
    checkedAt: null,
    stale: false,
    timelines: {},
    sheets: null,
    parsed: null,
    settings: DEFAULT_SETTINGS,
    busy: null,
    error: null,
    notice: null,
    hostNotices: [],
  };
}

/** The same caveat (e.g. an older Excel) may be reported by several calls of one step: kept once. */
export function uniqueNotices(notices: readonly Bilingual[]): Bilingual[] {
  return notices.filter((n, i) => notices.findIndex((m) => m.ru === n.ru) === i);
}

/** A new check result; the planner's choices only hold for the sheet they were made on. */
function withOutcome(state: PaneState, outcome: CheckOutcome, at: string): PaneState {
  const sameSheet = state.reading !== null && state.reading.sheetName === outcome.reading.sheetName;
  return {
    ...state,
    outcome,
    checkedAt: at,
    stale: false,
    timelines: {},
    reading: outcome.reading,
    choices: sameSheet ? state.choices : {},
  };
}

/** Picks a sheet-made edition for every detected roadmap of its programme. */
function chooseEdition(state: PaneState, edition: EditionSummary): Record<string, RoadmapChoice> {
  const next = { ...state.choices };
  for (const r of state.reading?.roadmaps ?? []) {
    const programme = state.choices[r.id]?.programme ?? r.programme;
    if (programme === edition.programme) next[r.id] = { ...state.choices[r.id], editionId: edition.id };
  }
  return next;
}

/** The roadmap's choice with one column decision applied, and core's column override derived from the decisions. */
export function withColumnChange(choice: RoadmapChoice | undefined, change: ColumnChange): RoadmapChoice {
  const columnChoices = applyColumnChange(choice?.columnChoices ?? {}, change);
  const { columns: _c, columnChoices: _cc, ...rest } = choice ?? {};
  const columns = columnsOverride(columnChoices);
  return columns ? { ...rest, columns, columnChoices } : rest;
}

/** What the workbook's sheet and the last result say: readings, results, the planner's choices, templates. */
type SheetAction = Extract<
  PaneAction,
  {
    type:
      | "read"
      | "checked"
      | "activeSheet"
      | "sheetChanged"
      | "cleared"
      | "choice"
      | "column"
      | "inserted"
      | "parsed"
      | "editionChosen"
      | "templatesStored"
      | "insertRemoved";
  }
>;

/** The pane's state with the last result dropped (marks removed, or the inserted sheet deleted). */
function withoutOutcome(state: PaneState, notice: PaneState["notice"]): PaneState {
  return { ...state, outcome: null, checkedAt: null, stale: false, timelines: {}, notice };
}

export function paneReducer(state: PaneState, action: PaneAction): PaneState {
  switch (action.type) {
    case "tab":
      return { ...state, tab: action.tab };
    case "started": {
      // A passive re-read (the pane following the sheet the insert activated) keeps the offer to delete that sheet.
      const keep = action.busy === "read" && state.notice?.kind === "inserted";
      return {
        ...state,
        busy: action.busy,
        error: null,
        notice: keep ? state.notice : null,
        hostNotices: [],
      };
    }
    case "failed":
      return { ...state, error: action.error };
    case "cancelled":
      return { ...state, notice: { kind: "cancelled" } };
    case "finished":
      return {
        ...state,
        busy: null,
        hostNotices: action.notices.length > 0 ? uniqueNotices(action.notices) : state.hostNotices,
      };
    case "ready":
      return { ...state, ready: true };
    case "loaded":
      return { ...state, settings: action.settings ?? state.settings, editions: action.editions };
    case "sheetsListed":
      return { ...state, sheets: action.sheets };
    case "settingsSaved":
      return { ...state, settings: action.settings, notice: { kind: "saved" } };
    case "timelinePending":
      return { ...state, timelines: { ...state.timelines, [action.roadmapId]: "pending" } };
    case "timeline":
      return { ...state, timelines: { ...state.timelines, [action.roadmapId]: action.timeline } };
    case "dismissError":
      return { ...state, error: null };
    case "dismissNotice":
      return { ...state, notice: null };
    default:
      return sheetReducer(state, action);
  }
}

/** The actions about the sheet, the result and the templates. */
function sheetReducer(state: PaneState, action: SheetAction): PaneState {
  switch (action.type) {
    case "read":
      return { ...state, reading: action.reading, choices: {} };
    case "checked":
      return withOutcome(state, action.outcome, action.at);
    case "activeSheet": {
      const same = state.reading !== null && state.reading.sheetName === action.reading.sheetName;
      return { ...state, reading: action.reading, choices: same ? state.choices : {} };
    }
    case "sheetChanged": {
      // Once the planner has typed into the inserted sheet, deleting it would lose their work: no longer offered.
      const n = state.notice;
      const next = n?.kind === "inserted" && n.sheet === action.sheet ? { ...state, notice: null } : state;
      return next.outcome && next.outcome.reading.sheetName === action.sheet && !next.stale
        ? { ...next, stale: true }
        : next;
    }
    case "cleared":
      return withoutOutcome(state, { kind: action.nothing ? "nothingToClear" : "cleared" });
    case "choice":
      return {
        ...state,
        choices: {
          ...state.choices,
          [action.roadmapId]: { ...state.choices[action.roadmapId], ...action.patch },
        },
      };
    case "column":
      return {
        ...state,
        choices: {
          ...state.choices,
          [action.roadmapId]: withColumnChange(state.choices[action.roadmapId], action.change),
        },
      };
    case "inserted":
      return {
        ...withOutcome(state, action.outcome, action.at),
        choices: {},
        notice: { kind: "inserted", sheet: action.sheet },
        tab: "check",
      };
    case "parsed": {
      const p = action.parsed;
      const editions = p.ok
        ? [...state.editions.filter((e) => e.id !== p.edition.id), p.edition]
        : state.editions;
      return { ...state, parsed: p, editions };
    }
    case "editionChosen":
      return {
        ...state,
        choices: chooseEdition(state, action.edition),
        notice: { kind: "templateUsed", title: action.title },
        tab: "check",
      };
    case "templatesStored":
      return { ...state, editions: action.editions, notice: action.notice };
    case "insertRemoved":
      return withoutOutcome(state, { kind: "insertRemoved", sheet: action.sheet });
  }
}
