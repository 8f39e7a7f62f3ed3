import type { RuleCodes } from "../../findings/catalogue";
import { bi, shorten } from "../../findings/text";
import type { Bilingual } from "../../lang";
import { normalize } from "../../reader/normalize";
import { finding, type CheckContext, type Placed } from "../context";

const messages = {
  cell: (p: { words: string; year: number }): Bilingual =>
    bi(
      `Дорожная карта на ${p.year} год называет своим основанием «${shorten(p.words, 80)}»: национальный проект «Образование» и его федеральный проект «Современная школа» завершены в 2024 году, программы продолжаются в НП «Молодёжь и дети». Уточните основание; регионы ещё ссылаются на прежние методические рекомендации, поэтому это замечание, а не ошибка.`,
      `The ${p.year} roadmap names «${shorten(p.words, 80)}» as its basis: the national project «Образование» and its federal project «Современная школа» ended in 2024; the programmes continue under «Молодёжь и дети». Check the basis; regions still cite the earlier recommendations, so this is a note, not an error.`,
    ),
};

/** What the rule reports, as the catalogue (src/core/findings/catalogue.ts) lists it. */
export const codes = {
  // Regions still cite the old recommendations (federal-forms-2025-2027.md §4 p. 3): a note for the reviewer only.
  "outdated-basis": {
    severity: "info",
    label: bi("Основание до 2025 года", "Pre-2025 basis"),
    description: bi(
      "дорожная карта на 2026 год и позже называет основанием ФП «Современная школа» или НП «Образование», завершённые в 2024 году",
      "a roadmap for 2026 or later names the federal project «Современная школа» or the national project «Образование», both ended in 2024, as its basis",
    ),
    messages,
    example: messages.cell({
      words: "федерального проекта «Современная школа» национального проекта «Образование»",
      year: 2027,
    }),
  },
} satisfies RuleCodes;

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
export function check(ctx: CheckContext): Placed[] {
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
        message: messages.cell({ words, year: ctx.year }),
        actual: c.text.replace(/\s+/g, " ").trim(),
      }),
    ];
  }
  return [];
}
