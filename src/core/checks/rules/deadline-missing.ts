import type { RuleCodes } from "../../findings/catalogue";
import { bi } from "../../findings/text";
import type { Bilingual } from "../../lang";
import { ruleText } from "../../templates/rules";
import { finding, type CheckContext, type Placed } from "../context";

const messages = {
  noColumn: (): Bilingual =>
    bi(
      "В таблице нет столбца «Срок»: сроки мероприятий не указаны.",
      "The table has no «Deadline» column: no measure has a deadline.",
    ),
  row: (p: { title: string }): Bilingual =>
    bi(`Не указан срок мероприятия «${p.title}».`, `No deadline for the measure “${p.title}”.`),
};

/** What the rule reports, as the catalogue (src/core/findings/catalogue.ts) lists it. */
export const codes = {
  "deadline-missing": {
    severity: "error",
    label: bi("Срок не указан", "No deadline"),
    description: bi("срок не указан совсем", "no deadline at all"),
    messages,
    example: messages.row({ title: "Проведено обучение педагогов" }),
  },
} satisfies RuleCodes;

/** A table with no «Срок» column nor deadline labels (once, on its header), or a measure with no deadline. */
export function check(ctx: CheckContext): Placed[] {
  const { roadmap, rows } = ctx;
  if (rows.length === 0) return [];
  // Without a «Срок» column, label rows («Срок: …») may still give the measures theirs.
  if (!ctx.columns.deadline && rows.every((r) => r.deadline === null)) {
    const message = messages.noColumn();
    return [finding(ctx, "deadline-missing", -0.5, { address: roadmap.headerAddress, message })];
  }
  const out: Placed[] = [];
  for (const r of rows) {
    if (r.deadline !== null || !r.titled) continue;
    const first = r.items.length > 0 ? r.items[0] : undefined;
    out.push(
      finding(ctx, "deadline-missing", r.pos, {
        address: r.deadlineAddress,
        rowIndex: r.row.index,
        itemId: first?.id ?? null,
        itemTitle: first?.title ?? null,
        message: messages.row({ title: ctx.shortTitle(r) }),
        expected: first && first.deadline.kind !== "none" ? ruleText(first.deadline, ctx.year) : null,
        match: r.match,
      }),
    );
  }
  return out;
}
