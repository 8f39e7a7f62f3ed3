import { MESSAGES } from "../../findings/messages";
import { normalize } from "../../reader/normalize";
import { finding, type CheckContext, type Placed } from "../context";

/** НП «Образование» and ФП «Современная школа» ended in 2024 (federal-forms-2025-2027.md §1). */
const OLD_BASIS = new RegExp(
  [
    // ФП «Современная школа», with or without «федерального проекта» before the quoted name.
    `(?:федеральн[а-я]*\\s+проект[а-я]*|фп)\\s*[«"“„]?\\s*современн[а-я]*\\s+школ[а-я]*`,
    `[«"“„]\\s*современн[а-я]*\\s+школ[а-я]*\\s*[»"”“]`,
    `(?:национальн[а-я]*\\s+проект[а-я]*|нацпроект[а-я]*|нп)\\s*[«"“„]?\\s*образовани[а-я]*`,
  ].join("|"),
);
/** A text naming the new national project cites the old one as history, not as its current basis. */
const NEW_BASIS = /молодежь\s+и\s+дети/;
/** Roadmaps for this year and later should no longer rest on НП «Образование» (ended 2024; 2025 plans were written in it). */
export const OUTDATED_FROM_YEAR = 2026;

/** A 2026+ roadmap whose title or preamble names ФП «Современная школа» or НП «Образование» as its basis: one note. */
export function outdatedBasis(ctx: CheckContext): Placed[] {
  if (ctx.year === null || ctx.year < OUTDATED_FROM_YEAR) return [];
  const cells = ctx.roadmap.textAbove ?? [];
  if (cells.some((c) => NEW_BASIS.test(normalize(c.text)))) return [];
  for (const c of cells) {
    const m = OLD_BASIS.exec(normalize(c.text));
    if (!m) continue;
    const words = c.text.slice(m.index, m.index + m[0].length).replace(/\s+/g, " ");
    return [
      finding(ctx, "outdated-basis", -1, {
        address: c.address,
        marksCell: false,
        message: MESSAGES["outdated-basis"].cell({ words, year: ctx.year }),
        actual: c.text.replace(/\s+/g, " ").trim(),
      }),
    ];
  }
  return [];
}
