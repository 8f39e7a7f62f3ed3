import type { RuleCodes } from "../../findings/catalogue";
import { bi } from "../../findings/text";
import type { Bilingual } from "../../lang";
import { columnCell, fieldBlank, finding, type CheckContext, type Placed } from "../context";

const messages = {
  noColumn: (): Bilingual =>
    bi(
      "В таблице нет столбца «Ответственный»: ответственные за мероприятия не указаны.",
      "The table has no «Responsible» column: no measure has a responsible.",
    ),
  noOtvLines: (): Bilingual =>
    bi(
      "В таблице нет ни строки «Отв. …» под мероприятиями, ни столбца «Ответственный»: ответственные не указаны.",
      "The table has no «Отв. …» line under its measures and no «Responsible» column: no measure has a responsible.",
    ),
  row: (p: { title: string }): Bilingual =>
    bi(
      `Не указан ответственный за мероприятие «${p.title}».`,
      `No responsible for the measure “${p.title}”.`,
    ),
};

/** What the rule reports, as the catalogue (src/core/findings/catalogue.ts) lists it. */
export const codes = {
  "responsible-missing": {
    severity: "warning",
    label: bi("Нет ответственного", "No responsible party"),
    description: bi("пустая ячейка ответственного", "empty responsible cell"),
    messages,
    example: messages.row({ title: "Проведено обучение педагогов" }),
  },
} satisfies RuleCodes;

/** A table without a responsible column (once, on its header), or a measure with an empty responsible cell. */
export function check(ctx: CheckContext): Placed[] {
  const { roadmap, rows } = ctx;
  if (rows.length === 0) return [];
  if (!ctx.columns.responsible) {
    // A line above or below the table names the responsible for the whole plan: every measure has one.
    if (roadmap.planResponsible) return [];
    // A matrix names its responsibles in «Отв.» lines under each measure, not in a column.
    const message = roadmap.layout === "matrix" ? messages.noOtvLines() : messages.noColumn();
    return [finding(ctx, "responsible-missing", -0.5, { address: roadmap.headerAddress, message })];
  }
  const out: Placed[] = [];
  for (const r of rows) {
    if (!r.titled || !fieldBlank(r.row.fields.responsible)) continue;
    const first = r.items.length > 0 ? r.items[0] : undefined;
    out.push(
      finding(ctx, "responsible-missing", r.pos, {
        address: columnCell(roadmap, r.row, "responsible"),
        rowIndex: r.row.index,
        itemId: first?.id ?? null,
        itemTitle: first?.title ?? null,
        message: messages.row({ title: ctx.shortTitle(r) }),
        expected: first ? first.responsible : null,
        match: r.match,
      }),
    );
  }
  return out;
}
