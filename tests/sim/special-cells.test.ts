/* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load -- the rule does not follow the loads of objects made inside an array map or a helper */
import { describe, expect, it } from "vitest";
import { areasOf } from "../../src/sim/areas";
import { book, simExcel } from "./helpers";

describe("Range.getSpecialCellsOrNullObject (ExcelApi 1.9)", () => {
  it("reports the cells holding constants as rectangular areas, and a null object where there are none", async () => {
    const wb = book({
      S: [
        ["a", "b", null, "d"],
        ["a", "b", null, null],
        [null, null, null, null],
      ],
    });
    wb.getWorksheet("S")!.getCell("XFD10000").value = "far";
    wb.getWorksheet("S")!.getCell("C5").value = { formula: "1+1", result: 2 };
    const { Excel } = simExcel(wb);
    await Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("S");
      const constants = ws.getRange("A1:XFD10000").getSpecialCellsOrNullObject("Constants");
      const formulas = ws.getRange("A1:XFD10000").getSpecialCellsOrNullObject("Formulas");
      const none = ws.getRange("G1:H3").getSpecialCellsOrNullObject("Constants");
      constants.load("address, areaCount");
      formulas.load("address");
      none.load("address");
      await ctx.sync();
      expect(constants.address).toBe("S!A1:B2,S!D1,S!XFD10000");
      expect(constants.areaCount).toBe(3);
      expect(formulas.address).toBe("S!C5");
      expect(none.isNullObject).toBe(true);
    });
  });

  it("joins a run that repeats the row above's columns into one area", () => {
    expect(
      areasOf([
        [1, 1],
        [1, 2],
        [2, 1],
        [2, 2],
        [2, 4],
        [4, 1],
      ]),
    ).toEqual([
      { top: 1, left: 1, bottom: 2, right: 2 },
      { top: 2, left: 4, bottom: 2, right: 4 },
      { top: 4, left: 1, bottom: 4, right: 1 },
    ]);
  });
});
