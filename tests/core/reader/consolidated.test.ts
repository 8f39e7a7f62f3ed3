// Consolidated sheets gathering several organisations' steps (holdout184): how their organisations are told apart.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/grid";
import { readRoadmaps } from "../../../src/core/reader";
import { grid } from "./layouts";

const read = (values: CellValue[][], merges: string[] = []) => readRoadmaps(grid(values, merges)).roadmaps;
const orgsAndRows = (values: CellValue[][], merges: string[] = []) =>
  read(values, merges).map((r) => [r.organisation, r.rows.map((x) => x.sheetRows[0])]);

describe("a numbered caption per school with a municipality's code beside it", () => {
  it("«2.1 | 07 | Каменский округ — МБОУ «…»» heads that school's block, as without the code", () => {
    // h184-tr-region-mo-blocks: the code's cell made the caption a third filled cell, so no block was found.
    const values: CellValue[][] = [
      ["Сводный комплекс мер «Точка роста» на 2027 год"],
      ["№", "Код МО", "Мероприятие", "Ответственный", "Срок"],
      ["1.1", "все МО", "Утверждение должностного лица", "Министерство", "до 25.12.2026"],
      ["2.1", "07", "Каменский округ — МБОУ «Ольховская СОШ»"],
      ["2.1.1", "07", "Подготовка информационной справки", "Управление образования", "до 30.06.2027"],
      ["2.1.2", "07", "Начало работы центра", "Директор", "01.09.2027"],
      ["2.2", "11", "Березниковский район — МКОУ «Сухоловская ООШ»"],
      ["2.2.1", "11", "Подготовка информационной справки", "Отдел образования", "до 30.06.2027"],
      ["2.2.2", "11", "Начало работы центра", "Директор", "01.09.2027"],
    ];
    const merges = ["C4:E4", "C7:E7"];
    expect(orgsAndRows(values, merges)).toEqual([
      ["Каменский округ — МБОУ «Ольховская СОШ»", [3, 5, 6]],
      ["Березниковский район — МКОУ «Сухоловская ООШ»", [3, 8, 9]],
    ]);
  });
});
