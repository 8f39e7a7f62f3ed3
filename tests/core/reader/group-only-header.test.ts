// «№ | Мероприятие | Исполнение | … | Примечание» with «срок | ответственный | результат» under the merged «Исполнение»:
// the deadline, responsible and result are in the group's row, and the header is found.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/grid";
import { readRoadmaps } from "../../../src/core/reader";
import { grid } from "./layouts";

describe("a header whose deadline, responsible and result sit only under a merged group", () => {
  it("is found, each column under the group read as what it says", () => {
    const values: CellValue[][] = [
      ["План-график создания детского технопарка «Кванториум» в 2027 году"],
      ["№", "Мероприятие", "Исполнение", null, null, "Примечание"],
      [null, null, "срок", "ответственный", "результат", null],
      [
        "1",
        "Назначить ответственного за создание Кванториума",
        "24.12.2026",
        "Гриценко Л.А.",
        "Приказ",
        null,
      ],
      ["2", "Утвердить положение о Кванториуме", "24.12.2026", "Фомина Г.И.", "Положение", null],
    ];
    const r = readRoadmaps(grid(values, ["A1:F1", "C2:E2", "A2:A3", "B2:B3", "F2:F3"])).roadmaps[0];
    expect(r).toBeDefined();
    expect([r!.columns.deadline?.column, r!.columns.responsible?.column, r!.columns.result?.column]).toEqual([
      "C",
      "D",
      "E",
    ]);
    expect(r!.rows.map((x) => x.number)).toEqual(["1", "2"]);
  });
});

describe("group headers centred across their columns instead of merged", () => {
  const values: CellValue[][] = [
    ["План-график создания детского технопарка «Кванториум» в 2027 году"],
    ["№", "Мероприятие", "Исполнение", null, null, "Примечание"],
    [null, null, "срок", "ответственный", "результат", null],
    ["1", "Назначить ответственного за создание Кванториума", "24.12.2026", "Гриценко Л.А.", "Приказ", null],
    ["2", "Утвердить положение о Кванториуме", "24.12.2026", "Фомина Г.И.", "Положение", null],
  ];

  it("«Исполнение» centred over «срок | ответственный | результат» is the same group", () => {
    const r = readRoadmaps(grid(values, ["A2:A3", "B2:B3", "F2:F3"])).roadmaps[0];
    expect([r!.columns.deadline?.column, r!.columns.responsible?.column, r!.columns.result?.column]).toEqual([
      "C",
      "D",
      "E",
    ]);
    expect(r!.rows.map((x) => x.number)).toEqual(["1", "2"]);
  });

  // «Мероприятия комплекса мер | Исполнение» over the full header row (h6-…-three-row-header, centred variant): the
  // title's own group is centred too, so the row is groups over the header, not the header.
  it("a row of groups over the header, the title's group centred too, is not the header", () => {
    const above: CellValue[][] = [
      values[0]!,
      ["Мероприятия комплекса мер", null, "Исполнение", null, null],
      ["№ п/п", "Наименование", "Срок", "Ответственный", "Документ-результат"],
      ...values.slice(3).map((v) => v.slice(0, 5)),
    ];
    const r = readRoadmaps(grid(above, [])).roadmaps[0];
    expect(r!.columns.title?.address).toBe("B3");
    expect(r!.rows.map((x) => [x.number, x.fields.deadline?.text])).toEqual([
      ["1", "24.12.2026"],
      ["2", "24.12.2026"],
    ]);
  });
});
