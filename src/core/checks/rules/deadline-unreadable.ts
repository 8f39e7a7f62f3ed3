import type { RuleCodes } from "../../findings/catalogue";
import { isArrivalTerm, isEventTerm } from "../../deadlines";
import { bi, shorten } from "../../findings/text";
import type { Bilingual } from "../../lang";
import { finding, type CheckContext, type Placed } from "../context";

const messages = {
  event: (p: { actual: string }): Bilingual =>
    bi(
      `Срок «${shorten(p.actual, 50)}» отсчитывается от события, а не от даты: сверить его с шаблоном нельзя — проверьте дату события.`,
      `The deadline “${shorten(p.actual, 50)}” counts from an event, not a date: it cannot be compared with the template — check the event's date.`,
    ),
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
      "ячейку «Срок» нельзя прочитать как срок (заметка, если срок отсчитывается от события: «в течение 10 рабочих дней после поставки»)",
      "the «Срок» cell cannot be read as a deadline (a note when it counts from an event: «в течение 10 рабочих дней после поставки»)",
    ),
    messages,
    example: messages.row({ actual: "по мере готовности", year: 2027 }),
  },
} satisfies RuleCodes;

/** A «Срок» cell the deadline parser cannot read as a date or a period («по мере готовности»); a term counted from
 * an event («в течение 10 рабочих дней после поставки») is a deliberate deadline, so only a note (info), and so is
 * «по мере поступления оборудования» on a regional row the form does not date. */
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
        ...(isEventTerm(r.deadline) || (isArrivalTerm(r.deadline) && r.items.length === 0)
          ? { severity: "info" as const, message: messages.event({ actual: r.actual ?? "" }) }
          : { message: messages.row({ actual: r.actual ?? "", year: ctx.year }) }),
        actual: r.actual,
        match: r.match,
      }),
    );
  }
  return out;
}
