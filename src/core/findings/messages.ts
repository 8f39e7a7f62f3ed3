import type { IsoDate } from "../deadlines/types";
import type { Bilingual } from "../lang";
import type { ProgrammeId } from "../programmes";
import { bi, missingNumbers, ruDate, shorten } from "./text";

/**
 * Every message a check writes, in both languages, as a small typed template per code. The rules in
 * src/core/checks/rules fill them; the catalogue shows one example of each. Type-only imports besides ./text, so the
 * pane's first bundle can load it.
 */

/** A template item as the messages name it. */
interface ItemRef {
  title: Bilingual;
}

const UNCONFIRMED = bi(
  " Пункт известен только по региональным актам; в федеральной форме его наличие не подтверждено.",
  " The item is known only from regional acts; the federal form is not confirmed to have it.",
);
const NO_CAVEAT = bi("", "");

export const MESSAGES = {
  "no-template": {
    /** Why a programme has no edition: said to the planner instead of inventing a template. */
    reason: (programme: ProgrammeId | "unknown", targetYear: number | null): Bilingual => {
      if (programme === "it-cube") {
        return bi(
          "Для центров «IT-куб» федеральный перечень пунктов комплекса мер неизвестен: методические рекомендации 2019 года требуют трёхлетний комплекс мер с расчётом затрат, но его строки недоступны. Загрузите шаблон (лист или JSON), полученный от Минпросвещения или федерального оператора, — без него проверены только сроки, ответственные и нумерация.",
          "The federal item list of the IT-Cube roadmap is unknown: the 2019 recommendations require a three-year roadmap with a cost calculation, but its rows are not available. Load a template (sheet or JSON) received from the Ministry or the federal operator; without it only deadlines, responsibles and numbering are checked.",
        );
      }
      if (programme === "unknown") {
        return bi(
          "Программа дорожной карты не определена: выберите её (или загрузите шаблон), чтобы сверить пункты и сроки с федеральной формой. Проверены только сроки, ответственные и нумерация.",
          "The roadmap's programme was not recognised: choose it (or load a template) to compare items and deadlines with the federal form. Only deadlines, responsibles and numbering were checked.",
        );
      }
      return bi(
        `Для этой программы нет шаблона на ${targetYear ?? "указанный"} год: самая ранняя известная форма относится к более позднему году. Загрузите шаблон, чтобы сверить пункты и сроки; проверены только сроки, ответственные и нумерация.`,
        `No template for this programme fits ${targetYear ?? "the"} year: the earliest known form is for a later year. Load a template to compare items and deadlines; only deadlines, responsibles and numbering were checked.`,
      );
    },
  },
  "missing-item": {
    item: (p: { item: ItemRef; expected: Bilingual | null; unconfirmed: boolean }): Bilingual => {
      const caveat = p.unconfirmed ? UNCONFIRMED : NO_CAVEAT;
      return bi(
        `В дорожной карте нет пункта «${p.item.title.ru}»${p.expected ? ` (по шаблону — ${p.expected.ru})` : ""}.${caveat.ru}`,
        `The roadmap lacks the item “${p.item.title.en}”${p.expected ? ` (template: ${p.expected.en})` : ""}.${caveat.en}`,
      );
    },
    direction: (p: { section: string; item: ItemRef; unconfirmed: boolean }): Bilingual => {
      const caveat = p.unconfirmed ? UNCONFIRMED : NO_CAVEAT;
      return bi(
        `В плане нет ни одного мероприятия по направлению ${p.section} «${p.item.title.ru}».${caveat.ru}`,
        `The plan has no measure under direction ${p.section} “${p.item.title.en}”.${caveat.en}`,
      );
    },
  },
  "late-vs-template": {
    late: (p: { actual: string; expected: Bilingual; item: ItemRef; caveat: Bilingual | null }): Bilingual =>
      bi(
        `Срок «${shorten(p.actual, 50)}» позже, чем по шаблону: ${p.expected.ru} (пункт «${p.item.title.ru}»).${p.caveat ? ` ${p.caveat.ru}` : ""}`,
        `The deadline “${shorten(p.actual, 50)}” is later than the template's: ${p.expected.en} (item “${p.item.title.en}”).${p.caveat ? ` ${p.caveat.en}` : ""}`,
      ),
    notComparable: (p: { actual: string; expected: Bilingual; item: ItemRef }): Bilingual =>
      bi(
        `Срок «${shorten(p.actual, 50)}» нельзя сравнить с шаблоном: для пункта «${p.item.title.ru}» шаблон устанавливает дату — ${p.expected.ru}. Укажите дату.`,
        `The deadline “${shorten(p.actual, 50)}” cannot be compared with the template: for “${p.item.title.en}” the template sets a date — ${p.expected.en}. Give a date.`,
      ),
  },
  "deadline-missing": {
    noColumn: (): Bilingual =>
      bi(
        "В таблице нет столбца «Срок»: сроки мероприятий не указаны.",
        "The table has no «Deadline» column: no measure has a deadline.",
      ),
    row: (p: { title: string }): Bilingual =>
      bi(`Не указан срок мероприятия «${p.title}».`, `No deadline for the measure “${p.title}”.`),
  },
  "deadline-unreadable": {
    row: (p: { actual: string; year: number | null }): Bilingual =>
      bi(
        `Срок «${shorten(p.actual, 50)}» не читается как дата или период: запишите его, например, «не позднее 1 марта ${p.year ?? 2027} года».`,
        `The deadline “${shorten(p.actual, 50)}” does not read as a date or a period: write it as, e.g., «не позднее 1 марта ${p.year ?? 2027} года».`,
      ),
  },
  "deadline-outside-plan": {
    row: (p: { actual: string; due: IsoDate; year: number; span: Bilingual }): Bilingual =>
      bi(
        `Срок «${shorten(p.actual, 50)}» (${ruDate(p.due)}) выходит за период дорожной карты на ${p.year} год (${p.span.ru}): проверьте год.`,
        `The deadline “${shorten(p.actual, 50)}” (${p.due}) is outside the period of the ${p.year} roadmap (${p.span.en}): check the year.`,
      ),
  },
  overdue: {
    row: (p: { due: IsoDate; checkDate: IsoDate }): Bilingual =>
      bi(
        `Срок ${ruDate(p.due)} прошёл (проверка на ${ruDate(p.checkDate)}), а отметки о выполнении нет.`,
        `The deadline ${p.due} has passed (checked on ${p.checkDate}) and there is no completion mark.`,
      ),
  },
  "responsible-missing": {
    noColumn: (): Bilingual =>
      bi(
        "В таблице нет столбца «Ответственный»: ответственные за мероприятия не указаны.",
        "The table has no «Responsible» column: no measure has a responsible.",
      ),
    row: (p: { title: string }): Bilingual =>
      bi(
        `Не указан ответственный за мероприятие «${p.title}».`,
        `No responsible for the measure “${p.title}”.`,
      ),
  },
  "result-missing": {
    row: (p: { title: string }): Bilingual =>
      bi(
        `Не указан результат мероприятия «${p.title}» (документ, которым оно подтверждается).`,
        `No result (the confirming document) for the measure “${p.title}”.`,
      ),
  },
  "duplicate-item": {
    row: (p: { item: ItemRef; otherAddress: string }): Bilingual =>
      bi(
        `Строка повторяет пункт «${p.item.title.ru}», который уже есть в ячейке ${p.otherAddress}.`,
        `The row repeats the item “${p.item.title.en}” already given in cell ${p.otherAddress}.`,
      ),
  },
  "numbering-gap": {
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
  },
  "numbering-duplicate": {
    row: (p: { number: string; firstAddress: string }): Bilingual =>
      bi(
        `Номер ${p.number} повторяется: он уже стоит у пункта в ячейке ${p.firstAddress}.`,
        `Number ${p.number} is used twice: it already numbers the item in cell ${p.firstAddress}.`,
      ),
  },
  "responsible-name-variant": {
    row: (p: { here: string; there: string; where: string }): Bilingual =>
      bi(
        `Фамилия записана по-разному: «${p.here}» здесь и «${p.there}» в ячейке ${p.where}. Проверьте написание.`,
        `The surname is spelled two ways: «${p.here}» here and «${p.there}» in cell ${p.where}. Check the spelling.`,
      ),
  },
  "extra-row": {
    row: (p: { title: string; template: Bilingual }): Bilingual =>
      bi(
        `Мероприятие «${shorten(p.title, 60)}» не соответствует ни одному пункту шаблона «${p.template.ru}». Если это региональное дополнение, замечание можно не учитывать.`,
        `The measure “${shorten(p.title, 60)}” matches no item of the template “${p.template.en}”. If it is a regional addition, ignore this note.`,
      ),
  },
  "non-working-day": {
    row: (p: { due: IsoDate; reason: Bilingual | null }): Bilingual =>
      bi(
        p.reason
          ? `Срок ${ruDate(p.due)} приходится на ${p.reason.ru}.`
          : `Срок ${ruDate(p.due)} приходится на нерабочий день.`,
        p.reason
          ? `The deadline ${p.due} falls on a ${p.reason.en}.`
          : `The deadline ${p.due} falls on a non-working day.`,
      ),
  },
  "outdated-basis": {
    cell: (p: { words: string; year: number }): Bilingual =>
      bi(
        `Дорожная карта на ${p.year} год называет своим основанием «${shorten(p.words, 80)}»: национальный проект «Образование» и его федеральный проект «Современная школа» завершены в 2024 году, программы продолжаются в НП «Молодёжь и дети». Уточните основание; регионы ещё ссылаются на прежние методические рекомендации, поэтому это замечание, а не ошибка.`,
        `The ${p.year} roadmap names «${shorten(p.words, 80)}» as its basis: the national project «Образование» and its federal project «Современная школа» ended in 2024; the programmes continue under «Молодёжь и дети». Check the basis; regions still cite the earlier recommendations, so this is a note, not an error.`,
      ),
  },
} as const;

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
