// A № column headed «Раздел / №» (Roman sections and Arabic measures share it): it is the number column, so a measure
// whose words happen to be a second table's header words («показатели и индикаторы») stays a measure.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/grid";
import { readRoadmaps } from "../../../src/core/reader";
import { classifyHeader } from "../../../src/core/reader/header-words";
import { grid } from "./layouts";

describe("«Раздел / №» heads the number column", () => {
  it("is read as the № header, as «№ / раздел» and «Пункт №» are", () => {
    for (const t of ["Раздел / №", "№ / раздел", "Пункт №", "№ раздела"])
      expect([t, classifyHeader(t)]).toEqual([t, "number"]);
    expect(classifyHeader("Раздел")).toBeNull();
  });

  it("the table goes on past a measure worded like an indicators table's header", () => {
    const values: CellValue[][] = [
      ["План-график создания школьного Кванториума на 2027 год"],
      ["Раздел / №", "Содержание работы", "Срок", "Исполнитель", "Результат (документ)"],
      ["I. Нормативное обеспечение", null, null, null, null],
      ["1", "Утверждена дорожная карта школьного Кванториума", "до 29.12.26", "Директор", "Приказ"],
      [
        "2",
        "Утверждены показатели и индикаторы деятельности",
        "до 29.12.26",
        "Директор",
        "Показатели и индикаторы утверждены",
      ],
      ["3", "Утверждено типовое положение о Кванториуме", "до 29.12.26", "Директор", "Положение"],
    ];
    const r = readRoadmaps(grid(values, ["A1:E1", "A3:E3"])).roadmaps[0]!;
    expect(r.rows.map((row) => row.number)).toEqual(["1", "2", "3"]);
    expect(r.sections.map((x) => x.number)).toEqual(["I"]);
  });
});
