import { MESSAGES } from "../../findings/messages";
import { finding, type CheckContext, type Placed } from "../context";

/** A «Срок» cell the deadline parser cannot read as a date or a period («по мере готовности»). */
export function deadlineUnreadable(ctx: CheckContext): Placed[] {
  const out: Placed[] = [];
  for (const r of ctx.rows) {
    if (r.deadline?.kind !== "unknown") continue;
    const first = r.items.length > 0 ? r.items[0] : undefined;
    out.push(
      finding(ctx, "deadline-unreadable", r.pos, {
        address: r.deadlineAddress,
        rowIndex: r.row.index,
        itemId: first?.id ?? null,
        itemTitle: first?.title ?? null,
        message: MESSAGES["deadline-unreadable"].row({ actual: r.actual ?? "", year: ctx.year }),
        actual: r.actual,
        match: r.match,
      }),
    );
  }
  return out;
}
