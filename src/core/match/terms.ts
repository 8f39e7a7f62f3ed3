import type { Edition, TemplateItem } from "../templates/schema";
import { sameStem, stemKey, stems } from "./normalize";
import { withFormWords } from "./paraphrase";

/** An edition's key terms compiled to stems, and the scoring of a text against every item. */

interface CompiledTerm {
  label: string;
  /** Each alternative (the term or a synonym) as indexes into the vocabulary; all must be present. */
  alternatives: number[][];
  weight: number;
}

export interface CompiledItem {
  item: TemplateItem;
  index: number;
  terms: CompiledTerm[];
  /** Sum of the term weights: a text with every term scores 1. */
  total: number;
  minScore: number;
  /** The label of the item's heaviest term, its main word («показателей» for the indicators). */
  mainTerm: string | null;
}

export interface TextScore {
  itemIndex: number;
  /** Sum of the weights of the matched terms. */
  weight: number;
  terms: string[];
}

export interface CompiledEdition {
  edition: Edition;
  items: CompiledItem[];
  score(text: string): TextScore[];
}

// Kept: with the three other memos of 5a071c0 removed, checkSheet took +34 % wall at 10,000 rows (quiet machine).
const compiledCache = new WeakMap<Edition, CompiledEdition>();

export function compileEdition(edition: Edition): CompiledEdition {
  const hit = compiledCache.get(edition);
  if (hit) return hit;

  const vocab: string[] = [];
  const vocabIndex = new Map<string, number>();
  const buckets = new Map<string, number[]>();
  const intern = (s: string): number => {
    let i = vocabIndex.get(s);
    if (i === undefined) {
      i = vocab.length;
      vocab.push(s);
      vocabIndex.set(s, i);
      const key = stemKey(s);
      const b = buckets.get(key);
      if (b) b.push(i);
      else buckets.set(key, [i]);
    }
    return i;
  };

  const items: CompiledItem[] = edition.items.map((item, index) => {
    const terms: CompiledTerm[] = item.terms
      .map((t) => ({
        label: t.term,
        alternatives: [t.term, ...t.synonyms]
          .map((phrase) => stems(phrase).map(intern))
          .filter((alt) => alt.length > 0),
        weight: t.weight,
      }))
      .filter((t) => t.alternatives.length > 0);
    return {
      item,
      index,
      terms,
      total: terms.reduce((s, t) => s + t.weight, 0),
      minScore: item.minScore ?? edition.minScore,
      mainTerm:
        terms.reduce<CompiledTerm | null>((a, t) => (a === null || t.weight > a.weight ? t : a), null)
          ?.label ?? null,
    };
  });

  // Consolidated sheets repeat the same texts across municipalities: score each distinct text once.
  const memo = new Map<string, TextScore[]>();
  const MEMO_MAX = 20_000;

  const score = (text: string): TextScore[] => {
    const cached = memo.get(text);
    if (cached) return cached;
    const present = new Uint8Array(vocab.length);
    for (const s of stems(withFormWords(text))) {
      const exact = vocabIndex.get(s);
      if (exact !== undefined) present[exact] = 1;
      const bucket = buckets.get(stemKey(s));
      if (bucket) for (const v of bucket) if (!present[v] && sameStem(s, vocab[v]!)) present[v] = 1;
    }
    const out: TextScore[] = [];
    for (const ci of items) {
      let weight = 0;
      const terms: string[] = [];
      for (const t of ci.terms) {
        if (t.alternatives.some((alt) => alt.every((v) => present[v] === 1))) {
          weight += t.weight;
          terms.push(t.label);
        }
      }
      if (weight > 0) out.push({ itemIndex: ci.index, weight, terms });
    }
    if (memo.size >= MEMO_MAX) memo.clear();
    memo.set(text, out);
    return out;
  };

  const compiled: CompiledEdition = { edition, items, score };
  compiledCache.set(edition, compiled);
  return compiled;
}
