// Which of two copies of an item is the item: the earlier one, unless the later one's words match the item better.
import type { Coverage, DuplicateRow } from "./index";

/**
 * A planner who writes an item twice repeats it below the first: when the earlier row's words match the item at least
 * as well as the later row that took it (the later one won on the form's day or number alone), the earlier row is
 * the item and the later one the copy. A date or number hint decides between items, not between copies of one item.
 * Only a plain text match of a row that covers nothing else is moved.
 */
export function firstCopyFirst(
  duplicates: DuplicateRow[],
  byItem: ReadonlyMap<string, Coverage[]>,
  byRow: Map<number, Coverage[]>,
): void {
  for (const d of duplicates) {
    const covers = byItem.get(d.itemId);
    if (!covers || covers.length !== 1) continue;
    const c = covers[0]!;
    if (c.via !== "text" || c.rowPos <= d.rowPos || d.rowPos !== firstDuplicateOf(duplicates, d)) continue;
    if (byRow.get(c.rowPos)?.length !== 1 || d.score < c.score) continue;
    const later = c.rowPos;
    [c.rowPos, c.score, c.terms, d.rowPos, d.score, d.terms] = [
      d.rowPos,
      d.score,
      d.terms,
      later,
      c.score,
      c.terms,
    ];
    byRow.delete(later);
    byRow.set(c.rowPos, [c]);
    for (const o of duplicates) if (o.itemId === d.itemId) o.otherRowPos = c.rowPos;
  }
}

/** The earliest row among the item's duplicates: only that one can be the first copy. */
function firstDuplicateOf(duplicates: readonly DuplicateRow[], d: DuplicateRow): number {
  let first = d.rowPos;
  for (const o of duplicates) if (o.itemId === d.itemId && o.rowPos < first) first = o.rowPos;
  return first;
}
