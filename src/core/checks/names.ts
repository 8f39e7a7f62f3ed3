/** People named in responsible cells («Баник Я.В.», «В.М. Хомутова») and spellings of one name that differ slightly. */

export interface NameOccurrence {
  /** As written, spaces normalised: «Баник Я.В.». */
  text: string;
  surname: string;
  initials: string;
  address: string;
}

const SURNAME_FIRST = /([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)\s+([А-ЯЁ])\.\s?([А-ЯЁ])\.?/gu;
const INITIALS_FIRST = /(?<![А-ЯЁа-яё])([А-ЯЁ])\.\s?([А-ЯЁ])\.\s?([А-ЯЁ][а-яё]{2,}(?:-[А-ЯЁ][а-яё]+)?)/gu;

// Capitalised words that precede initials but are not surnames («Отв. Иванов И.И.» is fine; «Департамент А.Б.» is not a name).
const NOT_SURNAMES = new Set([
  "отв",
  "ответственный",
  "ответственные",
  "начальник",
  "заместитель",
  "министр",
]);

export function extractNames(text: string, address: string): NameOccurrence[] {
  const out: NameOccurrence[] = [];
  const taken: [number, number][] = [];
  for (const m of text.matchAll(SURNAME_FIRST)) {
    const surname = m[1]!;
    if (NOT_SURNAMES.has(surname.toLowerCase())) continue;
    const initials = `${m[2]}.${m[3]}.`;
    out.push({ text: `${surname} ${initials}`, surname, initials, address });
    taken.push([m.index!, m.index! + m[0].length]);
  }
  for (const m of text.matchAll(INITIALS_FIRST)) {
    const start = m.index!;
    if (taken.some(([a, b]) => start < b && start + m[0].length > a)) continue;
    const surname = m[3]!;
    const initials = `${m[1]}.${m[2]}.`;
    out.push({ text: `${initials} ${surname}`, surname, initials, address });
  }
  return out;
}

/** Levenshtein distance with an early exit above `max` (names are short). */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

function key(s: string): string {
  return s.toLowerCase().replace(/ё/g, "е");
}

/** Masculine and feminine forms of one surname are two people, not a typo («Андреев» / «Андреева»). */
function genderPair(a: string, b: string): boolean {
  const [s, l] = a.length < b.length ? [a, b] : [b, a];
  if (l === s + "а") return true;
  const stem = (x: string) => x.replace(/(ий|ый|ой|ая)$/, "");
  return /(ий|ый|ой|ая)$/.test(s) && /(ий|ый|ой|ая)$/.test(l) && stem(s) === stem(l);
}

/** Two surnames with the same initials this close are one person spelled two ways. */
export function isVariant(a: NameOccurrence, b: NameOccurrence): boolean {
  if (a.initials !== b.initials) return false;
  const x = key(a.surname);
  const y = key(b.surname);
  if (x === y || genderPair(x, y)) return false;
  const limit = Math.min(x.length, y.length) >= 8 ? 2 : 1;
  return editDistance(x, y, limit) <= limit;
}
