// A lettered approval step about indicators («г) | утверждение показателей … | … | перечень показателей | срок») is a
// measure of the roadmap, not the header of an indicators table under it: the rows after it stay in the roadmap.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/grid";
import { readRoadmaps } from "../../../src/core/reader";
import { grid } from "./layouts";

const WHO = "Кислицына М.Ю., начальник отдела общего образования";

function roadmap(letter: string): CellValue[][] {
  return [
    ["Комплекс мер (дорожная карта) по созданию и функционированию центров «Точка роста» на 2027 год"],
    ["№ п/п", "Мероприятие", "Ответственный", "Результат", "Срок"],
    ["1", "Утверждение:", null, null, null],
    [
      "а)",
      "утверждение перечня школ, на базе которых создаются центры",
      WHO,
      "перечень школ",
      "до 29.12.2026",
    ],
    [
      letter,
      "утверждение показателей деятельности центров «Точка роста»",
      WHO,
      "перечень показателей",
      "до 29.12.2026",
    ],
    ["2.", "Разработка дизайн-проекта и зонирования помещений центра", WHO, "дизайн-проект", "до 01.02.2027"],
    ["3.", "Начало работы центров «Точка роста»", WHO, "приказ об открытии", "до 01.09.2027"],
  ];
}

describe("a lettered step about indicators", () => {
  for (const letter of ["б)", "г)", "в."])
    it(`«${letter} | утверждение показателей … | перечень показателей» keeps the rows after it`, () => {
      const r = readRoadmaps(grid(roadmap(letter), ["A1:E1"])).roadmaps[0]!;
      expect(r.rows.flatMap((row) => row.sheetRows)).toEqual([4, 5, 6, 7]);
    });

  it("an unnumbered «Показатель | Значение» header under the roadmap still ends it", () => {
    const values = roadmap("б)");
    values.push(
      [null, "Показатель", null, "Значение показателя", null],
      [null, "Число центров", null, 12, null],
    );
    const r = readRoadmaps(grid(values, ["A1:E1"])).roadmaps[0]!;
    expect(r.rows.flatMap((row) => row.sheetRows)).toEqual([4, 5, 6, 7]);
  });
});
