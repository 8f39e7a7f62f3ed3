import { MESSAGES } from "../../findings/messages";
import { finding, type CheckContext, type Placed } from "../context";
import { checkNumbering } from "../numbering";

/** Gaps («5.3» followed by «5.5») and repeats in the «№ п/п» column. */
export function numbering(ctx: CheckContext): Placed[] {
  const rows = ctx.roadmap.rows;
  const { gaps, repeats } = checkNumbering(ctx.rows);
  const numberCell = (pos: number) => rows[pos]!.fields.number?.addresses[0] ?? rows[pos]!.address;
  const out: Placed[] = [];
  for (const g of gaps) {
    const row = rows[g.pos]!;
    out.push(
      finding(ctx, "numbering-gap", g.pos, {
        address: numberCell(g.pos),
        rowIndex: row.index,
        message: MESSAGES["numbering-gap"].row(g),
        actual: row.number,
      }),
    );
  }
  for (const rep of repeats) {
    const row = rows[rep.pos]!;
    out.push(
      finding(ctx, "numbering-duplicate", rep.pos, {
        address: numberCell(rep.pos),
        rowIndex: row.index,
        message: MESSAGES["numbering-duplicate"].row({
          number: rep.number,
          firstAddress: numberCell(rep.firstPos),
        }),
        actual: row.number,
      }),
    );
  }
  return out;
}
