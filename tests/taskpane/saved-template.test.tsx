// @vitest-environment happy-dom
import { cleanup, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import ExcelJS from "exceljs";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { addTemplateSheet } from "../../src/cli/template-book";
import { main } from "../../src/cli/run";
import { getEdition, templateSheetFor } from "../../src/core";
import { STORE_SHEET, decodeStore } from "../../src/core/store";
import { createSimulatedOffice, installSimulatedOffice } from "../../src/sim";
import { createOfficeServices } from "../../src/taskpane/officeServices";
import { renderApp } from "./helpers";

/** A template saved in the workbook: the add-in's later checks, a colleague's add-in and the CLI all use it. */

let uninstall: (() => void) | null = null;
afterEach(() => {
  cleanup();
  uninstall?.();
  uninstall = null;
});

function withOffice(wb: ExcelJS.Workbook) {
  uninstall?.();
  uninstall = installSimulatedOffice(createSimulatedOffice(wb, { apiVersion: "1.18" }));
  return createOfficeServices();
}

async function reopen(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const again = new ExcelJS.Workbook();
  await again.xlsx.load((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  return again;
}

const REGION = {
  ...getEdition("tochka-rosta-2024")!,
  id: "tr-region-2027",
  generation: 2027,
  title: { ru: "Точка роста — форма региона 2027", en: "Tochka Rosta — regional form 2027" },
};
const PLAN = templateSheetFor("tochka-rosta-2024", 2027, "ru");
const REQUEST = {
  sheet: PLAN.sheetName,
  checkDate: "2026-10-01",
  disabled: [],
  overrides: {},
  lang: "ru" as const,
};

describe("a template saved in the workbook", () => {
  it("is used by later checks, by a colleague who opens the file, and by roadmap-check; the pane removes it", async () => {
    const wb = new ExcelJS.Workbook();
    addTemplateSheet(wb, PLAN);

    // The planner loads the region's form from a JSON file and saves it in the document.
    const mine = withOffice(wb);
    expect((await mine.listEditions()).some((e) => e.saved)).toBe(false);
    const loaded = await mine.templateFromJson("region.json", JSON.stringify(REGION));
    expect(loaded.ok).toBe(true);
    const editions = await mine.saveTemplate!(REGION.id);
    expect(editions.find((e) => e.id === REGION.id)?.saved).toMatchObject({
      source: "file",
      sourceName: "region.json",
    });
    const checked = await mine.check(REQUEST);
    expect(checked.reports.map((r) => [r.editionId, r.counts.error])).toEqual([[REGION.id, 0]]);

    // The store sheet holds it as the JSON the template parser reads.
    const column = wb.getWorksheet(STORE_SHEET)!.getColumn(1).values.slice(1);
    const store = decodeStore(column)!.store;
    expect(store.templates.map((t) => t.id)).toEqual([REGION.id]);
    expect(JSON.parse(store.templates[0]!.json)).toMatchObject({ id: REGION.id, generation: 2027 });

    // A colleague opens the saved file: the template is in effect without loading anything.
    const theirs = await reopen(wb);
    const colleague = withOffice(theirs);
    const seen = await colleague.listEditions();
    expect(seen.find((e) => e.id === REGION.id)?.saved?.sourceName).toBe("region.json");
    expect((await colleague.check(REQUEST)).reports[0]!.editionId).toBe(REGION.id);

    // roadmap-check on the same file, read whole or streamed, with or without --sheet.
    const dir = mkdtempSync(join(tmpdir(), "saved-template-"));
    const file = join(dir, "dk-2027.xlsx");
    writeFileSync(file, Buffer.from((await theirs.xlsx.writeBuffer()) as ArrayBuffer));
    for (const [env, args] of [
      [{}, []],
      [{}, ["--sheet", PLAN.sheetName]],
      [{ ROADMAP_CHECK_STREAM_BYTES: "0" }, []],
      [{ ROADMAP_CHECK_STREAM_BYTES: "0" }, ["--sheet", PLAN.sheetName]],
    ] as const) {
      let stdout = "";
      const code = await main(["--json", "--today", "2026-10-01", ...args, file], {
        stdout: { write: (c: string) => (stdout += c) },
        stderr: { write: () => undefined },
        cwd: dir,
        workerScript: null,
        cores: 1,
        env,
      });
      type Run = { files: { readMode: string; roadmaps: { editionId: string; sheet: string }[] }[] };
      const run = JSON.parse(stdout) as Run;
      const what = JSON.stringify([env, args]);
      expect(run.files[0]!.readMode, what).toBe("ROADMAP_CHECK_STREAM_BYTES" in env ? "stream" : "full");
      expect(
        run.files[0]!.roadmaps.map((r) => [r.sheet, r.editionId]),
        what,
      ).toEqual([[PLAN.sheetName, REGION.id]]);
      expect(code, what).toBe(0);
    }

    // The pane shows which template is in effect and removes it.
    const user = userEvent.setup();
    const { t } = renderApp(colleague, "ru", "light", "template");
    await waitFor(() => expect(document.querySelector(`[data-saved-id="${REGION.id}"]`)).toBeTruthy(), {
      timeout: 20_000,
    });
    expect(document.querySelector(`[data-saved-id="${REGION.id}"]`)!.textContent).toMatch(
      /^Сохранён в книге: Точка роста — форма региона 2027 \(/,
    );
    await user.click(screen.getByRole("button", { name: t("actions.removeSaved") }));
    await screen.findByText(t("saved.none"), undefined, { timeout: 20_000 });
    await screen.findByText(t("saved.removed", { title: REGION.title.ru }));
    // The store (still holding the marks of the checks above) no longer has the template; the built-in edition applies again.
    const after = decodeStore(theirs.getWorksheet(STORE_SHEET)!.getColumn(1).values.slice(1))!.store;
    expect(after.templates).toEqual([]);
    await waitFor(async () =>
      expect((await colleague.check(REQUEST)).reports[0]!.editionId).toBe("tochka-rosta-2024"),
    );
  }, 90_000);
});
