import { newStemmer } from "snowball-stemmers";
import { LATIN_LOOKALIKES } from "../lookalikes";

/** Text → normalised words → Russian stems, with the OCR repairs seen in the seeds. */

const stemmer = newStemmer("russian");

// Latin letters that OCR puts in Russian words («Opi-анизация», «napiпорой», «1Т-куб»); mapped only inside mixed words.
const LOOKALIKE: Record<string, string> = { ...LATIN_LOOKALIKES, n: "п", r: "г", u: "и" };

const CYRILLIC = /[а-я]/;
const LATIN = /[a-z]/;

// Function words that carry no meaning for matching; kept short on purpose (negations and «не позднее» are deadline matters).
const STOPWORDS = new Set(
  (
    "и в во на по для с со о об обо из к ко от до за при а или же ли то что как также том числе т ч " +
    "а также его ее их этом этого этой которые который которая которое настоящего далее др г гг год года"
  ).split(/\s+/),
);

/** Lower case, ё→е, Latin look-alikes inside Cyrillic words → Cyrillic. */
export function normalizeWord(word: string): string {
  let w = word.toLowerCase().replace(/ё/g, "е");
  if (LATIN.test(w) && CYRILLIC.test(w)) {
    let out = "";
    for (const ch of w) out += LOOKALIKE[ch] ?? ch;
    w = out;
  }
  return w;
}

// Decimal digits only: a footnote mark glued to a word («Инфраструктурный лист²», «план¹») is not part of it.
const WORD_RE = /[\p{L}\p{Nd}]+/gu;

/** Words of a text, normalised; hyphenated words give their parts («дизайн-проекта» → «дизайн», «проекта»). */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(WORD_RE)) {
    const w = normalizeWord(m[0]);
    if (w.length === 0 || STOPWORDS.has(w)) continue;
    // Digits-only tokens are numbering, not content; a digit inside letters is OCR noise for a letter («1Т-куб»).
    if (/^\d+$/.test(w)) continue;
    out.push(w.replace(/\d/g, ""));
  }
  // «обще-⏎образовательных»: a word a Word or PDF line end broke with a hyphen is also read whole; its parts stay, as
  // «дизайн-⏎проекта» may be a compound broken at its own hyphen (a word too many matches nothing).
  for (const m of text.matchAll(LINE_END_HYPHEN_RE)) out.push(normalizeWord(m[1]! + m[2]!));
  return out.filter((w) => w.length > 0);
}

const LINE_END_HYPHEN_RE = /(\p{L}+)[-\u00AD\u2010][ \t]*\r?\n[ \t]*(\p{Ll}+)/gu;

const stemCache = new Map<string, string>();
const STEM_CACHE_MAX = 50_000;

export function stem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = word.length <= 2 ? word : stemmer.stem(word);
    if (stemCache.size >= STEM_CACHE_MAX) stemCache.clear();
    stemCache.set(word, s);
  }
  return s;
}

export function stems(text: string): string[] {
  return words(text).map(stem);
}

/**
 * Whether two stems are the same word. Snowball keeps fleeting vowels apart («закупк» / «закупок», «площадк» /
 * «площадок»), so stems of five letters or more also match when they differ only after a shared prefix one shorter.
 */
export function sameStem(a: string, b: string): boolean {
  if (a === b) return true;
  const short = a.length <= b.length ? a : b;
  const long = short === a ? b : a;
  if (short.length < 5) return false;
  let i = 0;
  while (i < short.length && short.charCodeAt(i) === long.charCodeAt(i)) i++;
  return i >= short.length - 1 && long.length - i <= 2;
}

/** Bucket key for `sameStem` lookups: words matching each other share their first four letters. */
export function stemKey(s: string): string {
  return s.length < 5 ? s : s.slice(0, 4);
}
