// One list for several programmes with a «Направление» column naming each row's programmes by the sheet's own
// abbreviations («ТР, ШК, ЦОС», defined in a legend above the table): each programme's roadmap is its rows
// (h161-tr-kv-cos-municipal-2027-programme-column-planted), as with a «Программа» column naming them in full.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/grid";
import { readRoadmaps } from "../../../src/core/reader";
import { grid } from "./layouts";

const values: CellValue[][] = [
  ["Дорожная карта по созданию центров «Точка роста», Школьного Кванториума и внедрению ЦОС на 2027 год"],
  [
    "ТР — центры «Точка роста»; ШК — детский технопарк «Кванториум» на базе общеобразовательной организации; ЦОС — цифровая образовательная среда",
  ],
  ["№ п/п", "Направление", "Мероприятие", "Срок", "Ответственный"],
  ["1", "ТР, ШК, ЦОС", "Назначение ответственных должностных лиц", "до 29.12.2026", "Гордеева В.А."],
  ["2", "ТР, ШК", "Утверждение комплекса мер (дорожной карты) на 2027 год", "до 29.12.2026", "Гордеева В.А."],
  ["3", "ЦОС", "Объявление закупок оборудования для внедрения ЦОС", "до 15.02.2027", "Никонов Е.С."],
  ["4", "ШК", "Обеспечение наличия базового набора оборудования", "до 01.03.2027", "Алексеева Н.В."],
  ["5", "ТР", "Подготовка реестра документов", "до 25.08.2027", "Никонов Е.С."],
];

describe("a «Направление» column naming each row's programmes by the sheet's abbreviations", () => {
  it("one roadmap per programme, each with its own rows", () => {
    const rs = readRoadmaps(grid(values, ["A1:E1", "A2:E2"])).roadmaps;
    expect(rs.map((r) => [r.programme.value, r.rows.map((x) => x.number)])).toEqual([
      ["tochka-rosta", ["1", "2", "5"]],
      ["kvantorium", ["1", "2", "4"]],
      ["cos", ["1", "3"]],
    ]);
  });

  it("a «Направление» column of a plan's directions is no programme column", () => {
    const plan: CellValue[][] = [
      values[0]!,
      values[2]!,
      ["1", "Организационное", "Назначение ответственных должностных лиц", "до 29.12.2026", "Гордеева В.А."],
      ["2", "Методическое", "Семинар для педагогов центров", "до 15.02.2027", "Гордеева В.А."],
    ];
    const rs = readRoadmaps(grid(plan, ["A1:E1"])).roadmaps;
    expect(rs.map((r) => r.columns.programme)).toEqual([undefined]);
  });
});
