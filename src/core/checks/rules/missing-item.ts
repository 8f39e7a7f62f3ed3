import type { RuleCodes } from "../../findings/catalogue";
import { bi, EXAMPLE_ITEM, type ItemRef } from "../../findings/text";
import type { Bilingual } from "../../lang";
import { ruleText } from "../../templates/rules";
import { finding, type CheckContext, type Placed } from "../context";

const UNCONFIRMED = bi(
  " Пункт известен только по региональным актам; в федеральной форме его наличие не подтверждено.",
  " The item is known only from regional acts; the federal form is not confirmed to have it.",
);
const NO_CAVEAT = bi("", "");

const messages = {
  item: (p: { item: ItemRef; expected: Bilingual | null; unconfirmed: boolean }): Bilingual => {
    const caveat = p.unconfirmed ? UNCONFIRMED : NO_CAVEAT;
    return bi(
      `В дорожной карте нет пункта «${p.item.title.ru}»${p.expected ? ` (по шаблону — ${p.expected.ru})` : ""}.${caveat.ru}`,
      `The roadmap lacks the item “${p.item.title.en}”${p.expected ? ` (template: ${p.expected.en})` : ""}.${caveat.en}`,
    );
  },
  direction: (p: { section: string; item: ItemRef; unconfirmed: boolean }): Bilingual => {
    const caveat = p.unconfirmed ? UNCONFIRMED : NO_CAVEAT;
    return bi(
      `В плане нет ни одного мероприятия по направлению ${p.section} «${p.item.title.ru}».${caveat.ru}`,
      `The plan has no measure under direction ${p.section} “${p.item.title.en}”.${caveat.en}`,
    );
  },
};

/** What the rule reports, as the catalogue (src/core/findings/catalogue.ts) lists it. */
export const codes = {
  "missing-item": {
    severity: "error",
    label: bi("Пропущенные пункты", "Missing items"),
    description: bi(
      "пункт федеральной формы, которого нет ни в одной строке",
      "an item of the federal form that no row covers",
    ),
    messages,
    example: messages.item({
      item: EXAMPLE_ITEM,
      expected: bi("не позднее 15 февраля 2027 года", "by 15 February 2027"),
      unconfirmed: false,
    }),
  },
} satisfies RuleCodes;

/** An item of the form that no row covers, placed where it belongs: after the nearest earlier item found. */
export function check(ctx: CheckContext): Placed[] {
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
        ? messages.direction({ section: item.section, item, unconfirmed })
        : messages.item({ item, expected, unconfirmed });
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
