/** Gaps and repeats in the «№ п/п» column: «5.3» followed by «5.5», «3.» written twice. */

export interface NumberedRow {
  pos: number;
  number: string | null;
  /** A number counted as written but never reported at (a dropped item's «7. Исключён», which is not a row). */
  silent?: boolean;
}

export interface NumberingGap {
  pos: number;
  /** The number before the gap and the one after it, as written. */
  previous: string | null;
  current: string;
  /** The missing numbers, e.g. ["9.3", "9.4"]. */
  missing: string[];
}

export interface NumberingRepeat {
  pos: number;
  firstPos: number;
  number: string;
}

/** «5.3.» → [5, 3]; null when the cell is not a dotted number (at most four levels of three digits). */
export function numberParts(n: string | null): number[] | null {
  if (n === null) return null;
  const t = n.trim();
  const parts: number[] = [];
  let cur = -1;
  let digits = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (++digits > 3) return null;
      cur = (cur < 0 ? 0 : cur * 10) + (c - 48);
    } else if (c === 46 && cur >= 0) {
      parts.push(cur);
      cur = -1;
      digits = 0;
    } else if (c === 46 && parts.length > 0 && t.slice(i).replace(/\./g, "") === "") {
      break; // trailing dots: «5.3..»
    } else {
      return null;
    }
  }
  if (cur >= 0) parts.push(cur);
  return parts.length > 0 && parts.length <= 4 ? parts : null;
}

/** A number's first `len` parts as one integer (the length leads, each part is below 1000): a Map key without strings. */
function partsKey(parts: readonly number[], len: number): number {
  let k = len;
  for (let i = 0; i < len; i++) k = k * 1000 + parts[i]!;
  return k;
}

export function checkNumbering(rows: readonly NumberedRow[]): {
  gaps: NumberingGap[];
  repeats: NumberingRepeat[];
} {
  const gaps: NumberingGap[] = [];
  const repeats: NumberingRepeat[] = [];
  const firstAt = new Map<number, number>();
  // Last number seen under each parent (key of the parent's parts), with the parts it was written as.
  const lastN = new Map<number, number>();
  const lastParts = new Map<number, number[]>();

  for (const r of rows) {
    const parts = numberParts(r.number);
    if (!parts) continue;
    const key = partsKey(parts, parts.length);
    const seen = firstAt.get(key);
    if (seen !== undefined) {
      if (!r.silent) repeats.push({ pos: r.pos, firstPos: seen, number: parts.join(".") });
      continue;
    }
    if (!r.silent) firstAt.set(key, r.pos);
    const parentKey = partsKey(parts, parts.length - 1);
    const n = parts[parts.length - 1]!;
    const prevN = lastN.get(parentKey);
    // A list may start at its first number only; a later one means the ones before it are missing.
    const expected = prevN !== undefined ? prevN + 1 : 1;
    if (n > expected && !r.silent) {
      const parent = parts.slice(0, -1).join(".");
      const prefix = parent === "" ? "" : `${parent}.`;
      const missing: string[] = [];
      for (let k = expected; k < n && missing.length < 50; k++) missing.push(`${prefix}${k}`);
      const prev = lastParts.get(parentKey);
      gaps.push({ pos: r.pos, previous: prev ? prev.join(".") : null, current: parts.join("."), missing });
    }
    if (prevN === undefined || n > prevN) {
      lastN.set(parentKey, n);
      lastParts.set(parentKey, parts);
    }
    // «1.1 … 1.5» then «2»: item 1 is there through its sub-items (its heading row is a section, not a row here).
    // Only counted as written: a heading with no sub-item left may stand between, so no gap is told from them.
    for (let len = 1; len < parts.length; len++) {
      const up = partsKey(parts, len - 1);
      if ((lastN.get(up) ?? 0) >= parts[len - 1]!) continue;
      lastN.set(up, parts[len - 1]!);
      lastParts.set(up, parts.slice(0, len));
    }
  }
  return { gaps, repeats };
}
