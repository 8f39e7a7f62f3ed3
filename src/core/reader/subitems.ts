// Sub-items inside one cell: «Утверждение: 1) …; 2) …», «1. … 2. …», «- …; - …».
import { oneLine } from "./normalize";

interface Marker {
  start: number;
  end: number;
  kind: "paren" | "dot" | "dash";
  n: number;
}

const NUMBERED = /(^|[\s:;(])(\d{1,2})([.)])(?=\s)/g;
const DASH = /(^|\n|[:;])([^\S\n]*)([-–—•])\s+/g;

/** Numbered markers of each style that count 1, 2, 3 … in order; anything else is part of the text. */
function sequences(text: string): { paren: Marker[]; dot: Marker[] } {
  const paren: Marker[] = [];
  const dot: Marker[] = [];
  for (const m of text.matchAll(NUMBERED)) {
    const out = m[3] === ")" ? paren : dot;
    const n = Number(m[2]);
    const start = m.index! + m[1]!.length;
    if (n === out.length + 1)
      out.push({ start, end: m.index! + m[0].length, kind: m[3] === ")" ? "paren" : "dot", n });
  }
  return { paren, dot };
}

function clean(t: string): string {
  return oneLine(t).replace(/[\s;,.]+$/, "");
}

function join(...parts: string[]): string {
  return parts.filter((p) => p !== "").join(" ");
}

/** The measures listed inside one cell, each with the lead-in it hangs from; [] when the cell holds one measure. */
export function splitSubItems(text: string): string[] {
  if (text.length < 6) return [];
  // Most titles hold one measure: skip the regex scans unless a marker can be there.
  const maybeNumbered = /\d[.)]\s/.test(text);
  const maybeDash = /[-–—•]\s/.test(text);
  if (!maybeNumbered && !maybeDash) return [];
  const { paren, dot } = maybeNumbered ? sequences(text) : { paren: [], dot: [] };
  const numbered = paren.length >= dot.length ? paren : dot;
  const dashes: Marker[] = maybeDash
    ? [...text.matchAll(DASH)].map((m) => ({
        start: m.index! + m[1]!.length + m[2]!.length,
        end: m.index! + m[0].length,
        kind: "dash" as const,
        n: 0,
      }))
    : [];
  const top = numbered.length >= 2 ? numbered : dashes.length >= 2 ? dashes : [];
  if (top.length === 0) return [];
  const nested = top === numbered ? dashes.filter((d) => d.start > top[0]!.start) : [];
  const intro = clean(text.slice(0, top[0]!.start));
  const prefix = intro.endsWith(":") ? intro : "";
  const items: string[] = [];
  top.forEach((m, i) => {
    const stop = i + 1 < top.length ? top[i + 1]!.start : text.length;
    const kids = nested.filter((d) => d.start > m.start && d.start < stop);
    const own = clean(text.slice(m.end, kids.length ? kids[0]!.start : stop));
    if (kids.length === 0) {
      if (own) items.push(join(prefix, own));
      return;
    }
    // «2. Утверждение: - a; - b» is two measures, «Утверждение: a» and «Утверждение: b».
    const lead = own.endsWith(":") ? own : "";
    if (!lead && own) items.push(join(prefix, own));
    kids.forEach((k, j) => {
      const t = clean(text.slice(k.end, j + 1 < kids.length ? kids[j + 1]!.start : stop));
      if (t) items.push(join(prefix, lead, t));
    });
  });
  return items.length >= 2 ? items : [];
}
