import { describe, expect, it } from "vitest";
import { buildMarkPlan, checkSheet } from "../../src/core";
import {
  STATE_SHEET,
  activeSheetName,
  checkAndMark,
  followActiveSheet,
  watchSheetChanges,
  type Watch,
} from "../../src/excel";
import type { Outcome } from "../../src/excel/types";
import { FIXTURES } from "../fixtures";
import { loadFixture, withSim } from "./helpers";

const f = FIXTURES[0]!;
const tick = () => new Promise((r) => setTimeout(r, 0));

function checkWith(read: { grid: Parameters<typeof checkSheet>[0] }) {
  const result = checkSheet(read.grid, { checkDate: "2024-06-01" });
  return { plan: buildMarkPlan(result.reports, "ru"), result };
}

function ok<T>(o: Outcome<T>): T {
  if (!o.ok) throw new Error(o.error.debug);
  return o.value;
}

describe("excel/events", () => {
  it("below ExcelApi 1.7 there are no events to follow: both answer null", async () => {
    await withSim(await loadFixture(f.file), { apiVersion: "1.6" }, async () => {
      expect(ok(await followActiveSheet(() => undefined))).toBeNull();
      expect(ok(await watchSheetChanges(f.sheet, () => undefined))).toBeNull();
    });
  });

  it("follows the active sheet until stopped", async () => {
    await withSim(await loadFixture(f.file), {}, async (sim) => {
      const calls: string[] = [];
      const watch = ok(await followActiveSheet((name) => calls.push(name)))!;
      const other = sim.book.wb.addWorksheet("Другой");
      await sim.userRun(async (c) => {
        (c as unknown as Excel.RequestContext).workbook.worksheets.getItem(other.name).activate();
        await c.sync();
      });
      await tick();
      await tick();
      expect(calls).toEqual(["Другой"]);
      expect(ok(await activeSheetName())).toBe("Другой");
      await watch.stop();
      await sim.userRun(async (c) => {
        (c as unknown as Excel.RequestContext).workbook.worksheets.getItem(f.sheet).activate();
        await c.sync();
      });
      await tick();
      expect(calls).toEqual(["Другой"]);
    });
  });

  // The hidden state sheet is rewritten in place by every check: the add-in's own writes to a watched sheet.
  it.each(["1.14", "1.13"])(
    "reports the planner's changes, not the add-in's own (ExcelApi %s)",
    async (apiVersion) => {
      await withSim(await loadFixture(f.file), { apiVersion }, async (sim) => {
        ok(await checkAndMark({ sheet: f.sheet }, checkWith));
        const seen: string[] = [];
        const watch: Watch = ok(await watchSheetChanges(STATE_SHEET, (a) => seen.push(a)))!;
        ok(await checkAndMark({ sheet: f.sheet }, checkWith));
        await tick();
        await tick();
        expect(seen).toEqual([]);
        await sim.userRun(async (c) => {
          (c as unknown as Excel.RequestContext).workbook.worksheets
            .getItem(STATE_SHEET)
            .getRange("B3").values = [["правка"]];
          await c.sync();
        });
        await tick();
        expect(seen).toEqual(["B3"]);
        await watch.stop();
      });
    },
  );
});
