// A Date cell that is not a date (exceljs gives `new Date(NaN)` for a date-formatted number out of range) must not
// become the roadmap's year: fast-check's «arbitrary grids through checkSheet» found a NaN targetYear that broke the
// report's schema (seed -1282388942).
import { describe, expect, it } from "vitest";
import { checkSheet } from "../../../src/core/checks/sheet";
import { RoadmapReportSchema } from "../../../src/core/report";
import { grid, TITLE } from "./layouts";

const HEADER = ["№ п/п", "Наименование мероприятия", "Ответственный", "Результат", "Срок"];

describe("invalid Date cells", () => {
  it("in the deadline column: no year from them, the deadline is unreadable, the report fits its schema", () => {
    const res = checkSheet(
      grid([HEADER, ["1.", "Сформирован инфраструктурный лист", "Министерство", "Лист", new Date(NaN)]], []),
      { checkDate: "2024-01-01" },
    );
    expect(res.reports).toHaveLength(1);
    const report = res.reports[0]!;
    expect(report.targetYear).toBeNull();
    expect(report.findings.filter((f) => f.code === "deadline-unreadable").map((f) => f.address)).toEqual([
      "E2",
    ]);
    expect(() => RoadmapReportSchema.parse(report)).not.toThrow();
  });

  it("beside valid dates: the year comes from the valid ones", () => {
    const res = checkSheet(
      grid(
        [
          [TITLE],
          HEADER,
          ["1.", "Сформирован инфраструктурный лист", "Министерство", "Лист", new Date(NaN)],
          [
            "2.",
            "Объявлены закупки товаров, работ, услуг",
            "Министерство",
            "Извещение",
            new Date(Date.UTC(2027, 1, 15)),
          ],
        ],
        [],
      ),
      { checkDate: "2026-11-01" },
    );
    expect(res.reports[0]!.targetYear).toBe(2027);
    expect(() => RoadmapReportSchema.parse(res.reports[0]!)).not.toThrow();
  });

  it("in the preamble: not the document's year", () => {
    const res = checkSheet(
      grid(
        [
          [new Date(NaN)],
          HEADER,
          ["1.", "Сформирован инфраструктурный лист", "Министерство", "Лист", "по графику"],
        ],
        [],
      ),
      { checkDate: "2026-11-01" },
    );
    expect(res.roadmaps[0]!.documentYear).toBeNull();
    expect(() => RoadmapReportSchema.parse(res.reports[0]!)).not.toThrow();
  });
});
