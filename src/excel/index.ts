import type { MarkPlan } from "../core/marks";
import type { TemplateSheetPlan } from "../core/templates/sheet";
import { capabilityNotices, settleSeparator } from "./capabilities";
import { AdapterError } from "./errors";
import { asOwnWrite } from "./events";
import { markAfterSurvey, queueSurvey } from "./marks";
import { completeRead, isSizeError, listSheetsIn, queueRead, readInChunks, readSheetIn } from "./read";
import { operation } from "./run";
import { STATE_SHEET } from "./state";
import { insertTemplateIn } from "./template";
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
export type { ClearSummary, MarkSummary, Outcome, ReadSheetResult, SheetInfo, UserError } from "./types";

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

/** Replaces the add-in's marks with `plan`'s: three syncs (four on a desktop's first command: the separator probe). */
export function applyMarks(plan: MarkPlan): Promise<Outcome<MarkSummary>> {
  return ownWrite((caps, notices) => {
    notices.push(...capabilityNotices(caps, "mark"));
    return Excel.run(async (context) => {
      const survey = queueSurvey(context, caps);
      await context.sync();
      // Nothing is queued between syncs: the separator probe (first desktop command only) can go here.
      const c = await settleSeparator(context, caps);
      const { summary } = await markAfterSurvey(context, c, survey, plan, notices);
      return summary!;
    });
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
}

/**
 * Read → check → mark as one command: the read shares the first sync with the survey of previous marks, the
 * pure check runs in between, and the marks take two more — three syncs in all, whatever the sheet's size (one more
 * on a desktop's first marking command of the session: the separator probe).
 */
export function checkAndMark<T>(
  opts: { sheet?: string },
  check: (read: ReadSheetResult) => CheckDone<T> | Promise<CheckDone<T>>,
): Promise<Outcome<CheckAndMarkResult<T>>> {
  return ownWrite((caps, notices) => {
    notices.push(...capabilityNotices(caps, "read"), ...capabilityNotices(caps, "mark"));
    return Excel.run(async (context) => {
      const h = queueRead(context, caps, opts.sheet);
      const survey = queueSurvey(context, caps);
      let read: ReadSheetResult;
      let surveyed = true;
      try {
        await context.sync();
        read = await completeRead(context, caps, h, notices);
      } catch (e) {
        if (!isSizeError(e)) throw e;
        read = await readInChunks(context, caps, opts.sheet, notices);
        surveyed = false;
      }
      // The check may run elsewhere (the pane's worker): nothing is queued on the context while it runs.
      const { plan, result } = await check(read);
      if (isReportSheet(read, plan)) {
        // Checking the add-in's own report would replace it with an empty one while the planner looks at it.
        throw new AdapterError("ReportSheetSelected", {
          ru: `Открыт лист «${read.grid.sheetName}» — это отчёт надстройки. Перейдите на лист с дорожной картой и повторите проверку.`,
          en: `Sheet “${read.grid.sheetName}” is the add-in's report. Go to the roadmap sheet and run the check again.`,
        });
      }
      let s = survey;
      if (!surveyed) {
        s = queueSurvey(context, caps);
        await context.sync();
      }
      const c = await settleSeparator(context, caps);
      const { summary } = await markAfterSurvey(context, c, s, plan, notices);
      return { read, result, marks: summary! };
    });
  });
}

function isReportSheet(read: ReadSheetResult, plan: MarkPlan): boolean {
  const first = read.grid.origin === "A1" ? read.grid.values[0] : undefined;
  return !!first && plan.reportSheet.header.every((h, i) => first[i] === h);
}

/** Removes every mark the add-in made and restores what was there. Three syncs (one when there is nothing). */
export function clearMarks(): Promise<Outcome<ClearSummary>> {
  return ownWrite((caps, notices) =>
    Excel.run(async (context) => {
      const survey = queueSurvey(context, caps);
      await context.sync();
      const none = nothingCleared();
      if (!survey.sheets.items.some((s) => s.name.toLowerCase() === STATE_SHEET.toLowerCase())) return none;
      const c = await settleSeparator(context, caps);
      const { cleared } = await markAfterSurvey(context, c, survey, null, notices);
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

/** Inserts the template as a new sheet with a free name; returns that name. Two syncs (+1 as for applyMarks). */
export function insertTemplate(plan: TemplateSheetPlan): Promise<Outcome<string>> {
  return ownWrite((caps, notices) => {
    notices.push(...capabilityNotices(caps, "template"));
    return Excel.run(async (context) =>
      insertTemplateIn(context, await settleSeparator(context, caps), plan),
    );
  });
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
