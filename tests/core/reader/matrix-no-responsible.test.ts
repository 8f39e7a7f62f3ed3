// A date × programme matrix whose planner wrote no «Отв.» line anywhere (no responsible column beside it either) has no
// responsible field: one «no responsible column» warning per roadmap, as a table without the column gets, not one per
// row; a matrix that uses «Отв.» lines still warns on the row that lacks its own.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/grid";
import { checkSheet } from "../../../src/core/checks/sheet";
import { readRoadmaps } from "../../../src/core/reader";
import { grid, templateRows } from "./layouts";

const rows = templateRows();
const TOP: CellValue[][] = [["Дорожная карта на 2027 год"], ["Дата", "Точка роста", "Кванториум"]];
const body = (otv: (i: number) => boolean): CellValue[][] =>
  rows.flatMap((r, i) => {
    const measure: CellValue[] = [r.deadlineText, r.title, `${r.title} (Кванториум)`];
    return otv(i) ? [measure, [null, "Отв. Бойко Т.А.", "Отв. Лунёва Е.С."]] : [measure];
  });
const warnings = (values: CellValue[][]) =>
  checkSheet(grid(values), { checkDate: "2026-01-10" }).reports.map((x) =>
    x.findings.filter((f) => f.code === "responsible-missing").map((f) => f.address),
  );

describe("a matrix without «Отв.» lines", () => {
  it("has no responsible column: one warning per roadmap, on its header", () => {
    const values = [...TOP, ...body(() => false)];
    const read = readRoadmaps(grid(values)).roadmaps;
    expect(read.map((x) => x.rows.length)).toEqual([rows.length, rows.length]);
    expect(read.map((x) => x.columns.responsible)).toEqual([undefined, undefined]);
    expect(warnings(values)).toEqual([["A2"], ["A2"]]);
  });

  it("with «Отв.» lines under every measure but one warns on that one row of each programme", () => {
    const values = [...TOP, ...body((i) => i !== 2)];
    const read = readRoadmaps(grid(values)).roadmaps;
    expect(read.map((x) => x.columns.responsible?.header)).toEqual(["Отв.", "Отв."]);
    const w = warnings(values);
    expect(w.map((x) => x.length)).toEqual([1, 1]);
    expect(w[0]![0]).toMatch(/^B\d+$/);
    expect(w[1]![0]).toMatch(/^C\d+$/);
  });
});

describe("a matrix with one «Отв.» row under it, the label in the date column", () => {
  const values = [
    ...TOP,
    ...body(() => false),
    ["Отв.", "отдел общего образования (Лаптева И.Н.)", "отдел Сафина Р.Р."],
  ];
  it("names the responsible of every measure of its column, and is no step of its own", () => {
    const read = readRoadmaps(grid(values)).roadmaps;
    expect(read.map((x) => x.rows.length)).toEqual([rows.length, rows.length]);
    expect(read[0]!.rows.map((r) => r.fields.responsible?.text)).toEqual(
      rows.map(() => "отдел общего образования (Лаптева И.Н.)"),
    );
    expect(warnings(values)).toEqual([[], []]);
    const unreadable = checkSheet(grid(values), { checkDate: "2026-01-10" }).reports.flatMap((x) =>
      x.findings.filter((f) => f.code === "deadline-unreadable"),
    );
    expect(unreadable).toEqual([]);
  });
});

describe("a matrix with «мероприятие | ответственный» under each programme", () => {
  const values: CellValue[][] = [
    ["Дорожная карта на 2027 год"],
    ["Срок", "Центры «Точка роста»", null, "Школьные Кванториумы", null],
    [null, "мероприятие", "ответственный", "мероприятие", "ответственный"],
    ...rows.map((r) => [r.deadlineText, r.title, "Бойко Т.А.", `${r.title} (Кванториум)`, "Лунёва Е.С."]),
  ];
  it("reads each programme's own responsible column beside its measures", () => {
    for (const merges of [[], ["B2:C2", "D2:E2"]]) {
      const read = readRoadmaps(grid(values, merges)).roadmaps;
      expect(read.map((x) => [x.programme.value, x.rows.length])).toEqual([
        ["tochka-rosta", rows.length],
        ["kvantorium", rows.length],
      ]);
      expect(read.map((x) => x.columns.responsible?.column)).toEqual(["C", "E"]);
      expect(read[1]!.rows.map((r) => r.fields.responsible?.text)).toEqual(rows.map(() => "Лунёва Е.С."));
      expect(read[1]!.columnRoles!.map((c) => `${c.column}:${c.role}`)).toContain("E:responsible");
      expect(warnings(values)).toEqual([[], []]);
    }
  });
});
