// A ministry's roll-up signed under the table («Свод подготовил: отдел …», «Составил: …»), in the first column, which
// is the organisation column merged down over each block: the signature ends the table, it continues no measure.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/grid";
import { checkSheet } from "../../../src/core/checks/sheet";
import { readRoadmaps } from "../../../src/core/reader";
import { grid, templateRows, TITLE } from "./layouts";

const rows = templateRows();
const orgs = ["Гороховецкий муниципальный округ", "Городской округ Речной"];

function sheet(footer: string): { values: CellValue[][]; merges: string[] } {
  const values: CellValue[][] = [
    [TITLE],
    [],
    ["Муниципальное образование", "№", "Мероприятие", "Срок", "Ответственный", "Результат"],
  ];
  const merges: string[] = [];
  for (const org of orgs) {
    merges.push(`A${values.length + 1}:A${values.length + rows.length}`);
    rows.forEach((r, i) =>
      values.push([
        i === 0 ? org : null,
        i + 1,
        r.title,
        r.deadlineText,
        r.responsible,
        r.result || "Приказ",
      ]),
    );
  }
  values.push([], [footer]);
  return { values, merges };
}

describe("a roll-up's signature under the table", () => {
  it.each([
    "Свод подготовил: отдел общего образования министерства, 18.12.2026",
    "Составил: главный специалист Петрова А.А.",
    "Информация подготовлена: управление образования",
  ])("«%s» ends the table: each block keeps its measures, clean", (footer) => {
    const { values, merges } = sheet(footer);
    const g = grid(values, merges);
    const read = readRoadmaps(g).roadmaps;
    expect(read.map((x) => [x.organisation, x.rows.length])).toEqual(orgs.map((o) => [o, rows.length]));
    expect(read.at(-1)!.rows.at(-1)!.sheetRows).toEqual([values.length - 2]);
    const errors = checkSheet(g, { checkDate: "2026-01-10" }).reports.flatMap((x) =>
      x.findings.filter((f) => f.severity === "error").map((f) => `${f.code} ${f.address}`),
    );
    expect(errors).toEqual([]);
  });
});
