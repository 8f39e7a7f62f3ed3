// h210-kv-region-pdf-shifted: a PDF converted page by page put page 2's table, its repeated header too, one column right
// of page 1's; its eight steps were glued to step 5 and reported missing.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/grid";
import { checkSheet } from "../../../src/core/checks/sheet";
import { readRoadmaps } from "../../../src/core/reader";
import { grid } from "./layouts";

const head: CellValue[] = ["№", "Наименование мероприятия", "Ответственный", "Результат", "Срок"];
const step = (n: number, title: string, due: string): CellValue[] => [`${n}.`, title, "РК", "Приказ", due];
const over = (k: number, cells: CellValue[]): CellValue[] => [...Array<CellValue>(k).fill(null), ...cells];

const page1: CellValue[][] = [
  ["Комплекс мер (дорожная карта) по созданию детских технопарков «Кванториум» на 2027 год"],
  head,
  step(1, "Утверждено должностное лицо", "до 29 декабря 2026 года"),
  step(2, "Утверждён инфраструктурный лист", "до 1 февраля 2027 года"),
];

describe("a page's table printed a column or two over", () => {
  it.each([1, 2])(
    "page 2 %i column(s) right: its steps are read in the header's columns, at their own cells",
    (k) => {
      const rows: CellValue[][] = [
        ...page1,
        [null, null, "2", null, null],
        over(k, head),
        over(k, step(3, "Объявлены закупки", "до 15 февраля 2027 года")),
        over(k, step(4, "Начало работы Школьного Кванториума", "не позднее 15 сентября 2027 года")),
        [],
        ["* РК – региональный координатор."],
      ];
      const r = readRoadmaps(grid(rows)).roadmaps;
      expect(r).toHaveLength(1);
      const letter = String.fromCharCode(66 + k);
      expect(r[0]!.rows.map((x) => [x.number, x.address, x.fields.deadline?.text])).toEqual([
        ["1.", "B3", "до 29 декабря 2026 года"],
        ["2.", "B4", "до 1 февраля 2027 года"],
        ["3.", `${letter}7`, "до 15 февраля 2027 года"],
        ["4.", `${letter}8`, "не позднее 15 сентября 2027 года"],
      ]);
      expect(r[0]!.rows[3]!.fields.responsible?.addresses).toEqual([`${String.fromCharCode(67 + k)}8`]);
    },
  );

  it("page 1 one column right of page 2: page 2 is read in page 1's columns", () => {
    const rows: CellValue[][] = [
      ...page1.map((x) => over(1, x)),
      head,
      step(3, "Объявлены закупки", "до 15.02.2027"),
    ];
    const r = readRoadmaps(grid(rows)).roadmaps;
    expect(r).toHaveLength(1);
    expect(r[0]!.rows.map((x) => [x.number, x.address])).toEqual([
      ["1.", "C3"],
      ["2.", "C4"],
      ["3.", "B6"],
    ]);
  });

  it("a row with text in the column the shift would drop is read where it stands (a footnote, a signature)", () => {
    const rows: CellValue[][] = [
      ...page1,
      over(1, head),
      over(1, step(3, "Объявлены закупки", "до 15 февраля 2027 года")),
      ["Исп.: Петрова А.А.", "тел. 22-33-44", "каб. 5"],
    ];
    const r = readRoadmaps(grid(rows)).roadmaps[0]!;
    expect(r.rows.map((x) => x.number)).toEqual(["1.", "2.", "3."]);
  });

  it("the same header again in its own columns is a page break as before, not a shift", () => {
    const rows: CellValue[][] = [...page1, head, step(3, "Объявлены закупки", "до 15.02.2027")];
    const r = readRoadmaps(grid(rows)).roadmaps[0]!;
    expect(r.rows.map((x) => x.address)).toEqual(["B3", "B4", "B6"]);
  });
});

describe("findings on a page printed a column over", () => {
  it("an empty responsible there is marked at its own cell, not the header's column", () => {
    const rows: CellValue[][] = [
      ...page1,
      over(1, head),
      over(1, ["3.", "Объявлены закупки", null, "Извещения", "до 15 февраля 2027 года"]),
    ];
    const res = checkSheet(grid(rows), { checkDate: "2026-12-10" });
    const f = res.reports[0]!.findings.filter((x) => x.code === "responsible-missing");
    expect(f.map((x) => x.address)).toEqual(["D6"]);
  });
});
