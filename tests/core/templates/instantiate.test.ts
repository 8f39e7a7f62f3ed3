import { describe, expect, it } from "vitest";
import { templateSheetFor } from "../../../src/core";
import { checkSheet } from "../../../src/core/checks/sheet";
import { readRoadmaps } from "../../../src/core/reader";
import { RoadmapReportSchema } from "../../../src/core/report";
import { instantiateTemplate } from "../../../src/core/templates/instantiate";
import { getEdition, listEditions } from "../../../src/core/templates/library";
import { planGrid, setCell } from "../checks/helpers";

describe("instantiateTemplate", () => {
  it("writes the 2024 Kvantorium form for 2027 with real dates", () => {
    const rows = instantiateTemplate(getEdition("kvantorium-2024")!, 2027);
    // The five approvals are one row, as in the Leningrad act: 13 rows.
    expect(rows).toHaveLength(13);
    expect(rows.map((r) => r.number)).toEqual([
      "1",
      "2",
      "3",
      "4",
      "5",
      "6",
      "7",
      "8",
      "9",
      "10",
      "11",
      "12",
      "13",
    ]);
    expect(rows[0]!.title).toMatch(
      /^Утверждены: 1\) должностное лицо .*; 5\) типовое положение о деятельности Школьного Кванториума$/,
    );
    expect([rows[0]!.deadlineText, rows[0]!.due]).toEqual(["не позднее 29 декабря 2026 года", "2026-12-29"]);
    expect(rows[1]!.deadlineText).toBe("согласно графику, направляемому федеральным оператором");
    expect(rows[1]!.due).toBeNull();
    expect(rows[3]!.deadlineText).toBe("1 марта 2027 года");
    expect(rows[4]!.deadlineText).toBe("не позднее 15 февраля 2027 года");
    expect(rows[10]!.deadlineText).toBe("в течение 2027 года");
    expect(rows[10]!.due).toBe("2027-12-31");
    expect(rows[12]!.deadlineText).toBe("ежеквартально, начиная с 1 октября 2027 года");
    expect(rows.every((r) => r.responsible.startsWith("Региональный координатор"))).toBe(true);
  });

  it("writes the 2021 forms' relative deadlines as dates of the year before where the form says so", () => {
    const rows = instantiateTemplate(getEdition("kvantorium-2021")!, 2027);
    expect(rows[0]!.deadlineText).toBe("27 ноября 2026 года");
    expect(rows[1]!.title).toMatch(/^Утверждены: 1\) Должностное лицо.*; 2\) Концепция/);
    expect(rows[3]!.deadlineText).toBe("ежегодно, начиная с 30 декабря 2026 года");
  });

  it("puts the planner's responsible into every row when asked", () => {
    const rows = instantiateTemplate(getEdition("cos-2024")!, 2027, {
      responsible: "Министерство образования Н-ской области",
    });
    expect(new Set(rows.map((r) => r.responsible))).toEqual(
      new Set(["Министерство образования Н-ской области"]),
    );
  });

  it("gives the unified plan one starting measure per direction over the school year", () => {
    const rows = instantiateTemplate(getEdition("complex-plan-2024")!, 2027);
    expect(rows.map((r) => r.number)).toEqual([
      "1.1",
      "2.1",
      "3.1",
      "4.1",
      "5.1",
      "6.1",
      "7.1",
      "8.1",
      "9.1",
      "10.1",
    ]);
    expect(rows.map((r) => r.section)).toEqual(["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"]);
    expect(new Set(rows.map((r) => r.deadlineText))).toEqual(new Set(["2026/2027 учебный год"]));
  });
});

