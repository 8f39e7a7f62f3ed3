import { exactCopies, firstCopyFirst } from "./first-copy";
import type { IsoDate } from "../deadlines/types";
import type { Roadmap } from "../reader/types";
import type { Edition } from "../templates/schema";
import { compileEdition } from "./terms";
import { stemKey, stems } from "./normalize";
import { withFormWords } from "./paraphrase";
import { splitLists } from "./list-parts";
import { coverByDates } from "./occurrences";
import { partsOf } from "./parts";
import {
  assignSingles,
  coverDirections,
  coverGroups,
  indexCoverage,
  matchSections,
  normScore,
  scoreUnits,
  uncovered,
  unitsOf,
} from "./steps";

export { compileEdition } from "./terms";
export { normalizeWord, sameStem, stem, stems, words } from "./normalize";
export { assignMax } from "./assign";
export { normNumber } from "./steps";

/** Assigns roadmap rows (and the sub-items inside them) to template items. */

/** What the checks know of a row's deadline, used as a matching hint. */
export interface RowDateHint {
  /** The due day resolved for the target year. */
  due: IsoDate | null;
  /** relativeKey() of a deadline written relative to Y, when no target year is known. */
  key: number | null;
  /** Every date of a deadline that lists several («август, ноябрь 2027 г.»), in calendar order. */
  occurrences?: readonly IsoDate[] | null;
}

export interface MatchOptions {
  targetYear: number | null;
  /** Per row position in roadmap.rows. */
  dates?: readonly (RowDateHint | null)[];
}

export interface Coverage {
  itemId: string;
  /** Position of the row in roadmap.rows. */
  rowPos: number;
  /** 0..1: share of the item's term weight found (date and number hints may lift it to 1). */
  score: number;
  terms: string[];
  /**
   * How the row was taken: its own text, one of its sub-items, its «Направление», a sibling of a grouped item, or its
   * result document (a row whose own words match no item).
   */
  via: "text" | "sub-item" | "section" | "group" | "result";
}

export interface DuplicateRow {
  rowPos: number;
  itemId: string;
  /** The row that already covers the item. */
  otherRowPos: number;
  score: number;
  terms: string[];
  /** The same measure, deadline and responsible word for word (exactCopies): a copy, whatever else the rows share. */
  exact?: boolean;
}

export interface MatchResult {
  coverage: Coverage[];
  byItem: Map<string, Coverage[]>;
  byRow: Map<number, Coverage[]>;
  duplicates: DuplicateRow[];
  /** Rows that match no item at all. */
  extras: number[];
}

export function matchRoadmap(roadmap: Roadmap, edition: Edition, opts: MatchOptions): MatchResult {
  const compiled = compileEdition(edition);
  const items = compiled.items;
  const coverage: Coverage[] = [];
  // 1. «Направления»: a plan's sections are matched to the directions as wholes; their rows follow them.
  const parts = edition.kind === "directions" ? partsOf(roadmap) : [];
  const sectionRows = parts.length > 0 ? matchSections(parts, compiled, coverage) : new Set<number>();
  // 1b. An event naming a direction no section took covers it too (a region's sections need not be the form's).
  if (sectionRows.size > 0) coverByEventWords(roadmap, compiled, sectionRows, coverage);
  // 2. The texts to match: each sub-item of a row, or its whole title.
  const units = splitLists(unitsOf(roadmap, sectionRows), compiled);
  const { edgesByUnit, edgeCount } = scoreUnits(roadmap, compiled, units, opts);
  // 3. One unit per single item, maximising total weight.
  const { unitOfItem, itemOfUnit } = assignSingles(items, edgesByUnit, edgeCount);
  const edgeOf = (unit: number, item: number) => edgesByUnit[unit]!.find((e) => e.item === item);
  for (const [item, unit] of unitOfItem) {
    const e = edgeOf(unit, item)!;
    coverage.push({
      itemId: items[item]!.item.id,
      rowPos: units[unit]!.rowPos,
      score: normScore(e.termWeight, items[item]!),
      terms: e.terms,
      via: units[unit]!.sub ? "sub-item" : "text",
    });
  }
  // 3b. A row listing several dates covers the same-worded items due on them; 4. grouped items written in one text;
  // 5. directions take the units left.
  coverByDates(items, units, edgesByUnit, unitOfItem, itemOfUnit, coverage, opts);
  coverGroups(items, units, edgesByUnit, unitOfItem, itemOfUnit, coverage);
  coverDirections(items, units, edgesByUnit, new Set(unitOfItem.values()), coverage);
  const { unique, byItem, byRow } = indexCoverage(coverage);
  // 6. Rows that cover nothing: a repeat of an item another row covers, or a row outside the template.
  const found = uncovered(roadmap, items, units, edgesByUnit, byItem, byRow, sectionRows);
  firstCopyFirst(found.duplicates, byItem, byRow);
  // 6b. A plan's event pasted twice word for word (its directions take many rows, so step 6 never sees it).
  found.duplicates.push(...exactCopies(roadmap, items, byRow));
  // A plan's directions are matched as wholes (step 1), not through one event's result.
  const extras =
    edition.kind === "directions"
      ? found.extras
      : coverByResult(roadmap, compiled, found.extras, { unique, byItem, byRow });
  return { coverage: unique, byItem, byRow, duplicates: found.duplicates, extras };
}

