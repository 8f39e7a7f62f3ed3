import { describe, expect, it } from "vitest";
import { buildMarkPlan, checkSheet } from "../../src/core";
import { checkAndMark, clearMarks, STATE_SHEET } from "../../src/excel";
import type { SimulatedOfficeOptions } from "../../src/sim";
import { FIXTURES } from "../fixtures";
import { dumpWorkbook, loadFixture, withSim } from "./helpers";

/** Ctrl+Z: marks and their state in one Excel.run with mergeUndoGroup where ExcelApi 1.20 is supported. */

function checkWith(read: { grid: Parameters<typeof checkSheet>[0] }) {
  const result = checkSheet(read.grid, { checkDate: "2024-06-01" });
  return { plan: buildMarkPlan(result.reports, "ru"), result };
}

async function mark() {
  const r = await checkAndMark({}, checkWith);
  if (!r.ok) throw new Error(r.error.debug);
  return r.value;
}

const FILE = FIXTURES[0]!.file;

describe("undo grouping of the marks", () => {
  it.each([
    ["1.20 on the web, first check", { apiVersion: "1.20" }, [{ mergeUndoGroup: true }], "grouped"],
    ["1.18: not asked for", { apiVersion: "1.18" }, [{}], "unavailable"],
    // A desktop cannot undo hiding the state sheet: Excel refuses the group, the marks are written without it.
    [
      "1.20 on a desktop, first check",
      { apiVersion: "1.20", platform: "PC" },
      [{ mergeUndoGroup: true }, {}],
      "fallback",
    ],
  ] as [string, SimulatedOfficeOptions, object[], string][])(
    "%s: run options and the outcome",
    async (_name, options, runOptions, undo) => {
      const wb = await loadFixture(FILE);
      await withSim(wb, options, async (sim) => {
        const done = await mark();
        expect(sim.stats.runOptions).toEqual(runOptions);
        expect(done.marks.undo).toBe(undo);
        expect(done.marks.marked).toBeGreaterThan(0);
      });
    },
  );

  it("grouping costs no extra sync: the same four as without it (three, and the new report's id)", async () => {
    const syncs: number[] = [];
    for (const apiVersion of ["1.18", "1.20"]) {
      const wb = await loadFixture(FILE);
      await withSim(wb, { apiVersion }, async (sim) => {
        await mark();
        syncs.push(sim.stats.syncs);
      });
    }
    expect(syncs).toEqual([4, 4]);
  });

  it("a re-check rewrites the report in place: one undo group even on a desktop, the same result as ungrouped", async () => {
    const wb = await loadFixture(FILE);
    const before = dumpWorkbook(wb);
    const ungrouped = await loadFixture(FILE);
    await withSim(ungrouped, { apiVersion: "1.18" }, async () => {
      await mark();
      await mark();
    });
    await withSim(wb, { apiVersion: "1.20", platform: "PC" }, async (sim) => {
      expect((await mark()).marks.undo).toBe("fallback"); // hiding the new state sheet
      sim.stats.reset();
      const again = await mark();
      expect(again.marks.undo).toBe("grouped");
      expect(sim.stats.runOptions).toEqual([{ mergeUndoGroup: true }]);
      expect(sim.stats.log.map((l) => l.error).filter(Boolean)).toEqual([]);
    });
    expect(dumpWorkbook(wb)).toEqual(dumpWorkbook(ungrouped));
    await withSim(wb, { apiVersion: "1.20" }, async () => {
      const r = await clearMarks();
      expect(r.ok).toBe(true);
    });
    expect(dumpWorkbook(wb)).toEqual(before);
  });

  it("a protected report is replaced (no undo support for deleting it): retried ungrouped, same marks", async () => {
    const wb = await loadFixture(FILE);
    await withSim(wb, { apiVersion: "1.20" }, async (sim) => {
      const first = await mark();
      expect(first.marks.undo).toBe("grouped");
      await wb.getWorksheet(first.marks.reportSheet)!.protect("", {});
      sim.stats.reset();
      const again = await mark();
      expect(again.marks.undo).toBe("fallback");
      expect(sim.stats.log.map((l) => l.error).filter(Boolean)).toEqual(["UndoNotSupported"]);
      expect(sim.book.byKey(STATE_SHEET)?.visibility).toBe("VeryHidden");
      expect(again.marks.marked).toBe(first.marks.marked);
      expect(again.marks.reportSheet).toBe(first.marks.reportSheet);
    });
  });

  it("another error in a grouped run is not retried", async () => {
    const wb = await loadFixture(FILE);
    await withSim(wb, { apiVersion: "1.20" }, async (sim) => {
      sim.failOperation("RangeFill.color =", { code: "GeneralException" });
      const r = await checkAndMark({}, checkWith);
      expect(r.ok ? "ok" : r.error.code).toBe("GeneralException");
      expect(sim.stats.runOptions).toEqual([{ mergeUndoGroup: true }]);
    });
  });
});
