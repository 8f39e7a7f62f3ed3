import { collectTyped, typedReasons, withAcceptances, withoutAcceptances } from "../core/acceptance";
import { REPORT_SHEET_NAMES } from "../core/marks";
import type { Acceptance, WorkbookStore } from "../core/store";
import type { Capabilities } from "./capabilities";
import { type SheetEntry, findSheet } from "./write-plan";

/**
 * Accepted deviations on the Office side: the reasons a planner typed in the report sheet's reason column are read
 * (the sheet found through the store: its recorded id, else its name — a renamed report is still found — then its
 * header hash in core) and, with the pane's own
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

/**
 * The report sheet under each of its usual names («Проверка», “Check report”: the sheet's language is the planner's
 * choice), read with the survey (sync A) when null objects exist (ExcelApi 1.4); by lower-case name.
 */
export function queueReportRead(
  context: Excel.RequestContext,
  caps: Capabilities,
): Map<string, Excel.Range> | null {
  if (!caps.nullObjects) return null;
  const out = new Map<string, Excel.Range>();
  for (const name of new Set(Object.values(REPORT_SHEET_NAMES))) {
    const used = context.workbook.worksheets.getItemOrNullObject(name).getUsedRangeOrNullObject(true);
    used.load("values");
    out.set(name.toLowerCase(), used);
  }
  return out;
}

/**
 * The store's acceptances plus those typed on its report sheet plus the pane's edit. No sync when the report has one
 * of its usual names and null objects exist; one more otherwise (a report renamed by the planner or named
 * «Проверка (2)», or below ExcelApi 1.4).
 */
export async function currentAcceptances(
  context: Excel.RequestContext,
  caps: Capabilities,
  queued: Map<string, Excel.Range> | null,
  store: WorkbookStore,
  index: readonly SheetEntry[],
  edit: AcceptanceEdit,
): Promise<Acceptance[]> {
  const rec = store.marks.report;
  const entry = rec ? findSheet(index, rec.name, rec.id ?? "") : null;
  let values: unknown[][] = [];
  if (rec && entry) {
    const read = queued?.get(entry.name.toLowerCase());
    if (read) {
      values = read.isNullObject ? [] : read.values;
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
