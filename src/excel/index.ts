import type { MarkPlan } from "../core/marks";
import type { TemplateSheetPlan } from "../core/templates/sheet";
import { capabilityNotices, settleSeparator } from "./capabilities";
import { AdapterError } from "./errors";
import { asOwnWrite } from "./events";
import type { Acceptance } from "../core/store";
import { type AcceptanceEdit, currentAcceptances } from "./acceptances";
import { markAfterSurvey, queueSurvey, sheetIndex } from "./marks";
import { completeRead, isSizeError, listSheetsIn, queueRead, readInChunks, readSheetIn } from "./read";
import { operation } from "./run";
import { STATE_SHEET, readState } from "./state";
import { insertTemplateIn } from "./template";
import { runUndoable } from "./undo";
import { changeSavedTemplatesIn, savedTemplatesIn } from "./saved-templates";
import type { SavedTemplate, WorkbookStore } from "../core/store";
import { nothingCleared } from "./write-plan";
import type { ClearSummary, MarkSummary, Outcome, ReadSheetResult, SheetInfo } from "./types";

/**
 * The small typed functions the task pane calls. Each is one Excel.run with a fixed number of syncs; none throws:
 * failures come back as { ok: false, error } with a message in both languages.
 */

export { capabilities, capabilityNotices, detectCapabilities, settleSeparator } from "./capabilities";
export type { Capabilities, NoticeArea } from "./capabilities";
export { toUserError } from "./errors";
export { activeSheetName, followActiveSheet, watchSheetChanges } from "./events";
export type { Watch } from "./events";
export { loadSettings, saveSettings, DEFAULT_SETTINGS } from "./settings";
export type { AddinSettings } from "./settings";
export { STATE_SHEET } from "./state";
export type { AcceptanceEdit } from "./acceptances";
export type { ClearSummary, MarkSummary, Outcome, ReadSheetResult, SheetInfo, UserError } from "./types";
export type { UndoGrouping } from "./undo";

/** An operation that writes to the workbook: the changes it causes are not reported as the planner's. */
const ownWrite: typeof operation = (work) => asOwnWrite(() => operation(work));

export function listSheets(): Promise<Outcome<SheetInfo[]>> {
  return operation(() => Excel.run((context) => listSheetsIn(context)));
}

/** The active sheet (or `sheet`) as a Grid. One sync on ExcelApi 1.2+. */
export function readSheet(opts: { sheet?: string } = {}): Promise<Outcome<ReadSheetResult>> {
  return operation((caps, notices) => {
    notices.push(...capabilityNotices(caps, "read"));
    return Excel.run((context) => readSheetIn(context, caps, opts.sheet, notices));
  });
}

/**
 * Replaces the add-in's marks with `plan`'s: three syncs (one more on a desktop's first command: the separator probe;
 * one more when the report is a new sheet, to record its id).
 */
export function applyMarks(plan: MarkPlan): Promise<Outcome<MarkSummary>> {
  return ownWrite((caps, notices) => {
    notices.push(...capabilityNotices(caps, "mark"));
    const before = notices.length;
    return runUndoable(caps, async (context) => {
      notices.length = before;
      const survey = queueSurvey(context, caps);
      await context.sync();
      // Nothing is queued between syncs: the separator probe (first desktop command only) can go here.
      const c = await settleSeparator(context, caps);
      const { summary } = await markAfterSurvey(context, c, survey, plan, notices);
      return summary!;
    }).then(({ value, undo }) => ({ ...value, undo }));
  });
}

export interface CheckAndMarkResult<T> {
  read: ReadSheetResult;
  /** Whatever the check returned alongside its plan (the reports, for the pane). */
  result: T;
  marks: MarkSummary;
}

/** What a check hands back to checkAndMark: the marks to write and whatever else its caller wants. */
export interface CheckDone<T> {
  plan: MarkPlan;
  result: T;
  /** The acceptances to store, when the check changed them (e.g. filled in labels); else those in force are kept. */
  acceptances?: Acceptance[];
}

/**
 * Read → check → mark as one command: the read shares the first sync with the survey of previous marks (and the
 * report sheet, for reasons typed in it), the pure check runs in between, and the marks take two more — three syncs
 * in all, whatever the sheet's size (one more on a desktop's first marking command of the session: the separator
 * probe; one more when the report sheet has another name than «Проверка», or below ExcelApi 1.4; one more when the
 * report is a new sheet — the first check — to record its id; a report still the add-in's is rewritten in place).
 * `check` gets the acceptances in force (stored, typed on the report sheet, edited in the pane) and may return the
 * list to store (e.g. with labels filled in); the store keeps `acceptances` otherwise.
 */
