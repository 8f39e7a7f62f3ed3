// An English working copy of the complex plan: the title «Unified plan of organisational and methodological support …»
// names the complex plan and the header «Direction / activity | Target audience | Timeline | Responsible» heads its
// table, as «Направление, мероприятие» does in Russian.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/grid";
import { readRoadmaps } from "../../../src/core/reader";
import { grid } from "./layouts";

const values: CellValue[][] = [
  [
    "Unified plan of organisational and methodological support of the infrastructure (Точка роста, Кванториум, IT-куб), 2027/2028 school year",
  ],
  ["Direction / activity", "Target audience", "Timeline", "Responsible"],
  ["1. Совместные мероприятия для обучающихся и педагогов центров"],
  [
    "– Осенняя инженерная школа для обучающихся центров",
    "обучающиеся 7–10 кл.",
    "ноябрь 2027 г.",
    "Костина Н.В.",
  ],
  ["2. Конференции, фестивали, форумы по обмену опытом"],
  [
    "– Фестиваль «Цифровая весна» центров «IT-куб»",
    "обучающиеся, педагоги",
    "апрель 2028 г.",
    "Прудников Ю.С.",
  ],
];

describe("an English complex plan", () => {
  it("is found, read as the complex plan, with its directions and measures", () => {
    const rs = readRoadmaps(grid(values, ["A1:D1", "A3:D3", "A5:D5"])).roadmaps;
    expect(rs).toHaveLength(1);
    expect(rs[0]!.programme.value).toBe("complex-plan");
    expect(rs[0]!.rows.flatMap((r) => r.sheetRows)).toEqual([4, 6]);
    expect(rs[0]!.sections.map((s) => s.number)).toEqual(["1", "2"]);
  });
});
