import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tooManyCells } from "../../src/cli/messages";
import { rawGrids } from "../../src/cli/raw-grid";
import { streamGrids } from "../../src/cli/stream-grid";
import { TooManyCells, workbookGrids } from "../../src/cli/xlsx-grid";
import { roadmapWorkbook, writeWorkbook } from "./workbooks";

/** The filled-cell limit (issue 14): each of the CLI's three readers stops at it, and the refusal is one line. */
describe("the filled-cell limit", () => {
  it("stops the whole, the streamed and the raw reader alike, and not below the limit", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "cell-limit-")), "r.xlsx");
    await writeWorkbook(roadmapWorkbook(20, 2), path);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const filled = workbookGrids(wb)
      .flatMap((g) => g.values.flat())
      .filter((v) => v !== null && v !== "").length;
    expect(filled).toBeGreaterThan(50);
    expect(() => workbookGrids(wb, filled - 1)).toThrow(TooManyCells);
    expect(workbookGrids(wb, filled).length).toBeGreaterThan(0);
    await expect(streamGrids(path, undefined, filled - 1)).rejects.toThrow(TooManyCells);
    await expect(streamGrids(path, undefined, filled)).resolves.toBeTruthy();
    const zip = readFileSync(path);
    expect(() => rawGrids(zip, () => true, filled - 1)).toThrow(TooManyCells);
    expect(rawGrids(zip, () => true, filled).grids.length).toBeGreaterThan(0);
  });

  it("is refused in one line that says what to do, in Russian and English", () => {
    const r = tooManyCells(2_000_000);
    expect(r.ru).toMatch(/^в книге больше 2\s000\s000 заполненных ячеек: .*разделите её/);
    expect(r.en).toBe(
      "the workbook has more than 2,000,000 filled cells: not read — split it or remove unneeded data",
    );
    expect(`${r.ru}${r.en}`).not.toMatch(/\n/);
  });
});
