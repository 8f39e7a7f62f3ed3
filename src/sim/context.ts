import { Journal } from "./book";
import type { TriggerSource } from "./events";
import { SimOfficeError, invalidArgument } from "./errors";
import { runningOn } from "./host-thread";
import { type Delivery, type Op, type SimEnv, type SyncRecord, jsonBytes, versionAtLeast } from "./env";
import { SimObject, metaOf, pathsOf } from "./proxy";

/**
 * The request/queue/sync machinery of the simulated Excel: proxies queue operations, `sync()` runs them in order
 * against the book, and only then are loaded values (and isNullObject) readable — like Office.js, unlike
 * office-addin-mock. Writes are not readable locally either: read them back with load + sync.
 */

// ------------------------------------------------------------------ the request context

export class SimRequestContext {
  readonly _env: SimEnv;
  private _queue: Op[] = [];
  private _closed = false;
  private _syncNo = 0;
  /** Whose changes this context makes: the add-in's, or the planner's own edits (a test and harness hook). */
  _trigger: TriggerSource = "ThisLocalAddin";
  /** Excel.run({ mergeUndoGroup: true }) on ExcelApi 1.20: every sync is one undo group. */
  _mergeUndo = false;
  readonly workbook: SimObject<unknown>;
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };

  constructor(env: SimEnv, makeWorkbook: (ctx: SimRequestContext) => SimObject<unknown>) {
    this._env = env;
    this.workbook = makeWorkbook(this);
  }

  get _pending(): number {
    return this._queue.length;
  }

  _close(): void {
    this._closed = true;
  }

  /** Excel.run(context, batch) runs again on a context (how an event handler is removed later). */
  _reopen(): void {
    this._closed = false;
  }

  _enqueue(op: Op): void {
    if (this._closed)
      throw new SimOfficeError(
        "InvalidOperation",
        "The request context is no longer valid (Excel.run has ended).",
      );
    this._env.stats.operations += 1;
    this._queue.push(op);
  }

  _load(obj: SimObject<unknown>, spec: unknown): void {
    const paths = pathsOf(spec);
    // `load()` with nothing loads every scalar of the object: banned in this project (office-addins/no-empty-load).
    if (paths.length === 0)
      throw new SimOfficeError(
        "InvalidArgument",
        `simulator: ${metaOf(obj).kind}.load() needs explicit leaf properties`,
      );
    const itemPaths = new Map<SimObject<unknown>, string[][]>();
    for (const p of paths)
      this._loadPath(
        obj,
        p.split("/").map((s) => s.trim()),
        itemPaths,
      );
    for (const [coll, rel] of itemPaths) this._enqueueItems(coll, rel);
  }

  private _loadPath(
    obj: SimObject<unknown>,
    segs: string[],
    itemPaths: Map<SimObject<unknown>, string[][]>,
  ): void {
    const meta = metaOf(obj);
    const [head, ...rest] = segs;
    if (!head) throw invalidArgument("Empty load path");
    if (meta.items && head === "items") {
      if (rest.length === 0) {
        throw new SimOfficeError(
          "InvalidArgument",
          `simulator: load("items") on ${meta.kind} is a navigational load; name the item properties ("items/name")`,
        );
      }
      const list = itemPaths.get(obj) ?? [];
      list.push(rest);
      itemPaths.set(obj, list);
      return;
    }
    if (rest.length === 0) {
      if (head in meta.navs) {
        throw new SimOfficeError(
          "InvalidArgument",
          `simulator: load("${head}") on ${meta.kind} is a navigational load; load its leaf properties`,
        );
      }
      const def = meta.props[head];
      if (!def?.get) throw invalidArgument(`The property '${head}' does not exist on ${meta.kind}.`);
      const get = def.get as (t: unknown, env: SimEnv) => unknown;
      this._enqueue({
        label: `${meta.kind}.load(${head})`,
        api: def.api ?? "1.1",
        bytes: 30 + head.length,
        run: (_tx, out) => {
          const t = obj._resolve();
          const v = t === null ? null : get(t, this._env);
          out.push({ bytes: jsonBytes(v) + head.length + 4, apply: () => obj._loaded.set(head, v) });
        },
      });
      return;
    }
    const nav = meta.navs[head];
    if (!nav) throw invalidArgument(`The navigation property '${head}' does not exist on ${meta.kind}.`);
    this._loadPath(obj._nav(head, nav), rest, itemPaths);
  }

  private _enqueueItems(coll: SimObject<unknown>, rel: string[][]): void {
    const meta = metaOf(coll);
    const itemsOf = meta.items!;
    const makeItem = meta.makeItem!;
    this._enqueue({
      label: `${meta.kind}.load(items/${rel.map((r) => r.join("/")).join(",")})`,
      api: "1.1",
      bytes: 40 + rel.join(",").length,
      run: (_tx, out) => {
        const t = coll._resolve();
        const targets = t === null ? [] : itemsOf(t, this._env);
        // One proxy per item per context, so separate loads of the same collection fill the same objects.
        const cache = (coll._itemProxies ??= new Map());
        const proxies = targets.map((target) => {
          let p = cache.get(target);
          if (!p) {
            p = makeItem(this, target);
            p._target = target as never;
            cache.set(target, p);
          }
          return p;
        });
        for (const p of proxies) {
          for (const segs of rel) {
            // Resolve each item path now, in batch order, like a load on the item itself.
            let cur: SimObject<unknown> = p;
            for (const s of segs.slice(0, -1)) {
              const nav = metaOf(cur).navs[s];
              if (!nav)
                throw invalidArgument(
                  `The navigation property '${s}' does not exist on ${metaOf(cur).kind}.`,
                );
              cur = cur._nav(s, nav);
            }
            const leaf = segs[segs.length - 1]!;
            const def = metaOf(cur).props[leaf];
            if (!def?.get)
              throw invalidArgument(`The property '${leaf}' does not exist on ${metaOf(cur).kind}.`);
            if (def.api && !versionAtLeast(this._env.limits.apiVersion, def.api))
              throw apiNotFound(`${metaOf(cur).kind}.${leaf}`);
            const target = cur._resolve();
            const v =
              target === null ? null : (def.get as (t: unknown, env: SimEnv) => unknown)(target, this._env);
            const holder = cur;
            out.push({ bytes: jsonBytes(v) + leaf.length + 4, apply: () => holder._loaded.set(leaf, v) });
          }
        }
        out.push({
          bytes: 10 * proxies.length,
          apply: () => {
            coll._items = proxies;
            for (const p of proxies) p._nullKnown = true;
          },
        });
      },
    });
  }

  private _injectFault(label: string): void {
    const faults = this._env.faults;
    const i = faults.findIndex((f) => f.label === label);
    const fault = faults[i];
    if (!fault) return;
    if (fault.skip > 0) {
      fault.skip -= 1;
      return;
    }
    faults.splice(i, 1);
    throw new SimOfficeError(fault.code, `simulator: injected failure of ${label}`);
  }

  async sync(): Promise<void> {
    if (this._closed)
      throw new SimOfficeError(
        "InvalidOperation",
        "The request context is no longer valid (Excel.run has ended).",
      );
    const started = performance.now();
    const { stats, limits } = this._env;
    const ops = this._queue;
    this._queue = [];
    this._syncNo += 1;
    stats.syncs += 1;
    const requestBytes = 200 + ops.reduce((n, op) => n + op.bytes, 0);
    stats.requestBytes += requestBytes;
    stats.maxRequestBytes = Math.max(stats.maxRequestBytes, requestBytes);
    const record: SyncRecord = { operations: ops.length, requestBytes, responseBytes: 0, error: null };
    stats.log.push(record);
    const finish = (responseBytes: number) => {
      record.responseBytes = responseBytes;
      stats.responseBytes += responseBytes;
      stats.maxResponseBytes = Math.max(stats.maxResponseBytes, responseBytes);
      stats.modelMs +=
        limits.latencyMsPerSync +
        ops.length * limits.msPerOperation +
        ((requestBytes + responseBytes) / 1024) * limits.msPerKilobyte;
      stats.wallMs += performance.now() - started;
    };
    await Promise.resolve(); // a round trip is always asynchronous
    const host = this._env.host;
    if (host) return host.exclusive(() => this._process(ops, record, requestBytes, finish));
    return this._process(ops, record, requestBytes, finish);
  }

  /** Runs a sync's operations against the book and delivers their results; in the harness, in time slices. */
  private async _process(
    ops: Op[],
    record: SyncRecord,
    requestBytes: number,
    finish: (responseBytes: number) => void,
  ): Promise<void> {
    const { limits } = this._env;
    const host = this._env.host ?? null;

    if (limits.payloadLimitBytes !== null && requestBytes > limits.payloadLimitBytes) {
      finish(0);
      record.error = "RequestPayloadSizeLimitExceeded";
      throw new SimOfficeError(
        "RequestPayloadSizeLimitExceeded",
        `The request payload size has exceeded the limit (${requestBytes} > ${limits.payloadLimitBytes} bytes).`,
      );
    }

    if (this._mergeUndo) {
      // Assumed, not observed in Excel: the grouped request is refused before any of it runs.
      const refused = ops.find((op) => limits.undoUnsupported.includes(op.label));
      if (refused) {
        finish(0);
        record.error = "UndoNotSupported";
        throw new SimOfficeError(
          "UndoNotSupported",
          `${refused.label} has no undo support and cannot be grouped (mergeUndoGroup).`,
        ).withLocation(refused.label);
      }
    }
    const tx = new Journal();
    const out: Delivery[] = [];
    for (const op of ops) {
      if (host?.due()) await host.yield();
      try {
        if (!versionAtLeast(limits.apiVersion, op.api)) throw apiNotFound(op.label);
        this._injectFault(op.label);
        runningOn(host, () => op.run(tx, out));
        // An operation on many cells may have been cut at the slice's end: finish it before the next one.
        while (host?.pending) {
          const rest = host.pending;
          host.pending = null;
          await host.yield();
          runningOn(host, rest);
        }
      } catch (e) {
        if (!(e instanceof SimOfficeError)) throw e;
        // A protected sheet rejects the whole batch: nothing of it is applied. Other errors stop the batch
        // where they occur, keeping what ran before (as Excel processes a batch in order).
        if (e.code === "AccessDenied") tx.rollback();
        else this._env.events.deliver(tx, this._trigger, limits.apiVersion);
        finish(0);
        record.error = e.code;
        throw e.withLocation(op.label);
      }
    }
    const responseBytes = 100 + out.reduce((n, d) => n + d.bytes, 0);
    finish(responseBytes);
    if (limits.payloadLimitBytes !== null && responseBytes > limits.payloadLimitBytes) {
      record.error = "ResponsePayloadSizeLimitExceeded";
      throw new SimOfficeError(
        "ResponsePayloadSizeLimitExceeded",
        `The response payload size has exceeded the limit (${responseBytes} > ${limits.payloadLimitBytes} bytes).`,
      );
    }
    for (const d of out) {
      if (host?.due()) await host.yield();
      d.apply();
    }
    this._env.events.deliver(tx, this._trigger, limits.apiVersion);
  }
}

export function apiNotFound(what: string): SimOfficeError {
  return new SimOfficeError(
    "ApiNotFound",
    `The API you are trying to use could not be found. It may be available in a newer version of Excel. (${what})`,
  );
}
