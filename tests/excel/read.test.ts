import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { type CellValue, isExcelError } from "../../src/core/grid";
import { worksheetToGrid } from "../../src/cli/xlsx-grid";
import { listSheets, readSheet } from "../../src/excel";
import { FIXTURES } from "../fixtures";
import { book } from "../sim/helpers";
import { loadFixture, withSim } from "./helpers";

const serial = (d: Date) => (d.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000;
/** The Office adapter passes dates through as serial numbers (grid.ts); exceljs gives Dates. */
const asOffice = (v: CellValue): CellValue => (v instanceof Date ? serial(v) : v);

describe("readSheet on the fixtures", () => {
  it.each(FIXTURES.map((f) => [f.file, f] as const))(
    "%s: the same grid as the CLI reads, in one sync",
    async (_file, f) => {
      const wb = await loadFixture(f.file);
      const expected = worksheetToGrid(wb.getWorksheet(f.sheet)!);
      await withSim(wb, {}, async (sim) => {
        const r = await readSheet({ sheet: f.sheet });
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(sim.stats.syncs).toBe(1);
        expect(r.value.grid.sheetName).toBe(f.sheet);
        expect(r.value.grid.origin).toBe(expected.origin);
        expect(r.value.grid.values).toEqual(expected.values.map((row) => row.map(asOffice)));
        expect([...r.value.grid.merges].sort()).toEqual([...expected.merges].sort());
        expect(r.value.protected).toBe(false);
      });
    },
  );
});

describe("readSheet edge cases", () => {
  it("reads the active sheet by default and lists sheets without the state sheet", async () => {
    const wb = book({ Первый: [["a"]], Второй: [["b"]], _roadmap_checker: [["{}"]] });
    wb.getWorksheet("_roadmap_checker")!.state = "veryHidden";
    await withSim(wb, {}, async () => {
      const r = await readSheet();
      expect(r.ok && r.value.grid.values).toEqual([["a"]]);
      const l = await listSheets();
      expect(l.ok && l.value).toEqual([
        { name: "Первый", visible: true, active: true },
        { name: "Второй", visible: true, active: false },
      ]);
    });
  });

  it("refuses an empty sheet with a clear message", async () => {
    for (const apiVersion of ["1.18", "1.3", "1.1"]) {
      await withSim(book({ Пусто: [] }), { apiVersion }, async () => {
        const r = await readSheet();
        expect(r.ok ? "ok" : r.error.code).toBe("EmptySheet");
        if (!r.ok) expect(r.error.message.ru).toContain("«Пусто» пуст");
      });
    }
  });

  it("keeps #REF! and other errors as error values, not text", async () => {
    const wb = book({
      S: [
        ["№", "Срок"],
        [1, null],
      ],
    });
    wb.getWorksheet("S")!.getCell("B2").value = { error: "#REF!" } as ExcelJS.CellErrorValue;
    wb.getWorksheet("S")!.getCell("A3").value = "#REF!"; // text that only looks like an error
    await withSim(wb, {}, async () => {
      const r = await readSheet();
      if (!r.ok) throw new Error(r.error.debug);
      const v = r.value.grid.values;
      expect(v[1]![1]).toEqual({ error: "#REF!" });
      expect(isExcelError(v[1]![1]!)).toBe(true);
      expect(v[2]![0]).toBe("#REF!");
    });
  });

  it("is not fooled by formatting down to row 1,048,576: one sync, only the filled cells", async () => {
    const wb = book({
      S: [
        ["a", "b"],
        ["c", "d"],
      ],
    });
    const ws = wb.getWorksheet("S")!;
    for (const a of ["A1048576", "F1048576"])
      ws.getCell(a).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
    await withSim(wb, {}, async (sim) => {
      const r = await readSheet();
      if (!r.ok) throw new Error(r.error.debug);
      expect(r.value.grid.values).toEqual([
        ["a", "b"],
        ["c", "d"],
      ]);
      expect(r.value.usedRange).toBe("S!A1:B2");
      expect(sim.stats.syncs).toBe(1);
      expect(sim.stats.maxResponseBytes).toBeLessThan(2000);
    });
  });

  it("below ExcelApi 1.2 reads a bounded top part of an inflated range and says so", async () => {
    const wb = book({
      S: [
        ["a", "b"],
        ["c", "d"],
      ],
    });
    wb.getWorksheet("S")!.getCell("C1048576").fill = {
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: "FFFFFF00" },
    };
    await withSim(wb, { apiVersion: "1.1" }, async (sim) => {
      const r = await readSheet();
      if (!r.ok) throw new Error(r.error.debug);
      expect(r.value.grid.values).toEqual([
        ["a", "b"],
        ["c", "d"],
      ]);
      expect(r.value.truncated).toBe(true);
      expect(r.notices.some((n) => n.ru.includes("1048576"))).toBe(true);
      expect(sim.stats.syncs).toBe(2);
    });
  });

  it("reads a sheet stretched past 5,000,000 cells by a far value from its occupied parts, naming the far one", async () => {
    const wb = book({ S: [["a"]] });
    wb.getWorksheet("S")!.getCell("F1048576").value = "stray"; // values in A1 and F1048576: 6,291,456 cells
    for (const overLimitRead of ["null", "throw"] as const) {
      await withSim(wb, { overLimitRead }, async (sim) => {
        const r = await readSheet();
        expect(r.ok ? "ok" : r.error.code).toBe("ok");
        if (!r.ok) return;
        expect(r.value.grid.values).toEqual([["a"]]);
        expect(r.notices.some((n) => n.ru.includes("F1048576"))).toBe(true);
        expect(sim.stats.syncs).toBeLessThanOrEqual(5);
      });
    }
  });

  it("still refuses more than 5,000,000 cells where this Excel cannot find the occupied parts (below 1.9)", async () => {
    const wb = book({ S: [["a"]] });
    wb.getWorksheet("S")!.getCell("F1048576").value = "stray";
    await withSim(wb, { apiVersion: "1.8" }, async () => {
      const r = await readSheet();
      expect(r.ok ? "ok" : r.error.code).toBe("TooManyCells");
      if (!r.ok) expect(r.error.message.ru).toContain("1048576 строк × 6 столбцов");
    });
  });

  it("reads in parts only after Excel on the web refused the payload", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Большой");
    for (let r = 1; r <= 30_000; r++)
      ws.getRow(r).values = [r, "мероприятие ".repeat(10), "ответственный ".repeat(3)];
    await withSim(wb, {}, async (sim) => {
      const r = await readSheet();
      if (!r.ok) throw new Error(r.error.debug);
      expect(r.value.grid.values.length).toBe(30_000);
      expect(r.value.grid.values[29_999]![0]).toBe(30_000);
      expect(sim.stats.log[0]!.error).toBe("ResponsePayloadSizeLimitExceeded");
      // Refused parts are halved and read again; every answer that got through stayed under 5 MB.
      expect(
        sim.stats.log.every((l) => l.error === null || l.error === "ResponsePayloadSizeLimitExceeded"),
      ).toBe(true);
      expect(
        sim.stats.log.filter((l) => l.error === null).every((l) => l.responseBytes < 5 * 1024 * 1024),
      ).toBe(true);
      expect(r.notices.length).toBe(1);
    });
  });

  it("reads in parts with the same values and merged areas as the whole read", async () => {
    const build = () => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet("Большой");
      for (let r = 1; r <= 30_000; r++)
        ws.getRow(r).values = [r, "мероприятие ".repeat(10), "ответственный ".repeat(3)];
      // A header block, a section row across the table and a block far down, past the first read part.
      ws.mergeCells("A1:C1");
      ws.mergeCells("A2:A3");
      ws.mergeCells("B15000:C15000");
      ws.mergeCells("A29990:C29991");
      return wb;
    };
    const whole = await withSim(build(), { platform: "PC" }, async (sim) => {
      const r = await readSheet();
      if (!r.ok) throw new Error(r.error.debug);
      // No payload limit on the desktop: read whole (the extra sync is the one-time list-separator probe).
      expect(sim.stats.log.every((l) => l.error === null)).toBe(true);
      expect(r.notices.some((n) => n.en.includes("read in"))).toBe(false);
      return r.value.grid;
    });
    expect([...whole.merges].sort()).toEqual(["A1:C1", "A29990:C29991", "A2:A3", "B15000:C15000"]);
    await withSim(build(), {}, async (sim) => {
      const r = await readSheet();
      if (!r.ok) throw new Error(r.error.debug);
      expect(sim.stats.log[0]!.error).toBe("ResponsePayloadSizeLimitExceeded");
      expect(r.notices.some((n) => n.en.includes("read in"))).toBe(true);
      expect(r.value.grid.origin).toBe(whole.origin);
      expect(r.value.grid.values).toEqual(whole.values);
      expect([...r.value.grid.merges].sort()).toEqual([...whole.merges].sort());
    });
  });

  it("names a missing sheet as not found", async () => {
    await withSim(book({ S: [["a"]] }), {}, async () => {
      const r = await readSheet({ sheet: "Нет такого" });
      expect(r.ok ? "ok" : r.error.code).toBe("ItemNotFound");
    });
  });

  it("reports protection", async () => {
    const wb = book({ S: [["a"]] });
    await wb.getWorksheet("S")!.protect("", {});
    await withSim(wb, {}, async () => {
      const r = await readSheet();
      expect(r.ok && r.value.protected).toBe(true);
    });
  });
});
