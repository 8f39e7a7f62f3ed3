import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import * as core from "../../src/core";
import { fixtureGrid, planGrid } from "./checks/helpers";

describe("the public API of src/core", () => {
  it("exposes what the pane and the CLI call", () => {
    for (const name of [
      "readRoadmaps",
      "parseDeadline",
      "formatDeadline",
      "listEditions",
      "getEdition",
      "suggestEdition",
      "parseTemplateJson",
      "parseTemplateGrid",
      "instantiateTemplate",
      "checkRoadmap",
      "checkSheet",
      "buildMarkPlan",
      "buildTemplateSheet",
      "freeSheetName",
      "templateSheetFor",
      "RoadmapReportSchema",
      "FindingSchema",
      "EditionSchema",
    ] as const) {
      expect(typeof (core as Record<string, unknown>)[name], name).not.toBe("undefined");
    }
  });

  it("checks the Leningrad fixture and plans its marks, end to end", async () => {
    const grid = await fixtureGrid("seed002-leningrad-2024-kvantorium.xlsx");
    const res = core.checkSheet(grid, { checkDate: "2024-07-01" });
    expect(res.reason).toBeNull();
    expect(res.roadmaps).toHaveLength(1);
    const report = core.RoadmapReportSchema.parse(res.reports[0]);
    expect(report.editionId).toBe("kvantorium-2024");
    // 5 overdue (warnings) and 6 weekend deadlines (notes), as the fixture tests reason out.
    expect(report.counts).toEqual({ error: 0, warning: 5, info: 6 });
    const plan = core.buildMarkPlan(res.reports, "ru");
    const marked = plan.sheets[0]!.fills.flatMap((g) => g.cells);
    // Overdue E18, E22, E25, E26, E27; Sundays E27, E28, E29, E30, E33, E35: E27 is both, so 10 cells, each once.
    expect(new Set(marked).size).toBe(marked.length);
    expect(marked).toHaveLength(10);
    // The template's row, then one row per finding.
    expect(plan.reportSheet.rows).toHaveLength(12);
    expect(plan.reportSheet.rows[0]!.cells[3]).toBe(
      `Шаблон kvantorium-2024, поколение 2024 года, хэш данных шаблона ${core.templateHash(core.getEdition("kvantorium-2024")!)}`,
    );
  });

  it("templateSheetFor writes the sheet the checks then accept", () => {
    const plan = core.templateSheetFor("tochka-rosta-2024", 2027, "ru", {
      responsible: "Министерство образования",
    });
    expect(plan.titleLines[0]).toMatch(/«Точка роста» на 2027 год$/);
    const res = core.checkSheet(planGrid(plan), { checkDate: "2026-11-01" });
    expect(res.reports[0]!.findings.filter((f) => f.severity !== "info")).toEqual([]);
    expect(core.freeSheetName(plan.sheetName, [plan.sheetName])).toBe(`${plan.sheetName} (2)`);
  });

  it("says why when a sheet has no roadmap", () => {
    const res = core.checkSheet(
      { sheetName: "Пусто", origin: "A1", values: [[null]], merges: [] },
      { checkDate: "2024-01-01" },
    );
    expect(res.reports).toEqual([]);
    expect(res.reason!.ru.length).toBeGreaterThan(0);
  });
});

describe("src/core stays pure", () => {
  const root = fileURLToPath(new URL("../../src/core", import.meta.url));
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((f) => {
      const p = join(dir, f);
      return statSync(p).isDirectory() ? files(p) : p.endsWith(".ts") ? [p] : [];
    });

  it("no Node, DOM, Office or exceljs imports in templates, match, checks and the index", () => {
    const mine = files(root).filter((p) => {
      // Relative to src/core: the checkout's own path may contain any of these words.
      const rel = relative(root, p);
      return (
        /(^|[/\\])(templates|match|checks)[/\\]|(^|[/\\])index\.ts$/.test(rel) && !rel.includes("deadlines")
      );
    });
    expect(mine.length).toBeGreaterThan(10);
    for (const p of mine) {
      const src = readFileSync(p, "utf8");
      expect(src, p).not.toMatch(
        /from "node:|from "fs"|from "path"|from "exceljs"|from "react|\bExcel\.|\bOffice\.|\bdocument\.|\bwindow\./,
      );
    }
  });
});
