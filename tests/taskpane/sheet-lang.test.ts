import ExcelJS from "exceljs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { REPORT_SHEET_NAMES } from "../../src/core/marks";
import { createSimulatedOffice, installSimulatedOffice } from "../../src/sim";
import { createOfficeServices } from "../../src/taskpane/officeServices";
import { FIXTURES } from "../fixtures";

/** The «Проверка» sheet's language is the planner's setting (Russian by default), whatever the pane's language. */

let uninstall: (() => void) | null = null;
afterEach(() => {
  uninstall?.();
  uninstall = null;
});

async function open() {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(process.cwd(), "tests", "fixtures", FIXTURES[0]!.file));
  const sim = createSimulatedOffice(wb, { apiVersion: "1.18", platform: "PC" });
  uninstall = installSimulatedOffice(sim);
  return sim;
}

const sheetNames = (sim: Awaited<ReturnType<typeof open>>) => sim.book.list().map((s) => s.name);

async function check(services: ReturnType<typeof createOfficeServices>, lang: "ru" | "en") {
  return services.check({ checkDate: "2026-01-15", disabled: [], overrides: {}, lang });
}

describe("the report sheet's language", () => {
  it("is Russian by default, also when the pane is in English", async () => {
    const sim = await open();
    const services = createOfficeServices({ worker: false });
    expect((await services.loadSettings())?.sheetLang).toBe("ru");
    await check(services, "en");
    expect(sheetNames(sim)).toContain(REPORT_SHEET_NAMES.ru);
    expect(sheetNames(sim)).not.toContain(REPORT_SHEET_NAMES.en);
  }, 60_000);

  it("follows the saved setting, and removing the marks finds the sheet in either language", async () => {
    const sim = await open();
    const services = createOfficeServices({ worker: false });
    await services.saveSettings({ checkDate: null, disabled: [], sheetLang: "en" });
    expect((await services.loadSettings())?.sheetLang).toBe("en");
    expect(sim.savedSettings()["roadmapChecker.settings"]).toMatchObject({ sheetLang: "en" });
    await check(services, "ru");
    expect(sheetNames(sim)).toContain(REPORT_SHEET_NAMES.en);
    expect(sheetNames(sim)).not.toContain(REPORT_SHEET_NAMES.ru);

    // Back to Russian: the next check replaces the English sheet, and «Снять отметки» removes the Russian one.
    await services.saveSettings({ checkDate: null, disabled: [], sheetLang: "ru" });
    await check(services, "en");
    expect(sheetNames(sim)).toContain(REPORT_SHEET_NAMES.ru);
    expect(sheetNames(sim)).not.toContain(REPORT_SHEET_NAMES.en);
    await services.clearMarks();
    expect(sheetNames(sim)).not.toContain(REPORT_SHEET_NAMES.ru);
    expect(sheetNames(sim)).not.toContain(REPORT_SHEET_NAMES.en);
  }, 60_000);
});
