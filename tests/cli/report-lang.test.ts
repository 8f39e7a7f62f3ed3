import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renameInFormula } from "../../src/cli/ooxml/package";
import { RunReportSchema, type FileReport } from "../../src/cli/run-report";
import { applyAcceptances, buildMarkPlan, checkSheet } from "../../src/core";
import type { Lang } from "../../src/core/lang";
import { REPORT_SHEET_NAMES } from "../../src/core/marks";
import { STORE_SHEET, decodeStore, type Acceptance } from "../../src/core/store";
import { checkAndMark, clearMarks } from "../../src/excel";
import type { ReadSheetResult } from "../../src/excel";
import { acceptedBook, LATE_CODE, typeReason } from "../excel/acceptance-book";
import { withSim } from "../excel/helpers";
import { runInProcess } from "./helpers";

/**
 * A new check in the other language replaces the report sheet — found through the store, whatever its name — and the
 * sheet takes the name of the new language: «Check report» becomes «Проверка» and back, in the add-in and in
 * `--annotate` alike (a planner's own sheet of that name is never touched: the report then takes a free name).
 */

const TODAY = "2026-11-01";
const SHEET = "Дорожная карта";
const dir = mkdtempSync(join(tmpdir(), "report-lang-"));
let n = 0;

async function annotate(
  wb: ExcelJS.Workbook,
  lang: Lang,
): Promise<{ file: FileReport; copy: ExcelJS.Workbook }> {
  const src = join(dir, `in-${++n}.xlsx`);
  await wb.xlsx.writeFile(src);
  const { stdout } = await runInProcess(
    ["--json", "--today", TODAY, "--lang", lang, "--annotate", join(dir, `out-${n}`), src],
    dir,
  );
  const file = RunReportSchema.parse(JSON.parse(stdout)).files[0]!;
  expect(file.annotation?.error ?? null).toBeNull();
  const copy = new ExcelJS.Workbook();
  await copy.xlsx.readFile(file.annotation!.path!);
  return { file, copy };
}

/** The add-in's check (the pane's path: acceptances applied, the plan in the report sheet's language). */
async function addinCheck(wb: ExcelJS.Workbook, lang: Lang): Promise<string> {
  return withSim(wb, {}, async () => {
    const check = (read: ReadSheetResult, acceptances: Acceptance[]) => {
      const reports = applyAcceptances(checkSheet(read.grid, { checkDate: TODAY }).reports, acceptances);
      return { plan: buildMarkPlan(reports, lang), result: reports };
    };
    const r = await checkAndMark({ sheet: SHEET, accept: { by: "Иванова" } }, check);
    if (!r.ok) throw new Error(r.error.debug);
    return r.value.marks.reportSheet;
  });
}

function store(wb: ExcelJS.Workbook) {
  const column: unknown[] = [];
  wb.getWorksheet(STORE_SHEET)!.eachRow((row, r) => (column[r - 1] = row.getCell(1).value));
  return decodeStore(Array.from(column, (v) => v ?? ""))!.store;
}

const names = (wb: ExcelJS.Workbook) => wb.worksheets.map((w) => w.name).filter((s) => s !== STORE_SHEET);

