import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { worksheetToGrid } from "../../src/cli/xlsx-grid";
import { checkSheet } from "../../src/core";
import { DRAFT_FILE, DRAFT_MISTAKES } from "../../scripts/build-draft-example";

// The README's "what a check finds" example: a 2027 draft with five mistakes planted by hand (see the script).
describe("examples/tochka-rosta-2027-draft.xlsx", () => {
  it("is found to have exactly the planted mistakes, at their cells, and is not ready to send", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(DRAFT_FILE);
    const res = checkSheet(worksheetToGrid(wb.worksheets[0]!), { checkDate: "2026-12-01" });
    expect(res.reports).toHaveLength(1);
    const report = res.reports[0]!;
    expect(report.programme).toBe("tochka-rosta");
    expect(report.targetYear).toBe(2027);
    expect(report.verdict).toBe("has-errors");
    const found = report.findings.map((f) => ({ code: f.code, cell: f.marksCell ? f.address : undefined }));
    const planted = DRAFT_MISTAKES.map((m) => ({ code: m.code, cell: "cell" in m ? m.cell : undefined }));
    expect(found.map((f) => f.code).sort()).toEqual(planted.map((p) => p.code).sort());
    for (const p of planted.filter((x) => x.cell)) expect(found).toContainEqual(p);
    expect(report.findings.find((f) => f.code === "missing-item")!.itemTitle!.ru).toMatch(/закупк/i);
  });
});
