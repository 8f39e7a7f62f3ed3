import { type SimBook, Journal } from "./book";
import type { SimEventBus, TriggerSource } from "./events";
import { type SimErrorCode, SimOfficeError, invalidArgument, propertyNotLoaded } from "./errors";

/**
 * The request/queue/sync machinery of the simulated Excel: proxies queue operations, `sync()` runs them in order
 * against the book, and only then are loaded values (and isNullObject) readable — like Office.js, unlike
 * office-addin-mock. Writes are not readable locally either: read them back with load + sync.
 */

export interface SimLimits {
  /** ExcelApi requirement-set level the simulated host supports, e.g. "1.1", "1.8", "1.18". */
  apiVersion: string;
  /** Request and response payload limit in bytes (Excel on the web: 5 MB); null for no limit (desktop). */
  payloadLimitBytes: number | null;
  /** Excel's read limit for a range's cell properties. */
  cellReadLimit: number;
  /** What an over-limit read does: Excel docs say values may come back null instead of throwing. */
  overLimitRead: "null" | "throw";
  /** The separator getRanges accepts: "," on the web and English desktops; ";" on e.g. German or Russian desktops. */
  listSeparator: "," | ";";
  /** Cost model for the simulated elapsed time. */
  latencyMsPerSync: number;
  msPerOperation: number;
  msPerKilobyte: number;
}

export interface SyncRecord {
  operations: number;
  requestBytes: number;
  responseBytes: number;
  error: string | null;
}

export class SimStats {
  runs = 0;
  syncs = 0;
  operations = 0;
  requestBytes = 0;
  responseBytes = 0;
  maxRequestBytes = 0;
  maxResponseBytes = 0;
  /** Simulated elapsed time from the cost model (latency per round trip + per operation + per KB). */
  modelMs = 0;
  /** Wall-clock time spent inside sync() by the simulator itself. */
  wallMs = 0;
  log: SyncRecord[] = [];

  reset(): void {
    this.runs = this.syncs = this.operations = this.requestBytes = this.responseBytes = 0;
    this.maxRequestBytes = this.maxResponseBytes = this.modelMs = this.wallMs = 0;
    this.log = [];
  }

  snapshot(): Omit<SimStats, "reset" | "snapshot" | "log"> & { log: SyncRecord[] } {
    const {
      runs,
      syncs,
      operations,
      requestBytes,
      responseBytes,
      maxRequestBytes,
      maxResponseBytes,
      modelMs,
      wallMs,
    } = this;
    return {
      runs,
      syncs,
      operations,
      requestBytes,
      responseBytes,
      maxRequestBytes,
      maxResponseBytes,
      modelMs,
      wallMs,
      log: [...this.log],
    };
  }
}

/** A test hook: the `skip`+1-th operation with this label fails at sync with `code`, once. */
export interface SimFault {
  label: string;
  code: SimErrorCode;
  skip: number;
}

export interface SimEnv {
  book: SimBook;
  events: SimEventBus;
  limits: SimLimits;
  stats: SimStats;
  faults: SimFault[];
}

export interface Delivery {
  bytes: number;
  apply(): void;
}

export interface Op {
  label: string;
  api: string;
  bytes: number;
  run(tx: Journal, out: Delivery[]): void;
}

export function versionAtLeast(have: string, need: string): boolean {
  const a = have.split(".").map(Number);
  const b = need.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x > y;
  }
  return true;
}

export function jsonBytes(v: unknown): number {
  if (v === undefined) return 0;
  // Dates and proxies never travel in our payloads; strings count in UTF-16 units (as JSON text length).
  return JSON.stringify(v)?.length ?? 0;
}

// ------------------------------------------------------------------ metadata

export interface PropDef<T> {
  api?: string;
  get?: (t: T, env: SimEnv) => unknown;
  set?: (t: T, v: unknown, tx: Journal, env: SimEnv) => void;
}

export interface Meta {
  kind: string;
  props: Record<string, PropDef<never>>;
  /** Navigation properties: child proxies sharing (a view of) the parent's target. */
  navs: Record<string, (self: SimObject<unknown>) => SimObject<unknown>>;
  /** For collections: the item targets and how to wrap one. */
  items?: (t: unknown, env: SimEnv) => unknown[];
  makeItem?: (ctx: SimRequestContext, target: unknown) => SimObject<unknown>;
}

const metas = new WeakMap<object, Meta>();

