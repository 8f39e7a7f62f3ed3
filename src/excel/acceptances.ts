import { collectTyped, typedReasons, withAcceptances, withoutAcceptances } from "../core/acceptance";
import { REPORT_SHEET_NAME } from "../core/marks";
import type { Acceptance, WorkbookStore } from "../core/store";
import type { Capabilities } from "./capabilities";
import { type SheetEntry, findSheet } from "./write-plan";

/**
 * Accepted deviations on the Office side: the reasons a planner typed in the report sheet's reason column are read
 * (the sheet found through the store: its recorded name, then its header hash in core) and, with the pane's own
 * changes, become the acceptances the check applies and the store keeps. Decisions are core's (src/core/acceptance.ts).
 */

export interface AcceptanceEdit {
  /** Acceptances made in the pane (core's acceptFinding). */
  add?: Acceptance[];
  /** Keys of acceptances withdrawn in the pane («Отменить»). */
  remove?: string[];
  /** The name the planner typed, for reasons typed on the sheet. */
  by?: string;
}

/** The report sheet under its usual name, read with the survey (sync A) when null objects exist (ExcelApi 1.4). */
export function queueReportRead(context: Excel.RequestContext, caps: Capabilities): Excel.Range | null {
  if (!caps.nullObjects) return null;
  const used = context.workbook.worksheets
    .getItemOrNullObject(REPORT_SHEET_NAME)
    .getUsedRangeOrNullObject(true);
  used.load("values");
  return used;
}

/**
 * The store's acceptances plus those typed on its report sheet plus the pane's edit. No sync when the report has its
 * usual name and null objects exist; one more otherwise (a report named «Проверка (2)», or below ExcelApi 1.4).
 */
export async function currentAcceptances(
  context: Excel.RequestContext,
  caps: Capabilities,
  queued: Excel.Range | null,
  store: WorkbookStore,
  index: readonly SheetEntry[],
  edit: AcceptanceEdit,
): Promise<Acceptance[]> {
  const rec = store.marks.report;
  const entry = rec ? findSheet(index, rec.name, "") : null;
  let values: unknown[][] = [];
  if (rec && entry) {
    if (queued && entry.name.toLowerCase() === REPORT_SHEET_NAME.toLowerCase()) {
      values = queued.isNullObject ? [] : queued.values;
    } else {
      const ws = context.workbook.worksheets.getItem(entry.name);
      const used = caps.usedRangeValuesOnly ? ws.getUsedRange(true) : ws.getUsedRange();
      used.load("values");
      await context.sync();
      values = used.values;
    }
  }
  const at = new Date().toISOString();
  const typed = collectTyped(store.acceptances, typedReasons(values, rec), edit.by ?? "", at);
  return withAcceptances(withoutAcceptances(typed, edit.remove ?? []), edit.add ?? []);
}
