// The steps of matchRoadmap: sections to directions, units (titles and sub-items) scored against the items with
// date and number hints, the assignment of single items, grouped and direction items, and the rows left over.
import type { IsoDate } from "../deadlines/types";
import type { Roadmap } from "../reader/types";
import { ruleDue, ruleKey } from "../templates/rules";
import { assignMax } from "./assign";
import type { Coverage, DuplicateRow, MatchOptions, RowDateHint } from "./index";
import type { Part } from "./parts";
import type { CompiledEdition, CompiledItem } from "./terms";

export interface Edge {
  item: number;
  /** Term weight plus the date hint: what the assignment maximises. */
  weight: number;
  /** Term weight alone: what the reported score is made of. */
  termWeight: number;
  terms: string[];
}

export interface Unit {
  rowPos: number;
  text: string;
  sub: boolean;
  /** A part of a list of steps under one verb: the item's main term alone names it («…, показателей и …»). */
  listed?: boolean;
}

const DAY_MS = 86_400_000;
const SECTION_NUMBER_BONUS = 1.5;
const NUMBER_BONUS = 0.25;

/** Days since the epoch of an ISO day. */
function dayNumber(iso: IsoDate): number {
  return Date.parse(iso) / DAY_MS;
}

/** The rule of each item as a day number for the year (or null), and its order key without a year. */
interface RuleDays {
  day: (number | null)[];
  key: (number | null)[];
}

function ruleDays(items: readonly CompiledItem[], year: number | null): RuleDays {
  return {
    day: items.map((ci) => {
      const due = year !== null ? ruleDue(ci.item.deadline, year) : null;
      return due ? dayNumber(due) : null;
    }),
    key: items.map((ci) => ruleKey(ci.item.deadline)),
  };
}

function dateBonus(
  hint: RowDateHint | null | undefined,
  item: number,
  rules: RuleDays,
  year: number | null,
): number {
  if (!hint) return 0;
  let diff: number | null = null;
  if (year !== null && hint.due) {
    const due = rules.day[item];
    // A row listing several dates («август, ноябрь 2027 г.») is near an item due on any of them.
    if (due !== null && due !== undefined)
      for (const d of hint.occurrences ?? [hint.due]) {
        const x = Math.abs(dayNumber(d) - due);
        if (diff === null || x < diff) diff = x;
      }
  } else if (hint.key !== null) {
    const key = rules.key[item];
    if (key !== null && key !== undefined) diff = Math.abs(hint.key - key);
  }
  if (diff === null) return 0;
  // Same day as the rule decides between items with the same words (ЦОС monitoring in August and November).
  return diff === 0 ? 1 : diff <= 31 ? 0.5 : 0;
}

export function normScore(weight: number, ci: CompiledItem): number {
  return Math.round(Math.min(1, weight / Math.max(ci.total, 1e-9)) * 100) / 100;
}

/** The units of the k heaviest edges of an item, ties to the earlier unit, without sorting all of them. */
function topUnits(units: readonly number[], weights: readonly number[], k: number): number[] {
  const topU: number[] = [];
  const topW: number[] = [];
  if (k <= 0) return topU;
  // Heavier first, then the earlier unit.
  const before = (w: number, u: number, i: number) => w > topW[i]! || (w === topW[i]! && u < topU[i]!);
  for (let j = 0; j < units.length; j++) {
    const u = units[j]!;
    const w = weights[j]!;
    if (topU.length === k && !before(w, u, k - 1)) continue;
    let i = topU.length < k ? topU.length : k - 1;
    while (i > 0 && before(w, u, i - 1)) {
      topU[i] = topU[i - 1]!;
      topW[i] = topW[i - 1]!;
      i--;
    }
    topU[i] = u;
    topW[i] = w;
  }
  return topU;
}

function titleText(roadmap: Roadmap, pos: number): string {
  return roadmap.rows[pos]!.fields.title?.text ?? "";
}

/** «5.», «5» and « 5 » are the same number. */
export function normNumber(n: string): string {
  if (!/\s/.test(n) && !n.endsWith(".")) return n; // already normal: no string built
  return n.trim().replace(/\.+$/, "").replace(/\s+/g, "");
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10 };

