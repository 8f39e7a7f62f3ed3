// «Ответственный» merged over «региональный уровень | муниципальный уровень» (h160-tr-region-2027-mo-sheets): the
// levels split the responsible, each row naming one or both; «муниципальный» there is a level, not a municipality
// column, so the roadmap is one list, and a row with neither level filled is the only one without a responsible.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/grid";
import { checkSheet } from "../../../src/core/checks/sheet";
import { readRoadmaps } from "../../../src/core/reader";
import { grid, templateRows, TITLE } from "./layouts";

const rows = templateRows();
const values: CellValue[][] = [
  [TITLE],
  ["№ п/п", "Мероприятие", "Срок", "Ответственный", null, "Результат"],
  [null, null, null, "региональный уровень", "муниципальный уровень", null],
  ...rows.map((r, i): CellValue[] => [
    i + 1,
    r.title,
    r.deadlineText,
    i === 3 ? null : i % 3 === 2 ? "—" : "Министерство образования",
    i === 3 ? null : i % 3 === 1 ? "—" : "Руководители органов управления образованием",
    r.result || "Приказ",
  ]),
];
const merges = ["A1:F1", "A2:A3", "B2:B3", "C2:C3", "D2:E2", "F2:F3"];

describe("«Ответственный» over the levels it is split into", () => {
  it("one roadmap; each row's responsible is what either level names", () => {
    const rs = readRoadmaps(grid(values, merges)).roadmaps;
    expect(rs.map((r) => [r.organisation, r.rows.length, r.columns.organisation])).toEqual([
      [null, rows.length, undefined],
    ]);
  });

  it("only the row with neither level filled lacks a responsible", () => {
    const res = checkSheet(grid(values, merges), { checkDate: "2026-12-08" });
    expect(
      res.reports.flatMap((r) =>
        r.findings.filter((f) => f.severity !== "info").map((f) => `${f.code} ${f.address}`),
      ),
    ).toEqual(["responsible-missing D7"]);
  });
});