export function metaOf(obj: SimObject<unknown>): Meta {
  let proto: object | null = Object.getPrototypeOf(obj) as object | null;
  while (proto) {
    const m = metas.get(proto);
    if (m) return m;
    proto = Object.getPrototypeOf(proto) as object | null;
  }
  throw new Error("simulator: class without metadata");
}

/** Registers a proxy class's properties: getters throw PropertyNotLoaded until a sync delivers them; setters queue. */
export function defineClass<T>(
  cls: { prototype: object },
  meta: Omit<Meta, "props"> & { props: Record<string, PropDef<T>> },
): void {
  metas.set(cls.prototype, meta as unknown as Meta);
  for (const [name, def] of Object.entries(meta.props)) {
    Object.defineProperty(cls.prototype, name, {
      configurable: true,
      enumerable: true,
      get(this: SimObject<T>) {
        if (!this._loaded.has(name)) throw propertyNotLoaded(meta.kind, name);
        return this._loaded.get(name);
      },
      set(this: SimObject<T>, value: unknown) {
        if (!def.set) throw new TypeError(`Cannot set read-only property ${meta.kind}.${name}`);
        const setter = def.set;
        // A written value is not readable until loaded again after a sync (no local echo).
        this._loaded.delete(name);
        this.context._enqueue({
          label: `${meta.kind}.${name} =`,
          api: def.api ?? "1.1",
          bytes: 40 + name.length + jsonBytes(value),
          run: (tx) => {
            const t = this._require(`${meta.kind}.${name}`);
            setter(t, value, tx, this.context._env);
          },
        });
      },
    });
  }
  for (const [name, make] of Object.entries(meta.navs)) {
    Object.defineProperty(cls.prototype, name, {
      configurable: true,
      enumerable: false,
      get(this: SimObject<unknown>) {
        return this._nav(name, make);
      },
    });
  }
}

// ------------------------------------------------------------------ proxies

export class SimObject<T> {
  readonly context: SimRequestContext;
  /** undefined: not yet created by a sync; null: a null object. */
  _target: T | null | undefined = undefined;
  readonly _loaded = new Map<string, unknown>();
  _nullKnown = false;
  readonly _parent: SimObject<unknown> | null;
  readonly _derive: ((p: unknown) => T | null) | null;
  private readonly _navs = new Map<string, SimObject<unknown>>();
  _items: SimObject<unknown>[] | null = null;
  _itemProxies: Map<unknown, SimObject<unknown>> | null = null;

  constructor(
    ctx: SimRequestContext,
    parent: SimObject<unknown> | null = null,
    derive: ((p: unknown) => T | null) | null = null,
  ) {
    this.context = ctx;
    this._parent = parent;
    this._derive = derive;
  }

  /** The workbook proxy exists from the start of a context. */
  bindRoot(target: T): this {
    this._target = target;
    this._nullKnown = true;
    return this;
  }

  _resolve(): T | null {
    if (this._parent && this._derive) {
      const p = this._parent._resolve();
      return p === null ? null : this._derive(p);
    }
    if (this._target === undefined) {
      throw new SimOfficeError(
        "InvalidOperation",
        `${metaOf(this).kind} is used before the request that creates it.`,
      );
    }
    return this._target;
  }

  /** The live target for a write or an action; a null object cannot be written to. */
  _require(what: string): T {
    const t = this._resolve();
    if (t === null) throw new SimOfficeError("InvalidOperation", `${what}: the object is a null object.`);
    return t;
  }

  get isNullObject(): boolean {
    if (this._parent && this._derive) return this._parent.isNullObject;
    if (!this._nullKnown) throw propertyNotLoaded(metaOf(this).kind, "isNullObject");
    return this._target === null;
  }

  get items(): SimObject<unknown>[] {
    if (!metaOf(this).items) throw new TypeError(`${metaOf(this).kind} is not a collection`);
    if (this._items === null) throw propertyNotLoaded(metaOf(this).kind, "items");
    return this._items;
  }

  _nav(name: string, make: (self: SimObject<unknown>) => SimObject<unknown>): SimObject<unknown> {
    let child = this._navs.get(name);
    if (!child) this._navs.set(name, (child = make(this as SimObject<unknown>)));
    return child;
  }

