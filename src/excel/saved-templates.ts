import type { Bilingual } from "../core/lang";
import type { SavedTemplate, WorkbookStore } from "../core/store";
import { Batch, estimate } from "./batch";
import type { Capabilities } from "./capabilities";
import { AdapterError } from "./errors";
import { STATE_SHEET, type LoadedStore, readState, writeState } from "./state";

/**
 * Templates saved in the workbook's store (the marks' state sheet): read in one sync (two below ExcelApi 1.4), changed
 * in one more. What a saved template holds and how it is chunked is decided in src/core/store.
 */

async function loadStore(
  context: Excel.RequestContext,
  caps: Capabilities,
  notices: Bilingual[],
): Promise<LoadedStore & { structureProtected: boolean }> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name, items/id, items/visibility");
  let stateUsed: Excel.Range | null = null;
  if (caps.nullObjects) {
    stateUsed = sheets.getItemOrNullObject(STATE_SHEET).getUsedRangeOrNullObject(true);
    stateUsed.load("values");
  }
  let wbProtection: Excel.WorkbookProtection | null = null;
  if (caps.workbookProtection) {
    wbProtection = context.workbook.protection;
    wbProtection.load("protected");
  }
  await context.sync();
  const index = sheets.items.map((s) => ({ name: s.name, id: s.id, visible: s.visibility === "Visible" }));
  const loaded = await readState(context, caps, stateUsed, index, notices);
  return { ...loaded, structureProtected: wbProtection?.protected ?? false };
}

export async function savedTemplatesIn(
  context: Excel.RequestContext,
  caps: Capabilities,
  notices: Bilingual[],
): Promise<SavedTemplate[]> {
  return (await loadStore(context, caps, notices)).store.templates;
}

function isEmpty(store: WorkbookStore): boolean {
  const m = store.marks;
  return (
    m.report === null &&
    m.cells.length +
      m.notes.length +
      m.comments.length +
      store.acceptances.length +
      store.templates.length +
      (store.other?.length ?? 0) ===
      0
  );
}

/** Applies `change` to the store and writes it back (the state sheet goes when nothing is left in it). */
export async function changeSavedTemplatesIn(
  context: Excel.RequestContext,
  caps: Capabilities,
  notices: Bilingual[],
  change: (store: WorkbookStore) => WorkbookStore,
): Promise<SavedTemplate[]> {
  const { store, exists, structureProtected } = await loadStore(context, caps, notices);
  const next = change(store);
  // Only adding or deleting the state sheet needs the workbook's structure.
  if (structureProtected && exists === isEmpty(next)) {
    throw new AdapterError("WorkbookProtected", {
      ru: "Структура книги защищена: шаблон в ней не сохранить и не удалить. Снимите защиту книги (Рецензирование → Защитить книгу) и повторите. Книга не изменена.",
      en: "The workbook structure is protected: no template can be saved in it or removed from it. Unprotect the workbook (Review → Protect Workbook) and try again. Nothing was changed.",
    });
  }
  const batch = new Batch(context, caps.payloadBudget);
  if (isEmpty(next)) {
    if (exists)
      await batch.add(estimate(STATE_SHEET), 0, () =>
        context.workbook.worksheets.getItem(STATE_SHEET).delete(),
      );
  } else {
    await writeState(batch, context, exists, next);
  }
  await batch.sync();
  return next.templates;
}
