import type { Bilingual } from "../core/lang";
import { STORE_SHEET, type WorkbookStore, decodeStore, emptyStore, encodeStore } from "../core/store";
import { type Batch, estimate, rowSlices } from "./batch";
import type { Capabilities } from "./capabilities";
import { AdapterError } from "./errors";
import { pace } from "./pace";
import { type SheetEntry, hasSheet } from "./write-plan";

/**
 * Reads and writes the cells of the add-in's store sheet. What the cells hold — the format, its versions, the
 * marks and the later sections — is decided in src/core/store, so the CLI reads and writes the same thing.
 */

export const STATE_SHEET = STORE_SHEET;

export interface LoadedStore {
  store: WorkbookStore;
  exists: boolean;
}

/** The store as the state sheet holds it: read with the survey (sync A), or with one more sync below ExcelApi 1.4. */
export async function readState(
  context: Excel.RequestContext,
  caps: Capabilities,
  /** Column A of the state sheet, queued with the survey when null objects exist (ExcelApi 1.4). */
  stateUsed: Excel.Range | null,
  index: readonly SheetEntry[],
  notices: Bilingual[],
): Promise<LoadedStore> {
  if (!hasSheet(index, STATE_SHEET)) return { store: emptyStore(), exists: false };
  let column: unknown[];
  if (stateUsed) {
    column = stateUsed.isNullObject ? [] : stateUsed.values.map((r) => r[0]);
  } else {
    // Below ExcelApi 1.4 there is no null-object read: one more sync, only when the state sheet exists.
    const ws = context.workbook.worksheets.getItem(STATE_SHEET);
    const used = caps.usedRangeValuesOnly ? ws.getUsedRange(true) : ws.getUsedRange();
    used.load("values");
    await context.sync();
    column = used.values.map((r) => r[0]);
  }
  if (column.every((v) => v === "" || v === null)) return { store: emptyStore(), exists: true };
  const decoded = decodeStore(column);
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
  return { store: decoded.store, exists: true };
}

/** Replaces the state sheet's content with `store` (creating the sheet, very hidden, when it does not exist). */
export async function writeState(
  batch: Batch,
  context: Excel.RequestContext,
  exists: boolean,
  store: WorkbookStore,
  /** The store's cells when the caller has them already (encodeStore(store)). */
  encoded?: string[],
): Promise<void> {
  await pace(); // encoding a big store is a stretch of work of its own
  const rows = (encoded ?? encodeStore(store)).map((r) => [r]);
  let ws: Excel.Worksheet;
  if (exists) {
    ws = context.workbook.worksheets.getItem(STATE_SHEET);
    await batch.add(estimate(STATE_SHEET), 0, () => ws.getRange().clear());
  } else {
    ws = context.workbook.worksheets.add(STATE_SHEET);
    // Very hidden: not listed in Excel's Unhide dialog, so planners do not stumble on it.
    await batch.add(estimate(STATE_SHEET), 0, () => (ws.visibility = "VeryHidden"));
  }
  for (const [start, slice, bytes] of rowSlices(rows)) {
    const addr = `A${start + 1}:A${start + slice.length}`;
    const fmt = slice.map(() => ["@"]);
    await batch.add(estimate(fmt) + bytes, 0, () => {
      const target = ws.getRange(addr);
      target.numberFormat = fmt;
      target.values = slice;
    });
  }
}
