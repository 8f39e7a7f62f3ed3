import type { Bilingual } from "../lang";
import { bi } from "./text";

// The messages that belong to no finding code: a report's notes and the plan's period. Each code's own messages are in
// its rule file (src/core/checks/rules/<code>.ts).

/** Caveats written into a report's notes (not findings). */
export const NOTES = {
  olderGeneration: (p: { generation: number; year: number }): Bilingual =>
    bi(
      `Шаблон поколения ${p.generation} года применён к дорожной карте на ${p.year} год: более новая форма не найдена.`,
      `The ${p.generation} generation template was applied to a ${p.year} roadmap: no newer form was found.`,
    ),
  /** The title names last year, the deadlines the next: the year was taken from the deadlines. */
  staleTitleYear: (p: { titleYear: number; year: number }): Bilingual =>
    bi(
      `Год дорожной карты взят по срокам — ${p.year}; в заголовке указан ${p.titleYear} год, хотя документ подписан позже и ни один срок не приходится на ${p.titleYear} год. Проверьте год в заголовке.`,
      `The roadmap's year was taken from its deadlines — ${p.year}; the title says ${p.titleYear}, though the act is later and no deadline falls in ${p.titleYear}. Check the year in the title.`,
    ),
  yearUnknown: (): Bilingual =>
    bi(
      "Год дорожной карты не определён: сроки сравнены с шаблоном только там, где они записаны относительно года получения субсидии; укажите год, чтобы проверить остальные.",
      "The roadmap's year is unknown: deadlines were compared with the template only where written relative to the subsidy year; set the year to check the rest.",
    ),
  /** For 2025 and later: no federal form was found, so the latest known generation is applied. */
  noFederalForm: (p: { generation: number; year: number }): Bilingual =>
    bi(
      `Применена последняя известная редакция (поколение ${p.generation} года); федеральная форма на ${p.year} год не получена. Загрузите официальную форму, когда она будет получена.`,
      `The latest known edition (the ${p.generation} generation) was applied; no federal form for ${p.year} has been received. Load the official form once it is received.`,
    ),
  /** Items left out because the funding basis excludes them, and why. */
  fundingNotApplied: (p: { items: Bilingual[]; reason: Bilingual; unsure: Bilingual[] }): Bilingual =>
    bi(
      `Не применены пункты, которые есть в форме только из-за федеральной субсидии: ${p.items.map((t) => `«${t.ru}»`).join(", ")} (${p.reason.ru}).${p.unsure.length > 0 ? ` Не подтверждено, что ${p.unsure.map((t) => `«${t.ru}»`).join(", ")} требуется только при федеральной субсидии: проверьте по своей форме.` : ""}`,
      `Items that the form has only because of a federal subsidy were not applied: ${p.items.map((t) => `“${t.en}”`).join(", ")} (${p.reason.en}).${p.unsure.length > 0 ? ` It is not confirmed that ${p.unsure.map((t) => `“${t.en}”`).join(", ")} is required only under a federal subsidy: check against your form.` : ""}`,
    ),
  /** The edition has items tied to a federal subsidy, and the basis is unknown: they were all applied. */
  fundingUnknown: (p: { items: Bilingual[] }): Bilingual =>
    bi(
      `Источник финансирования не определён (ни заголовок, ни текст над таблицей не называют бюджет), поэтому применены все пункты формы, в том числе связанные с федеральной субсидией: ${p.items.map((t) => `«${t.ru}»`).join(", ")}. Если центр создаётся за счёт регионального или муниципального бюджета, укажите источник финансирования.`,
      `The funding basis could not be determined (neither the title nor the text above the table names a budget), so every item of the form was applied, including those tied to a federal subsidy: ${p.items.map((t) => `“${t.en}”`).join(", ")}. If the centre is funded from the regional or municipal budget, set the funding basis.`,
    ),
  editionNotFound: (p: { editionId: string }): Bilingual =>
    bi(
      `Шаблон «${p.editionId}» не найден: дорожная карта проверена без шаблона.`,
      `Template “${p.editionId}” was not found: the roadmap was checked without a template.`,
    ),
};

/** The roadmap's period as written in the outside-plan message: «2024 г.» or «2023–2025 гг.». */
export function planSpanText(year: number, window: readonly [number, number]): Bilingual {
  const from = year + window[0];
  const to = year + window[1];
  return from === to ? bi(`${from} г.`, `${from}`) : bi(`${from}–${to} гг.`, `${from}–${to}`);
}
