import { stem, words } from "../match/normalize";

/** The key terms of a planner template's items: each title's distinctive words, weighted by rarity across the items. */

// Words every row of a roadmap shares (programme names, «создание и функционирование»): useless as key terms.
const GENERIC = new Set(
  (
    "центр центров центра точка точки роста кванториум кванториума кванториумов школьный школьного школьных детский детских " +
    "технопарк технопарков цос it куб создание создания создаются функционирование функционирования организация организаций " +
    "организации общеобразовательных общеобразовательной образовательных проведение проведения мероприятие мероприятия " +
    "субъекта российской федерации региональный регионального рамках обеспечение базе которых которой"
  )
    .split(/\s+/)
    .map((w) => stem(w)),
);

/** Up to six terms per text, rarest (then longest) first; weight 1 + ln(n / texts containing it), two decimals. */
export function deriveTerms(texts: readonly string[]): { term: string; weight: number }[][] {
  const docs = texts.map((t) => {
    const seen = new Map<string, string>();
    for (const w of words(t)) {
      const s = stem(w);
      if (s.length < 3 || GENERIC.has(s) || seen.has(s)) continue;
      seen.set(s, w);
    }
    return seen;
  });
  const df = new Map<string, number>();
  for (const d of docs) for (const s of d.keys()) df.set(s, (df.get(s) ?? 0) + 1);
  const n = Math.max(docs.length, 1);
  return docs.map((d) =>
    [...d.entries()]
      .map(([s, w]) => ({
        term: w,
        weight: Math.round((1 + Math.log(n / df.get(s)!)) * 100) / 100,
        len: s.length,
      }))
      .sort((a, b) => b.weight - a.weight || b.len - a.len)
      .slice(0, 6)
      .map(({ term, weight }) => ({ term, weight })),
  );
}
