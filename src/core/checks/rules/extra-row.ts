import { MESSAGES } from "../../findings/messages";
import type { Bilingual } from "../../lang";
import { finding, memoised, type CheckContext, type Placed } from "../context";

/** A row that matches no item of the form (a regional addition, or an item worded beyond recognition). */
export function extraRow(ctx: CheckContext): Placed[] {
  const { match, edition, roadmap } = ctx;
  if (!match || !edition) return [];
  const out: Placed[] = [];
  // One message per distinct title: a consolidated sheet repeats its regional additions block after block.
  // Bench: checkSheet 10,000 rows +6–10 % CPU without this and the deadline-text memo in checks/context (A/B, 2026-12-03).
  const messages = new Map<string, Bilingual>();
  const message = (title: string) => MESSAGES["extra-row"].row({ title, template: edition.title });
  for (const pos of match.extras) {
    const row = roadmap.rows[pos]!;
    out.push(
      finding(ctx, "extra-row", pos, {
        address: row.address,
        rowIndex: row.index,
        message: memoised(messages, row.fields.title?.text ?? "", message),
      }),
    );
  }
  return out;
}
