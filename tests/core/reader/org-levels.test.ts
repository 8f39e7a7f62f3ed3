// A regional list with two organisation columns, «Муниципальный округ | Общеобразовательная организация», each merged
// down over its rows: the items are repeated per school, so the school column, not the municipality, names the
// roadmaps — a municipality may hold several schools.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/grid";
import { checkSheet } from "../../../src/core/checks/sheet";
import { readRoadmaps } from "../../../src/core/reader";
import { grid, templateRows, TITLE } from "./layouts";

const rows = templateRows();
const schools = [
  ["Кичменгский МО", "МБОУ «Кичменгская СОШ»"],
  ["Кичменгский МО", "МБОУ «Захаровская ООШ»"],
  ["Шарьинский МО", "МКОУ «Шарьинская ООШ № 2»"],
] as const;

function sheet(head: string[]): { values: CellValue[][]; merges: string[] } {
  const values: CellValue[][] = [[TITLE], head];
  const merges = ["A1:G1"];
  schools.forEach(([mo, school], k) => {
    const top = values.length + 1;
    rows.forEach((r, i) =>
      values.push([
        i === 0 && (k === 0 || schools[k - 1]![0] !== mo) ? mo : null,
        i === 0 ? school : null,
        `${k + 1}.${i + 1}`,
        r.title,
        r.deadlineText,
        r.responsible,
        r.result || "Приказ",
      ]),
    );
    merges.push(`B${top}:B${top + rows.length - 1}`);
  });
  // The municipality is merged over all of its schools' rows.
  merges.push(`A3:A${2 + 2 * rows.length}`, `A${3 + 2 * rows.length}:A${2 + 3 * rows.length}`);
  return { values, merges };
}

describe("a municipality column beside a school column", () => {
  it.each([
    [["Муниципальный округ", "Общеобразовательная организация"]],
    [["Муниципальное образование", "Наименование ОО"]],
    [["Район", "Школа"]],
  ])("%j: one roadmap per school, named by the school, clean", (orgHead) => {
    const { values, merges } = sheet([...orgHead, "№", "Мероприятие", "Срок", "Ответственный", "Результат"]);
    const g = grid(values, merges);
    const r = readRoadmaps(g).roadmaps;
    expect(r.map((x) => [x.organisation, x.rows.length])).toEqual(schools.map(([, s]) => [s, rows.length]));
    const found = checkSheet(g, { checkDate: "2026-01-10" }).reports.flatMap((x) =>
      x.findings.filter((f) => f.severity !== "info").map((f) => `${f.code} ${f.address}`),
    );
    expect(found).toEqual([]);
  });

  it("a single municipality column still names the blocks by municipality", () => {
    const { values, merges } = sheet([
      "Муниципальный округ",
      "",
      "№",
      "Мероприятие",
      "Срок",
      "Ответственный",
      "Результат",
    ]);
    const noSchool = values.map((line, i) => (i < 2 ? line : [line[0]!, null, ...line.slice(2)]));
    const r = readRoadmaps(
      grid(
        noSchool,
        merges.filter((m) => !m.startsWith("B")),
      ),
    ).roadmaps;
    expect(r.map((x) => x.organisation)).toEqual(["Кичменгский МО", "Шарьинский МО"]);
  });
});