export function checkAndMark<T>(
  opts: { sheet?: string; accept?: AcceptanceEdit },
  check: (read: ReadSheetResult, acceptances: Acceptance[]) => CheckDone<T> | Promise<CheckDone<T>>,
): Promise<Outcome<CheckAndMarkResult<T>>> {
  return ownWrite((caps, notices) => {
    notices.push(...capabilityNotices(caps, "read"), ...capabilityNotices(caps, "mark"));
    // A refused undo group runs the whole command again: only the notices of the run that counts are kept.
    const before = notices.length;
    return runUndoable(caps, async (context) => {
      notices.length = before;
      const h = queueRead(context, caps, opts.sheet);
      let s = queueSurvey(context, caps);
      let read: ReadSheetResult;
      try {
        await context.sync();
        read = await completeRead(context, caps, h, notices);
      } catch (e) {
        if (!isSizeError(e)) throw e;
        read = await readInChunks(context, caps, opts.sheet, notices);
        s = queueSurvey(context, caps);
        await context.sync();
      }
      const index = sheetIndex(s);
      const loaded = await readState(context, caps, s.stateUsed, index, notices);
      const current = await currentAcceptances(
        context,
        caps,
        s.report,
        loaded.store,
        index,
        opts.accept ?? {},
      );
      // The check may run elsewhere (the pane's worker): nothing is queued on the context while it runs.
      const { plan, result, acceptances } = await check(read, current);
      if (isReportSheet(read, plan)) {
        // Checking the add-in's own report would replace it with an empty one while the planner looks at it.
        throw new AdapterError("ReportSheetSelected", {
          ru: `Открыт лист «${read.grid.sheetName}» — это отчёт надстройки. Перейдите на лист с дорожной картой и повторите проверку.`,
          en: `Sheet “${read.grid.sheetName}” is the add-in's report. Go to the roadmap sheet and run the check again.`,
        });
      }
      const c = await settleSeparator(context, caps);
      const known = { loaded, acceptances: acceptances ?? current };
      const { summary } = await markAfterSurvey(context, c, s, plan, notices, known);
      return { read, result, marks: summary! };
    }).then(({ value, undo }) => ({ ...value, marks: { ...value.marks, undo } }));
  });
}

function isReportSheet(read: ReadSheetResult, plan: MarkPlan): boolean {
  const first = read.grid.origin === "A1" ? read.grid.values[0] : undefined;
  return !!first && plan.reportSheet.header.every((h, i) => first[i] === h);
}

/**
 * Removes every mark the add-in made and restores what was there; reasons typed on the report sheet are kept in the
 * store first. Three syncs (one when there is nothing; one more as for checkAndMark).
 */
export function clearMarks(opts: { by?: string } = {}): Promise<Outcome<ClearSummary>> {
  return ownWrite((caps, notices) =>
    Excel.run(async (context) => {
      const survey = queueSurvey(context, caps);
      await context.sync();
      const none = nothingCleared();
      if (!survey.sheets.items.some((s) => s.name.toLowerCase() === STATE_SHEET.toLowerCase())) return none;
      const index = sheetIndex(survey);
      const loaded = await readState(context, caps, survey.stateUsed, index, notices);
      const acceptances = await currentAcceptances(context, caps, survey.report, loaded.store, index, opts);
      const c = await settleSeparator(context, caps);
      const { cleared } = await markAfterSurvey(context, c, survey, null, notices, { loaded, acceptances });
      return cleared;
    }),
  );
}

/** Whether the workbook holds marks to clear (enables «Снять отметки»). One sync. */
export function hasMarks(): Promise<Outcome<boolean>> {
  return operation(() =>
    Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      return sheets.items.some((s) => s.name.toLowerCase() === STATE_SHEET.toLowerCase());
    }),
  );
}

/** The sheet the last «Вставить шаблон» created (its id survives a rename, so a renamed sheet is told apart). */
let lastInserted: { name: string; id: string } | null = null;

/** Inserts the template as a new sheet with a free name; returns that name. Two syncs (+1 as for applyMarks). */
export function insertTemplate(plan: TemplateSheetPlan): Promise<Outcome<string>> {
  return ownWrite((caps, notices) => {
    notices.push(...capabilityNotices(caps, "template"));
    return Excel.run(async (context) => {
      const made = await insertTemplateIn(context, await settleSeparator(context, caps), plan);
      lastInserted = made;
      return made.name;
    });
  });
}

/** Deletes the sheet the last insertTemplate created, only if it is still there under that name. Two syncs. */
export function removeInsertedSheet(name: string): Promise<Outcome<void>> {
  return ownWrite(() =>
    Excel.run(async (context) => {
      const made = lastInserted;
      const gone = new AdapterError("InsertedSheetGone", {
        ru: `Лист «${name}» уже удалён или переименован: ничего не изменено.`,
        en: `Sheet “${name}” has already been deleted or renamed: nothing was changed.`,
      });
      if (!made || made.name !== name) throw gone;
      const sheets = context.workbook.worksheets;
      sheets.load("items/name, items/id");
      await context.sync();
      const ws = sheets.items.find((s) => s.id === made.id);
      if (!ws || ws.name !== made.name) throw gone;
      ws.delete();
      await context.sync();
      lastInserted = null;
    }),
  );
}

/** Templates saved in the workbook (the store). One sync (two below ExcelApi 1.4). */
export function savedTemplates(): Promise<Outcome<SavedTemplate[]>> {
  return operation((caps, notices) => Excel.run((context) => savedTemplatesIn(context, caps, notices)));
}

/** Saves or removes templates in the workbook's store: `change` maps the store read to the one written. Two syncs. */
export function changeSavedTemplates(
  change: (store: WorkbookStore) => WorkbookStore,
): Promise<Outcome<SavedTemplate[]>> {
  return ownWrite((caps, notices) =>
    Excel.run((context) => changeSavedTemplatesIn(context, caps, notices, change)),
  );
}

/** Jumps to a finding's cell: activates its sheet and selects the cell. One sync. */
export function selectCell(sheet: string, address: string): Promise<Outcome<void>> {
  return operation(() =>
    Excel.run(async (context) => {
      context.workbook.worksheets.getItem(sheet).getRange(address).select();
      await context.sync();
    }),
  );
}
