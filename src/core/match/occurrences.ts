// 3b. One row whose deadline lists several dates («август, ноябрь 2027 г.»): the same-worded items due on its other
// dates (the ЦОС monitorings of August and November) are covered by that row too.
import { daysApart } from "../deadlines/dates";
import { ruleDue } from "../templates/rules";
import type { Coverage, MatchOptions } from "./index";
import { normScore, type Edge, type Unit } from "./steps";
import type { CompiledItem } from "./terms";

// The same window the date hint gives half its weight to: a month either side of the form's day.
const NEAR_DAYS = 31;

export function coverOccurrences(
  items: readonly CompiledItem[],
  units: readonly Unit[],
  edgesByUnit: readonly Edge[][],
  unitOfItem: Map<number, number>,
  itemOfUnit: ReadonlyMap<number, number>,
  coverage: Coverage[],
  opts: MatchOptions,
): void {
  const year = opts.targetYear;
  if (year === null || !opts.dates) return;
  units.forEach((u, ui) => {
    const dates = opts.dates?.[u.rowPos]?.occurrences;
    const primary = itemOfUnit.get(ui);
    if (!dates || dates.length < 2 || primary === undefined) return;
    for (const d of dates) {
      let best: { e: Edge; diff: number } | null = null;
      for (const e of edgesByUnit[ui]!) {
        const ci = items[e.item]!;
        if (ci.item.multiple || e.item === primary || unitOfItem.has(e.item)) continue;
        const due = ruleDue(ci.item.deadline, year);
        if (!due) continue;
        const diff = daysApart(d, due);
        if (diff <= NEAR_DAYS && (!best || diff < best.diff)) best = { e, diff };
      }
      if (!best) continue;
      const ci = items[best.e.item]!;
      unitOfItem.set(best.e.item, ui);
      coverage.push({
        itemId: ci.item.id,
        rowPos: u.rowPos,
        score: normScore(best.e.termWeight, ci),
        terms: best.e.terms,
        via: u.sub ? "sub-item" : "text",
      });
    }
  });
}

/**
 * 3c. One row naming a second item in full beside its own («План мероприятий Кванториума на 2027/2028 учебный год (в
 * составе единого комплексного плана …)»): an item no row took is covered by it when the row's words reach the item's
 * threshold with its main term and the row is due within a month of the item's own day — a row that only shares a
 * word («Мониторинг выполнения показателей» for the approval of the indicators) is due months apart and covers nothing.
 */
export function coverSeconds(
  items: readonly CompiledItem[],
  units: readonly Unit[],
  edgesByUnit: readonly Edge[][],
  unitOfItem: Map<number, number>,
  itemOfUnit: ReadonlyMap<number, number>,
  coverage: Coverage[],
  opts: MatchOptions,
): void {
  const year = opts.targetYear;
  if (year === null || !opts.dates) return;
  units.forEach((u, ui) => {
    const due = opts.dates?.[u.rowPos]?.due;
    const primary = itemOfUnit.get(ui);
    if (!due || primary === undefined) return;
    for (const e of edgesByUnit[ui]!) {
      const ci = items[e.item]!;
      if (ci.item.multiple || e.item === primary || unitOfItem.has(e.item)) continue;
      if (e.termWeight < ci.minScore || ci.mainTerm === null || !e.terms.includes(ci.mainTerm)) continue;
      const itemDue = ruleDue(ci.item.deadline, year);
      if (!itemDue || daysApart(due, itemDue) > NEAR_DAYS) continue;
      unitOfItem.set(e.item, ui);
      coverage.push({
        itemId: ci.item.id,
        rowPos: u.rowPos,
        score: normScore(e.termWeight, ci),
        terms: e.terms,
        via: u.sub ? "sub-item" : "text",
      });
    }
  });
}
