import type { RuleCodes } from "../../findings/catalogue";
import { bi } from "../../findings/text";
import type { Bilingual } from "../../lang";
import { finding, memoised, type CheckContext, type Placed } from "../context";
import { extractNames, isVariant, type NameOccurrence } from "../names";

const messages = {
  row: (p: { here: string; there: string; where: string }): Bilingual =>
    bi(
      `Фамилия записана по-разному: «${p.here}» здесь и «${p.there}» в ячейке ${p.where}. Проверьте написание.`,
      `The surname is spelled two ways: «${p.here}» here and «${p.there}» in cell ${p.where}. Check the spelling.`,
    ),
};

/** What the rule reports, as the catalogue (src/core/findings/catalogue.ts) lists it. */
export const codes = {
  "responsible-name-variant": {
    severity: "info",
    label: bi("Ответственный записан по-разному", "Responsible party spelled differently"),
    description: bi(
      "один человек записан двумя способами («Баник Я.В.» / «Банник Я.В.»)",
      "the same person spelled two ways («Баник Я.В.» / «Банник Я.В.»)",
    ),
    messages,
    example: messages.row({ here: "Баник Я.В.", there: "Банник Я.В.", where: "E14" }),
  },
} satisfies RuleCodes;

/** A spelling of a name, how often it occurs, and its first place in the table (null when only outside it). */
interface Spelling {
  sample: NameOccurrence;
  count: number;
  table: { address: string; pos: number } | null;
  firstAddress: string;
}

/** Every distinct spelling of a name in the responsible cells, then on the rest of the sheet. */
function spellings(ctx: CheckContext): Map<string, Spelling> {
  const out = new Map<string, Spelling>();
  const note = (n: NameOccurrence, address: string, pos: number | null) => {
    const s = out.get(n.text);
    if (!s) {
      const table = pos === null ? null : { address, pos };
      out.set(n.text, { sample: n, count: 1, table, firstAddress: address });
    } else {
      s.count += 1;
      if (!s.table && pos !== null) s.table = { address, pos };
    }
  };
  // Consolidated sheets repeat the same few responsible texts thousands of times; with the three other memos of 5a071c0 removed, checkSheet took +34 % wall at 10,000 rows (quiet machine).
  const names = new Map<string, NameOccurrence[]>();
  for (const r of ctx.rows) {
    const f = r.row.fields.responsible;
    if (!f) continue;
    const address = f.addresses[0] ?? r.row.address;
    for (const n of memoised(names, f.text, (t) => extractNames(t, ""))) note(n, address, r.pos);
  }
  for (const n of ctx.sheetNames) note(n, n.address, null);
  return out;
}

/** One person written two ways («Баник Я.В.» / «Банник Я.В.»), at least once in the table. */
export function check(ctx: CheckContext): Placed[] {
  // Distinct spellings are compared, not occurrences.
  const byInitials = new Map<string, Spelling[]>();
  for (const s of spellings(ctx).values()) memoised(byInitials, s.sample.initials, () => []).push(s);
  const out: Placed[] = [];
  for (const list of byInitials.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i]!;
        const b = list[j]!;
        if ((!a.table && !b.table) || !isVariant(a.sample, b.sample)) continue;
        // Mark the rarer spelling when both are in the table (the earlier one on a tie); otherwise the table's one.
        let here = a.table ? a : b;
        if (a.table && b.table && (b.count < a.count || (b.count === a.count && b.table.pos < a.table.pos)))
          here = b;
        const there = here === a ? b : a;
        const where = there.table?.address ?? there.firstAddress;
        const at = here.table!;
        out.push(
          finding(ctx, "responsible-name-variant", at.pos, {
            address: at.address,
            rowIndex: ctx.roadmap.rows[at.pos]!.index,
            message: messages.row({
              here: here.sample.text,
              there: there.sample.text,
              where,
            }),
            actual: here.sample.text,
          }),
        );
      }
    }
  }
  return out;
}
