// What a header must show to open a roadmap: a bare «Название | Дата» heads any register of names with dates.
import { describe, expect, it } from "vitest";
import { readRoadmaps } from "../../../src/core/reader";
import { grid } from "./layouts";

/** The shape of PhpSpreadsheet's issue.2362.xlsx: a warning list of companies, one date per company. */
const REGISTER = [
  ["Дата", "Название", "ИНН", "Адрес", "Сайт", "Признаки, установленные Банком России"],
  [44498, "Brokers Park LTD, Brokers Park", null, null, "brokerspark.com", "Признаки нелегального участника"],
  [44498, 'ООО "ЛОМБАРД ОМЕГА+"', null, null, null, "Признаки нелегального кредитора"],
  [44499, "Комиссионный магазин №1", null, null, null, "Признаки нелегального кредитора"],
];

describe("evidence of a roadmap header", () => {
  it("a bare name and a date with nothing a roadmap has beside them is no roadmap", () => {
    const r = readRoadmaps(grid(REGISTER, [], "RC"));
    expect(r.roadmaps).toHaveLength(0);
    expect(r.reason?.en).toMatch(/No table header found/);
    // The reason also says what to do, in both languages.
    expect(r.reason?.ru).toMatch(
      /Подпишите столбцы таблицы этими словами или выберите лист с дорожной картой\.$/,
    );
    expect(r.reason?.en).toMatch(/or choose the sheet that holds the roadmap\.$/);
  });

  it("a header with no rows under it says to fill the rows or insert the template", () => {
    const r = readRoadmaps(grid([["№", "Мероприятие", "Ответственный", "Срок"]], [], "Пусто"));
    expect(r.roadmaps).toHaveLength(0);
    expect(r.reason?.ru).toMatch(/вставьте шаблон дорожной карты\.$/);
    expect(r.reason?.en).toMatch(/or insert the roadmap template\.$/);
  });

  it("the same bare name over numbered rows is a roadmap", () => {
    const numbered = [
      ["№", "Наименование", "Срок"],
      ["1.", "Закупка оборудования", "до 01.09.2024"],
      ["2.", "Повышение квалификации педагогов", "до 01.08.2024"],
    ];
    const r = readRoadmaps(grid(numbered));
    expect(r.roadmaps).toHaveLength(1);
    expect(r.roadmaps[0]!.rows).toHaveLength(2);
  });

  it("a header naming the measures, or a responsible beside a bare name, is a roadmap without numbers", () => {
    const measures = [
      ["Мероприятие", "Срок"],
      ["Закупка оборудования", "до 01.09.2024"],
    ];
    const responsible = [
      ["Название", "Дата", "Ответственный"],
      ["Закупка оборудования", "до 01.09.2024", "Министерство"],
    ];
    expect(readRoadmaps(grid(measures)).roadmaps).toHaveLength(1);
    expect(readRoadmaps(grid(responsible)).roadmaps).toHaveLength(1);
  });
});