/** A direction's number as the form writes it: «II.» and «X» are directions 2 and 10, as «2.» and «10.» are. */
function directionNumber(n: string): string {
  const s = normNumber(n).toUpperCase();
  if (!/^[IVX]{1,5}$/.test(s)) return normNumber(n);
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i]!]!;
    total += v < (ROMAN[s[i + 1] ?? ""] ?? 0) ? -v : v;
  }
  return String(total);
}

/** 1. A plan's parts matched to the directions as wholes; their rows follow them. The rows taken are returned. */
export function matchSections(
  parts: readonly Part[],
  compiled: CompiledEdition,
  coverage: Coverage[],
): Set<number> {
  const items = compiled.items;
  const sectionRows = new Set<number>();
  const w: number[][] = parts.map(() => items.map(() => 0));
  const why: string[][][] = parts.map(() => items.map(() => []));
  const termW: number[][] = parts.map(() => items.map(() => 0));
  parts.forEach((sec, si) => {
    const scores = new Map(compiled.score(sec.title).map((s) => [s.itemIndex, s]));
    items.forEach((ci, ii) => {
      const s = scores.get(ii);
      let weight = s?.weight ?? 0;
      const terms = s ? [...s.terms] : [];
      if (
        sec.number !== null &&
        ci.item.section !== null &&
        ci.item.section === directionNumber(sec.number)
      ) {
        // A part named by its number alone (a column of direction numbers) is that direction by the planner's word.
        weight =
          sec.title.trim() === sec.number
            ? ci.minScore + SECTION_NUMBER_BONUS
            : weight + SECTION_NUMBER_BONUS;
        terms.push(`№ ${sec.number}`);
      }
      if (weight >= ci.minScore) {
        w[si]![ii] = weight;
        why[si]![ii] = terms;
        termW[si]![ii] = s?.weight ?? 0;
      }
    });
  });
  const secToItem = assignMax(w);
  secToItem.forEach((ii, si) => {
    if (ii < 0) return;
    const ci = items[ii]!;
    for (const pos of parts[si]!.rows) {
      sectionRows.add(pos);
      coverage.push({
        itemId: ci.item.id,
        rowPos: pos,
        score: normScore(termW[si]![ii]!, ci),
        terms: why[si]![ii]!,
        via: "section",
      });
    }
  });
  return sectionRows;
}

/** 2. The texts to match: each sub-item of a row, or its whole title. */
export function unitsOf(roadmap: Roadmap, sectionRows: ReadonlySet<number>): Unit[] {
  const units: Unit[] = [];
  roadmap.rows.forEach((row, pos) => {
    if (sectionRows.has(pos)) return;
    if (row.subItems.length > 0)
      for (const t of row.subItems) units.push({ rowPos: pos, text: t, sub: true });
    else {
      const t = titleText(roadmap, pos);
      if (t.trim() !== "") units.push({ rowPos: pos, text: t, sub: false });
    }
  });
  return units;
}

/** Each unit's edges to the items it reaches (the threshold, with the date and number hints). */
export function scoreUnits(
  roadmap: Roadmap,
  compiled: CompiledEdition,
  units: readonly Unit[],
  opts: MatchOptions,
): { edgesByUnit: Edge[][]; edgeCount: number } {
  const items = compiled.items;
  const rules = ruleDays(items, opts.targetYear);
  const rowNumbers = roadmap.rows.map((r) => (r.number === null ? null : normNumber(r.number)));
  // Kept: with the three other memos of 5a071c0 removed, checkSheet took +34 % wall at 10,000 rows (quiet machine).
  // Units with the same text, date hint and number hint get the same edges: a consolidated sheet repeats a few
  // dozen texts thousands of times, so each distinct combination is scored once and its edge list shared.
  const itemNumbers = new Set(items.map((ci) => ci.item.number));
  const shared = new Map<string, Map<string, Edge[]>>();
  let edgeCount = 0;
  const edgesByUnit: Edge[][] = units.map((u) => {
    const hint = opts.dates?.[u.rowPos];
    const num = rowNumbers[u.rowPos]!;
    let byHints = shared.get(u.text);
    if (!byHints) shared.set(u.text, (byHints = new Map()));
    const hints = `${hint ? `${hint.due}|${hint.key}|${hint.occurrences?.join(",") ?? ""}` : "-"}|${itemNumbers.has(num) ? JSON.stringify(num) : ""}|${u.listed === true}`;
    let list = byHints.get(hints);
    if (!list) {
      list = [];
      for (const s of compiled.score(u.text)) {
        const ci = items[s.itemIndex]!;
        const bonus = dateBonus(hint, s.itemIndex, rules, opts.targetYear);
        // The form's exact day lifts a text one word short of the threshold («Ежеквартальный мониторинг показателей
        // …» without «выполнения», due 1 October as the form's quarterly monitoring).
        const named = u.listed === true && ci.mainTerm !== null && s.terms.includes(ci.mainTerm);
        if (!named && s.weight < ci.minScore && !(bonus >= 1 && s.weight + bonus >= ci.minScore)) continue;
        // The form's own number is a weak hint: regions renumber, but a copy of the form keeps it.
        const numBonus = num === ci.item.number ? NUMBER_BONUS : 0;
        const terms = bonus > 0 ? [...s.terms, "срок"] : s.terms;
        list.push({ item: s.itemIndex, weight: s.weight + bonus + numBonus, termWeight: s.weight, terms });
      }
      byHints.set(hints, list);
    }
    edgeCount += list.length;
    return list;
  });
  return { edgesByUnit, edgeCount };
}

