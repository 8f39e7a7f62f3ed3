// Text normalisation that remembers, for every output character, where it came from in the cell text,
// so the parser can report the span it used in the planner's own text.

import { LATIN_LOOKALIKES } from "../lookalikes";
import { isMonthForm } from "./lexicon";

export interface Normalized {
  /** Lower-case, ё→е, one kind of dash, single spaces, footnote marks and OCR debris removed. */
  s: string;
  /** map[i] = index in the original text of s[i]; map[s.length] = original length. */
  map: number[];
  /** Characters were repaired or dropped as OCR debris (lowers confidence). */
  ocr: boolean;
  /** The text was longer than the parser reads. */
  truncated: boolean;
}

export const MAX_TEXT = 2000;

const DASHES = /[\u2010-\u2015\u2212\u2043\uFE58\uFE63\uFF0D\u2E3A\u2E3B]/;
const SPACES = /[\s\u00A0\u1680\u2000-\u200B\u202F\u205F\u3000\uFEFF]/;
// Footnote marks planners put inside or after dates: asterisks, superscript digits, daggers.
const FOOTNOTES = /[*\u00B9\u00B2\u00B3\u2070-\u207F\u2020\u2021\u2022]/;
const QUOTES = /[«»"“”„‟'‘’‚]/;
const COMBINING = /[\u0300-\u036F]/;
// Characters that OCR of Russian scans produces in place of letters (seen in seed 004).
const OCR_LETTERS: Record<string, string> = {
  "「": "г",
  厂: "г",
  〇: "о",
  丁: "т",
  "，": ",",
  "《": '"',
  "》": '"',
  і: "i",
  ӏ: "i",
};
const KEEP = /[a-zа-я0-9 .,;:()\-/+"№]/;

class Builder {
  chars: string[] = [];
  map: number[] = [];
  push(ch: string, from: number): void {
    this.chars.push(ch);
    this.map.push(from);
  }
}

/** Rebuilds s with a regex replacement; replaced characters map to the match's first (or last) source index. */
function replaceMapped(
  n: { s: string; map: number[] },
  re: RegExp,
  fn: (m: RegExpExecArray) => string,
): void {
  re.lastIndex = 0;
  if (!re.test(n.s)) return;
  const out = new Builder();
  let last = 0;
  re.lastIndex = 0;
  for (let m = re.exec(n.s); m; m = re.exec(n.s)) {
    for (let i = last; i < m.index; i++) out.push(n.s[i]!, n.map[i]!);
    const rep = fn(m);
    if (m[0].length === 0) {
      // An insertion: the new characters belong to the character that follows.
      for (const ch of rep) out.push(ch, n.map[m.index]!);
      last = m.index;
      re.lastIndex = m.index + 1;
      continue;
    }
    const first = n.map[m.index]!;
    const lastSrc = n.map[m.index + m[0].length - 1]!;
    for (let k = 0; k < rep.length; k++) out.push(rep[k]!, k === rep.length - 1 && k > 0 ? lastSrc : first);
    last = m.index + m[0].length;
  }
  for (let i = last; i < n.s.length; i++) out.push(n.s[i]!, n.map[i]!);
  const end = n.map[n.s.length]!;
  n.s = out.chars.join("");
  n.map = [...out.map, end];
}

/** What one source character becomes (possibly nothing or a space), and whether that is an OCR repair. */
interface CharRule {
  out: string;
  ocr: boolean;
}
const charRules = new Map<string, CharRule>();

function ruleFor(raw: string): CharRule {
  let r = charRules.get(raw);
  if (r) return r;
  if (FOOTNOTES.test(raw) || COMBINING.test(raw)) r = { out: "", ocr: false };
  else if (SPACES.test(raw)) r = { out: " ", ocr: false };
  else if (DASHES.test(raw)) r = { out: "-", ocr: false };
  else if (QUOTES.test(raw)) r = { out: '"', ocr: false };
  else if (OCR_LETTERS[raw] !== undefined) r = { out: OCR_LETTERS[raw]!, ocr: true };
  else {
    let out = "";
    let ocr = false;
    for (const c of raw.toLowerCase()) {
      const ch = c === "ё" ? "е" : c;
      if (KEEP.test(ch)) out += ch;
      else {
        // A letter or digit of another script is OCR debris, not something a planner typed.
        if (/\p{L}|\p{N}/u.test(ch)) ocr = true;
        out += " ";
      }
    }
    r = { out, ocr };
  }
  if (charRules.size < 10_000) charRules.set(raw, r);
  return r;
}

const ONLY_LOOKALIKES = new RegExp(`^[${Object.keys(LATIN_LOOKALIKES).join("")}]+$`);
const WORD = /[a-zа-я]+/g;

/**
 * Latin look-alikes inside Russian words («дeкaбpя») made Russian, and whole words of them («HE» in «HE ПOЗДHEE»)
 * too when no word of the cell is English («by 1 September»). Same length: the map stays as it is.
 */
function cyrillicLookalikes(n: { s: string }): void {
  const words = n.s.match(WORD);
  if (!words || !words.some((w) => /[а-я]/.test(w)) || !words.some((w) => /[a-z]/.test(w))) return;
  const english = words.some((w) => !/[а-я]/.test(w) && !ONLY_LOOKALIKES.test(w));
  n.s = n.s.replace(WORD, (w) => {
    const mixed = /[а-я]/.test(w) && /[a-z]/.test(w);
    const disguised = !english && ONLY_LOOKALIKES.test(w);
    return mixed || disguised ? w.replace(/[a-z]/g, (c) => LATIN_LOOKALIKES[c] ?? c) : w;
  });
}

const SEASON = /(?<![a-zа-я])(весн(?:а|ой|у|е)|лет(?:о|ом)|осен(?:ь|ью))(?= \d{4}(?!\d))/g;
const SEASON_MONTHS: Record<string, string> = { вес: "март-май", лет: "июнь-август", осе: "сентябрь-ноябрь" };

const LINE_END_HYPHEN = /[-\u00AD\u2010][ \t]*\r?\n[ \t]*(?=\p{Ll})/uy;
const LETTERS_BEFORE = /\p{L}+$/u;
const LETTERS_AFTER = /^\p{L}+/u;

/**
 * How many characters from i are a hyphen a Word or PDF line end broke a word with («де-⏎кабря», «федераль-⏎ного»),
 * to drop so the word is whole again; 0 if none. «сентябрь-⏎октябрь» stays a range: a month before, no month joined.
 */
function lineEndHyphen(src: string, i: number): number {
  if (i === 0 || !/\p{Ll}/u.test(src[i - 1]!)) return 0;
  LINE_END_HYPHEN.lastIndex = i;
  const m = LINE_END_HYPHEN.exec(src);
  if (!m) return 0;
  const word = (w: string) => w.toLowerCase().replace(/ё/g, "е");
  const before = word(LETTERS_BEFORE.exec(src.slice(Math.max(0, i - 20), i))?.[0] ?? "");
  const after = word(LETTERS_AFTER.exec(src.slice(i + m[0].length, i + m[0].length + 20))?.[0] ?? "");
  return isMonthForm(before + after) || !isMonthForm(before) ? m[0].length : 0;
}

export function normalize(text: string): Normalized {
  const truncated = text.length > MAX_TEXT;
  const src = truncated ? text.slice(0, MAX_TEXT) : text;
  const b = new Builder();
  let ocr = false;
  for (let i = 0; i < src.length; i++) {
    const code = src.charCodeAt(i);
    // Fast path: lower-case Latin/Cyrillic letters (ё aside), digits and plain punctuation pass unchanged.
    if (
      (code >= 0x61 && code <= 0x7a) ||
      (code >= 0x430 && code <= 0x44f) ||
      (code >= 0x30 && code <= 0x39) ||
      code === 0x20 ||
      code === 0x2e ||
      code === 0x2c
    ) {
      b.push(src[i]!, i);
      continue;
    }
    const broken = code === 0x2d || code === 0xad || code === 0x2010 ? lineEndHyphen(src, i) : 0;
    if (broken > 0) {
      i += broken - 1;
      continue;
    }
    const r = ruleFor(src[i]!);
    if (r.ocr) ocr = true;
    for (const ch of r.out) b.push(ch, i);
  }
  const n = { s: b.chars.join(""), map: [...b.map, src.length] };
  cyrillicLookalikes(n);

  // 〇 / o read inside a number is a zero («2〇23»).
  replaceMapped(n, /(?<=\d)[оo](?=\d)|(?<=\d)[оo](?=[оo]?\d)/g, () => "0");
  // Letters and digits glued together («2024года», «2023г.», «1й»): split.
  replaceMapped(n, /(?<=\d)(?=[a-zа-я])|(?<=[a-zа-я])(?=\d)/g, () => " ");
  // OCR of «г.» after a year: «2023 I".», «2023 l'».
  replaceMapped(n, /(?<=\d{4} ?)[il|1]"\.?(?![a-zа-я0-9])/g, () => {
    ocr = true;
    return "г.";
  });
  // «весна 2027 г.», «осенью 2027 года»: a season of a year is its three months (winter spans two years: left alone).
  replaceMapped(n, SEASON, (m) => SEASON_MONTHS[m[1]!.slice(0, 3)]!);
  replaceMapped(n, / {2,}/g, () => " ");
  replaceMapped(n, / (?=[.,;:)])|(?<=\() /g, () => "");
  // Trim (keeping the map aligned).
  const lead = n.s.length - n.s.trimStart().length;
  const trail = n.s.length - n.s.trimEnd().length;
  const s = n.s.slice(lead, n.s.length - trail);
  const map = [
    ...n.map.slice(lead, n.s.length - trail),
    trail > 0 ? n.map[n.s.length - trail]! : n.map[n.s.length]!,
  ];
  return { s, map, ocr, truncated };
}
