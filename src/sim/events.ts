import type { Journal, SimSheet } from "./book";
import type { SimRequestContext } from "./context";
import { versionAtLeast } from "./env";
import type { SimObject } from "./proxy";
import { type Rect, rectAddress } from "./address";

/**
 * Worksheet events as Excel delivers them: a handler is registered by a sync (ExcelApi 1.7), outlives its
 * Excel.run, and is called after the sync that made the change has returned, never during it.
 */

/** Who made a change (WorksheetChangedEventArgs.triggerSource, ExcelApi 1.14). */
export type TriggerSource = "ThisLocalAddin" | "Unknown";

type Handler = (args: Record<string, unknown>) => unknown;

export class SimEventBus {
  private readonly activated = new Set<Handler>();
  private readonly changed = new Map<SimSheet, Set<Handler>>();

  onActivated(h: Handler): () => void {
    this.activated.add(h);
    return () => this.activated.delete(h);
  }

  onChanged(sheet: SimSheet, h: Handler): () => void {
    let set = this.changed.get(sheet);
    if (!set) this.changed.set(sheet, (set = new Set()));
    set.add(h);
    return () => set.delete(h);
  }

  /** Queues the events of a batch that has been applied: one activation, one change per sheet (its bounding range). */
  deliver(tx: Journal, trigger: TriggerSource, apiVersion: string): void {
    const calls: [Handler, Record<string, unknown>][] = [];
    if (tx.activated)
      for (const h of this.activated)
        calls.push([h, { type: "WorksheetActivated", worksheetId: tx.activated.id, source: "Local" }]);
    const bySheet = new Map<SimSheet, Rect>();
    for (const c of tx.changed) {
      const r = bySheet.get(c.sheet);
      bySheet.set(
        c.sheet,
        r
          ? {
              top: Math.min(r.top, c.row),
              left: Math.min(r.left, c.col),
              bottom: Math.max(r.bottom, c.row),
              right: Math.max(r.right, c.col),
            }
          : { top: c.row, left: c.col, bottom: c.row, right: c.col },
      );
    }
    for (const [sheet, rect] of bySheet) {
      for (const h of this.changed.get(sheet) ?? []) {
        calls.push([
          h,
          {
            type: "WorksheetChanged",
            worksheetId: sheet.id,
            address: rectAddress(rect),
            changeType: "RangeEdited",
            source: "Local",
            // Absent below ExcelApi 1.14, as in Excel.
            ...(versionAtLeast(apiVersion, "1.14") ? { triggerSource: trigger } : {}),
          },
        ]);
      }
    }
    if (calls.length > 0) setTimeout(() => calls.forEach(([h, args]) => void h(args)), 0);
  }
}

/** Excel.EventHandlerResult: remove() is queued on the context the handler was added in. */
export class SimEventHandlerResult {
  _unregister: (() => void) | null = null;
  constructor(readonly context: SimRequestContext) {}
  remove(): void {
    this.context._enqueue({
      label: "EventHandlerResult.remove",
      api: "1.7",
      bytes: 40,
      run: () => {
        this._unregister?.();
        this._unregister = null;
      },
    });
  }
}

/** Excel.EventHandlers on `owner`: add() registers at the next sync. */
export class SimEventHandlers<T> {
  constructor(
    private readonly owner: SimObject<T>,
    private readonly label: string,
    private readonly register: (target: T, bus: SimEventBus, h: Handler) => () => void,
  ) {}
  add(handler: Handler): SimEventHandlerResult {
    const ctx = this.owner.context;
    const result = new SimEventHandlerResult(ctx);
    ctx._enqueue({
      label: `${this.label}.add`,
      api: "1.7",
      bytes: 60,
      run: () => {
        result._unregister = this.register(this.owner._require(this.label), ctx._env.events, handler);
      },
    });
    return result;
  }
}
