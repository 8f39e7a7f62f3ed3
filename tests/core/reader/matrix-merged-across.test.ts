// The date × programme matrix with a step shared by several programmes written once, its cell merged across their
// columns («Утверждение …» over B3:E3; «Сформирован проект дизайна …» over the three centres' B5:D5, not ЦОС's):
// a merge keeps its text in its first cell only, but the step is each covered programme's (h161-…-shared-once).
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/grid";
import { readRoadmaps } from "../../../src/core/reader";
import { grid } from "./layouts";

const values: CellValue[][] = [
  ["Дорожная карта по созданию центров «Точка роста», Школьных Кванториумов и внедрению ЦОС на 2027 год"],
  ["Срок", "Центры «Точка роста»", "Школьные Кванториумы", "Цифровая образовательная среда", "Ответственный"],
  ["29.12.2026", "Утверждение комплексов мер (дорожных карт) на 2027 год", null, null, "Горбунова Ю.С."],
  ["01.02.2027", "Сформирован проект дизайна и зонирования помещений центров", null, null, "Горбунова Ю.С."],
  ["01.03.2027", null, "Обеспечено наличие базового набора оборудования", null, "Семёнов Л.Т."],
  ["30.11.2027", null, null, "Мониторинг хода внедрения ЦОС", "Семёнов Л.Т."],
];
const merges = ["A1:E1", "B3:D3", "B4:C4"];

describe("a step merged across several programmes' columns of the matrix", () => {
  it("is a step of each programme it covers, and of no other", () => {
    const rs = readRoadmaps(grid(values, merges)).roadmaps;
    expect(
      rs.map((r) => [
        r.programme.value,
        r.rows.map((x) => `${x.sheetRows.join("+")}:${x.fields.title?.text.split(" ")[0]}`),
      ]),
    ).toEqual([
      ["tochka-rosta", ["3:Утверждение", "4:Сформирован"]],
      ["kvantorium", ["3:Утверждение", "4:Сформирован", "5:Обеспечено"]],
      ["cos", ["3:Утверждение", "6:Мониторинг"]],
    ]);
  });
});
