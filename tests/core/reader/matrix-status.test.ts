// A progress copy of the date × programme matrix with «Отметка об исполнении» beside the programmes' columns
// (h145-multi-progress-sep2027-matrix, h152-kv-progress-2027-05-matrix): the mark is every programme's for its row,
// so a step marked done after its date is not overdue, and one left unmarked is.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/grid";
import { checkSheet } from "../../../src/core/checks/sheet";
import { readRoadmaps } from "../../../src/core/reader";
import { grid } from "./layouts";

const values: CellValue[][] = [
  [
    "Дорожная карта по созданию центров «Точка роста» и Школьных Кванториумов на 2027 год (исполнение на 20.05.2027)",
  ],
  [
    "Срок",
    "Центры «Точка роста»",
    "Школьные Кванториумы",
    "Ответственные",
    "Отметка об исполнении (на 20.05.2027)",
  ],
  [
    "до 28.12.2026",
    "Утверждение дорожной карты на 2027 год",
    "Утверждение дорожной карты на 2027 год",
    "Никонова Е.В.",
    "исполнено",
  ],
  [
    "до 15.02.2027",
    "Объявлены закупки товаров, работ, услуг",
    "Объявлены закупки товаров, работ, услуг",
    "Никонова Е.В.",
    "исполнено: извещения от 10.02.2027",
  ],
  ["до 01.03.2027", "—", "Обеспечено наличие базового набора оборудования", "Фомичёв Р.А.", null],
  ["до 30.06.2027", "Информационная справка", "Информационная справка", "Никонова Е.В.", "в работе"],
];

describe("a completion mark beside the date × programme matrix", () => {
  it("is each programme's status column", () => {
    const rs = readRoadmaps(grid(values, ["A1:E1"])).roadmaps;
    expect(rs.map((r) => [r.programme.value, r.columns.status?.column])).toEqual([
      ["tochka-rosta", "E"],
      ["kvantorium", "E"],
    ]);
    expect(rs[0]!.columnRoles!.map((x) => `${x.column}:${x.role}`)).toEqual([
      "A:deadline",
      "B:measure",
      "D:responsible",
      "E:status",
    ]);
  });

  it("a step marked done after its date is not overdue; the unmarked one is", () => {
    const overdue = checkSheet(grid(values, ["A1:E1"]), { checkDate: "2027-05-20" }).reports.flatMap((r) =>
      r.findings.filter((f) => f.code === "overdue").map((f) => f.address),
    );
    expect(overdue).toEqual(["A5"]);
  });
});
