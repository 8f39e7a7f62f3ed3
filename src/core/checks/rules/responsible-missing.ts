import { MESSAGES } from "../../findings/messages";
import { columnCell, fieldBlank, finding, type CheckContext, type Placed } from "../context";

/** A table without a responsible column (once, on its header), or a measure with an empty responsible cell. */
export function responsibleMissing(ctx: CheckContext): Placed[] {
  const { roadmap, rows } = ctx;
  if (rows.length === 0) return [];
  if (!ctx.columns.responsible) {
    const message = MESSAGES["responsible-missing"].noColumn();
    return [finding(ctx, "responsible-missing", -0.5, { address: roadmap.headerAddress, message })];
  }
  const out: Placed[] = [];
  for (const r of rows) {
    if (!r.titled || !fieldBlank(r.row.fields.responsible)) continue;
    const first = r.items.length > 0 ? r.items[0] : undefined;
    out.push(
      finding(ctx, "responsible-missing", r.pos, {
        address: columnCell(roadmap, r.row, "responsible"),
        rowIndex: r.row.index,
        itemId: first?.id ?? null,
        itemTitle: first?.title ?? null,
        message: MESSAGES["responsible-missing"].row({ title: ctx.shortTitle(r) }),
        expected: first ? first.responsible : null,
        match: r.match,
      }),
    );
  }
  return out;
}
