// @vitest-environment happy-dom
import { cleanup, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { createSimulatedOffice, installSimulatedOffice, type SimulatedOfficeOptions } from "../../src/sim";
import { createOfficeServices } from "../../src/taskpane/officeServices";
import ExcelJS from "exceljs";
import { join } from "node:path";
import { FIXTURES } from "../fixtures";
import { dumpWorkbook } from "../excel/helpers";
import { renderApp } from "./helpers";

/** The real services over the simulated Excel: what the pane says is what the adapter did. */

let uninstall: (() => void) | null = null;
afterEach(() => {
  cleanup();
  uninstall?.();
  uninstall = null;
});

async function open(options: SimulatedOfficeOptions) {
  const wb = new ExcelJS.Workbook();
  // happy-dom's import.meta.url is not a file URL: the fixture is found from the project root.
  await wb.xlsx.readFile(join(process.cwd(), "tests", "fixtures", FIXTURES[0]!.file));
  const sim = createSimulatedOffice(wb, options);
  uninstall = installSimulatedOffice(sim);
  return { wb, sim };
}

describe("Ctrl+Z: the pane says which applies", () => {
  it.each([
    [{ apiVersion: "1.20" }, "grouped", [{ mergeUndoGroup: true }]],
    [{ apiVersion: "1.20", platform: "PC" }, "fallback", [{ mergeUndoGroup: true }, {}]],
    [{ apiVersion: "1.18" }, "unavailable", [{}]],
  ] as [SimulatedOfficeOptions, "grouped" | "fallback" | "unavailable", object[]][])(
    "%o → %s",
    async (options, undo, runOptions) => {
      const user = userEvent.setup();
      const { sim } = await open(options);
      const { t } = renderApp(createOfficeServices(), "ru", "light");
      const button = await screen.findByRole("button", { name: t("actions.check") });
      await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false), { timeout: 20_000 });
      sim.stats.reset();
      await user.click(button);
      const line = await screen.findByText(t(`summary.undo.${undo}`), undefined, { timeout: 20_000 });
      expect(line.getAttribute("data-undo")).toBe(undo);
      // The check is the first run after the click (the pane's own reads follow it).
      expect(sim.stats.runOptions.slice(0, runOptions.length)).toEqual(runOptions);
    },
    60_000,
  );
});

describe("«Удалить вставленный лист» right after inserting", () => {
  it("deletes the sheet just inserted and touches nothing else", async () => {
    const user = userEvent.setup();
    const { wb, sim } = await open({ apiVersion: "1.18" });
    const before = dumpWorkbook(wb);
    const { t } = renderApp(createOfficeServices(), "ru", "light", "template");
    const insert = await screen.findByRole("button", { name: t("actions.insert") }, { timeout: 20_000 });
    await waitFor(() => expect((insert as HTMLButtonElement).disabled).toBe(false), { timeout: 20_000 });
    await user.click(insert);
    const remove = await screen.findByRole(
      "button",
      { name: t("actions.removeInserted") },
      { timeout: 20_000 },
    );
    const inserted = sim.book.activeSheet().name;
    expect(inserted).toMatch(/2027/);
    await user.click(remove);
    await screen.findByText(t("insert.removed", { sheet: inserted }), undefined, { timeout: 20_000 });
    expect(sim.book.byKey(inserted)).toBeNull();
    // The check of the new sheet left marks state behind (the store sheet); every other sheet is as it was.
    const after = dumpWorkbook(wb) as { sheets: Record<string, unknown> };
    for (const [name, sheet] of Object.entries((before as { sheets: Record<string, unknown> }).sheets))
      expect(after.sheets[name], name).toEqual(sheet);
  }, 60_000);

  it("refuses, changing nothing, when that sheet has been renamed since", async () => {
    const { wb, sim } = await open({ apiVersion: "1.18" });
    const services = createOfficeServices();
    const name = await services.insertTemplate({
      editionId: "tochka-rosta-2024",
      year: 2027,
      lang: "ru",
      responsible: [],
    });
    await sim.userRun(async (ctx) => {
      (ctx.workbook as unknown as Excel.Workbook).worksheets.getItem(name).name = "Моя ДК";
    });
    const before = dumpWorkbook(wb);
    await expect(services.removeInsertedSheet!(name)).rejects.toMatchObject({
      user: { code: "InsertedSheetGone" },
    });
    expect(dumpWorkbook(wb)).toEqual(before);
  });
});