describe("templateSheetFor", () => {
  it("titles the sheet for the year and names it after the programme", () => {
    const plan = templateSheetFor("kvantorium-2024", 2027, "ru");
    expect(plan.titleLines).toEqual([
      "Комплекс мер (дорожная карта) по созданию и функционированию детских технопарков «Кванториум» на базе общеобразовательных организаций на 2027 год",
    ]);
    expect(plan.sheetName).toBe("ДК 2027 — Кванториум");
    expect(plan.rows).toHaveLength(13);
    expect(plan.rows[4]).toEqual([
      "5",
      "Объявлены закупки товаров, работ, услуг для создания Школьного Кванториума",
      "Региональный координатор",
      expect.any(String),
      new Date(Date.UTC(2027, 1, 15)),
      null,
    ]);
    // A «не позднее» rule is a date value shown the Russian way; the invariant format, not a local one.
    expect(plan.formats?.[4]?.[4]).toBe('"не позднее "dd.mm.yyyy');
    expect(templateSheetFor("complex-plan-2024", 2027, "en").titleLines[0]).toMatch(
      /на 2026\/2027 учебный год$/,
    );
  });

  it("keeps periods and recurring rules as text, and decides the table features with the real columns", () => {
    const plan = templateSheetFor("tochka-rosta-2024", 2027, "ru");
    const kinds = instantiateTemplate(getEdition("tochka-rosta-2024")!, 2027).map((r) => r.deadlineKind);
    plan.rows.forEach((row, i) => {
      const dated = kinds[i] === "by-date" || kinds[i] === "date";
      expect(row[4] instanceof Date, `row ${i + 1} (${kinds[i]})`).toBe(dated);
      expect(plan.formats?.[i]?.[4]).toBe(
        kinds[i] === "by-date" ? '"не позднее "dd.mm.yyyy' : kinds[i] === "date" ? "dd.mm.yyyy" : null,
      );
    });
    expect(kinds).toContain("by-date");
    expect(kinds.some((k) => k === "recurring" || k === "period-year" || k === "external-schedule")).toBe(
      true,
    );
    const last = 3 + plan.rows.length;
    expect(plan.table).toEqual({
      filterRange: `A3:F${last}`,
      freezeRows: 3,
      overdue: {
        range: `A4:F${last}`,
        formula: 'AND(ISNUMBER($E4),$E4<TODAY(),$F4<>"Выполнено")',
        fill: "FFC7CE",
        fontColor: "9C0006",
      },
      print: { orientation: "Landscape", fitToWidth: 1, titleRows: "$3:$3" },
    });
  });

  it("refuses an unknown edition", () => {
    expect(() => templateSheetFor("it-cube-2024", 2027, "ru")).toThrow(/Unknown template edition/);
  });
});

describe("a 2027 roadmap inserted from each edition, checked against that edition", () => {
  for (const { id } of listEditions()) {
    it(`${id}: nothing but notes`, () => {
      const grid = planGrid(templateSheetFor(id, 2027, "ru"));
      const read = readRoadmaps(grid);
      expect(read.roadmaps).toHaveLength(1);
      const overrides = { [read.roadmaps[0]!.id]: { editionId: id } };
      const res = checkSheet(grid, { checkDate: "2026-11-01", overrides });
      const report = RoadmapReportSchema.parse(res.reports[0]);
      expect(report.editionId).toBe(id);
      expect(report.targetYear).toBe(2027);
      expect(report.findings.filter((f) => f.severity !== "info")).toEqual([]);
      expect(report.matches.length).toBe(getEdition(id)!.items.length);
      expect(report.verdict).toBe("ready");
    });
  }

  it("the reader finds programme and year by itself for the current editions", () => {
    for (const id of ["tochka-rosta-2024", "kvantorium-2024", "cos-2024", "complex-plan-2024"]) {
      const res = checkSheet(planGrid(templateSheetFor(id, 2027, "ru")), { checkDate: "2026-11-01" });
      expect(res.reports[0]!.editionId, id).toBe(id);
    }
  });

  it("a completion mark in the status column stops the overdue warning for that row", () => {
    const grid = planGrid(templateSheetFor("kvantorium-2024", 2027, "ru"));
    // Header on row 3, rows from 4; the «Отметка о выполнении» column is F.
    setCell(grid, "F4", "Выполнено");
    setCell(grid, "F6", "Не выполнено");
    const res = checkSheet(grid, { checkDate: "2027-03-02" });
    const overdue = res.reports[0]!.findings.filter((f) => f.code === "overdue").map((f) => f.address);
    // Due before 2 March 2027: approvals (E4, done), design (E6, not done), equipment (E7), procurement (E8).
    expect(overdue).toEqual(["E6", "E7", "E8"]);
  });
});
