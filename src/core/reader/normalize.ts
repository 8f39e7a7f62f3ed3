// Text normalisation for matching: one output character per input character, so matches can quote the original.

const LATIN_LOOKALIKE: Record<string, string> = {
  A: "а",
  B: "в",
  C: "с",
  E: "е",
  H: "н",
  K: "к",
  M: "м",
  O: "о",
  P: "р",
  T: "т",
  X: "х",
  Y: "у",
  a: "а",
  c: "с",
  e: "е",
  o: "о",
  p: "р",
  x: "х",
  y: "у",
  k: "к",
  m: "м",
};
const isCyr = (c: number) => (c >= 0x410 && c <= 0x44f) || c === 0x401 || c === 0x451;
const isLat = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

function lower(c: number): number {
  if ((c >= 0x410 && c <= 0x42f) || (c >= 65 && c <= 90)) return c + 0x20;
  if (c === 0x401 || c === 0x451) return 0x435; // ё → е
  if (c === 0x3007) return 0x43e; // 〇 → о
  if (c < 128 || (c >= 0x430 && c <= 0x44f)) return c;
  const l = String.fromCharCode(c).toLowerCase();
  return l.length === 1 ? l.charCodeAt(0) : c;
}

const LOOKALIKE_CODE = new Map<number, number>(
  Object.entries(LATIN_LOOKALIKE).map(([k, v]) => [k.charCodeAt(0), v.charCodeAt(0)]),
);
let buf = new Uint16Array(256);

/**
 * Lower case, ё→е, the CJK «〇» OCR reads for «о», and Latin look-alike letters inside words that also hold
 * Cyrillic letters («Кванториум» typed with a Latin «a») turned Cyrillic. Same length as the input.
 */
export function normalize(text: string): string {
  const n = text.length;
  if (buf.length < n) buf = new Uint16Array(n * 2);
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isCyr(c) || isLat(c)) {
      let j = i;
      let cyr = false;
      let lat = false;
      for (; j < n; j++) {
        const d = text.charCodeAt(j);
        if (isCyr(d)) cyr = true;
        else if (isLat(d)) lat = true;
        else break;
      }
      const mix = cyr && lat;
      for (let k = i; k < j; k++) {
        const d = text.charCodeAt(k);
        buf[k] = (mix ? LOOKALIKE_CODE.get(d) : undefined) ?? lower(d);
      }
      i = j;
    } else {
      buf[i] = lower(c);
      i++;
    }
  }
  // One string per call instead of one per character.
  let out = "";
  for (let k = 0; k < n; k += 8192) out += String.fromCharCode(...buf.subarray(k, Math.min(n, k + 8192)));
  return out;
}

/** normalize() without any white space, for header cells that OCR or Word split («От ветственный»). */
export function squash(text: string): string {
  return normalize(text).replace(/\s+/g, "");
}

/** Collapses runs of white space (line breaks included) to one space and trims. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
