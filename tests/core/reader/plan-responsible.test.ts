// A school's plan with no responsible column names the responsible for the whole plan once, on a line of its own above
// or below the table: the reader keeps that line, the line below is no measure, and no responsible-missing is reported.
// A plan naming no one anywhere keeps its one warning on the header.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/grid";
import { checkSheet } from "../../../src/core/checks/sheet";
import { readRoadmaps } from "../../../src/core/reader";
import { readingOf } from "../../../src/core/reading";
import { grid } from "./layouts";

const TITLE = "План мероприятий по созданию центра «Точка роста» в МБОУ «Ивановская СОШ» в 2027 году";
const TABLE: CellValue[][] = [
  ["Мероприятие", "Сроки", "Отметка о выполнении"],
  ["Назначение ответственного за создание центра", "до 21 декабря 2026 г.", null],
  ["Утверждение дорожной карты центра", "до 21 декабря 2026 г.", null],
  ["Открытие центра", "1 сентября 2027 г.", null],
];
const ABOVE = "Ответственный: заместитель директора по УВР Иванова Анна Сергеевна";
const BELOW =
  "Ответственные за выполнение плана: заместитель директора по учебно-воспитательной работе Иванова А.С.";

const responsibleMissing = (values: CellValue[][]) =>
  checkSheet(grid(values), { checkDate: "2026-12-01" })
    .reports[0]!.findings.filter((f) => f.code === "responsible-missing")
    .map((f) => f.address);

describe("the plan's responsible named once above or below the table", () => {
  it("a line above the table names it", () => {
    const values = [[TITLE], [ABOVE], ...TABLE];
    expect(readRoadmaps(grid(values)).roadmaps[0]!.planResponsible).toEqual({ text: ABOVE, address: "A2" });
    expect(responsibleMissing(values)).toEqual([]);
  });

  it.each([
    "Ответственный исполнитель по всем мероприятиям — министерство образования области",
    "Ответственный исполнитель: отдел образования администрации района",
  ])("«%s» above the table names it", (line) => {
    const values = [[TITLE], [line], ...TABLE];
    expect(readRoadmaps(grid(values)).roadmaps[0]!.planResponsible).toEqual({ text: line, address: "A2" });
    expect(responsibleMissing(values)).toEqual([]);
  });

  it("a line below the table names it, and is not a measure", () => {
    const values = [[TITLE], ...TABLE, [null], [BELOW]];
    const r = readRoadmaps(grid(values)).roadmaps[0]!;
    expect(r.rows.map((row) => row.sheetRows[0])).toEqual([3, 4, 5]);
    expect(r.planResponsible).toEqual({ text: BELOW, address: "A7" });
    expect(responsibleMissing(values)).toEqual([]);
  });

  it("a plan naming no responsible anywhere keeps its one warning on the header", () => {
    const values = [[TITLE], ...TABLE, [null], ["Директор школы ____________ Н.А. Щукин"]];
    expect(readRoadmaps(grid(values)).roadmaps[0]!.planResponsible).toBeUndefined();
    expect(responsibleMissing(values)).toEqual(["A2"]);
  });

  it("the JSON reading shows it as each row's responsible", () => {
    const res = checkSheet(grid([[TITLE], [ABOVE], ...TABLE]), { checkDate: "2026-12-01" });
    const rows = readingOf(res.roadmaps[0]!, res.reports[0]!).rows.filter((r) => r.kind === "measure");
    expect(rows.map((r) => r.responsible)).toEqual([ABOVE, ABOVE, ABOVE]);
  });
});
