import type { RuleCodes } from "../../findings/catalogue";
import { bi } from "../../findings/text";
import type { Bilingual } from "../../lang";
import { classifyHeader } from "../../reader/header-words";
import { columnCell, fieldBlank, finding, type CheckContext, type Placed } from "../context";

const messages = {
  row: (p: { title: string }): Bilingual =>
    bi(
      `Не указан результат мероприятия «${p.title}» (документ, которым оно подтверждается).`,
      `No result (the confirming document) for the measure “${p.title}”.`,
    ),
};

/** What the rule reports, as the catalogue (src/core/findings/catalogue.ts) lists it. */
export const codes = {
  "result-missing": {
    severity: "warning",
    label: bi("Нет результата", "No result"),
    description: bi("пустая ячейка результата", "empty result cell"),
    messages,
    example: messages.row({ title: "Проведено обучение педагогов" }),
  },
} satisfies RuleCodes;

/**
 * Whether a row of a matched item with no result in the form may go without one. A form whose results were never read
 * (no item carries one: the 2024 matrices) says nothing; there the planner's own table is the rule, and a blank among
 * results written on most other measures is an omission.
 */
function resultOptional(ctx: CheckContext): boolean {
  if (ctx.edition?.items.some((it) => it.result !== null)) return true;
  const titled = ctx.rows.filter((r) => r.titled);
  const written = titled.filter((r) => !fieldBlank(r.row.fields.result)).length;
  return written * 2 <= titled.length;
}

/** «Результат / комментарий», «Результат (примечание)»: a result column whose header also names it a note. */
const namesNote = (header: string) => header.split(/[/(,;]/).some((p) => classifyHeader(p.trim()) === "note");

/**
 * In a progress copy (a «факт» or status column beside it) a result column that is also a comment holds the planner's
 * remarks on execution, written where there is something to say: a blank there omits nothing.
 */
function progressComment(ctx: CheckContext): boolean {
  const { result, actual, status } = ctx.roadmap.columns;
  return namesNote(result?.header ?? "") && (actual !== undefined || status !== undefined);
}

/** An empty result cell, where the form has a result for the row's item (or no form tells otherwise). */
export function check(ctx: CheckContext): Placed[] {
  if (!ctx.columns.result || progressComment(ctx)) return [];
  const out: Placed[] = [];
  let optional: boolean | undefined;
  for (const r of ctx.rows) {
    if (!r.titled || !fieldBlank(r.row.fields.result)) continue;
    const withResult = r.items.find((it) => it.result !== null);
    if (r.items.length > 0 && !withResult && (optional ??= resultOptional(ctx))) continue;
    out.push(
      finding(ctx, "result-missing", r.pos, {
        address: columnCell(ctx.roadmap, r.row, "result"),
        rowIndex: r.row.index,
        itemId: withResult?.id ?? null,
        itemTitle: withResult?.title ?? null,
        message: messages.row({ title: ctx.shortTitle(r) }),
        expected: withResult?.result ?? null,
        match: r.match,
      }),
    );
  }
  return out;
}
