import { MESSAGES } from "../../findings/messages";
import { columnCell, fieldBlank, finding, type CheckContext, type Placed } from "../context";

/** An empty result cell, where the form has a result for the row's item (or no form tells otherwise). */
export function resultMissing(ctx: CheckContext): Placed[] {
  if (!ctx.columns.result) return [];
  const out: Placed[] = [];
  for (const r of ctx.rows) {
    if (!r.titled || !fieldBlank(r.row.fields.result)) continue;
    const withResult = r.items.find((it) => it.result !== null);
    if (r.items.length > 0 && !withResult) continue;
    out.push(
      finding(ctx, "result-missing", r.pos, {
        address: columnCell(ctx.roadmap, r.row, "result"),
        rowIndex: r.row.index,
        itemId: withResult?.id ?? null,
        itemTitle: withResult?.title ?? null,
        message: MESSAGES["result-missing"].row({ title: ctx.shortTitle(r) }),
        expected: withResult?.result ?? null,
        match: r.match,
      }),
    );
  }
  return out;
}
