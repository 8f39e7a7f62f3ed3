// h211-tr-region-pdf-pages: «№ п/п» merged over A:B, the last page's numbers in B (a PDF converter moved them): five
// steps were glued to the step above, a correct roadmap judged «ЕСТЬ ОШИБКИ».
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/grid";
import { readRoadmaps } from "../../../src/core/reader";
import { grid } from "./layouts";

const head: CellValue[] = ["№ п/п", null, "Наименование мероприятия", "Ответственный", "Результат", "Срок"];
const step = (n: string, title: string, due: string, inB = false): CellValue[] => [
  inB ? null : n,
  inB ? n : null,
  title,
  "Региональный координатор",
  "Приказ",
  due,
];
const rows: CellValue[][] = [
  ["Комплекс мер (дорожная карта) по созданию центров «Точка роста» на 2027 год"],
  head,
  step("1.", "Утверждение должностного лица", "до 29 декабря 2026 г."),
  step("2.", "Объявлены закупки", "до 15 февраля 2027 г."),
  [null, null, "2"],
  head,
  step("3.", "Проведение фотомониторинга", "до 25 августа 2027 г.", true),
  step("4.", "Начало работы Центров «Точка роста»", "до 1 сентября 2027 г.", true),
  [],
  [null, null, "3"],
];

describe("numbers moved into the column beside the № one, under its merged header", () => {
  it("each number there starts its step, the number cell its own; the last page's number is no line", () => {
    const r = readRoadmaps(grid(rows, ["A2:B2", "A6:B6"])).roadmaps;
    expect(r).toHaveLength(1);
    expect(r[0]!.rows.map((x) => [x.number, x.fields.number?.addresses[0], x.sheetRows.join(",")])).toEqual([
      ["1.", "A3", "3"],
      ["2.", "A4", "4"],
      ["3.", "B7", "7"],
      ["4.", "B8", "8"],
    ]);
  });

  it("so under a № header centred over the two columns (its merge lost): the column beside holds numbers only", () => {
    const r = readRoadmaps(grid(rows)).roadmaps;
    expect(r.map((x) => x.rows.map((y) => [y.number, y.fields.number?.addresses[0]]))).toEqual([
      [
        ["1.", "A3"],
        ["2.", "A4"],
        ["3.", "B7"],
        ["4.", "B8"],
      ],
    ]);
  });

  it("a column beside the № with words in it is no place for numbers", () => {
    const withNote = rows.map((x, i) => (i === 2 ? [x[0]!, "см. примечание", ...x.slice(2)] : x));
    const r = readRoadmaps(grid(withNote)).roadmaps;
    expect(r.flatMap((x) => x.rows.map((y) => y.fields.number?.addresses[0] ?? null))).not.toContain("B7");
  });
});
