// A date × programme matrix as regions type it: the responsible in brackets at the end of the cell («… (отв.
// Бойко Т.А.)») instead of an «Отв.» line under it, and under the matrix an «Ознакомлены:» list or a «Prepared by»
// line in the date column, with names in the programme columns — a footer, not one more date row.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/grid";
import { checkSheet } from "../../../src/core/checks/sheet";
import { readRoadmaps } from "../../../src/core/reader";
import { grid, templateRows } from "./layouts";

const rows = templateRows();
const TOP: CellValue[][] = [["Дорожная карта на 2027 год"], ["Срок", "Точка роста", "Кванториум"]];
const body = (resp: (who: string) => string): CellValue[][] =>
  rows.map((r) => [
    r.deadlineText,
    `${r.title}${resp(r.responsible)}`,
    `${r.title} (Кванториум)${resp(r.responsible)}`,
  ]);
const warnings = (values: CellValue[][]) =>
  checkSheet(grid(values), { checkDate: "2026-01-10" }).reports.flatMap((x) =>
    x.findings
      .filter((f) => f.code === "responsible-missing" || f.code === "deadline-unreadable")
      .map((f) => `${f.code} ${f.address}`),
  );

describe("a matrix's responsible in brackets and its footers", () => {
  it.each([
    [" (отв. Бойко Т.А.)"],
    [" (ответственный: Бойко Т.А.)"],
    [" (отв.: Бойко Т.А., ГКУ «Центр закупок»)"],
  ])("«…%s» at the end of the cell is the row's responsible", (tail) => {
    const values = [...TOP, ...body(() => tail)];
    const r = readRoadmaps(grid(values)).roadmaps;
    expect(r.map((x) => x.rows.length)).toEqual([rows.length, rows.length]);
    for (const x of r)
      for (const row of x.rows)
        expect(row.fields.responsible?.text).toMatch(/^Бойко Т\.А\.(, ГКУ «Центр закупок»)?$/);
    expect(warnings(values)).toEqual([]);
  });

  it.each([
    [["Ознакомлены:", "Рябинина Т.С. ________", "Головач П.И. ________"]],
    [["С комплексом мер ознакомлены:", "Рябинина Т.С.", "Головач П.И."]],
    [["Prepared by", "Бойко Т.А., отдел инфраструктурных проектов"]],
    // h147-tr-kv-municipal-date-matrix-resp-in-cell: the signature's name in the last programme's column.
    [["Начальник управления образования", null, "Т.Г. Климова"]],
    [["Заместитель главы администрации", "Т.Г. Климова"]],
  ])("%j under the matrix ends it", (footer) => {
    const values = [
      ...TOP,
      ...body((who) => ` (отв. ${who || "Бойко Т.А."})`),
      [],
      footer,
      [null, "Кукушкин А.В."],
    ];
    const r = readRoadmaps(grid(values)).roadmaps;
    expect(r.map((x) => x.rows.length)).toEqual([rows.length, rows.length]);
    expect(warnings(values)).toEqual([]);
  });
});
