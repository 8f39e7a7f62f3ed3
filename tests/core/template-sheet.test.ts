import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { buildTemplateSheet, freeSheetName, safeSheetName } from "../../src/core/templates/sheet";

describe("template sheet names", () => {
  it("keeps Excel's 31-character limit and forbidden characters out", () => {
    expect(safeSheetName("План [2027]: a/b*c?")).toBe("План 2027 a b c");
    fc.assert(
      fc.property(fc.string(), (s) => {
        const n = safeSheetName(s);
        return n.length >= 1 && n.length <= 31 && !/[[\]:*?/\\]/.test(n);
      }),
    );
  });

  it("picks a free name, comparing case-insensitively as Excel does", () => {
    expect(freeSheetName("Дорожная карта", ["Лист1"])).toBe("Дорожная карта");
    expect(freeSheetName("Дорожная карта", ["дорожная карта", "Дорожная карта (2)"])).toBe(
      "Дорожная карта (3)",
    );
    const long = "Х".repeat(40);
    const n = freeSheetName(long, [safeSheetName(long)]);
    expect(n.length).toBeLessThanOrEqual(31);
    expect(n.endsWith(" (2)")).toBe(true);
  });

  it("names the sheet for the year and programme, abbreviating when it would not fit", () => {
    const base = { year: 2027, title: "Комплекс мер", lang: "ru" as const };
    // «Дорожная карта 2027 — IT-куб» is 28 characters: fits.
    expect(buildTemplateSheet([], { ...base, programmeShort: "IT-куб" }).sheetName).toBe(
      "Дорожная карта 2027 — IT-куб",
    );
    // «Дорожная карта 2027 — Точка роста» would be 33.
    expect(buildTemplateSheet([], { ...base, programmeShort: "Точка роста" }).sheetName).toBe(
      "ДК 2027 — Точка роста",
    );
    expect(buildTemplateSheet([], { ...base, programmeShort: "Кванториум" }).sheetName).toBe(
      "ДК 2027 — Кванториум",
    );
  });
});
