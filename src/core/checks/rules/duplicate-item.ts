import { MESSAGES } from "../../findings/messages";
import type { Bilingual } from "../../lang";
import { finding, memoised, type CheckContext, type Placed } from "../context";

/** A row that repeats an item another row already covers. */
export function duplicateItem(ctx: CheckContext): Placed[] {
  const { match, roadmap } = ctx;
  if (!match) return [];
  const out: Placed[] = [];
  // One message per (item, first row): a consolidated sheet repeats each item block after block.
  // Bench: checkSheet 10,000 rows +38–50 % CPU without this, the overdue and the non-working-day memos (A/B, 2026-12-03).
  const messages = new Map<string, Map<string, Bilingual>>();
  for (const dup of match.duplicates) {
    const item = ctx.itemsById.get(dup.itemId)!;
    const row = roadmap.rows[dup.rowPos]!;
    const otherAddress = roadmap.rows[dup.otherRowPos]!.address;
    const byAddress = memoised(messages, item.id, () => new Map<string, Bilingual>());
    out.push(
      finding(ctx, "duplicate-item", dup.rowPos, {
        address: row.address,
        rowIndex: row.index,
        itemId: item.id,
        itemTitle: item.title,
        message: memoised(byAddress, otherAddress, () =>
          MESSAGES["duplicate-item"].row({ item, otherAddress }),
        ),
        match: { score: dup.score, terms: dup.terms },
      }),
    );
  }
  return out;
}