describe("the report sheet replaced by a check in the other language takes that language's name", () => {
  it("--annotate: «Check report» → «Проверка» in place, a reason typed on it kept, and back to English", async () => {
    const en = await annotate(acceptedBook(), "en");
    expect(en.file.annotation!.reportSheet).toBe(REPORT_SHEET_NAMES.en);
    typeReason(en.copy, REPORT_SHEET_NAMES.en, LATE_CODE, "Письмо оператора № 5");

    const ru = await annotate(en.copy, "ru");
    expect(ru.file.annotation!.reportSheet).toBe(REPORT_SHEET_NAMES.ru);
    expect(names(ru.copy)).toEqual([SHEET, REPORT_SHEET_NAMES.ru]);
    expect(ru.copy.getWorksheet(REPORT_SHEET_NAMES.ru)!.getCell("A1").value).toBe("Дорожная карта");
    expect(store(ru.copy).marks.report?.name).toBe(REPORT_SHEET_NAMES.ru);
    expect(store(ru.copy).acceptances.map((a) => [a.code, a.reason])).toEqual([
      [LATE_CODE, "Письмо оператора № 5"],
    ]);
    expect(ru.file.roadmaps[0]!.verdict).toBe("ready");

    const back = await annotate(ru.copy, "en");
    expect(names(back.copy)).toEqual([SHEET, REPORT_SHEET_NAMES.en]);
    expect(back.copy.getWorksheet(REPORT_SHEET_NAMES.en)!.getCell("A1").value).toBe("Roadmap");

    // The add-in finds the renamed report through the store and removes it with the marks.
    await withSim(back.copy, {}, async () => {
      const r = await clearMarks();
      expect(r.ok && r.value.reportSheetRemoved).toBe(true);
    });
    expect(names(back.copy)).toEqual([SHEET]);
  }, 60_000);

  it("the add-in and the CLI agree, each over the other's sheet, in both directions", async () => {
    // Add-in in English, then the CLI in Russian.
    const a = acceptedBook();
    expect(await addinCheck(a, "en")).toBe(REPORT_SHEET_NAMES.en);
    const cliRu = await annotate(a, "ru");
    expect(names(cliRu.copy)).toEqual([SHEET, REPORT_SHEET_NAMES.ru]);

    // The CLI in English, then the add-in in Russian.
    const b = (await annotate(acceptedBook(), "en")).copy;
    expect(await addinCheck(b, "ru")).toBe(REPORT_SHEET_NAMES.ru);
    expect(names(b)).toEqual([SHEET, REPORT_SHEET_NAMES.ru]);
  }, 60_000);

  it("a planner's own sheet of the new name stays: both give the report the same free name", async () => {
    const own = () => {
      const wb = acceptedBook();
      wb.addWorksheet(REPORT_SHEET_NAMES.ru).getCell("A1").value = "Моя проверка";
      return wb;
    };
    const viaCli = await annotate((await annotate(own(), "en")).copy, "ru");
    const wb = own();
    await addinCheck(wb, "en");
    const viaAddin = await addinCheck(wb, "ru");
    expect(viaAddin).toBe(`${REPORT_SHEET_NAMES.ru} (2)`);
    expect(viaCli.file.annotation!.reportSheet).toBe(viaAddin);
    expect(viaCli.copy.getWorksheet(REPORT_SHEET_NAMES.ru)!.getCell("A1").value).toBe("Моя проверка");
    expect(wb.getWorksheet(REPORT_SHEET_NAMES.ru)!.getCell("A1").value).toBe("Моя проверка");
  }, 60_000);

  it("a print area the planner set on the report follows the rename", async () => {
    const en = await annotate(acceptedBook(), "en");
    en.copy.getWorksheet(REPORT_SHEET_NAMES.en)!.pageSetup.printArea = "A1:F20";
    const ru = await annotate(en.copy, "ru");
    const xml = strFromU8(
      unzipSync(new Uint8Array(readFileSync(ru.file.annotation!.path!)))["xl/workbook.xml"]!,
    );
    expect(xml).toMatch(new RegExp(`>(&apos;|')${REPORT_SHEET_NAMES.ru}(&apos;|')!\\$A\\$?1:\\$F\\$?20<`));
    expect(xml).not.toContain(REPORT_SHEET_NAMES.en);
  }, 60_000);
});

describe("renameInFormula", () => {
  it("renames quoted and bare references to the sheet only", () => {
    const r = (f: string) => renameInFormula(f, "Проверка", "Check report");
    expect(r("Проверка!$A$1:$J$9")).toBe("'Check report'!$A$1:$J$9");
    expect(r("'Проверка'!$A:$A,Проверка!$1:$1")).toBe("'Check report'!$A:$A,'Check report'!$1:$1");
    expect(r("SUM(Проверка!A1,Лист1!B2)")).toBe("SUM('Check report'!A1,Лист1!B2)");
    for (const other of [
      "'Моя Проверка'!A1",
      "МояПроверка!A1",
      "[1]Проверка!A1",
      "Проверка2!A1",
      "'Проверка (2)'!A1",
    ])
      expect(r(other), other).toBe(other);
    expect(renameInFormula("'It''s'!A1", "It's", "Its")).toBe("'Its'!A1");
  });
});