/**
 * 3. One unit per single item, maximising total weight. An optimal assignment uses, for each item, one of its best
 * (number of items) candidates, so the problem is cut to that before the Hungarian method runs.
 */
export function assignSingles(
  items: readonly CompiledItem[],
  edgesByUnit: readonly Edge[][],
  edgeCount: number,
): { unitOfItem: Map<number, number>; itemOfUnit: Map<number, number> } {
  // Per item, the units it has an edge from and their weights (parallel arrays: no object per edge).
  const unitsByItem: number[][] = items.map(() => []);
  const weightsByItem: number[][] = items.map(() => []);
  edgesByUnit.forEach((list, ui) => {
    for (const e of list) {
      unitsByItem[e.item]!.push(ui);
      weightsByItem[e.item]!.push(e.weight);
    }
  });
  const single = items.filter((ci) => !ci.item.multiple);
  const unitOfItem = new Map<number, number>();
  const itemOfUnit = new Map<number, number>();
  if (single.length > 0 && edgeCount > 0) {
    const keep = new Set<number>();
    for (const ci of single)
      for (const u of topUnits(unitsByItem[ci.index]!, weightsByItem[ci.index]!, single.length)) keep.add(u);
    const cols = [...keep].sort((a, b) => a - b);
    const colOf = new Map(cols.map((u, c) => [u, c]));
    const rowOf = new Map(single.map((ci, r) => [ci.index, r]));
    const weights = single.map(() => cols.map(() => 0));
    for (const u of cols)
      for (const e of edgesByUnit[u]!) {
        const c = colOf.get(u);
        const r = rowOf.get(e.item) ?? -1;
        // Ties go to the earlier row: the first copy of an item is the item, later copies are duplicates.
        if (c !== undefined && r >= 0) weights[r]![c] = e.weight - c * 1e-7;
      }
    assignMax(weights).forEach((c, r) => {
      if (c < 0) return;
      unitOfItem.set(single[r]!.index, cols[c]!);
      itemOfUnit.set(cols[c]!, single[r]!.index);
    });
  }
  return { unitOfItem, itemOfUnit };
}

/** 4. Grouped items («Утверждены: 1) …; 2) …») written in one text: the text covers its siblings too. */
export function coverGroups(
  items: readonly CompiledItem[],
  units: readonly Unit[],
  edgesByUnit: readonly Edge[][],
  unitOfItem: Map<number, number>,
  itemOfUnit: ReadonlyMap<number, number>,
  coverage: Coverage[],
): void {
  units.forEach((u, ui) => {
    const primary = itemOfUnit.get(ui);
    const group = primary !== undefined ? items[primary]!.item.group : null;
    for (const e of edgesByUnit[ui]!) {
      const ci = items[e.item]!;
      if (ci.item.multiple || ci.item.group === null || unitOfItem.has(e.item)) continue;
      if (primary !== undefined && group !== ci.item.group) continue;
      unitOfItem.set(e.item, ui);
      coverage.push({
        itemId: ci.item.id,
        rowPos: u.rowPos,
        score: normScore(e.termWeight, ci),
        terms: e.terms,
        via: "group",
      });
    }
  });
}

