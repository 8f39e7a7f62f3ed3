import ExcelJS from "exceljs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/run";
import { RunReportSchema, type RunReport } from "../../src/cli/run-report";
import { acceptFinding, applyAcceptances, buildMarkPlan, checkSheet } from "../../src/core";
import { type Acceptance, STORE_SHEET } from "../../src/core/store";
import { checkAndMark } from "../../src/excel";
import type { ReadSheetResult } from "../../src/excel";
import { acceptedBook, LATE_CODE, typeReason } from "../excel/acceptance-book";
import { withSim } from "../excel/helpers";

/**
 * Round trips through a saved workbook: a deviation accepted on the add-in's side (the simulated Excel writes the
 * store into the exceljs workbook underneath) → .xlsx on disk → `roadmap-check` reads the store and honours it.
 */

const TODAY = "2026-11-01";
const dir = mkdtempSync(join(tmpdir(), "accept-"));

function checkWith(read: ReadSheetResult, acceptances: Acceptance[]) {
  const reports = applyAcceptances(checkSheet(read.grid, { checkDate: TODAY }).reports, acceptances);
  return { plan: buildMarkPlan(reports, "ru"), result: reports };
}

async function acceptInAddin(wb: ExcelJS.Workbook): Promise<void> {
  await withSim(wb, {}, async () => {
    const first = await checkAndMark({ sheet: "Дорожная карта" }, checkWith);
    if (!first.ok) throw new Error(first.error.debug);
    typeReason(wb, "Проверка", LATE_CODE, "Письмо федерального оператора № 12");
    const second = await checkAndMark({ sheet: "Дорожная карта", accept: { by: "Иванова" } }, checkWith);
    if (!second.ok) throw new Error(second.error.debug);
    expect(second.value.result[0]!.verdict).toBe("ready");
  });
}

async function cli(file: string, ...args: string[]): Promise<{ code: number; out: string }> {
  return cliWith({}, file, ...args);
}

async function cliWith(
  env: Record<string, string>,
  file: string,
  ...args: string[]
): Promise<{ code: number; out: string }> {
  let out = "";
  const code = await main(["--today", TODAY, ...args, file], {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: () => true },
    cwd: dir,
    workerScript: null,
    cores: 1,
    env,
  });
  return { code, out };
}

