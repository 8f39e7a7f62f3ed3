// «Исполнители» merged over «ответственный | соисполнитель»: the responsible is the first, the co-executor beside it is
// often left empty, so an empty co-executor is no missing responsible.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/grid";
import { checkSheet } from "../../../src/core/checks/sheet";
import { readRoadmaps } from "../../../src/core/reader";
import { grid, templateRows, TITLE } from "./layouts";

const rows = templateRows(2027);

describe("a responsible and a co-executor under one group header", () => {
  it.each([
    ["Исполнители", "ответственный", "соисполнитель"],
    ["Исполнитель", "ответственный исполнитель", "соисполнители"],
  ])("«%s» over «%s | %s»: the first is the responsible, clean", (group, resp, co) => {
    const values: CellValue[][] = [
      [TITLE],
      ["№", "Мероприятие", "Срок исполнения", group, null, "Результат"],
      [null, null, null, resp, co, null],
      ...rows.map((r, i) => [
        r.number,
        r.title,
        r.deadlineText,
        r.responsible,
        i % 2 ? "Управление образования" : null,
        r.result || "Приказ",
      ]),
    ];
    const g = grid(values, ["A1:F1", "A2:A3", "B2:B3", "C2:C3", "D2:E2", "F2:F3"]);
    const [roadmap] = readRoadmaps(g).roadmaps;
    expect(roadmap!.columns.responsible?.column).toBe("D");
    const found = checkSheet(g, { checkDate: "2026-01-10" }).reports.flatMap((x) =>
      x.findings.filter((f) => f.severity !== "info").map((f) => `${f.code} ${f.address}`),
    );
    expect(found).toEqual([]);
  });
});
