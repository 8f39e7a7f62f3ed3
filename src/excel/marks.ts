import type { Bilingual } from "../core/lang";
import type { MarkPlan } from "../core/marks";
import type { Capabilities } from "./capabilities";
import { AdapterError } from "./errors";
import { inspect } from "./inspect";
import { planMarkWrite } from "./plan-mark-write";
import { type MarkState, STATE_SHEET, decodeState, emptyState } from "./state";
import type { ClearSummary, MarkSummary } from "./types";
import { carryOut } from "./write-marks";
import { type SheetEntry, hasSheet, planInspection } from "./write-plan";

/**
 * Marking and un-marking, in three syncs whatever the sheet's size:
 *   A. survey — sheet list, workbook protection, the state sheet, comments (and, for check-and-mark, the read);
 *   B. inspect — current fills of every cell to mark or restore, existing notes/comments, sheet protection;
 *   C. write — first a state that also holds every old record still to be undone (Excel keeps what ran before a
 *      failing operation, so a failure half-way can still be cleared), then restore, fills, notes, report, and
 *      last the plain new state.
 * Protection is checked before anything is written: a protected sheet ends with a message and nothing changed.
 * Every decision is made on plain data (write-plan.ts, plan-mark-write.ts); this file and its two Office helpers
 * (inspect.ts, write-marks.ts) only read what those decisions need and carry them out.
 */

export interface Survey {
  sheets: Excel.WorksheetCollection;
  wbProtection: Excel.WorkbookProtection | null;
  stateUsed: Excel.Range | null;
  comments: Excel.CommentCollection | null;
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
  return { sheets, wbProtection, stateUsed, comments };
}

function sheetIndex(survey: Survey): SheetEntry[] {
  return survey.sheets.items.map((s) => ({ name: s.name, id: s.id, visible: s.visibility === "Visible" }));
}

interface LoadedState {
  state: MarkState;
  exists: boolean;
}

async function readState(
  context: Excel.RequestContext,
  caps: Capabilities,
  survey: Survey,
  index: readonly SheetEntry[],
  notices: Bilingual[],
): Promise<LoadedState> {
  if (!hasSheet(index, STATE_SHEET)) return { state: emptyState(), exists: false };
  let column: unknown[];
  if (survey.stateUsed) {
    column = survey.stateUsed.isNullObject ? [] : survey.stateUsed.values.map((r) => r[0]);
  } else {
    // Below ExcelApi 1.4 there is no null-object read: one more sync, only when the state sheet exists.
    const ws = context.workbook.worksheets.getItem(STATE_SHEET);
    const used = caps.usedRangeValuesOnly ? ws.getUsedRange(true) : ws.getUsedRange();
    used.load("values");
    await context.sync();
    column = used.values.map((r) => r[0]);
  }
  if (column.every((v) => v === "" || v === null)) return { state: emptyState(), exists: true };
  const decoded = decodeState(column);
  if (!decoded) {
    throw new AdapterError("StateForeign", {
      ru: `В книге есть лист «${STATE_SHEET}», созданный не надстройкой. Переименуйте его и повторите.`,
      en: `The workbook has a sheet “${STATE_SHEET}” that the add-in did not create. Rename it and try again.`,
    });
  }
  if (decoded.skipped > 0) {
    notices.push({
      ru: `Часть записей о прежних отметках повреждена (${decoded.skipped}) — эти ячейки не восстановлены.`,
      en: `Some records of earlier marks are damaged (${decoded.skipped}) — those cells were not restored.`,
    });
  }
  return { state: decoded.state, exists: true };
}

/** Marks `plan` (after undoing the previous marks) — survey must have been synced already. */
export async function markAfterSurvey(
  context: Excel.RequestContext,
  caps: Capabilities,
  survey: Survey,
  plan: MarkPlan | null,
  notices: Bilingual[],
): Promise<{ summary: MarkSummary | null; cleared: ClearSummary }> {
  const index = sheetIndex(survey);
  const { state: old, exists: stateExists } = await readState(context, caps, survey, index, notices);
  // Sync B: everything the decisions depend on.
  const request = planInspection(old, index, plan);
  const { seen, comments } = await inspect(context, caps, survey.comments, request);
  const write = planMarkWrite({
    old,
    stateExists,
    sheets: index,
    workbookProtected: survey.wbProtection?.protected ?? false,
    seen,
    plan,
    caps,
  });
  notices.push(...write.notices);
  // Sync C.
  await carryOut(context, caps, write, plan, comments);
  return { summary: write.summary, cleared: write.cleared };
}