  load(spec?: unknown): this {
    this.context._load(this as SimObject<unknown>, spec);
    return this;
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this._loaded);
  }

  /** Queues a method that returns a new proxy; `bind` runs at sync (ItemNotFound etc. surface there). */
  _method<C extends SimObject<unknown>>(
    label: string,
    api: string,
    args: unknown[],
    child: C,
    bind: (t: T, env: SimEnv, tx: Journal) => unknown,
    orNull = false,
  ): C {
    this.context._enqueue({
      label,
      api,
      bytes: 40 + label.length + jsonBytes(args),
      run: (tx, out) => {
        const t = this._resolve();
        let bound: unknown = null;
        if (t !== null) {
          try {
            bound = bind(t, this.context._env, tx);
          } catch (e) {
            if (!(orNull && e instanceof SimOfficeError && e.code === "ItemNotFound")) throw e;
            bound = null;
          }
        } // else: navigating from a null object yields a null object (Office.js chains them)
        child._target = bound as never;
        out.push({ bytes: 8, apply: () => (child._nullKnown = true) });
      },
    });
    return child;
  }

  /** Queues a void method (an action). */
  _action(label: string, api: string, args: unknown[], run: (t: T, tx: Journal, env: SimEnv) => void): void {
    this.context._enqueue({
      label,
      api,
      bytes: 40 + label.length + jsonBytes(args),
      run: (tx) => run(this._require(label), tx, this.context._env),
    });
  }

  /** Queues a method whose result is a value (ClientResult). */
  _result<V>(
    label: string,
    api: string,
    args: unknown[],
    compute: (t: T, env: SimEnv) => V,
  ): SimClientResult<V> {
    const result = new SimClientResult<V>();
    this.context._enqueue({
      label,
      api,
      bytes: 40 + label.length + jsonBytes(args),
      run: (_tx, out) => {
        const t = this._resolve();
        const v = t === null ? (null as V) : compute(t, this.context._env);
        out.push({ bytes: jsonBytes(v) + 20, apply: () => result._set(v) });
      },
    });
    return result;
  }
}

export class SimClientResult<V> {
  private _has = false;
  private _v: V | undefined;
  get value(): V {
    if (!this._has) throw propertyNotLoaded("ClientResult", "value");
    return this._v as V;
  }
  _set(v: V): void {
    this._v = v;
    this._has = true;
  }
}

// ------------------------------------------------------------------ load specs

function pathsOf(spec: unknown): string[] {
  if (spec === undefined || spec === null) return [];
  if (typeof spec === "string") {
    return spec
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
  }
  if (Array.isArray(spec)) return spec.flatMap((s) => pathsOf(s));
  if (typeof spec === "object") {
    const o = spec as Record<string, unknown>;
    if ("select" in o || "expand" in o) {
      const sel = typeof o.select === "string" ? pathsOf(o.select) : [];
      const exp = typeof o.expand === "string" ? pathsOf(o.expand) : [];
      return [...sel, ...exp];
    }
    const out: string[] = [];
    for (const [k, v] of Object.entries(o)) {
      if (k.startsWith("$")) continue; // $all/$top/$skip: not simulated
      if (v === true) out.push(k);
      else if (typeof v === "object" && v !== null) for (const p of pathsOf(v)) out.push(`${k}/${p}`);
    }
    return out;
  }
  throw invalidArgument(`Invalid load argument ${JSON.stringify(spec)}`);
}

// ------------------------------------------------------------------ the request context

export class SimRequestContext {
  readonly _env: SimEnv;
  private _queue: Op[] = [];
  private _closed = false;
  private _syncNo = 0;
  /** Whose changes this context makes: the add-in's, or the planner's own edits (a test and harness hook). */
  _trigger: TriggerSource = "ThisLocalAddin";
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

    if (limits.payloadLimitBytes !== null && requestBytes > limits.payloadLimitBytes) {
      finish(0);
      record.error = "RequestPayloadSizeLimitExceeded";
      throw new SimOfficeError(
        "RequestPayloadSizeLimitExceeded",
        `The request payload size has exceeded the limit (${requestBytes} > ${limits.payloadLimitBytes} bytes).`,
      );
    }

    const tx = new Journal();
    const out: Delivery[] = [];
    for (const op of ops) {
      try {
        if (!versionAtLeast(limits.apiVersion, op.api)) throw apiNotFound(op.label);
        this._injectFault(op.label);
        op.run(tx, out);
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
    for (const d of out) d.apply();
    this._env.events.deliver(tx, this._trigger, limits.apiVersion);
  }
}

export function apiNotFound(what: string): SimOfficeError {
  return new SimOfficeError(
    "ApiNotFound",
    `The API you are trying to use could not be found. It may be available in a newer version of Excel. (${what})`,
  );
}
