import { MESSAGES } from "../../findings/messages";
import { ruleText } from "../../templates/rules";
import { finding, type CheckContext, type Placed } from "../context";

/** An item of the form that no row covers, placed where it belongs: after the nearest earlier item found. */
export function missingItem(ctx: CheckContext): Placed[] {
  const { edition, match, roadmap } = ctx;
  if (!edition || !match) return [];
  const out: Placed[] = [];
  const order = edition.items;
  order.forEach((item, i) => {
    // An item of a federal subsidy is not required of a regionally funded roadmap (the report's notes say why).
    if (match.byItem.has(item.id) || ctx.notApplied.has(item.id)) return;
    // After the row of the nearest earlier item found, else before the nearest later one.
    let place: number | null = null;
    for (let k = i - 1; k >= 0 && place === null; k--) {
      const c = match.byItem.get(order[k]!.id);
      if (c) place = Math.max(...c.map((x) => x.rowPos));
    }
    for (let k = i + 1; k < order.length && place === null; k++) {
      const c = match.byItem.get(order[k]!.id);
      if (c) place = Math.min(...c.map((x) => x.rowPos));
    }
    const expected = item.deadline.kind === "none" ? null : ruleText(item.deadline, ctx.year);
    const unconfirmed = item.confidence === "unknown";
    const message =
      item.multiple && item.section !== null
        ? MESSAGES["missing-item"].direction({ section: item.section, item, unconfirmed })
        : MESSAGES["missing-item"].item({ item, expected, unconfirmed });
    out.push(
      finding(ctx, "missing-item", place === null ? roadmap.rows.length : place + 0.5, {
        address: place === null ? null : roadmap.rows[place]!.address,
        marksCell: false,
        itemId: item.id,
        itemTitle: item.title,
        message,
        expected,
        rule: { source: item.source.document, confidence: item.confidence },
      }),
    );
  });
  return out;
}
