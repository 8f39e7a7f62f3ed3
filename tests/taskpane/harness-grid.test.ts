import { describe, expect, it } from "vitest";
import { excelColumnPixels } from "../../src/harness/SheetGrid";

describe("the harness draws column widths as Excel does", () => {
  it("turns stored widths into pixels by the Open XML rule (Calibri 11, 7 px digits)", () => {
    // Excel's default 8.43 characters is stored as 9.140625 and drawn 64 px wide.
    expect(excelColumnPixels(undefined)).toBe(64);
    expect(excelColumnPixels(9.140625)).toBe(64);
    // Widths are not clamped: a narrow № column stays narrow, a wide text column stays wide.
    expect(excelColumnPixels(6)).toBe(42);
    expect(excelColumnPixels(70)).toBe(490);
  });
});
