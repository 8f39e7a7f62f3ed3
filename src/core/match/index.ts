import { firstCopyFirst } from "./first-copy";
import type { IsoDate } from "../deadlines/types";
import type { Roadmap } from "../reader/types";
import type { Edition } from "../templates/schema";
import { compileEdition } from "./terms";
import { splitLists } from "./list-parts";
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
  /** How the row was taken: its own text, one of its sub-items, its «Направление», or a sibling of a grouped item. */
  via: "text" | "sub-item" | "section" | "group";
}

export interface DuplicateRow {
  rowPos: number;
  itemId: string;
  /** The row that already covers the item. */
  otherRowPos: number;
  score: number;
  terms: string[];
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
  const sectionRows =
    edition.kind === "directions" && roadmap.sections.length > 0
      ? matchSections(roadmap, compiled, coverage)
      : new Set<number>();
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
  // 4. Grouped items written in one text; 5. directions take the units left.
  coverGroups(items, units, edgesByUnit, unitOfItem, itemOfUnit, coverage);
  coverDirections(items, units, edgesByUnit, new Set(unitOfItem.values()), coverage);
  const { unique, byItem, byRow } = indexCoverage(coverage);
  // 6. Rows that cover nothing: a repeat of an item another row covers, or a row outside the template.
  const { duplicates, extras } = uncovered(roadmap, items, units, edgesByUnit, byItem, byRow, sectionRows);
  firstCopyFirst(duplicates, byItem, byRow);
  return { coverage: unique, byItem, byRow, duplicates, extras };
}
