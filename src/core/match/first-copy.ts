// Which of two copies of an item is the item: the earlier one; the later one is the copy the planner repeated.
import type { Roadmap } from "../reader/types";
import type { CompiledItem } from "./terms";
import type { Coverage, DuplicateRow } from "./index";

/**
 * A planner who writes an item twice repeats it below the first: the earlier row is the item and the later one the copy,
 * even when the later row's words or the form's day match the item better (three blind sets' authors flagged the
 * later row every time). A date or number hint decides between items, not between copies of one item.
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
    if (byRow.get(c.rowPos)?.length !== 1) continue;
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

const plain = (t: string | undefined) =>
  (t ?? "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .replace(/[\s.;,]+$/, "")
    .trim();

/**
 * An event of a plan pasted twice — the same measure, deadline and responsible, word for word — under an item many
 * rows may cover (a direction of the complex plan): the later row repeats the earlier. Other rows of one direction are
 * its many events, not copies.
 */
export function exactCopies(
  roadmap: Roadmap,
  items: readonly CompiledItem[],
  byRow: ReadonlyMap<number, Coverage[]>,
): DuplicateRow[] {
  const multiple = new Set(items.filter((ci) => ci.item.multiple).map((ci) => ci.item.id));
  if (multiple.size === 0) return [];
  const first = new Map<string, number>();
  const out: DuplicateRow[] = [];
  roadmap.rows.forEach((row, pos) => {
    const c = byRow.get(pos)?.find((x) => multiple.has(x.itemId));
    const title = plain(row.fields.title?.text);
    if (!c || title === "") return;
    const key = [c.itemId, title, plain(row.fields.deadline?.text), plain(row.fields.responsible?.text)].join(
      "\u0001",
    );
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, pos);
    else
      out.push({
        rowPos: pos,
        itemId: c.itemId,
        otherRowPos: earlier,
        score: c.score,
        terms: c.terms,
        exact: true,
      });
  });
  return out;
}
