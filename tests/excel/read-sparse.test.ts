import { describe, expect, it } from "vitest";
import { type CellValue } from "../../src/core/grid";
import { worksheetToGrid } from "../../src/cli/xlsx-grid";
import { readSheet } from "../../src/excel";
import { FIXTURES } from "../fixtures";
import { loadFixture, withSim } from "./helpers";

const serial = (d: Date) => (d.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000;
const asOffice = (v: CellValue): CellValue => (v instanceof Date ? serial(v) : v);

// A roadmap with one stray value at XFD10000: its used range is 10,000 × 16,384 cells (164 million), far past
// what Excel reads at once. The adapter reads only the occupied parts, in a bounded number of syncs.

describe("readSheet on a sheet stretched by one far cell", () => {
  it("reads the roadmap's table as the CLI does, not the 164-million-cell rectangle", async () => {
    const f = FIXTURES[0]!;
    const wb = await loadFixture(f.file);
    const expected = worksheetToGrid(wb.getWorksheet(f.sheet)!);
    wb.getWorksheet(f.sheet)!.getCell("XFD10000").value = "забытая ячейка";
    await withSim(wb, {}, async (sim) => {
      const r = await readSheet({ sheet: f.sheet });
      expect(r.ok ? "ok" : JSON.stringify(r.error)).toBe("ok");
      if (!r.ok) return;
      // Excel writes a range over every column as whole rows ("1:10000").
      expect(r.value.usedRange).toMatch(/(XFD\$?10000|!\$?1:\$?10000)$/);
      expect(r.value.grid.origin).toBe(expected.origin);
      expect(r.value.grid.values).toEqual(expected.values.map((row) => row.map(asOffice)));
      // The first read, one probe pass, at most one more, and the parts: bounded, whatever the used range's size.
      expect(sim.stats.syncs).toBeLessThanOrEqual(5);
      // No response carried the rectangle: each is a few parts' worth.
      expect(sim.stats.maxResponseBytes).toBeLessThan(2_000_000);
      expect(r.notices.map((n) => n.en).join(" ")).toContain("XFD10000");
    });
  }, 60_000);
});
