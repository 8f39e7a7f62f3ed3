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

describe("a deadline column per school under «Срок исполнения по ОО»", () => {
  const values: CellValue[][] = [
    ["Сводная дорожная карта центров «Точка роста» на 2027 год"],
    ["№", "Мероприятие", "Ответственный", "Срок исполнения по ОО", null],
    [null, null, null, "МБОУ «Заречная СОШ № 2»", "МКОУ «Луговская ООШ»"],
    ["1", "Объявление закупок", "Управление образования", "10.02.2027", "01.03.2027"],
    ["2", "Начало работы центра", "Руководители ОО", "01.09.2027", "01.09.2027"],
    [],
    [null, "Всего ОО: 2"],
    [null, "Сроки согласованы с руководителями ОО на совещании 30.11.2026 (протокол № 11)."],
  ];
  const merges = ["A2:A3", "B2:B3", "C2:C3", "D2:E2"];

  it("makes a roadmap per school, due by its own column", () => {
    // h184-tr-municipal-school-columns: one roadmap read the first school's dates only.
    const rs = read(values, merges);
    expect(rs.map((r) => [r.organisation, r.rows.map((x) => x.fields.deadline?.text)])).toEqual([
      ["МБОУ «Заречная СОШ № 2»", ["10.02.2027", "01.09.2027"]],
      ["МКОУ «Луговская ООШ»", ["01.03.2027", "01.09.2027"]],
    ]);
    expect(rs[1]!.columnRoles?.find((c) => c.column === "E")?.role).toBe("deadline");
  });

  it("ends at a sentence below the totals line: a note, not a step", () => {
    expect(read(values, merges)[0]!.rows.map((x) => x.sheetRows[0])).toEqual([4, 5]);
  });

  it("a date merged across the schools' columns (a step done by all at once) is each school's", () => {
    // h200-tr-municipal-school-date-columns: the common steps' dates merged over E:G were the first school's only,
    // the other two judged «ЕСТЬ ОШИБКИ» with 6 false deadline-missing errors each.
    const common: CellValue[][] = [
      ["0", "Утверждение должностного лица", "Управление образования", "до 25.12.2026", null],
      ...values.slice(3),
    ];
    const rs = read([...values.slice(0, 3), ...common], [...merges, "D4:E4"]);
    expect(rs.map((r) => [r.organisation, r.rows.map((x) => x.fields.deadline?.text)])).toEqual([
      ["МБОУ «Заречная СОШ № 2»", ["до 25.12.2026", "10.02.2027", "01.09.2027"]],
      ["МКОУ «Луговская ООШ»", ["до 25.12.2026", "01.03.2027", "01.09.2027"]],
    ]);
  });
});
