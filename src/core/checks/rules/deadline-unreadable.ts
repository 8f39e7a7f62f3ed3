import type { RuleCodes } from "../../findings/catalogue";
import { bi, shorten } from "../../findings/text";
import type { Bilingual } from "../../lang";
import { finding, type CheckContext, type Placed } from "../context";

const messages = {
  row: (p: { actual: string; year: number | null }): Bilingual =>
    bi(
      `Срок «${shorten(p.actual, 50)}» не читается как дата или период: запишите его, например, «не позднее 1 марта ${p.year ?? 2027} года».`,
      `The deadline “${shorten(p.actual, 50)}” does not read as a date or a period: write it as, e.g., «не позднее 1 марта ${p.year ?? 2027} года».`,
    ),
};

/** What the rule reports, as the catalogue (src/core/findings/catalogue.ts) lists it. */
export const codes = {
  "deadline-unreadable": {
    severity: "warning",
    label: bi("Срок не распознан", "Unreadable deadline"),
    description: bi(
      "ячейку «Срок» нельзя прочитать как срок",
      "the «Срок» cell cannot be read as a deadline",
    ),
    messages,
    example: messages.row({ actual: "по мере готовности", year: 2027 }),
  },
} satisfies RuleCodes;

/** A «Срок» cell the deadline parser cannot read as a date or a period («по мере готовности»). */
export function check(ctx: CheckContext): Placed[] {
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
        message: messages.row({ actual: r.actual ?? "", year: ctx.year }),
        actual: r.actual,
        match: r.match,
      }),
    );
  }
  return out;
}
