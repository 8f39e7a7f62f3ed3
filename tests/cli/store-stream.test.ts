import ExcelJS from "exceljs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkFile, type FileJob, type SheetChecker } from "../../src/cli/check-file";
import { getEdition } from "../../src/core";
import { STORE_SHEET, emptyStore, encodeStore } from "../../src/core/store";
import { savedTemplateOf } from "../../src/core/templates/saved";
import type { Edition } from "../../src/core/templates/schema";
import { finding, report } from "./helpers";

/**
 * The store sheet is read however the file is read: whole (exceljs) or streamed, with or without --sheet, wherever
 * the store's records sit in the sheet (a long template spans many rows), so saved templates and acceptances apply.
 */

const dir = mkdtempSync(join(tmpdir(), "store-stream-"));

function job(file: string, p: Partial<FileJob>): FileJob {
  return {
    display: file,
    absolute: join(dir, file),
    reason: null,
    sheet: null,
    lang: "ru",
    annotateTo: null,
    streamThreshold: 16 * 1024 * 1024,
    ...p,
  };
}

async function bookWithSavedTemplate(file: string, blankRows: number, name = STORE_SHEET): Promise<Edition> {
  const base = getEdition("kvantorium-2024")!;
  const edition: Edition = {
    ...base,
    id: "region-kvantorium",
    title: { ru: "Региональная форма", en: "Regional form" },
  };
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Дорожная карта").getCell("B3").value = "Наименование мероприятия";
  wb.addWorksheet("Другой лист").getCell("A1").value = "прочее";
  const store = wb.addWorksheet(name, { state: "veryHidden" });
  const saved = savedTemplateOf(edition, { kind: "file", name: "region.json" }, "2026-11-01T10:00:00.000Z");
  const rows = encodeStore({ ...emptyStore(), templates: [saved] });
  // Records after blank rows (a store edited by hand, or written by a later version) are records all the same.
  rows.forEach((r, i) => (store.getCell(i === 0 ? 1 : i + 1 + blankRows, 1).value = r));
  await wb.xlsx.writeFile(join(dir, file));
  return edition;
}

describe("saved templates in the store sheet reach the checker", () => {
  // 1,040,000 blank rows: the sparse reader hands the store sheet over in two pieces, both read.
  for (const [blankRows, name] of [
    [0, STORE_SHEET],
    [40, STORE_SHEET],
    [1_040_000, STORE_SHEET],
    [0, "_Roadmap_Checker"],
  ] as const)
    it.each([
      ["whole", null, 16 * 1024 * 1024],
      ["whole --sheet", "Дорожная карта", 16 * 1024 * 1024],
      ["streamed", null, 0],
      ["streamed --sheet", "Дорожная карта", 0],
    ] as const)(
      `%s (${blankRows} blank rows inside the store, named ${name})`,
      async (_, sheet, streamThreshold) => {
        const file = `saved-${blankRows}-${name}-${sheet ?? "all"}-${streamThreshold}.xlsx`;
        const edition = await bookWithSavedTemplate(file, blankRows, name);
        const seen: string[][] = [];
        const checker: SheetChecker = (grid, saved = []) => {
          seen.push(saved.map((e) => e.id));
          if (grid.sheetName !== "Дорожная карта") return { reports: [], reason: null };
          const f = finding({ code: "overdue", severity: "error", sheet: grid.sheetName, address: "B4" });
          return { reports: [report([f], { sheet: grid.sheetName })], reason: null };
        };
        const r = await checkFile(job(file, { sheet, streamThreshold }), checker);
        expect(r.readMode).toBe(streamThreshold === 0 ? "stream" : "full");
        expect(r.roadmaps).toHaveLength(1);
        expect(seen.length).toBeGreaterThan(0);
        for (const ids of seen) expect(ids).toEqual([edition.id]);
      },
    );
});
