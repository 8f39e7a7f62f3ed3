import { MESSAGES } from "../../findings/messages";
import { ruleText } from "../../templates/rules";
import { finding, type CheckContext, type Placed } from "../context";

/** A table without a «Срок» column (once, on its header), or a measure with an empty deadline cell. */
export function deadlineMissing(ctx: CheckContext): Placed[] {
  const { roadmap, rows } = ctx;
  if (rows.length === 0) return [];
  if (!ctx.columns.deadline) {
    const message = MESSAGES["deadline-missing"].noColumn();
    return [finding(ctx, "deadline-missing", -0.5, { address: roadmap.headerAddress, message })];
  }
  const out: Placed[] = [];
  for (const r of rows) {
    if (r.deadline !== null || !r.titled) continue;
    const first = r.items.length > 0 ? r.items[0] : undefined;
    out.push(
      finding(ctx, "deadline-missing", r.pos, {
        address: r.deadlineAddress,
        rowIndex: r.row.index,
        itemId: first?.id ?? null,
        itemTitle: first?.title ?? null,
        message: MESSAGES["deadline-missing"].row({ title: ctx.shortTitle(r) }),
        expected: first && first.deadline.kind !== "none" ? ruleText(first.deadline, ctx.year) : null,
        match: r.match,
      }),
    );
  }
  return out;
}
