import type { Bilingual } from "../lang";
import { assignMax } from "../match/assign";
import { stems } from "../match/normalize";
import { compileEdition } from "../match/terms";
import type { Confidence } from "../report";
import { templateHash } from "./hash";
import { ruleText } from "./rules";
import type { DeadlineRule, Edition, TemplateItem } from "./schema";

/**
 * What changed between two editions (`roadmap-check templates --diff A B`, the pane's «Шаблон» tab): items added,
 * removed and renamed, and deadline rules that moved, each with its source, so a planner sees why the form changed.
 */

export interface DiffEditionRef {
  id: string;
  generation: number;
  title: Bilingual;
  templateHash: string;
}

export interface DiffItem {
  id: string;
  number: string;
  title: Bilingual;
  /** The rule as a reviewer reads it, relative to the target year («не позднее 1 марта года получения субсидии»). */
  deadline: Bilingual;
  /** Where the item was reconstructed from, as cited. */
  source: string;
  confidence: Confidence;
}

export interface DiffPair {
  from: DiffItem;
  to: DiffItem;
  /** How the two were found to be one item: the same id, or (ids differ) similar wording. */
  matchedBy: "id" | "title";
  /** 0..1 similarity of the wording (1 for a pair with the same title). */
  similarity: number;
}

export interface EditionDiff {
  from: DiffEditionRef;
  to: DiffEditionRef;
  /** Items of B with no counterpart in A, in B's order. */
  added: DiffItem[];
  /** Items of A with no counterpart in B, in A's order. */
  removed: DiffItem[];
  /** Pairs whose title changed, in B's order. */
  renamed: DiffPair[];
  /** Pairs whose deadline rule changed (kind, date, year offset or recurrence; wording and notes aside), in B's order. */
  moved: DiffPair[];
  /** Pairs with neither a new title nor a moved rule. */
  unchanged: number;
}

/** Pairs below this similarity are not the same item: one is removed, the other added. */
export const RENAME_THRESHOLD = 0.5;

function ref(e: Edition): DiffEditionRef {
  return { id: e.id, generation: e.generation, title: e.title, templateHash: templateHash(e) };
}

function diffItem(it: TemplateItem): DiffItem {
  return {
    id: it.id,
    number: it.number,
    title: it.title,
    deadline: ruleText(it.deadline, null),
    source: it.source.document,
    confidence: it.confidence,
  };
}

const norm = (s: string) => s.replace(/\s+/g, " ").trim().toLowerCase();

/** The rule's meaning: its wording, confidence and notes may change without the deadline moving. */
function sameRule(a: DeadlineRule, b: DeadlineRule): boolean {
  return (
    a.kind === b.kind &&
    a.month === b.month &&
    a.day === b.day &&
    a.yearOffset === b.yearOffset &&
    a.cadence === b.cadence
  );
}

function dice(a: readonly string[], b: readonly string[]): number {
  const sa = new Set(a);
  const sb = new Set(b);
  if (sa.size + sb.size === 0) return 0;
  let common = 0;
  for (const s of sa) if (sb.has(s)) common += 1;
  return (2 * common) / (sa.size + sb.size);
}

const wording = (it: TemplateItem) => `${it.title.ru} ${it.text}`;

/**
 * Similarity of two items' wording, 0..1: the better of (a) the share of each item's key terms found in the other's
 * wording, averaged both ways (the matcher's own scoring), and (b) the overlap of their stemmed words.
 */
function similarity(a: Edition, ai: number, b: Edition, bi: number): number {
  const ca = compileEdition(a);
  const cb = compileEdition(b);
  const share = (from: typeof ca, index: number, text: string) => {
    const total = from.items[index]!.total;
    const hit = from.score(text).find((s) => s.itemIndex === index);
    return total > 0 && hit ? Math.min(1, hit.weight / total) : 0;
  };
  const itemA = a.items[ai]!;
  const itemB = b.items[bi]!;
  const terms = (share(ca, ai, wording(itemB)) + share(cb, bi, wording(itemA))) / 2;
  return Math.max(terms, dice(stems(wording(itemA)), stems(wording(itemB))));
}

export function diffEditions(a: Edition, b: Edition): EditionDiff {
  const pairs: { ai: number; bi: number; matchedBy: "id" | "title"; similarity: number }[] = [];
  const aById = new Map(a.items.map((it, i) => [it.id, i]));
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  b.items.forEach((it, bi) => {
    const ai = aById.get(it.id);
    if (ai === undefined) return;
    usedA.add(ai);
    usedB.add(bi);
    const same = norm(a.items[ai]!.title.ru) === norm(it.title.ru);
    pairs.push({ ai, bi, matchedBy: "id", similarity: same ? 1 : similarity(a, ai, b, bi) });
  });

  // Items left on both sides: paired one-to-one by wording (maximum total similarity), when similar enough.
  const restA = a.items.map((_, i) => i).filter((i) => !usedA.has(i));
  const restB = b.items.map((_, i) => i).filter((i) => !usedB.has(i));
  if (restA.length > 0 && restB.length > 0) {
    const sims = restA.map((ai) => restB.map((bi) => similarity(a, ai, b, bi)));
    const weights = sims.map((row) => row.map((s) => (s >= RENAME_THRESHOLD ? s : 0)));
    assignMax(weights).forEach((col, r) => {
      if (col < 0) return;
      const ai = restA[r]!;
      const bi = restB[col]!;
      usedA.add(ai);
      usedB.add(bi);
      pairs.push({ ai, bi, matchedBy: "title", similarity: sims[r]![col]! });
    });
  }
  pairs.sort((x, y) => x.bi - y.bi);

  const renamed: DiffPair[] = [];
  const moved: DiffPair[] = [];
  let unchanged = 0;
  for (const p of pairs) {
    const ia = a.items[p.ai]!;
    const ib = b.items[p.bi]!;
    const pair: DiffPair = {
      from: diffItem(ia),
      to: diffItem(ib),
      matchedBy: p.matchedBy,
      similarity: Math.round(p.similarity * 100) / 100,
    };
    const isRenamed = norm(ia.title.ru) !== norm(ib.title.ru);
    const isMoved = !sameRule(ia.deadline, ib.deadline);
    if (isRenamed) renamed.push(pair);
    if (isMoved) moved.push(pair);
    if (!isRenamed && !isMoved) unchanged += 1;
  }
  return {
    from: ref(a),
    to: ref(b),
    added: b.items.filter((_, i) => !usedB.has(i)).map(diffItem),
    removed: a.items.filter((_, i) => !usedA.has(i)).map(diffItem),
    renamed,
    moved,
    unchanged,
  };
}
