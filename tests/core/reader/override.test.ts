// The planner corrects a column's role: RoadmapOverride.columns re-reads the table with the given letters.
import { expect, it } from "vitest";
import { checkSheet } from "../../../src/core/checks/sheet";
import { readRoadmaps } from "../../../src/core/reader";
import { grid } from "./layouts";

const values = [
  ["№", "Мероприятие", "Срок", "Исполнение"],
  ["1.", "Закупка оборудования", "до 15.02.2027", "Директор школы"],
  ["2.", "Открытие центра", "до 01.09.2027", ""],
];

it("«Исполнение» read as a completion mark becomes the responsible column when the planner says so", () => {
  const before = readRoadmaps(grid(values)).roadmaps[0]!;
  expect(before.columnRoles!.find((c) => c.column === "D")!.role).toBe("status");
  const overrides = { [before.id]: { columns: { responsible: "D", status: null } } };
  const after = readRoadmaps(grid(values), { columns: { [before.id]: overrides[before.id]!.columns } })
    .roadmaps[0]!;
  expect(after.id).toBe(before.id);
  const d = after.columnRoles!.find((c) => c.column === "D")!;
  expect(d.role).toBe("responsible");
  expect(d.reason.ru).toMatch(/^задано вручную/);
  expect(after.rows[0]!.fields.responsible!.text).toBe("Директор школы");
  // Before: «no responsible column» at the header; after: the one empty responsible cell, D3.
  const missing = (o?: typeof overrides) =>
    checkSheet(grid(values), { checkDate: "2026-01-10", overrides: o })
      .reports[0]!.findings.filter((f) => f.code === "responsible-missing")
      .map((f) => f.address);
  expect(missing()).toEqual(["A1"]);
  expect(missing(overrides)).toEqual(["D3"]);
});
