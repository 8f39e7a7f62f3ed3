import { Journal } from "./book";
import { SimOfficeError, invalidArgument, propertyNotLoaded } from "./errors";
import type { SimRequestContext } from "./context";
import { type SimEnv, jsonBytes } from "./env";

/** Proxy objects of the simulated Excel: per-class metadata, load specs, and the base class every Excel object extends. */

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

export function pathsOf(spec: unknown): string[] {
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
