import type { RuleCodes } from "../../findings/catalogue";
import { bi, shorten } from "../../findings/text";
import type { Bilingual } from "../../lang";
import { finding, memoised, type CheckContext, type Placed } from "../context";

const messages = {
  row: (p: { title: string; template: Bilingual }): Bilingual =>
    bi(
      `Мероприятие «${shorten(p.title, 60)}» не соответствует ни одному пункту шаблона «${p.template.ru}». Если это региональное дополнение, замечание можно не учитывать.`,
      `The measure “${shorten(p.title, 60)}” matches no item of the template “${p.template.en}”. If it is a regional addition, ignore this note.`,
    ),
};

/** What the rule reports, as the catalogue (src/core/findings/catalogue.ts) lists it. */
export const codes = {
  "extra-row": {
    severity: "info",
    label: bi("Строки вне шаблона", "Rows not in the template"),
    description: bi(
      "строка, не соответствующая ни одному пункту формы",
      "a row that matches no item of the form",
    ),
    messages,
    example: messages.row({
      title: "Региональный конкурс проектов",
      template: bi("Кванториум, 2024", "Kvantorium, 2024"),
    }),
  },
} satisfies RuleCodes;

/** A row that matches no item of the form (a regional addition, or an item worded beyond recognition). */
export function check(ctx: CheckContext): Placed[] {
  const { match, edition, roadmap } = ctx;
  if (!match || !edition) return [];
  const out: Placed[] = [];
  // One message per distinct title: a consolidated sheet repeats its regional additions block after block.
  // Bench: checkSheet 10,000 rows +6–10 % CPU without this and the deadline-text memo in checks/context (A/B, 2026-12-03).
  const written = new Map<string, Bilingual>();
  const message = (title: string) => messages.row({ title, template: edition.title });
  for (const pos of match.extras) {
    const row = roadmap.rows[pos]!;
    out.push(
      finding(ctx, "extra-row", pos, {
        address: row.address,
        rowIndex: row.index,
        message: memoised(written, row.fields.title?.text ?? "", message),
      }),
    );
  }
  return out;
}
