/**
 * The length of JSON.stringify(v) without building the string: payload budgets (Office.js's 5 MB) are counted on
 * big 2-D writes, where stringifying each one only to measure it made the pane's longest tasks and most garbage.
 */

/** Characters JSON escapes (quote, backslash, controls, lone surrogates, U+2028/9 are left to JSON.stringify). */
// eslint-disable-next-line no-control-regex -- the control characters are exactly what JSON escapes
const ESCAPED = /["\\\u0000-\u001f\ud800-\udfff]/;

/** JSON.stringify(s).length counted, not built (the add-in's store records are JSON text, full of quotes). */
function escapedLength(s: string): number {
  let n = s.length + 2;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x22 || c === 0x5c || c === 0x08 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d)
      n += 1;
    else if (c < 0x20)
      n += 5; // \u00XX
    else if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff)
        i++; // a pair is written as it is
      else n += 5; // a lone high surrogate is written as \uXXXX
    } else if (c >= 0xdc00 && c <= 0xdfff) n += 5; // a lone low surrogate
  }
  return n;
}

export function jsonLength(v: unknown): number {
  switch (typeof v) {
    case "string":
      return ESCAPED.test(v) ? escapedLength(v) : v.length + 2;
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
        for (let i = 0; i < v.length; i++) {
          const x: unknown = v[i];
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
