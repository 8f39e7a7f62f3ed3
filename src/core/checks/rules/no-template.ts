import type { RuleCodes } from "../../findings/catalogue";
import { bi } from "../../findings/text";
import type { Bilingual } from "../../lang";
import type { ProgrammeId } from "../../programmes";
import { finding, type CheckContext, type Placed } from "../context";

const messages = {
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
};

/** What the rule reports, as the catalogue (src/core/findings/catalogue.ts) lists it. */
export const codes = {
  // Not the planner's fault, but the roadmap could not be compared with any form: a reviewer must know.
  "no-template": {
    severity: "warning",
    label: bi("Нет шаблона", "No template"),
    description: bi(
      "для программы нет известной федеральной формы (IT-куб): загрузите её",
      "no known federal form for the programme (IT-куб): load one",
    ),
    messages,
    example: messages.reason("it-cube", 2027),
  },
} satisfies RuleCodes;

/** Why a programme has no edition: said to the planner instead of inventing a template. */
export const noTemplateReason = messages.reason;

/** No known federal form for the programme (IT-куб): said once, on the table's header, before everything else. */
export function check(ctx: CheckContext): Placed[] {
  if (ctx.edition) return [];
  const message = messages.reason(ctx.roadmap.programme.value, ctx.year);
  return [finding(ctx, "no-template", -1, { address: ctx.roadmap.headerAddress, marksCell: false, message })];
}
