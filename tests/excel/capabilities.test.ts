import { afterEach, describe, expect, it } from "vitest";
import { capabilities, capabilityNotices, detectCapabilities } from "../../src/excel/capabilities";
import { clearMarks, hasMarks, insertTemplate, listSheets, readSheet, selectCell } from "../../src/excel";
import { templateSheetFor } from "../../src/core";
import { book } from "../sim/helpers";
import { withSim } from "./helpers";

describe("capabilities", () => {
  afterEach(() => {
    const g = globalThis as Record<string, unknown>;
    delete g.Office;
    delete g.Excel;
  });

  it("outside Office (no globals) says so instead of throwing", async () => {
    const caps = detectCapabilities();
    expect(caps.inOffice).toBe(false);
    expect(caps.apiVersion).toBeNull();
    expect(capabilityNotices(caps)[0]?.en).toContain("outside Excel");
    const r = await listSheets();
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe("NotInExcel");
  });

  it("office.js loaded outside Office has no requirements object: no crash, not in Office", async () => {
    await withSim(book({ S: [["a"]] }), { outsideOffice: true }, async () => {
      expect(detectCapabilities().inOffice).toBe(false);
      const r = await listSheets();
      expect(r.ok ? "ok" : r.error.code).toBe("NotInExcel");
    });
  });

  it.each([
    [
      "1.1",
      {
        usedRangeValuesOnly: false,
        nullObjects: false,
        rangeAreas: false,
        comments: false,
        notes: false,
        mergedAreas: false,
      },
    ],
    [
      "1.8",
      {
        usedRangeValuesOnly: true,
        nullObjects: true,
        dataValidation: true,
        rangeAreas: false,
        comments: false,
        notes: false,
      },
    ],
    ["1.9", { rangeAreas: true, cellProperties: true, comments: false, notes: false }],
    ["1.12", { comments: true, mergedAreas: false, notes: false }],
    ["1.18", { comments: true, mergedAreas: true, notes: true }],
  ])("maps ExcelApi %s to its features", async (version, expected) => {
    await withSim(book({ S: [["a"]] }), { apiVersion: version }, async () => {
      const caps = detectCapabilities();
      expect(caps.apiVersion).toBe(version);
      expect(caps).toMatchObject(expected);
      // Each missing feature costs a notice; 1.18 has everything the adapter uses.
      expect(capabilityNotices(caps).length === 0).toBe(version === "1.18");
    });
  });

  it("every command runs on ExcelApi 1.1 (the simulator refuses any ungated newer API with ApiNotFound)", async () => {
    await withSim(book({ S: [["a", "b"]] }), { apiVersion: "1.1" }, async () => {
      for (const r of [
        await listSheets(),
        await readSheet(),
        await hasMarks(),
        await insertTemplate(templateSheetFor("cos-2024", 2027, "ru")),
        await selectCell("S", "B1"),
        await clearMarks(),
      ]) {
        expect(r.ok ? "ok" : r.error.debug).toBe("ok");
      }
    });
  });

  it("settles the getRanges separator inside the command's own Excel.run, once per session, never on the web", async () => {
    const plan = templateSheetFor("cos-2024", 2027, "ru");
    await withSim(book({ S: [["a"]] }), { platform: "PC", listSeparator: ";" }, async (sim) => {
      // capabilities() alone never touches the workbook.
      expect((await capabilities()).areaSeparator).toBe(",");
      expect(sim.stats.runs).toBe(0);
      const first = await insertTemplate(plan);
      expect(first.ok ? "ok" : first.error.debug).toBe("ok");
      // One Excel.run for the command; the probe is one more sync in it, the first time only.
      expect(sim.stats.runs).toBe(1);
      expect(sim.stats.syncs).toBe(3);
      expect((await capabilities()).areaSeparator).toBe(";");
      await insertTemplate(plan);
      expect(sim.stats.runs).toBe(2);
      expect(sim.stats.syncs).toBe(5);
    });
    await withSim(book({ S: [["a"]] }), { platform: "PC", listSeparator: "," }, async (sim) => {
      await insertTemplate(plan);
      expect(sim.stats.syncs).toBe(3);
      expect((await capabilities()).areaSeparator).toBe(",");
    });
    await withSim(book({ S: [["a"]] }), { platform: "OfficeOnline" }, async (sim) => {
      await insertTemplate(plan);
      expect(sim.stats.runs).toBe(1);
      expect(sim.stats.syncs).toBe(2);
      expect((await capabilities()).areaSeparator).toBe(",");
    });
  });

  it("clearing with nothing to clear does not probe", async () => {
    await withSim(book({ S: [["a"]] }), { platform: "PC", listSeparator: ";" }, async (sim) => {
      const r = await clearMarks();
      expect(r.ok).toBe(true);
      expect(sim.stats.runs).toBe(1);
      expect(sim.stats.syncs).toBe(1);
    });
  });
});
