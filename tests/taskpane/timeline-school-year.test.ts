import { afterEach, expect, it } from "vitest";
import { editionSheetPlan } from "../../src/core/templates/instantiate";
import { getEdition } from "../../src/core/templates/library";
import { templateWorkbook } from "../../src/cli/template-book";
import { createSimulatedOffice, installSimulatedOffice } from "../../src/sim";
import { createOfficeServices } from "../../src/taskpane/officeServices";

// The timeline reads a school-year plan's year-less «до 20 декабря» in its first calendar year, as the checks do.

let uninstall: (() => void) | null = null;
afterEach(() => {
  uninstall?.();
  uninstall = null;
});

it("a school-year plan's year-less December deadline is December of the plan's first year on the timeline", async () => {
  const edition = getEdition("complex-plan-2024")!;
  const plan = editionSheetPlan(edition, 2027, "ru");
  const wb = templateWorkbook(plan);
  const ws = wb.worksheets[0]!;
  // The first item's deadline («2026/2027 учебный год») rewritten as a planner would, a day without the year.
  let target: { row: number; col: number } | null = null;
  ws.eachRow((row, r) =>
    row.eachCell((cell, c) => {
      if (target === null && cell.value === "2026/2027 учебный год") target = { row: r, col: c };
    }),
  );
  expect(target).not.toBeNull();
  ws.getCell(target!.row, target!.col).value = "до 20 декабря";
  uninstall = installSimulatedOffice(createSimulatedOffice(wb, { apiVersion: "1.18", platform: "PC" }));
  const services = createOfficeServices({ worker: false });
  const res = await services.check({ checkDate: "2026-09-01", disabled: [], overrides: {}, lang: "ru" });
  const report = res.reports[0]!;
  expect(report.editionId).toBe("complex-plan-2024");
  const timeline = await services.timeline(report);
  const item = timeline!.items.find((i) => i.sheetText === "до 20 декабря");
  expect(item?.sheetDue).toBe("2026-12-20");
}, 60_000);
