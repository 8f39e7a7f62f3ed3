import { compareIso } from "../../deadlines";
import { MESSAGES } from "../../findings/messages";
import type { Bilingual } from "../../lang";
import { finding, memoised, type CheckContext, type Placed } from "../context";

/** A deadline far outside the roadmap's period (a typo in the year: «2017» in a 2027 plan). */
export function deadlineOutsidePlan(ctx: CheckContext): Placed[] {
  const { plan, year } = ctx;
  if (!plan || year === null) return [];
  const out: Placed[] = [];
  // One message per (deadline text, due day).
  const messages = new Map<string, Map<string, Bilingual>>();
  for (const r of ctx.rows) {
    const d = r.deadline;
    // A year the parser had to guess is not the planner's mistake.
    if (!d || !r.due || d.yearInferred || d.kind === "unknown") continue;
    const start = d.start ?? r.due;
    if (compareIso(r.due, plan.to) <= 0 && compareIso(start, plan.from) >= 0) continue;
    const text = r.actual ?? "";
    const byDue = memoised(messages, text, () => new Map<string, Bilingual>());
    out.push(
      finding(ctx, "deadline-outside-plan", r.pos, {
        address: r.deadlineAddress,
        rowIndex: r.row.index,
        message: memoised(byDue, r.due, (due) =>
          MESSAGES["deadline-outside-plan"].row({ actual: text, due, year, span: plan.span }),
        ),
        actual: r.actual,
        match: r.match,
      }),
    );
  }
  return out;
}
