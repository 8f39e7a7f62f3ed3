// Two roadmaps printed side by side on the same rows («Точка роста» in A–D, ЦОС in F–I) with an empty column between:
// each is read on its own, with the title merged across both (h177-tr-cos-side-by-side).
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/grid";
import { checkSheet } from "../../../src/core/checks/sheet";
import { readRoadmaps } from "../../../src/core/reader";
import { grid } from "./layouts";

const values: CellValue[][] = [
  ["Дорожные карты реализации мероприятий в общеобразовательных организациях района на 2027 год"],
  [
    "1. Создание центров «Точка роста»",
    null,
    null,
    null,
    null,
    "2. Внедрение цифровой образовательной среды (ЦОС)",
  ],
  ["№", "Мероприятие", "Срок", "Ответственный", null, "№", "Мероприятие", "Срок", "Ответственный"],
  [
    "1.1",
    "Объявление закупок для центров",
    "до 15.02.2027",
    "МКУ",
    null,
    "2.1",
    "Объявление закупок оборудования для внедрения ЦОС",
    "до 15.02.2027",
    "Управление",
  ],
  [
    "1.2",
    "Начало работы центров «Точка роста»",
    "01.09.2027",
    "Школы",
    null,
    "2.2",
    "Закупка, доставка и наладка оборудования",
    "",
    "МКУ",
  ],
  ["1.3", "Повышение квалификации педагогов центров", "до 01.12.2027", "РМК", null, null, null, null, null],
];
const merges = ["A1:I1", "A2:D2", "F2:I2"];

describe("two roadmaps side by side, an empty column between", () => {
  it("each table is a roadmap of its own programme, with its own rows and columns", () => {
    const rs = readRoadmaps(grid(values, merges)).roadmaps;
    expect(
      rs.map((r) => [r.programme.value, r.headerAddress, r.year.value, r.rows.map((x) => x.address)]),
    ).toEqual([
      ["tochka-rosta", "A3", 2027, ["B4", "B5", "B6"]],
      ["cos", "F3", 2027, ["G4", "G5"]],
    ]);
  });

  it("a finding of the right table is on its own cell", () => {
    const reports = checkSheet(grid(values, merges), { checkDate: "2026-12-09" }).reports;
    const missing = reports.flatMap((r) =>
      r.findings.filter((f) => f.code === "deadline-missing").map((f) => f.address),
    );
    expect(missing).toEqual(["H5"]);
  });

  it("a table with an empty spacer column inside it stays one roadmap", () => {
    const spaced: CellValue[][] = [
      ["Дорожная карта центра «Точка роста» на 2027 год"],
      ["№", "Мероприятие", "Срок", null, "Ответственный", "Результат"],
      ["1", "Объявление закупок", "до 15.02.2027", null, "МКУ", "Извещения"],
      ["2", "Начало работы центра", "01.09.2027", null, "Школа", "Приказ"],
    ];
    const rs = readRoadmaps(grid(spaced, [])).roadmaps;
    expect(rs.map((r) => [r.headerAddress, r.rows.length, r.columns.responsible?.column])).toEqual([
      ["A2", 2, "E"],
    ]);
  });
});
