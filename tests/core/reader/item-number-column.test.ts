// English working copies head the № column «Item»; a measure naming «показатели» is no indicators table when dated.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/grid";
import { readRoadmaps } from "../../../src/core/reader";
import { grid } from "./layouts";

const d = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

describe("an «Item» column of numbers", () => {
  it("is the № column, and every numbered row is a measure", () => {
    const values: CellValue[][] = [
      ["IT-Cube centre — roadmap 2027 (дорожная карта центра «IT-куб»)"],
      ["Item", "Measure", "Owner", "Output", "Due date"],
      ["1", "Назначение координатора центра «IT-куб»", "Департамент", "Приказ", d("2026-12-22")],
      [
        "2",
        "Утверждение концепции и показателей центра",
        "Оператор",
        "Концепция, перечень показателей",
        d("2027-01-29"),
      ],
      ["3", "Закупка оборудования", "Оператор", "Контракты", d("2027-04-30")],
    ];
    const r = readRoadmaps(grid(values, [])).roadmaps[0];
    expect(r?.columns.number?.column).toBe("A");
    expect(r!.rows.map((x) => x.number)).toEqual(["1", "2", "3"]);
  });

  it("stays out of the roadmap when it holds words, not numbers", () => {
    const values: CellValue[][] = [
      ["IT-Cube centre — roadmap 2027 (дорожная карта центра «IT-куб»)"],
      ["Item", "Measure", "Owner", "Output", "Due date"],
      ["Кадры", "Назначение координатора центра «IT-куб»", "Департамент", "Приказ", d("2026-12-22")],
      ["Закупки", "Закупка оборудования", "Оператор", "Контракты", d("2027-04-30")],
    ];
    const r = readRoadmaps(grid(values, [])).roadmaps[0];
    expect(r?.columns.number).toBeUndefined();
    expect(r!.rows.length).toBe(2);
  });
});

describe("a measure row naming indicators", () => {
  it("with a day in the deadline column is a measure, not the header of an indicators table", () => {
    const values: CellValue[][] = [
      ["Дорожная карта создания центра «IT-куб» на 2027 год"],
      ["Мероприятие", "Ответственный", "Результат", "Срок"],
      ["Назначение координатора центра «IT-куб»", "Департамент", "Приказ", "22.12.2026"],
      [
        "Утверждение концепции и показателей центра",
        "Оператор",
        "Концепция, перечень показателей",
        "29.01.2027",
      ],
      ["Закупка оборудования", "Оператор", "Контракты", "30.04.2027"],
    ];
    const r = readRoadmaps(grid(values, [])).roadmaps[0];
    expect(r!.rows.map((x) => x.fields.deadline?.text)).toEqual(["22.12.2026", "29.01.2027", "30.04.2027"]);
  });
});
