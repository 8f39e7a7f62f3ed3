import ExcelJS from "exceljs";
import type { Grid } from "../../../src/core/grid";
import { workbookGrids } from "../../../src/cli/xlsx-grid";
import { fixturePath } from "../../fixtures";

const cache = new Map<string, Promise<Grid[]>>();

/** The fixture's sheets as grids (each workbook read once per test file). */
export function fixtureGrids(file: string): Promise<Grid[]> {
  let p = cache.get(file);
  if (!p) {
    p = (async () => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(fixturePath(file));
      return workbookGrids(wb);
    })();
    cache.set(file, p);
  }
  return p;
}
