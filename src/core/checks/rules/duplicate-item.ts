import { MESSAGES } from "../../findings/messages";
import type { Bilingual } from "../../lang";
import type { TemplateItem } from "../../templates/schema";
import { finding, memoised, type CheckContext, type Placed } from "../context";

/** A row that repeats an item another row already covers. */
export function duplicateItem(ctx: CheckContext): Placed[] {
  const { match, roadmap } = ctx;
  if (!match) return [];
  const out: Placed[] = [];
  // One message per (item, first row): keyed without building a string per duplicate row.
  const messages = new Map<TemplateItem, Map<string, Bilingual>>();
  for (const dup of match.duplicates) {
    const item = ctx.itemsById.get(dup.itemId)!;
    const row = roadmap.rows[dup.rowPos]!;
    const otherAddress = roadmap.rows[dup.otherRowPos]!.address;
    const byAddress = memoised(messages, item, () => new Map<string, Bilingual>());
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
