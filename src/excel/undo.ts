import type { Capabilities } from "./capabilities";
import { errorCode } from "./run";

/**
 * Ctrl+Z over the add-in's marks. From ExcelApi 1.20, Excel.run({ mergeUndoGroup: true }) makes every sync of one run
 * a single undo step; a run that meets an API without undo support (deleting the old report sheet, hiding the state
 * sheet on a desktop) fails with UndoNotSupported and is run again without grouping. «Снять отметки» works either way.
 */
export type UndoGrouping =
  /** One Ctrl+Z removes the marks and their state together. */
  | "grouped"
  /** Excel refused the grouping (UndoNotSupported): written without it. */
  | "fallback"
  /** Below ExcelApi 1.20: no grouping asked for. */
  | "unavailable";

export async function runUndoable<T>(
  caps: Capabilities,
  batch: (context: Excel.RequestContext) => Promise<T>,
): Promise<{ value: T; undo: UndoGrouping }> {
  if (!caps.undoGroup) return { value: await Excel.run(batch), undo: "unavailable" };
  try {
    return { value: await Excel.run({ mergeUndoGroup: true }, batch), undo: "grouped" };
  } catch (e) {
    if (errorCode(e) !== "UndoNotSupported") throw e;
  }
  // The batch starts again from its survey, so whatever the refused run had done is seen and carried on.
  return { value: await Excel.run(batch), undo: "fallback" };
}