async function save(wb: ExcelJS.Workbook, name: string): Promise<string> {
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

describe("accepted in the add-in, honoured by the CLI", () => {
  it("reads the acceptance from the saved workbook: ready, listed as accepted in --json and the report", async () => {
    const wb = acceptedBook();
    await acceptInAddin(wb);
    const path = await save(wb, "accepted.xlsx");

    const json = await cli(path, "--json");
    expect(json.code).toBe(0);
    const run: RunReport = RunReportSchema.parse(JSON.parse(json.out));
    const r = run.files[0]!.roadmaps[0]!;
    expect(r.verdict).toBe("ready");
    expect(r.counts.error).toBe(0);
    expect(r.accepted!.map((a) => [a.finding.code, a.reason, a.by])).toEqual([
      [LATE_CODE, "Письмо федерального оператора № 12", "Иванова"],
    ]);
    expect(r.staleAcceptances).toEqual([]);
    // The store sheet is the add-in's, not a sheet to check.
    expect(run.files[0]!.roadmaps).toHaveLength(1);

    const human = await cli(path);
    expect(human.out).toContain("Принятые отклонения (1):");
    expect(human.out).toContain("причина: Письмо федерального оператора № 12 (Иванова,");
    expect(human.out).toContain("ГОТОВО к отправке, 1 принятое отклонение");
  });

  it("a deviation accepted in the pane (acceptFinding on the last report) is read by the CLI from the saved file", async () => {
    const wb = acceptedBook();
    await withSim(wb, {}, async () => {
      const first = await checkAndMark({ sheet: "Дорожная карта" }, checkWith);
      if (!first.ok) throw new Error(first.error.debug);
      const report = first.value.result[0]!;
      const late = report.findings.find((f) => f.code === LATE_CODE)!;
      // What the pane does on «Принять»: the acceptance is made in core from the report it shows, written with a re-check.
      const at = "2026-11-01T09:30:00.000Z";
      const add = [acceptFinding(report, late, { reason: "Решение региона № 7", by: "Петров", at }, "ru")];
      const second = await checkAndMark({ sheet: "Дорожная карта", accept: { add } }, checkWith);
      if (!second.ok) throw new Error(second.error.debug);
    });
    const path = await save(wb, "accepted-in-pane.xlsx");
    const json = await cli(path, "--json");
    expect(json.code).toBe(0);
    const r = RunReportSchema.parse(JSON.parse(json.out)).files[0]!.roadmaps[0]!;
    expect(r.verdict).toBe("ready");
    expect(r.accepted!.map((a) => [a.finding.code, a.reason, a.by, a.at])).toEqual([
      [LATE_CODE, "Решение региона № 7", "Петров", "2026-11-01T09:30:00.000Z"],
    ]);
  });

  it("a reason typed on the «Проверка» sheet and saved without a re-check counts in the CLI, in every read mode", async () => {
    const wb = acceptedBook();
    await withSim(wb, {}, async () => {
      const first = await checkAndMark({ sheet: "Дорожная карта" }, checkWith);
      if (!first.ok) throw new Error(first.error.debug);
    });
    typeReason(wb, "Проверка", LATE_CODE, "Решение коллегии");
    const path = await save(wb, "typed-only.xlsx");
    for (const [env, args] of [
      [{}, []],
      [{}, ["--sheet", "Дорожная карта"]],
      [{ ROADMAP_CHECK_STREAM_BYTES: "0" }, []],
      [{ ROADMAP_CHECK_STREAM_BYTES: "0" }, ["--sheet", "Дорожная карта"]],
    ] as const) {
      const json = await cliWith(env, path, "--json", ...args);
      const file = RunReportSchema.parse(JSON.parse(json.out)).files[0]!;
      const what = JSON.stringify([env, args]);
      expect(
        file.roadmaps.map((r) => r.sheet),
        what,
      ).toEqual(["Дорожная карта"]);
      const r = file.roadmaps[0]!;
      expect(r.verdict, what).toBe("ready");
      expect(
        r.accepted!.map((a) => [a.finding.code, a.reason]),
        what,
      ).toEqual([[LATE_CODE, "Решение коллегии"]]);
    }
    // The annotated copy keeps the reason as an acceptance in its store, and lists it as accepted.
    const out = join(dir, "typed-out");
    const json = await cli(path, "--json", "--annotate", out);
    const copyPath = RunReportSchema.parse(JSON.parse(json.out)).files[0]!.annotation!.path!;
    const again = RunReportSchema.parse(JSON.parse((await cli(copyPath, "--json")).out)).files[0]!;
    expect(again.roadmaps[0]!.accepted!.map((a) => a.reason)).toEqual(["Решение коллегии"]);
  });

  it("a reason typed on the report renamed in Excel counts in the CLI, which finds the report by its header, not as a roadmap", async () => {
    const wb = acceptedBook();
    await withSim(wb, {}, async () => {
      const first = await checkAndMark({ sheet: "Дорожная карта" }, checkWith);
      if (!first.ok) throw new Error(first.error.debug);
    });
    wb.getWorksheet("Проверка")!.name = "Отклонения региона";
    typeReason(wb, "Отклонения региона", LATE_CODE, "Решение коллегии № 2");
    const path = await save(wb, "typed-renamed.xlsx");
    for (const env of [{}, { ROADMAP_CHECK_STREAM_BYTES: "0" }] as Record<string, string>[]) {
      const file = RunReportSchema.parse(JSON.parse((await cliWith(env, path, "--json")).out)).files[0]!;
      const what = JSON.stringify(env);
      expect(
        file.roadmaps.map((r) => r.sheet),
        what,
      ).toEqual(["Дорожная карта"]);
      expect(file.roadmaps[0]!.verdict, what).toBe("ready");
      expect(
        file.roadmaps[0]!.accepted!.map((a) => [a.finding.code, a.reason]),
        what,
      ).toEqual([[LATE_CODE, "Решение коллегии № 2"]]);
    }
    // The annotated copy writes its report into the renamed sheet, under the planner's name: no second «Проверка».
    const json = await cli(path, "--json", "--annotate", join(dir, "typed-renamed-out"));
    const annotation = RunReportSchema.parse(JSON.parse(json.out)).files[0]!.annotation!;
    expect(annotation.reportSheet).toBe("Отклонения региона");
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(annotation.path!);
    expect(copy.worksheets.map((w) => w.name)).toEqual(["Дорожная карта", STORE_SHEET, "Отклонения региона"]);
    const columnA: string[] = [];
    copy
      .getWorksheet("Отклонения региона")!
      .eachRow((row) => columnA.push(String(row.getCell(1).value ?? "")));
    expect(columnA).toContain("Принятые отклонения");
    const head = JSON.parse(String(copy.getWorksheet(STORE_SHEET)!.getCell("A1").value));
    expect(head.report.name).toBe("Отклонения региона");
  });

  it("still holds after rows are inserted above the accepted finding", async () => {
    const wb = acceptedBook();
    await acceptInAddin(wb);
    const ws = wb.getWorksheet("Дорожная карта")!;
    let row3 = 0;
    ws.eachRow((row, n) => (row3 = row.getCell(1).value === "3" ? n : row3));
    ws.spliceRows(2, 0, [], [], []);
    const path = await save(wb, "moved.xlsx");
    const r = RunReportSchema.parse(JSON.parse((await cli(path, "--json")).out)).files[0]!.roadmaps[0]!;
    expect(r.accepted!.map((a) => [a.finding.code, a.finding.address])).toEqual([
      [LATE_CODE, `E${row3 + 3}`],
    ]);
    expect(r.verdict).toBe("ready");
  });

  it("lists an accepted deviation whose finding was fixed as stale", async () => {
    const wb = acceptedBook();
    await acceptInAddin(wb);
    // The planner fixes item 3's deadline afterwards.
    const ws = wb.getWorksheet("Дорожная карта")!;
    ws.eachRow((row) => {
      if (row.getCell(1).value === "3") row.getCell(5).value = "не позднее 1 февраля 2027 года";
    });
    const path = await save(wb, "fixed.xlsx");
    const r = RunReportSchema.parse(JSON.parse((await cli(path, "--json")).out)).files[0]!.roadmaps[0]!;
    expect(r.accepted).toEqual([]);
    expect(r.staleAcceptances!.map((a) => [a.code, a.reason, a.by])).toEqual([
      [LATE_CODE, "Письмо федерального оператора № 12", "Иванова"],
    ]);
    const human = await cli(path);
    expect(human.out).toContain("Устаревшие принятия (отклонение больше не найдено) (1):");
  });

  it("a workbook without a store checks as before: nothing accepted", async () => {
    const path = await save(acceptedBook(), "plain.xlsx");
    const r = RunReportSchema.parse(JSON.parse((await cli(path, "--json")).out)).files[0]!.roadmaps[0]!;
    expect(r.verdict).toBe("has-errors");
    expect(r.accepted).toEqual([]);
  });
});

describe("the CLI's annotated copy, opened in the add-in", () => {
  it("its report (recorded by name: the OOXML has no Office sheet id) is found; the add-in records the id, and a rename keeps it", async () => {
    const path = await save(acceptedBook(), "for-addin.xlsx");
    const json = await cli(path, "--json", "--annotate", join(dir, "for-addin-out"));
    const copyPath = RunReportSchema.parse(JSON.parse(json.out)).files[0]!.annotation!.path!;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(copyPath);
    const headOf = () =>
      JSON.parse(String(wb.getWorksheet(STORE_SHEET)!.getCell("A1").value)) as {
        report: { name: string; id?: string };
      };
    expect(headOf().report.name).toBe("Проверка");
    expect(headOf().report.id).toBeUndefined();
    typeReason(wb, "Проверка", LATE_CODE, "Письмо оператора № 3");
    await withSim(wb, {}, async (sim) => {
      const r = await checkAndMark({ sheet: "Дорожная карта", accept: { by: "Орлова" } }, checkWith);
      if (!r.ok) throw new Error(r.error.debug);
      expect(r.value.result[0]!.accepted!.map((a) => [a.reason, a.by])).toEqual([
        ["Письмо оператора № 3", "Орлова"],
      ]);
      expect(r.value.marks.reportSheet).toBe("Проверка");
      expect(headOf().report.id).toBe(sim.book.byKey("Проверка")!.id);
      wb.getWorksheet("Проверка")!.name = "Отклонения";
      const again = await checkAndMark({ sheet: "Дорожная карта" }, checkWith);
      if (!again.ok) throw new Error(again.error.debug);
      expect(again.value.marks.reportSheet).toBe("Отклонения");
      expect(wb.getWorksheet("Проверка")).toBeUndefined();
    });
  });
});