/** 1b. For each direction no section covers, the section row whose own words name it best (at its threshold). */
function coverByEventWords(
  roadmap: Roadmap,
  compiled: ReturnType<typeof compileEdition>,
  sectionRows: ReadonlySet<number>,
  coverage: Coverage[],
): void {
  const taken = new Set(coverage.map((c) => c.itemId));
  const best = new Map<number, Coverage>();
  for (const pos of sectionRows) {
    const title = roadmap.rows[pos]!.fields.title?.text ?? "";
    if (title.trim() === "") continue;
    for (const s of compiled.score(title)) {
      const ci = compiled.items[s.itemIndex]!;
      if (!ci.item.multiple || taken.has(ci.item.id) || s.weight < ci.minScore) continue;
      const score = normScore(s.weight, ci);
      const was = best.get(s.itemIndex);
      if (!was || score > was.score)
        best.set(s.itemIndex, { itemId: ci.item.id, rowPos: pos, score, terms: s.terms, via: "text" });
    }
  }
  coverage.push(...best.values());
}

/** 7b. An item no row covers, named by one of its stand-in phrases in the row's own words (every word present). */
function standInCover(
  title: string,
  pos: number,
  compiled: ReturnType<typeof compileEdition>,
  byItem: ReadonlyMap<string, Coverage[]>,
): Coverage | null {
  const open = compiled.items.filter((ci) => ci.item.standIns.length > 0 && !byItem.has(ci.item.id));
  // Most forms name no stand-in, and most sheets cover the items that do: no row's words need reading then.
  if (open.length === 0) return null;
  const own = new Set(stems(withFormWords(title)).map(stemKey));
  for (const ci of open) {
    const phrase = ci.item.standIns.find((p) => stems(p).every((w) => own.has(stemKey(w))));
    if (phrase !== undefined)
      return {
        itemId: ci.item.id,
        rowPos: pos,
        score: normScore(ci.minScore, ci),
        terms: [phrase],
        via: "text",
      };
  }
  return null;
}

/**
 * 7. A row whose own words match no item, but whose result document names an item no row covers («Разработка планов
 * … мероприятий центров» → «планы мероприятий, включенные в единый комплексный план»): that item, through its result.
 * The rows still outside the template.
 */
function coverByResult(
  roadmap: Roadmap,
  compiled: ReturnType<typeof compileEdition>,
  extras: readonly number[],
  into: { unique: Coverage[]; byItem: Map<string, Coverage[]>; byRow: Map<number, Coverage[]> },
): number[] {
  const left: number[] = [];
  // A consolidated sheet repeats a few results («Приказ», «Отчёт») on thousands of rows: each is scored once.
  const scored = new Map<string, ReturnType<typeof compiled.score>>();
  for (const pos of extras) {
    const result = roadmap.rows[pos]!.fields.result?.text.trim() ?? "";
    let list = scored.get(result);
    if (!list) scored.set(result, (list = result === "" ? [] : compiled.score(result)));
    let best: Coverage | null = null;
    for (const s of list) {
      const ci = compiled.items[s.itemIndex]!;
      if (s.weight < ci.minScore || into.byItem.has(ci.item.id)) continue;
      const score = normScore(s.weight, ci);
      if (!best || score > best.score)
        best = { itemId: ci.item.id, rowPos: pos, score, terms: s.terms, via: "result" };
    }
    best ??= standInCover(roadmap.rows[pos]!.fields.title?.text ?? "", pos, compiled, into.byItem);
    if (!best) {
      left.push(pos);
      continue;
    }
    into.unique.push(best);
    into.byItem.set(best.itemId, [best]);
    into.byRow.set(pos, [best]);
  }
  return left;
}
