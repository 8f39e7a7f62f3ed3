import { MESSAGES } from "../../findings/messages";
import type { Bilingual } from "../../lang";
import { finding, type CheckContext, type Placed } from "../context";
import { checkNumbering } from "../numbering";

/** Gaps («5.3» followed by «5.5») and repeats in the «№ п/п» column, at the number cell. */
export function numbering(ctx: CheckContext): Placed[] {
  const rows = ctx.roadmap.rows;
  const { gaps, repeats } = checkNumbering(ctx.rows);
  const numberCell = (pos: number) => rows[pos]!.fields.number?.addresses[0] ?? rows[pos]!.address;
  const at = (code: "numbering-gap" | "numbering-duplicate", pos: number, message: Bilingual) =>
    finding(ctx, code, pos, {
      address: numberCell(pos),
      rowIndex: rows[pos]!.index,
      message,
      actual: rows[pos]!.number,
    });
  return [
    ...gaps.map((g) => at("numbering-gap", g.pos, MESSAGES["numbering-gap"].row(g))),
    ...repeats.map((rep) =>
      at(
        "numbering-duplicate",
        rep.pos,
        MESSAGES["numbering-duplicate"].row({ number: rep.number, firstAddress: numberCell(rep.firstPos) }),
      ),
    ),
  ];
}
