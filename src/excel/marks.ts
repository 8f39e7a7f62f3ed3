import type { Bilingual } from "../core/lang";
import type { MarkPlan } from "../core/marks";
import type { Acceptance } from "../core/store";
import { queueReportRead } from "./acceptances";
import type { Capabilities } from "./capabilities";
import { inspect } from "./inspect";
import { paced } from "./pace";
import { planMarkWriteSteps } from "./plan-mark-write";
import { type LoadedStore, STATE_SHEET, readState } from "./state";
import type { ClearSummary, MarkSummary } from "./types";
import { carryOut, recordReportId } from "./write-marks";
import { type SheetEntry, planInspectionSteps } from "./write-plan";

/**
 * Marking and un-marking, in three syncs whatever the sheet's size (four when a new report sheet is added):
 *   A. survey — sheet list, workbook protection, the state sheet, comments (and, for check-and-mark, the read);
 *   B. inspect — current fills of every cell to mark or restore, existing notes/comments, sheet protection;
 *   C. write — first a state that also holds every old record still to be undone (Excel keeps what ran before a
 *      failing operation, so a failure half-way can still be cleared), then restore, fills, notes, report, and
 *      last the plain new state;
 *   D. only when the report is a new sheet (the first check, or the old one was not ours or protected): its id into
 *      the store, so the report is found by it after a rename. A report still ours is rewritten in place (id kept).
 * Protection is checked before anything is written: a protected sheet ends with a message and nothing changed.
 * Every decision is made on plain data (write-plan.ts, plan-mark-write.ts); this file and its two Office helpers
 * (inspect.ts, write-marks.ts) only read what those decisions need and carry them out.
 */

export interface Survey {
  sheets: Excel.WorksheetCollection;
  wbProtection: Excel.WorkbookProtection | null;
  stateUsed: Excel.Range | null;
  comments: Excel.CommentCollection | null;
  /** The report sheet under its usual names, by lower-case name, for the reasons typed in it (null below 1.4). */
  report: Map<string, Excel.Range> | null;
}

const commentsMode = (caps: Capabilities) => caps.comments && !caps.notes;

export function queueSurvey(context: Excel.RequestContext, caps: Capabilities): Survey {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name, items/id, items/visibility");
  let wbProtection: Excel.WorkbookProtection | null = null;
  if (caps.workbookProtection) {
    wbProtection = context.workbook.protection;
    wbProtection.load("protected");
  }
  let stateUsed: Excel.Range | null = null;
  if (caps.nullObjects) {
    stateUsed = sheets.getItemOrNullObject(STATE_SHEET).getUsedRangeOrNullObject(true);
    stateUsed.load("values");
  }
  let comments: Excel.CommentCollection | null = null;
  if (commentsMode(caps)) {
    comments = context.workbook.comments;
    comments.load("items/id, items/content");
  }
  return { sheets, wbProtection, stateUsed, comments, report: queueReportRead(context, caps) };
}

export function sheetIndex(survey: Survey): SheetEntry[] {
  return survey.sheets.items.map((s) => ({ name: s.name, id: s.id, visible: s.visibility === "Visible" }));
}

/** Marks `plan` (after undoing the previous marks) — survey must have been synced already. */
export async function markAfterSurvey(
  context: Excel.RequestContext,
  caps: Capabilities,
  survey: Survey,
  plan: MarkPlan | null,
  notices: Bilingual[],
  /** The store already read (readState) and the acceptances it is to keep from now on. */
  known?: { loaded: LoadedStore; acceptances: Acceptance[] },
): Promise<{ summary: MarkSummary | null; cleared: ClearSummary }> {
  const index = sheetIndex(survey);
  const loaded = known?.loaded ?? (await readState(context, caps, survey.stateUsed, index, notices));
  const stateExists = loaded.exists;
  const old = known ? { ...loaded.store, acceptances: known.acceptances } : loaded.store;
  // Sync B: everything the decisions depend on.
  const request = await paced(planInspectionSteps(old.marks, index, plan));
  const { seen, comments } = await inspect(context, caps, survey.comments, request);
  const write = await paced(
    planMarkWriteSteps({
      old,
      stateExists,
      sheets: index,
      workbookProtected: survey.wbProtection?.protected ?? false,
      seen,
      plan,
      caps,
    }),
  );
  notices.push(...write.notices);
  // Sync C; a new report sheet's id takes one more (sync D), a report rewritten in place has it already.
  const added = await carryOut(context, caps, write, plan, comments);
  if (added) await recordReportId(context, write, added);
  return { summary: write.summary, cleared: write.cleared };
}
