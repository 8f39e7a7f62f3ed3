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
const CYR = /[А-Яа-яЁё]/;
const LAT = /[A-Za-z]/;

function lower1(ch: string): string {
  const l = ch.toLowerCase();
  return l.length === 1 ? l : ch;
}

/**
 * Lower case, ё→е, the CJK «〇» OCR reads for «о», and Latin look-alike letters inside words that also hold
 * Cyrillic letters («Кванториум» typed with a Latin «a») turned Cyrillic. Same length as the input.
 */
export function normalize(text: string): string {
  const out = new Array<string>(text.length);
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (CYR.test(ch) || LAT.test(ch)) {
      let j = i;
      let cyr = false;
      let lat = false;
      while (j < text.length && (CYR.test(text[j]!) || LAT.test(text[j]!))) {
        if (CYR.test(text[j]!)) cyr = true;
        else lat = true;
        j++;
      }
      for (let k = i; k < j; k++) {
        const c = text[k]!;
        const mapped = cyr && lat && LATIN_LOOKALIKE[c] !== undefined ? LATIN_LOOKALIKE[c]! : lower1(c);
        out[k] = mapped === "ё" ? "е" : mapped;
      }
      i = j;
    } else {
      out[i] = ch === "〇" ? "о" : ch;
      i++;
    }
  }
  return out.join("");
}

/** normalize() without any white space, for header cells that OCR or Word split («От ветственный»). */
export function squash(text: string): string {
  return normalize(text).replace(/\s+/g, "");
}

/** Collapses runs of white space (line breaks included) to one space and trims. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
