// A start | end table whose end cell holds only a cadence («quarterly», «далее ежеквартально») beside a start date:
// the schedule begins on the start date, so that is the first due day, and the cadence follows it.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/grid";
import { checkSheet } from "../../../src/core/checks/sheet";
import { rowDeadline } from "../../../src/core/row-deadline";
import { readRoadmaps } from "../../../src/core/reader";
import { grid, templateRows, TITLE } from "./layouts";

const rows = templateRows(2027);

function sheet(cadence: string, start: CellValue): CellValue[][] {
  return [
    [TITLE],
    ["№", "Мероприятие", "Дата начала", "Дата окончания", "Ответственный", "Результат"],
    ...rows.map((r) =>
      r.itemId === "indicator-monitoring"
        ? [r.number, r.title, start, cadence, r.responsible, "Отчёт"]
        : [r.number, r.title, null, r.deadlineText, r.responsible, r.result || "Приказ"],
    ),
  ];
}

describe("a cadence in the end column after a start date", () => {
  it.each([
    ["quarterly", new Date(Date.UTC(2027, 9, 1))],
    ["далее ежеквартально", new Date(Date.UTC(2027, 9, 1))],
    ["ежеквартально", "01.10.2027"],
    // A start typed as a bare date serial (the cell lost its date format): 46661 is 1 October 2027.
    ["ежеквартально", 46661],
  ] as [string, CellValue][])("«%s» after %s: first due 2027-10-01, clean", (cadence, start) => {
    const g = grid(sheet(cadence, start));
    const [roadmap] = readRoadmaps(g).roadmaps;
    const row = roadmap!.rows[rows.findIndex((r) => r.itemId === "indicator-monitoring")]!;
    const read = rowDeadline(row.fields.deadline, roadmap!, 2027, null);
    expect(read?.due).toBe("2027-10-01");
    expect(read?.deadline.kind).toBe("recurring");
    const found = checkSheet(g, { checkDate: "2026-01-10" }).reports.flatMap((x) =>
      x.findings.filter((f) => f.severity !== "info").map((f) => `${f.code} ${f.address}`),
    );
    expect(found).toEqual([]);
  });
});
