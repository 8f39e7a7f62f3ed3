import { operation } from "./run";
import type { Outcome } from "./types";

/**
 * The workbook's events the pane follows: the active sheet (to re-read it) and changes to the checked sheet (to
 * mark its verdict stale). Both need ExcelApi 1.7; below it the calls answer null and the pane re-reads on focus.
 */

export interface Watch {
  stop(): Promise<void>;
}

/** Writes of the add-in in flight; the fallback for telling our own changes apart below ExcelApi 1.14. */
let ownWrites = 0;

/** Runs one of the add-in's writing commands; changes reported meanwhile are its own. */
export async function asOwnWrite<T>(work: () => Promise<T>): Promise<T> {
  ownWrites += 1;
  try {
    return await work();
  } finally {
    // Excel reports a batch's changes after its sync has returned: keep the flag for one more turn of the loop.
    setTimeout(() => (ownWrites -= 1), 0);
  }
}

type Remover = { context: OfficeExtension.ClientRequestContext; remove(): void };

function watchOf(r: Remover): Watch {
  return {
    // A handler is removed on the context it was added in.
    stop: () =>
      Excel.run(r.context, async (context) => {
        r.remove();
        await context.sync();
      }),
  };
}

/** The active sheet's name. One sync. */
export function activeSheetName(): Promise<Outcome<string>> {
  return operation(() => Excel.run((context) => nameOf(context, null)));
}

async function nameOf(context: Excel.RequestContext, id: string | null): Promise<string> {
  const sheets = context.workbook.worksheets;
  const ws = id === null ? sheets.getActiveWorksheet() : sheets.getItem(id);
  ws.load("name");
  await context.sync();
  return ws.name;
}

/** Calls `activated` with the sheet's name after any sheet becomes active. One sync; null below ExcelApi 1.7. */
export function followActiveSheet(activated: (sheet: string) => void): Promise<Outcome<Watch | null>> {
  return operation((caps) => {
    if (!caps.events) return Promise.resolve(null);
    return Excel.run(async (context) => {
      // The event carries the sheet's id; its name takes one more sync in a run of its own.
      const r = context.workbook.worksheets.onActivated.add(async (e) =>
        activated(await Excel.run((c) => nameOf(c, e.worksheetId))),
      );
      await context.sync();
      return watchOf(r);
    });
  });
}

/** Calls `changed` with the address of each change to `sheet` that the add-in did not make. One sync; null below 1.7. */
export function watchSheetChanges(
  sheet: string,
  changed: (address: string) => void,
): Promise<Outcome<Watch | null>> {
  return operation((caps) => {
    if (!caps.events) return Promise.resolve(null);
    return Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem(sheet).onChanged.add(async (e) => {
        const own = caps.triggerSource ? e.triggerSource === "ThisLocalAddin" : ownWrites > 0;
        if (!own) changed(e.address);
      });
      await context.sync();
      return watchOf(r);
    });
  });
}
