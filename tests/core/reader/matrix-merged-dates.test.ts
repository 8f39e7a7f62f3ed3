// A date × programme matrix whose date label is merged down over the steps due that day (Smolensk style): each row
// under the merge is a step of its own with that deadline, not the cell above run on; an unmerged empty date cell
// still continues the step above (a cell broken over a page). A «Ответственный» column beside the programme columns
// is every programme's responsible, a vertical merge covering each row it spans.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/grid";
import { readRoadmaps } from "../../../src/core/reader";
import type { Roadmap } from "../../../src/core/reader/types";
import { grid } from "./layouts";

const VALUES: CellValue[][] = [
  ["Дорожная карта по созданию центров «Точка роста» и Кванториумов на 2027 год"],
  [],
  ["Срок", "Точка роста", "Кванториум"],
  [
    "до 29 декабря 2026 г.",
    "Определено ответственное должностное лицо",
    "Определено ответственное должностное лицо",
  ],
  [null, "Утверждена дорожная карта на 2027 год", "Утверждена дорожная карта на 2027 год"],
  [null, "Утверждён перечень школ", null],
  ["до 15 февраля 2027 г.", "Объявлены закупки", "Объявлены закупки оборудования"],
  [null, "оборудования и мебели", null],
];
const rowsOf = (r: Roadmap) =>
  r.rows.map((x) => [x.sheetRows, x.fields.deadline?.text, x.fields.title?.text]);

describe("a matrix's date label merged down over its steps", () => {
  it("makes each row under the merge a step with that deadline; an unmerged empty date continues the step", () => {
    const rs = readRoadmaps(grid(VALUES, ["A1:C1", "A4:A6"])).roadmaps;
    expect(rs.map((r) => r.programme.value)).toEqual(["tochka-rosta", "kvantorium"]);
    expect(rowsOf(rs[0]!)).toEqual([
      [[4], "до 29 декабря 2026 г.", "Определено ответственное должностное лицо"],
      [[5], "до 29 декабря 2026 г.", "Утверждена дорожная карта на 2027 год"],
      [[6], "до 29 декабря 2026 г.", "Утверждён перечень школ"],
      [[7, 8], "до 15 февраля 2027 г.", "Объявлены закупки\nоборудования и мебели"],
    ]);
    expect(rowsOf(rs[1]!).map(([rows]) => rows)).toEqual([[4], [5], [7]]);
  });

  it("without the merge the rows below an empty date still run the cell above on", () => {
    const rs = readRoadmaps(grid(VALUES, ["A1:C1"])).roadmaps;
    expect(rs[0]!.rows.map((x) => x.sheetRows)).toEqual([
      [4, 5, 6],
      [7, 8],
    ]);
  });
});

describe("a matrix's «Ответственный» column", () => {
  const values: CellValue[][] = [
    ["Дорожная карта по созданию центров «Точка роста» и Кванториумов на 2027 год"],
    ["Срок", "Точка роста", "Кванториум", "Ответственный"],
    ["до 29 декабря 2026 г.", "Утверждена дорожная карта", "Утверждена дорожная карта", "Минобр области"],
    [null, "Утверждён перечень школ", "Утверждён реестр школ", null],
    ["до 15 февраля 2027 г.", "Объявлены закупки", "Объявлены закупки", "Минобр области"],
    [null, null, "Отв. ГКУ «Центр закупок»", null],
  ];

  it("is every programme's responsible, a vertical merge covering each row it spans, an «Отв.» line first", () => {
    const rs = readRoadmaps(grid(values, ["A1:D1", "A3:A4", "D3:D4"])).roadmaps;
    expect(rs.map((r) => r.programme.value)).toEqual(["tochka-rosta", "kvantorium"]);
    const who = (r: Roadmap) => r.rows.map((x) => x.fields.responsible?.text ?? null);
    expect(who(rs[0]!)).toEqual(["Минобр области", "Минобр области", "Минобр области"]);
    expect(who(rs[1]!)).toEqual(["Минобр области", "Минобр области", "ГКУ «Центр закупок»"]);
    expect(rs[0]!.rows[1]!.fields.responsible?.addresses).toEqual(["D3"]);
    expect(rs[1]!.columns.responsible?.column).toBe("D");
    expect(rs[1]!.columnRoles!.map((c) => `${c.column}:${c.role}`)).toEqual([
      "A:deadline",
      "C:measure",
      "D:responsible",
    ]);
  });

  it("leaves a row without one empty when nothing is merged over it", () => {
    const rs = readRoadmaps(grid(values, ["A1:D1", "A3:A4"])).roadmaps;
    expect(rs[0]!.rows.map((x) => x.fields.responsible?.text ?? null)).toEqual([
      "Минобр области",
      null,
      "Минобр области",
    ]);
  });
});

describe("a matrix's «Отв.» line", () => {
  it.each([["Отв. Бойко Т.А."], ["Отв.: Бойко Т.А."], ["Отв: Бойко Т.А."], ["Ответственный: Бойко Т.А."]])(
    "«%s» under a step gives its responsible without the label",
    (line) => {
      const values: CellValue[][] = [
        ["Дорожная карта на 2027 год"],
        ["Срок", "Точка роста", "Кванториум"],
        ["до 29 декабря 2026 г.", "Утверждена дорожная карта", "Утверждена дорожная карта"],
        [null, line, line],
      ];
      const rs = readRoadmaps(grid(values)).roadmaps;
      expect(rs.map((r) => r.rows.map((x) => x.fields.responsible?.text))).toEqual([
        ["Бойко Т.А."],
        ["Бойко Т.А."],
      ]);
    },
  );
});

describe("an «Отв.» line inside a matrix cell", () => {
  it.each([["Отв. Бойко Т.А."], ["Отв.: Бойко Т.А."], ["Ответственный: Бойко Т.А."]])(
    "«…\\n%s» after a line break in the step's cell gives its responsible",
    (line) => {
      const values: CellValue[][] = [
        ["Дорожная карта на 2027 год"],
        ["Срок", "Точка роста", "Кванториум"],
        ["до 29 декабря 2026 г.", `Утверждена дорожная карта\n${line}`, "Утверждена дорожная карта"],
      ];
      const rs = readRoadmaps(grid(values)).roadmaps;
      expect(rs.map((r) => r.rows.map((x) => x.fields.responsible?.text ?? null))).toEqual([
        ["Бойко Т.А."],
        [null],
      ]);
    },
  );

  it("a second line that only begins with «ответственного» is the step's own words", () => {
    const values: CellValue[][] = [
      ["Дорожная карта на 2027 год"],
      ["Срок", "Точка роста", "Кванториум"],
      ["до 29 декабря 2026 г.", "Назначение\nответственного должностного лица", "Утверждена дорожная карта"],
    ];
    const rs = readRoadmaps(grid(values)).roadmaps;
    expect(rs[0]!.rows[0]!.fields.responsible).toBeUndefined();
  });
});
