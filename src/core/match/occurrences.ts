// Steps 3b and 3c, after each single item has its one best row: a row may cover a second item by its dates.
// 3b. One row whose deadline lists several dates («август, ноябрь 2027 г.»): the same-worded items due on its other
// dates (the ЦОС monitorings of August and November) are covered by that row too.
// 3c. One row naming a second item in full beside its own («План мероприятий Кванториума на 2027/2028 учебный год (в
// составе единого комплексного плана …)»): an item no row took is covered by it when the row's words reach the item's
// threshold with its main term and the row is due within a month of the item's own day — a row that only shares a
// word («Мониторинг выполнения показателей» for the approval of the indicators) is due months apart and covers nothing.
import { daysApart } from "../deadlines/dates";
import { stemKey, stems } from "./normalize";
import { ruleDue } from "../templates/rules";
import type { Coverage, MatchOptions } from "./index";
import { normScore, type Edge, type Unit } from "./steps";
import type { CompiledItem } from "./terms";

/**
 * Whether the second item's main term needs a word of the row's own item's terms that the row writes once: «единый
 * комплексный план мероприятий» names the complex plan alone, its «план» no second «план мероприятий»; «План мероприятий
 * … (в составе единого комплексного плана)» writes «план» twice and names both.
 */
function sharesAWord(text: string, mainTerm: string, ownTerms: readonly string[]): boolean {
  const times = new Map<string, number>();
  for (const w of stems(text)) times.set(stemKey(w), (times.get(stemKey(w)) ?? 0) + 1);
  const own = new Set(stems(ownTerms.join(" ")).map(stemKey));
  return stems(mainTerm).some((w) => own.has(stemKey(w)) && (times.get(stemKey(w)) ?? 0) < 2);
}

// The same window the date hint gives half its weight to: a month either side of the form's day.
const NEAR_DAYS = 31;

export function coverByDates(
  items: readonly CompiledItem[],
  units: readonly Unit[],
  edgesByUnit: readonly Edge[][],
  unitOfItem: Map<number, number>,
  itemOfUnit: Map<number, number>,
  coverage: Coverage[],
  opts: MatchOptions,
): void {
  const year = opts.targetYear;
  if (year === null || !opts.dates) return;
  /** The single items a unit could cover besides its own: none taken yet. */
  const open = (ui: number, primary: number) =>
    edgesByUnit[ui]!.filter((e) => {
      const ci = items[e.item]!;
      return !ci.item.multiple && e.item !== primary && !unitOfItem.has(e.item);
    });
  const take = (ui: number, e: Edge) => {
    const ci = items[e.item]!;
    unitOfItem.set(e.item, ui);
    coverage.push({
      itemId: ci.item.id,
      rowPos: units[ui]!.rowPos,
      score: normScore(e.termWeight, ci),
      terms: e.terms,
      via: units[ui]!.sub ? "sub-item" : "text",
    });
  };
  /** Whether unit ui's row has a date within a month of day due (or none at all). */
  const dueNear = (ui: number, due: string) => {
    const hint = opts.dates?.[units[ui]!.rowPos];
    const days = hint?.occurrences ?? (hint?.due ? [hint.due] : []);
    // A row without a date is not known to be far: it keeps its item.
    return days.length === 0 || days.some((d) => daysApart(d, due) <= NEAR_DAYS);
  };
  /**
   * An item the one-to-one step gave to a same-worded row dated nowhere near it — the next year's «до 25.08.2028, до
   * 30.11.2028» under «2028 год» — goes back to a row listing its date; that row then covers nothing by it.
   */
  const takenFar = (ui: number, primary: number) =>
    edgesByUnit[ui]!.filter((e) => {
      const owner = unitOfItem.get(e.item);
      if (owner === undefined || owner === ui || e.item === primary || items[e.item]!.item.multiple)
        return false;
      const due = ruleDue(items[e.item]!.item.deadline, year);
      return due !== null && !dueNear(owner, due);
    });
  const release = (e: Edge) => {
    const owner = unitOfItem.get(e.item)!;
    const id = items[e.item]!.item.id;
    const at = coverage.findIndex((c) => c.itemId === id && c.rowPos === units[owner]!.rowPos);
    if (at >= 0) coverage.splice(at, 1);
    unitOfItem.delete(e.item);
    if (itemOfUnit.get(owner) === e.item) itemOfUnit.delete(owner);
  };
  // 3b: each of the row's dates covers the same-worded item due nearest it.
  units.forEach((u, ui) => {
    const dates = opts.dates?.[u.rowPos]?.occurrences;
    const primary = itemOfUnit.get(ui);
    if (!dates || dates.length < 2 || primary === undefined) return;
    for (const d of dates) {
      let best: { e: Edge; diff: number } | null = null;
      for (const e of [...open(ui, primary), ...takenFar(ui, primary)]) {
        const due = ruleDue(items[e.item]!.item.deadline, year);
        if (!due) continue;
        const diff = daysApart(d, due);
        if (diff <= NEAR_DAYS && (!best || diff < best.diff)) best = { e, diff };
      }
      if (best) {
        if (unitOfItem.has(best.e.item)) release(best.e);
        take(ui, best.e);
      }
    }
  });
  // 3c: a second item named in full, due within a month of the row.
  units.forEach((u, ui) => {
    const due = opts.dates?.[u.rowPos]?.due;
    const primary = itemOfUnit.get(ui);
    if (!due || primary === undefined) return;
    const own = edgesByUnit[ui]!.find((e) => e.item === primary)?.terms ?? [];
    for (const e of open(ui, primary)) {
      const ci = items[e.item]!;
      if (unitOfItem.has(e.item)) continue;
      if (e.termWeight < ci.minScore || ci.mainTerm === null || !e.terms.includes(ci.mainTerm)) continue;
      if (sharesAWord(u.text, ci.mainTerm, own)) continue;
      const itemDue = ruleDue(ci.item.deadline, year);
      if (itemDue && daysApart(due, itemDue) <= NEAR_DAYS) take(ui, e);
    }
  });
}
