import { MESSAGES } from "../../findings/messages";
import { finding, type CheckContext, type Placed } from "../context";

/** No known federal form for the programme (IT-куб): said once, on the table's header, before everything else. */
export function noTemplate(ctx: CheckContext): Placed[] {
  if (ctx.edition) return [];
  const message = MESSAGES["no-template"].reason(ctx.roadmap.programme.value, ctx.year);
  return [finding(ctx, "no-template", -1, { address: ctx.roadmap.headerAddress, marksCell: false, message })];
}
