import type { RuleCodes } from "../../findings/catalogue";
import { bi, missingNumbers } from "../../findings/text";
import type { Bilingual } from "../../lang";
import { finding, type CheckContext, type Placed } from "../context";
import { checkNumbering, type NumberedRow } from "../numbering";

const gapMessages = {
  row: (p: { previous: string | null; current: string; missing: string[] }): Bilingual => {
    const miss = missingNumbers(p.missing);
    return p.previous
      ? bi(
          `После пункта ${p.previous} идёт ${p.current}: ${miss.ru}.`,
          `Item ${p.previous} is followed by ${p.current}: ${miss.en}.`,
        )
      : bi(
          `Нумерация начинается с ${p.current}: ${miss.ru}.`,
          `Numbering starts at ${p.current}: ${miss.en}.`,
        );
  },
};

const duplicateMessages = {
  row: (p: { number: string; firstAddress: string }): Bilingual =>
    bi(
      `Номер ${p.number} повторяется: он уже стоит у пункта в ячейке ${p.firstAddress}.`,
      `Number ${p.number} is used twice: it already numbers the item in cell ${p.firstAddress}.`,
    ),
};

/** What the rule reports, as the catalogue (src/core/findings/catalogue.ts) lists it. */
export const codes = {
  "numbering-gap": {
    severity: "info",
    label: bi("Пропуск в нумерации", "Gap in numbering"),
    description: bi("пропуск в нумерации («5.3 → 5.5»)", "a gap in the numbering («5.3 → 5.5»)"),
    messages: gapMessages,
    example: gapMessages.row({ previous: "5.3", current: "5.5", missing: ["5.4"] }),
  },
  "numbering-duplicate": {
    severity: "info",
    label: bi("Номер повторяется", "Number repeated"),
    description: bi("номер использован дважды", "a number used twice"),
    messages: duplicateMessages,
    example: duplicateMessages.row({ number: "3", firstAddress: "A9" }),
  },
} satisfies RuleCodes;

/** The rows with the numbers of dropped items («7 | Исключён») in their sheet places: 6, 8 around a dropped 7 is no gap. */
function withDropped(ctx: CheckContext): NumberedRow[] {
  const dropped = (ctx.roadmap.skipped ?? []).filter((k) => k.kind === "excluded" && k.number !== null);
  if (dropped.length === 0) return ctx.rows;
  const all = [
    ...ctx.rows.map((r) => ({ sheetRow: r.row.sheetRows[0]!, row: r as NumberedRow })),
    ...dropped.map((k) => ({ sheetRow: k.sheetRow, row: { pos: -1, number: k.number, silent: true } })),
  ];
  return all.sort((a, b) => a.sheetRow - b.sheetRow).map((x) => x.row);
}

/**
 * One organisation's rows of a list numbered through for several, read by its organisation column («4.1» for the first
 * school, «4.2» for the next) or by the school each step's own text names (its organisation read from its title
 * cell): its numbers skip the other organisations' by design.
 */
const sharedList = (ctx: CheckContext) =>
  ctx.roadmap.organisation != null &&
  (ctx.roadmap.columns.organisation !== undefined ||
    ctx.roadmap.rows.some((r) => r.fields.organisation?.addresses[0] === r.address));

/** Gaps («5.3» followed by «5.5») and repeats in the «№ п/п» column, at the number cell. */
export function check(ctx: CheckContext): Placed[] {
  const rows = ctx.roadmap.rows;
  const numbered = checkNumbering(withDropped(ctx));
  const { repeats } = numbered;
  const gaps = sharedList(ctx) ? [] : numbered.gaps;
  const numberCell = (pos: number) => rows[pos]!.fields.number?.addresses[0] ?? rows[pos]!.address;
  const at = (code: "numbering-gap" | "numbering-duplicate", pos: number, message: Bilingual) =>
    finding(ctx, code, pos, {
      address: numberCell(pos),
      rowIndex: rows[pos]!.index,
      message,
      actual: rows[pos]!.number,
    });
  return [
    ...gaps.map((g) => at("numbering-gap", g.pos, gapMessages.row(g))),
    ...repeats.map((rep) =>
      at(
        "numbering-duplicate",
        rep.pos,
        duplicateMessages.row({ number: rep.number, firstAddress: numberCell(rep.firstPos) }),
      ),
    ),
  ];
}
