import ExcelJS from "exceljs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildMarkPlan, checkSheet, verdictText } from "../../src/core";
import { checkAndMark } from "../../src/excel";
import { withSim } from "../excel/helpers";
import { runInProcess } from "./helpers";

/**
 * Round trip of issue 16: `roadmap-check template` writes the form for a year → the planner opens the file in Excel →
 * the add-in's own check (on the simulated Excel, the file as exceljs loads it) says it is ready to send.
 */

const dir = mkdtempSync(join(tmpdir(), "template-addin-"));
const CHECK_DATE = "2026-10-01";

describe("a CLI-written template, checked by the add-in", () => {
  for (const programme of ["tochka-rosta", "kvantorium", "cos"])
    it(`${programme} 2027: ready to send, nothing marked as an error`, async () => {
      const out = join(dir, `${programme}-2027.xlsx`);
      const r = await runInProcess(
        ["template", "--programme", programme, "--year", "2027", "--out", out],
        dir,
      );
      expect(r.code, r.stderr).toBe(0);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(out);
      const sheet = wb.worksheets[0]!.name;
      await withSim(wb, { platform: "PC" }, async () => {
        const outcome = await checkAndMark({ sheet }, (read) => {
          const reports = checkSheet(read.grid, { checkDate: CHECK_DATE }).reports;
          return { plan: buildMarkPlan(reports, "ru"), result: reports };
        });
        if (!outcome.ok) throw new Error(outcome.error.debug);
        const reports = outcome.value.result;
        expect(reports).toHaveLength(1);
        const report = reports[0]!;
        expect(report.editionId).not.toBeNull();
        expect(report.targetYear).toBe(2027);
        expect(report.findings.filter((f) => f.severity !== "info")).toEqual([]);
        expect(verdictText(report, "ru")).toBe("готово к отправке");
        expect(outcome.value.marks.marked).toBe(0);
      });
    });
});
