// A complex plan written as «N. | direction» rows (every other cell empty) over unnumbered «– …» bullets that carry
// their own responsible and deadline: each direction is a section of the plan, each bullet a measure of its own.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/grid";
import { readRoadmaps } from "../../../src/core/reader";
import { grid } from "./layouts";

const values: CellValue[][] = [
  [
    "Единый комплексный план мероприятий по организационно-методической поддержке центров на 2025/2026 учебный год",
  ],
  ["№ п/п", "Направление / мероприятие", "Ответственный", "Срок", "Ожидаемый результат"],
  ["1.", "Проведение совместных мероприятий для обучающихся", null, null, null],
  [null, "– областной слёт юных исследователей", "Институт развития образования", "октябрь 2025 г.", "Слёт"],
  [null, "– сетевые интенсивы по химии", "Руководители центров", "январь – март 2026 г.", "Программа"],
  ["2.", "Участие в мероприятиях федерального оператора", null, null, null],
  [null, "– участие во Всероссийском форуме", "Министерство образования", "ноябрь 2025 г.", "Делегация"],
];

describe("numbered directions over «– …» bullets", () => {
  it("the numbered rows are sections; every bullet is a measure with its own deadline and responsible", () => {
    const r = readRoadmaps(grid(values)).roadmaps[0]!;
    expect(r.sections.map((s) => [s.number, s.title])).toEqual([
      ["1", "Проведение совместных мероприятий для обучающихся"],
      ["2", "Участие в мероприятиях федерального оператора"],
    ]);
    expect(
      r.rows.map((row) => [row.sheetRows, row.fields.deadline?.text, row.fields.responsible?.text]),
    ).toEqual([
      [[4], "октябрь 2025 г.", "Институт развития образования"],
      [[5], "январь – март 2026 г.", "Руководители центров"],
      [[7], "ноябрь 2025 г.", "Министерство образования"],
    ]);
  });

  it("a «– …» line without a deadline under a measure that has one still continues that measure", () => {
    const r = readRoadmaps(
      grid([
        values[0]!,
        values[1]!,
        ["1.", "Проведение совместных мероприятий:", "Институт", "октябрь 2025 г.", "Слёт"],
        [null, "– областной слёт юных исследователей", null, null, null],
      ]),
    ).roadmaps[0]!;
    expect(r.sections).toEqual([]);
    expect(r.rows.map((row) => row.sheetRows)).toEqual([[3, 4]]);
  });
});
