// «—» (or «х», «не предусмотрено») in a programme's column of the date × programme matrix: the programme has no such
// step (as the seeds' matrix leaves the cell empty), not a step titled «—» due on the row's date.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/grid";
import { checkSheet } from "../../../src/core/checks/sheet";
import { readRoadmaps } from "../../../src/core/reader";
import { grid } from "./layouts";

const matrix = (cell: string): CellValue[][] => [
  ["Дорожная карта по созданию центров «Точка роста» и Школьных Кванториумов на 2027 год"],
  ["Срок", "Центры «Точка роста»", "Школьные Кванториумы", "Ответственные"],
  [
    "до 28.12.2026",
    "Утверждение дорожной карты на 2027 год",
    "Утверждение дорожной карты на 2027 год",
    "Никонова Е.В.",
  ],
  ["до 01.03.2027", cell, "Обеспечено наличие базового набора оборудования", "Фомичёв Р.А."],
];

describe("a dash in a programme's column of the matrix", () => {
  it.each(["—", "-", "х", "не предусмотрено"])("«%s» is no step of that programme", (cell) => {
    const rs = readRoadmaps(grid(matrix(cell), ["A1:D1"])).roadmaps;
    expect(rs.map((r) => [r.programme.value, r.rows.map((x) => x.address)])).toEqual([
      ["tochka-rosta", ["B3"]],
      ["kvantorium", ["C3", "C4"]],
    ]);
    const overdue = checkSheet(grid(matrix(cell), ["A1:D1"]), { checkDate: "2027-05-20" }).reports.flatMap(
      (r) => r.findings.filter((f) => f.code === "overdue").map((f) => f.address),
    );
    expect(overdue).toEqual(["A3", "A3", "A4"]);
  });
});
