// A «план-график» without a «Срок» column: «+» marks under quarter columns, years merged over the quarters.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/grid";
import { readRoadmaps } from "../../../src/core/reader";
import { grid } from "./layouts";

const values: CellValue[][] = [
  ["План-график мероприятий по созданию центров «Точка роста» на 2026 год"],
  [],
  ["№", "Направление, мероприятие", "Ответственный", "2025 год", "2026 год", "", ""],
  ["", "", "", "IV кв.", "I кв.", "II квартал", "III кв."],
  ["1.", "Закупка оборудования", "Министерство", "+", "", "", ""],
  ["2.", "Повышение квалификации педагогов", "Министерство", "", "+", "+", ""],
  ["3.", "Мониторинг", "Министерство", "+", "", "х", ""],
  ["4.", "Начало работы центров", "Министерство", "", "", "", ""],
];
const merges = ["A3:A4", "B3:B4", "C3:C4", "E3:G3"];

describe("quarter plan-graph", () => {
  it("reads each row's deadline from its marked quarters and shows the quarter columns as the deadline", () => {
    const r = readRoadmaps(grid(values, merges));
    expect(r.reason).toBeNull();
    const [m] = r.roadmaps;
    expect(m!.programme.value).toBe("tochka-rosta");
    expect(m!.rows.map((x) => x.fields.deadline?.text ?? null)).toEqual([
      "IV квартал 2025 г.",
      "I квартал 2026 г. – II квартал 2026 г.",
      "IV квартал 2025 г. – II квартал 2026 г.",
      null,
    ]);
    expect(m!.rows[2]!.fields.deadline!.addresses).toEqual(["D7", "F7"]);
    const roles = (m!.columnRoles ?? []).map((c) => `${c.column}:${c.role}`);
    expect(roles).toEqual([
      "A:number",
      "B:measure",
      "C:responsible",
      "D:deadline",
      "E:deadline",
      "F:deadline",
      "G:deadline",
    ]);
    expect(m!.columnRoles![4]!.header).toBe("2026 год / I кв.");
  });
});

describe("a legend of the grid's marks under the table", () => {
  it("«■ — период выполнения» ends the table: no row is read from it", () => {
    const values: CellValue[][] = [
      ["Дорожная карта создания центра «Точка роста» (2027)"],
      ["№", "Мероприятие", "Срок", "Ответственный", "I кв. 2027", "II кв. 2027"],
      [1, "Закупки объявлены", "15.02.2027", "Директор", "■", null],
      [2, "Информационная справка", "30.06.2027", "Директор", null, "■"],
      [],
      ["■ — период выполнения"],
    ];
    const r = readRoadmaps(grid(values)).roadmaps[0]!;
    expect(r.rows.map((x) => x.sheetRows[0])).toEqual([3, 4]);
  });
});

describe("dated periods under «Сроки»", () => {
  it("«I полугодие (сентябрь – декабрь 2026) | II полугодие (январь – май 2027)» with «х»: the last marked period ends the row", () => {
    const rows: CellValue[][] = [
      ["План мероприятий центра «Точка роста» в рамках единого комплексного плана на 2026/2027 учебный год"],
      ["№", "Мероприятие", "Сроки", "", "Ответственный", "Результат"],
      ["", "", "I полугодие (сентябрь – декабрь 2026)", "II полугодие (январь – май 2027)", null, null],
      ["1", "Дни открытых дверей центра", "х", "х", "руководитель центра", "не менее 40 участников"],
      ["2", "Выступление педагогов на районном фестивале", "", "х", "учитель химии", "выступление"],
      ["3", "Практикумы по физике для учителей района", "х", "", "учитель физики", "2 практикума"],
    ];
    const r = readRoadmaps(grid(rows, ["C2:D2", "A2:A3", "B2:B3", "E2:E3", "F2:F3"])).roadmaps[0]!;
    expect(r.rows.map((x) => x.fields.deadline?.text)).toEqual([
      "январь – май 2027",
      "январь – май 2027",
      "сентябрь – декабрь 2026",
    ]);
    expect(r.rows[0]!.fields.deadline?.addresses).toEqual(["C4", "D4"]);
    expect(r.columnRoles?.filter((c) => c.role === "deadline").map((c) => c.column)).toEqual(["C", "D"]);
  });

  it("sub-headers without a written year, or cells that are dates, are no period marks", () => {
    const rows: CellValue[][] = [
      ["План мероприятий центра «Точка роста» на 2026/2027 учебный год"],
      ["№", "Мероприятие", "Сроки", "", "Ответственный"],
      ["", "", "план", "факт", null],
      ["1", "Дни открытых дверей центра", "до 01.10.2026", "28.09.2026", "руководитель центра"],
      ["2", "Практикумы по физике", "до 01.12.2026", "", "учитель физики"],
    ];
    const r = readRoadmaps(grid(rows, ["C2:D2", "A2:A3", "B2:B3", "E2:E3"])).roadmaps[0]!;
    expect(r.rows.map((x) => x.fields.deadline?.text)).toEqual(["до 01.10.2026", "до 01.12.2026"]);
  });
});
