/**
 * The length of JSON.stringify(v) without building the string: payload budgets (Office.js's 5 MB) are counted on
 * big 2-D writes, where stringifying each one only to measure it made the pane's longest tasks and most garbage.
 */

/** Characters JSON escapes (quote, backslash, controls, lone surrogates, U+2028/9 are left to JSON.stringify). */
// eslint-disable-next-line no-control-regex -- the control characters are exactly what JSON escapes
const ESCAPED = /["\\\u0000-\u001f\ud800-\udfff]/;

export function jsonLength(v: unknown): number {
  switch (typeof v) {
    case "string":
      return ESCAPED.test(v) ? JSON.stringify(v).length : v.length + 2;
    case "number":
      return Number.isFinite(v) ? String(v).length : 4;
    case "boolean":
      return v ? 4 : 5;
    case "undefined":
    case "function":
    case "symbol":
      return 0;
    default:
      if (v === null) return 4;
      if (Array.isArray(v)) {
        let n = v.length > 0 ? v.length + 1 : 2;
        for (const x of v) {
          const t = typeof x;
          // Inside an array, JSON writes undefined, functions and symbols as null.
          n += t === "undefined" || t === "function" || t === "symbol" ? 4 : jsonLength(x);
        }
        return n;
      }
      // Objects (rare, small: cell properties, records) keep the exact rules of toJSON and key order.
      return JSON.stringify(v)?.length ?? 0;
  }
}