/** 5. Directions (many rows each): every unit not taken by a single item goes to its best direction. */
export function coverDirections(
  items: readonly CompiledItem[],
  units: readonly Unit[],
  edgesByUnit: readonly Edge[][],
  coveredUnits: Set<number>,
  coverage: Coverage[],
): void {
  const rowsOf = new Map<string, number>();
  for (const c of coverage) rowsOf.set(c.itemId, (rowsOf.get(c.itemId) ?? 0) + 1);
  const heaviest = (ui: number) => {
    const edges = edgesByUnit[ui]!.filter((e) => items[e.item]!.item.multiple);
    const top = Math.max(...edges.map((e) => e.weight));
    return edges.filter((e) => e.weight === top);
  };
  // «Реализация сетевой программы … совместно с ДДТ» names two directions as strongly: such rows wait until the rows
  // that name one are placed, then go to a direction no row has yet (a plan covers every direction), else the first.
  const tied: number[] = [];
  units.forEach((u, ui) => {
    if (coveredUnits.has(ui)) return;
    const top = heaviest(ui);
    if (top.length > 1) tied.push(ui);
    else if (top.length === 1) place(ui, top[0]!);
  });
  for (const ui of tied) {
    const top = heaviest(ui);
    place(ui, top.find((e) => !rowsOf.has(items[e.item]!.item.id)) ?? top[0]!);
  }

  function place(ui: number, best: Edge): void {
    const u = units[ui]!;
    coveredUnits.add(ui);
    const ci = items[best.item]!;
    rowsOf.set(ci.item.id, (rowsOf.get(ci.item.id) ?? 0) + 1);
    coverage.push({
      itemId: ci.item.id,
      rowPos: u.rowPos,
      score: normScore(best.termWeight, ci),
      terms: best.terms,
      via: u.sub ? "sub-item" : "text",
    });
  }
}

/** One entry per (item, row) — several sub-items of a row may land on one item — indexed both ways. */
export function indexCoverage(coverage: readonly Coverage[]): {
  unique: Coverage[];
  byItem: Map<string, Coverage[]>;
  byRow: Map<number, Coverage[]>;
} {
  const seen = new Set<string>();
  const unique = coverage.filter((c) => {
    const k = `${c.itemId}\u0000${c.rowPos}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  const byItem = new Map<string, Coverage[]>();
  const byRow = new Map<number, Coverage[]>();
  for (const c of unique) {
    (byItem.get(c.itemId) ?? byItem.set(c.itemId, []).get(c.itemId)!).push(c);
    (byRow.get(c.rowPos) ?? byRow.set(c.rowPos, []).get(c.rowPos)!).push(c);
  }
  return { unique, byItem, byRow };
}

/** 6. Rows that cover nothing: a repeat of an item another row covers, or a row outside the template. */
export function uncovered(
  roadmap: Roadmap,
  items: readonly CompiledItem[],
  units: readonly Unit[],
  edgesByUnit: readonly Edge[][],
  byItem: ReadonlyMap<string, Coverage[]>,
  byRow: ReadonlyMap<number, Coverage[]>,
  sectionRows: ReadonlySet<number>,
): { duplicates: DuplicateRow[]; extras: number[] } {
  const duplicates: DuplicateRow[] = [];
  const extras: number[] = [];
  // Units were made row by row, so each row's units are one run [unitFrom, unitTo).
  const unitFrom = new Int32Array(roadmap.rows.length).fill(-1);
  const unitTo = new Int32Array(roadmap.rows.length);
  units.forEach((u, ui) => {
    if (unitFrom[u.rowPos] === -1) unitFrom[u.rowPos] = ui;
    unitTo[u.rowPos] = ui + 1;
  });
  for (let pos = 0; pos < roadmap.rows.length; pos++) {
    if (byRow.has(pos) || sectionRows.has(pos)) continue;
    if (unitFrom[pos] === -1) continue;
    let best: Edge | null = null;
    for (let ui = unitFrom[pos]!; ui < unitTo[pos]!; ui++) {
      for (const e of edgesByUnit[ui]!) {
        if ((!best || e.weight > best.weight) && byItem.has(items[e.item]!.item.id)) best = e;
      }
    }
    if (best) {
      const ci = items[best.item]!;
      duplicates.push({
        rowPos: pos,
        itemId: ci.item.id,
        otherRowPos: byItem.get(ci.item.id)![0]!.rowPos,
        score: normScore(best.termWeight, ci),
        terms: best.terms,
      });
    } else {
      extras.push(pos);
    }
  }
  return { duplicates, extras };
}
