// Bundled for Chromium by browser.test.ts: the simulator and the adapter with exceljs's browser build, no Node.
import ExcelJS from "exceljs";
import { buildMarkPlan, type RoadmapReport } from "../../src/core";
import { applyMarks, clearMarks, readSheet } from "../../src/excel";
import { createSimulatedOffice, installSimulatedOffice } from "../../src/sim";

async function main(): Promise<unknown> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Лист");
  ws.getRow(1).values = ["№", "Мероприятие", "Срок"];
  ws.getRow(2).values = [1, "Закупка оборудования", "до 1 марта"];
  const sim = createSimulatedOffice(wb, {});
  installSimulatedOffice(sim, window);
  const read = await readSheet();
  const report = {
    sheet: "Лист",
    title: "T",
    findings: [
      {
        code: "deadline-unreadable",
        severity: "error",
        sheet: "Лист",
        address: "C2",
        marksCell: true,
        message: { ru: "Срок не читается", en: "Unreadable" },
        itemTitle: null,
        expected: null,
        actual: null,
        rule: null,
      },
    ],
  } as unknown as RoadmapReport;
  const marked = await applyMarks(buildMarkPlan([report], "ru"));
  const fill = (ws.getCell("C2").fill as { fgColor?: { argb?: string } } | undefined)?.fgColor?.argb ?? null;
  const cleared = await clearMarks();
  const buffer = await wb.xlsx.writeBuffer();
  return {
    read: read.ok ? read.value.grid.values : read.error.debug,
    marked: marked.ok ? marked.value.marked : marked.error.debug,
    fill,
    cleared: cleared.ok ? cleared.value.fillsRestored : cleared.error.debug,
    after: ws.getCell("C2").fill ?? null,
    sheets: wb.worksheets.map((w) => w.name),
    bytes: buffer.byteLength > 0,
    syncs: sim.stats.syncs,
  };
}

(window as unknown as { __result: Promise<unknown> }).__result = main();
