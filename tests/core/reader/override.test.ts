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

it("a role corrected on one programme column's roadmap keeps the table split per programme column", () => {
  const table = [
    ["№", "Мероприятие", "Срок", "Точка роста", "IT-куб", "Исполнение"],
    ["1", "Утверждение дорожной карты", "29.12.2026", "+", "+", "Минобр"],
    ["2", "Закупка оборудования", "15.02.2027", "—", "+", "Школы"],
  ];
  const before = readRoadmaps(grid(table)).roadmaps;
  expect(before.map((r) => r.programme.value)).toEqual(["tochka-rosta", "it-cube"]);
  const after = readRoadmaps(grid(table), {
    columns: { [before[0]!.id]: { responsible: "F", status: null } },
  }).roadmaps;
  expect(after.map((r) => [r.id, r.rows.length])).toEqual(before.map((r) => [r.id, r.rows.length]));
  expect(after[0]!.rows[0]!.fields.responsible?.text).toBe("Минобр");
});
