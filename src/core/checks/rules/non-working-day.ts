import type { RuleCodes } from "../../findings/catalogue";
import { bi, ruDate } from "../../findings/text";
import { isWorkingDay, nonWorkingReason } from "../../calendar";
import type { Deadline, IsoDate } from "../../deadlines/types";
import type { Bilingual } from "../../lang";
import { finding, memoised, type CheckContext, type Placed } from "../context";

const messages = {
  row: (p: { due: IsoDate; reason: Bilingual | null }): Bilingual =>
    bi(
      p.reason
        ? `Срок ${ruDate(p.due)} приходится на ${p.reason.ru}.`
        : `Срок ${ruDate(p.due)} приходится на нерабочий день.`,
      p.reason
        ? `The deadline ${p.due} falls on a ${p.reason.en}.`
        : `The deadline ${p.due} falls on a non-working day.`,
    ),
};

/** What the rule reports, as the catalogue (src/core/findings/catalogue.ts) lists it. */
export const codes = {
  "non-working-day": {
    severity: "info",
    label: bi("Срок в нерабочий день", "Deadline on a non-working day"),
    description: bi(
      "срок в выходной или праздничный день РФ (производственный календарь 2020–2027; указа о переносах на 2027 год ещё нет, учтены только переносы по закону)",
      "a deadline on a weekend or a Russian public holiday (calendar data 2020–2027; 2027's transfer decree is not out, so only the law's automatic transfers apply)",
    ),
    messages,
    example: messages.row({ due: "2027-05-09", reason: null }),
  },
} satisfies RuleCodes;

/** Deadlines that name one day (a period or a schedule has no single day to fall on a holiday); a day counted from
 * another step («за месяц до открытия») is not a day the planner wrote, so it is not theirs to move. */
function namesOneDay(d: Deadline): boolean {
  if (d.event) return false;
  return (
    d.kind === "date" ||
    d.kind === "by-date" ||
    d.kind === "relative" ||
    (d.kind === "recurring" && (d.start === null || d.start === d.due))
  );
}

const message = (due: IsoDate) =>
  isWorkingDay(due) ? null : messages.row({ due, reason: nonWorkingReason(due) });

/** A fixed deadline on a weekend or a Russian public holiday. */
export function check(ctx: CheckContext): Placed[] {
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
