import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  cellAddress,
  cellText,
  columnLetters,
  columnNumber,
  gridAddress,
  isExcelError,
  parseCell,
  parseRange,
  quoteSheet,
  rangeAddress,
  stripSheet,
} from "../../src/core/grid";

describe("A1 addresses", () => {
  it("converts column numbers and letters at the edges", () => {
    expect(columnLetters(1)).toBe("A");
    expect(columnLetters(26)).toBe("Z");
    expect(columnLetters(27)).toBe("AA");
    expect(columnLetters(702)).toBe("ZZ");
    expect(columnLetters(703)).toBe("AAA");
    expect(columnLetters(16384)).toBe("XFD");
    expect(columnNumber("XFD")).toBe(16384);
  });

  it("round-trips every column", () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 16384 }), (n) => columnNumber(columnLetters(n)) === n));
  });

  it("parses cells and ranges, with $ and sheet names", () => {
    expect(parseCell("$B$3")).toEqual({ row: 3, col: 2 });
    expect(parseRange("'Лист 1'!C4:A1")).toEqual({ top: 1, left: 1, bottom: 4, right: 3 });
    expect(rangeAddress(parseRange("B2"))).toBe("B2");
    expect(stripSheet("Sheet1!A1")).toBe("A1");
    expect(() => parseCell("1A")).toThrow();
  });

  it("maps grid indexes to sheet cells from the origin", () => {
    expect(gridAddress({ origin: "C5" }, 0, 0)).toBe("C5");
    expect(gridAddress({ origin: "C5" }, 2, 1)).toBe("D7");
    expect(cellAddress(1048576, 16384)).toBe("XFD1048576");
  });

  it("quotes sheet names the way Excel needs them", () => {
    expect(quoteSheet("Sheet1")).toBe("Sheet1");
    expect(quoteSheet("Дорожная карта")).toBe("'Дорожная карта'");
    expect(quoteSheet("It's")).toBe("'It''s'");
  });
});

describe("cell text", () => {
  it("renders values a planner would read", () => {
    expect(cellText(new Date(Date.UTC(2023, 10, 30)))).toBe("30.11.2023");
    expect(cellText(null)).toBe("");
    expect(cellText({ error: "#REF!" })).toBe("#REF!");
    expect(isExcelError({ error: "#N/A" })).toBe(true);
    expect(isExcelError(new Date())).toBe(false);
  });
});
