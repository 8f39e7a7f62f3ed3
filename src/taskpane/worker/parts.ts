/**
 * A big answer crosses from the worker in parts: each long array (findings, report rows, sheet rows) is sent in
 * slices of PART_ITEMS, one message each, so the pane copies it in many short tasks instead of one long one.
 * The rest (the skeleton) comes last, with a marker where each long array was; the pane puts the slices back.
 */

export const PART_ITEMS = 500;

/** Stands for a long array in the skeleton: how many slices of it were sent before. */
const MARK = "\u0000parts";

type Marker = { [MARK]: number };

function isMarker(v: unknown): v is Marker {
  return typeof v === "object" && v !== null && MARK in v;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== "object" || v === null) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
}

/** The skeleton of `value` and the slices of its long arrays, in the order `join` takes them back. */
export function split(value: unknown, items = PART_ITEMS): { skeleton: unknown; parts: unknown[][] } {
  const parts: unknown[][] = [];
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) {
      if (v.length <= items) return v.map(walk);
      let n = 0;
      // Elements of a long array are sent as they are: what is long is the array, not its items.
      for (let i = 0; i < v.length; i += items, n++) parts.push(v.slice(i, i + items));
      return { [MARK]: n } satisfies Marker;
    }
    if (!isPlainObject(v)) return v; // strings, numbers, Maps, Dates: cloned as they are
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v)) out[k] = walk(v[k]);
    return out;
  };
  return { skeleton: walk(value), parts };
}

/** The value `split` took apart, from its skeleton and its slices in the order they were sent. */
export function join(skeleton: unknown, parts: readonly unknown[][]): unknown {
  let next = 0;
  const walk = (v: unknown): unknown => {
    if (isMarker(v)) {
      const out: unknown[] = [];
      for (let i = 0; i < v[MARK]; i++) for (const x of parts[next++]!) out.push(x);
      return out;
    }
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) v[i] = walk(v[i]);
      return v;
    }
    if (!isPlainObject(v)) return v;
    for (const k of Object.keys(v)) v[k] = walk(v[k]);
    return v;
  };
  const out = walk(skeleton);
  if (next !== parts.length)
    throw new Error(`core worker: ${parts.length - next} parts of the answer left over`);
  return out;
}
