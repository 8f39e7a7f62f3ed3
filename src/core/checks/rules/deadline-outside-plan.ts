import type { RuleCodes } from "../../findings/catalogue";
import { bi, ruDate, shorten } from "../../findings/text";
import type { Bilingual } from "../../lang";
import type { IsoDate } from "../../deadlines/types";
import { compareIso } from "../../deadlines";
import { finding, type CheckContext, type Placed } from "../context";

const messages = {
  row: (p: { actual: string; due: IsoDate; year: number; span: Bilingual }): Bilingual =>
    bi(
      `Срок «${shorten(p.actual, 50)}» (${ruDate(p.due)}) выходит за период дорожной карты на ${p.year} год (${p.span.ru}): проверьте год.`,
      `The deadline “${shorten(p.actual, 50)}” (${p.due}) is outside the period of the ${p.year} roadmap (${p.span.en}): check the year.`,
    ),
};

/** What the rule reports, as the catalogue (src/core/findings/catalogue.ts) lists it. */
export const codes = {
  "deadline-outside-plan": {
    severity: "warning",
    label: bi("Срок вне года плана", "Deadline outside the plan year"),
    description: bi(
      "срок далеко за пределами года дорожной карты",
      "a deadline far outside the roadmap's year",
    ),
    messages,
    example: messages.row({
      actual: "1 марта 2017 года",
      due: "2017-03-01",
      year: 2027,
      span: bi("2026–2028 гг.", "2026–2028"),
    }),
  },
} satisfies RuleCodes;

/**
 * A period begun inside the plan that runs on into the next year («декабрь 2026 – январь 2027» in a 2026 roadmap) was
 * planned in it: no year was mistyped. One that ends later still («сентябрь 2026 – май 2072») is a typo.
 */
function runsOn(start: string, due: string, plan: { from: string; to: string }): boolean {
  if (start === due || compareIso(start, plan.from) < 0 || compareIso(start, plan.to) > 0) return false;
  return compareIso(due, `${Number(plan.to.slice(0, 4)) + 1}-12-31`) <= 0;
}

/** A deadline far outside the roadmap's period (a typo in the year: «2017» in a 2027 plan). */
export function check(ctx: CheckContext): Placed[] {
  const { plan, year } = ctx;
  if (!plan || year === null) return [];
  const out: Placed[] = [];
  for (const r of ctx.rows) {
    const d = r.deadline;
    // A year the parser had to guess is not the planner's mistake.
    if (!d || !r.due || d.yearInferred || d.kind === "unknown") continue;
    const start = d.start ?? r.due;
    if (compareIso(r.due, plan.to) <= 0 && compareIso(start, plan.from) >= 0) continue;
    if (runsOn(start, r.due, plan)) continue;
    out.push(
      finding(ctx, "deadline-outside-plan", r.pos, {
        address: r.deadlineAddress,
        rowIndex: r.row.index,
        message: messages.row({
          actual: r.actual ?? "",
          due: r.due,
          year,
          span: plan.span,
        }),
        actual: r.actual,
        match: r.match,
      }),
    );
  }
  return out;
}
