import { isWorkingDay, nonWorkingReason } from "../../calendar";
import type { Deadline, IsoDate } from "../../deadlines/types";
import { MESSAGES } from "../../findings/messages";
import type { Bilingual } from "../../lang";
import { finding, memoised, type CheckContext, type Placed } from "../context";

/** Deadlines that name one day (a period or a schedule has no single day to fall on a holiday). */
function namesOneDay(d: Deadline): boolean {
  return (
    d.kind === "date" ||
    d.kind === "by-date" ||
    d.kind === "relative" ||
    (d.kind === "recurring" && (d.start === null || d.start === d.due))
  );
}

const message = (due: IsoDate) =>
  isWorkingDay(due) ? null : MESSAGES["non-working-day"].row({ due, reason: nonWorkingReason(due) });

/** A fixed deadline on a weekend or a Russian public holiday. */
export function nonWorkingDay(ctx: CheckContext): Placed[] {
  const out: Placed[] = [];
  // Consolidated sheets repeat a few dozen dates: each day is looked up once.
  // Bench: checkSheet 10,000 rows +38–50 % CPU without this, the overdue and the duplicate memos (A/B, 2026-12-03).
  const messages = new Map<string, Bilingual | null>();
  for (const r of ctx.rows) {
    if (!r.deadline || !r.due || !namesOneDay(r.deadline)) continue;
    const m = memoised(messages, r.due, message);
    if (m === null) continue;
    out.push(
      finding(ctx, "non-working-day", r.pos, {
        address: r.deadlineAddress,
        rowIndex: r.row.index,
        message: m,
        actual: r.actual,
      }),
    );
  }
  return out;
}
