// Tokens of a normalised deadline text, with their place in it and whether they sit inside brackets.

export interface Tok {
  t: "num" | "word" | "p";
  v: string;
  /** [s, e) in the normalised text. */
  s: number;
  e: number;
  /** Inside a bracketed clause «( … )». */
  br: boolean;
}

// Normalised text: letters are [a-zа-я] only.
const TOKEN = /(\d+)|([a-zа-я]+)|([^\sa-zа-я\d])/g;

export function tokenize(s: string): Tok[] {
  const out: Tok[] = [];
  let depth = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(s); m; m = TOKEN.exec(s)) {
    const v = m[0];
    const t = m[1] ? "num" : m[2] ? "word" : "p";
    if (v === "(") {
      out.push({ t, v, s: m.index, e: m.index + v.length, br: true });
      depth++;
      continue;
    }
    if (v === ")") {
      out.push({ t, v, s: m.index, e: m.index + v.length, br: depth > 0 });
      depth = Math.max(0, depth - 1);
      continue;
    }
    out.push({ t, v, s: m.index, e: m.index + v.length, br: depth > 0 });
  }
  return out;
}

export const isNum = (tk: Tok | undefined, maxLen = 4, minLen = 1): boolean =>
  !!tk && tk.t === "num" && tk.v.length <= maxLen && tk.v.length >= minLen;
export const isP = (tk: Tok | undefined, ...ch: string[]): boolean =>
  !!tk && tk.t === "p" && ch.includes(tk.v);
export const isW = (tk: Tok | undefined, ...w: string[]): boolean =>
  !!tk && tk.t === "word" && w.includes(tk.v);
export const wordStarts = (tk: Tok | undefined, ...pre: string[]): boolean =>
  !!tk && tk.t === "word" && pre.some((p) => tk.v.startsWith(p));
