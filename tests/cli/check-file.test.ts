import ExcelJS from "exceljs";
import { existsSync, mkdtempSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkFile, type FileJob, type SheetChecker } from "../../src/cli/check-file";
import { FileReportSchema } from "../../src/cli/run-report";
import { gridAddress, type Grid } from "../../src/core/grid";
import { finding, report } from "./helpers";
import { roadmapWorkbook, writeBigWorkbook, writeWorkbook } from "./workbooks";

/**
 * The file pipeline with a stand-in checker (the core is tested on its own): a sheet "holds a roadmap" when a cell
 * reads «Наименование мероприятия»; the cell below it gets an error.
 */
const seen: Grid[] = [];
const checker: SheetChecker = (grid) => {
  seen.push(grid);
  for (let r = 0; r < grid.values.length; r++) {
    const c = grid.values[r]!.indexOf("Наименование мероприятия");
    if (c >= 0) {
      const address = gridAddress(grid, r + 1, c);
      const f = finding({
        code: "overdue",
        severity: "error",
        sheet: grid.sheetName,
        address,
        marksCell: true,
      });
      return {
        reports: [report([f], { sheet: grid.sheetName, roadmapId: `${grid.sheetName}!${address}` })],
        reason: null,
      };
    }
  }
  return { reports: [], reason: { ru: "не найдена шапка таблицы", en: "no table header found" } };
};

const dir = mkdtempSync(join(tmpdir(), "check-file-"));
const out = join(dir, "out");

function job(name: string, p: Partial<FileJob> = {}): FileJob {
  return {
    display: name,
    absolute: join(dir, name),
    reason: null,
    sheet: null,
    lang: "ru",
    annotateTo: null,
    streamThreshold: 16 * 1024 * 1024,
    ...p,
  };
}

async function check(name: string, p: Partial<FileJob> = {}) {
  const r = await checkFile(job(name, p), checker);
  FileReportSchema.parse(r);
  return r;
}

describe("checkFile: bad inputs give one line, exit 2, and nothing written", () => {
  it("rejects each kind of bad input", async () => {
    writeFileSync(join(dir, "empty.xlsx"), "");
    writeFileSync(join(dir, "table.xlsx"), "№;Мероприятие;Срок\n1;Утверждение;до 1 марта 2024\n");
    writeFileSync(
      join(dir, "locked.xlsx"),
      Buffer.concat([
        Buffer.from("d0cf11e0a1b11ae1", "hex"),
        Buffer.alloc(504),
        Buffer.from("EncryptionInfo", "utf16le"),
      ]),
    );
    writeFileSync(join(dir, "notes.txt"), "просто текст\n");
    writeFileSync(
      join(dir, "truncated.xlsx"),
      Buffer.concat([Buffer.from("PK\u0003\u0004", "latin1"), Buffer.alloc(100, 7)]),
    );
    const emptyBook = new ExcelJS.Workbook();
    emptyBook.addWorksheet("Лист1");
    await writeWorkbook(emptyBook, join(dir, "blank.xlsx"));
    const titleOnly = new ExcelJS.Workbook();
    titleOnly.addWorksheet("Лист1").getCell("A1").value = "Комплекс мер (дорожная карта) на 2024 год";
    await writeWorkbook(titleOnly, join(dir, "title-only.xlsx"));

    const cases: [string, string, RegExp][] = [
      ["empty.xlsx", "unreadable", /^пустой файл \(0 байт\)/],
      ["table.xlsx", "unreadable", /текстовый файл \(CSV/],
      ["locked.xlsx", "unreadable", /защищена паролем/],
      ["notes.txt", "unreadable", /^это текстовый файл \(CSV или текст\), а не книга Excel/],
      ["truncated.xlsx", "unreadable", /^файл повреждён/],
      ["blank.xlsx", "unreadable", /^книга пуста/],
      [
        "title-only.xlsx",
        "no-roadmap",
        /^дорожная карта не найдена: лист «Лист1» — не найдена шапка таблицы$/,
      ],
      ["missing.xlsx", "unreadable", /^файл или папка не найдены: проверьте путь$/],
    ];
    for (const [name, status, reason] of cases) {
      const r = await check(name, { annotateTo: join(out, name) });
      expect([name, r.status, r.exitCode]).toEqual([name, status, 2]);
      expect(r.reason!.ru, name).toMatch(reason);
      expect(r.reason!.ru).not.toContain("\n");
      expect(r.reason!.en.length).toBeGreaterThan(5);
      expect(r.roadmaps).toEqual([]);
    }
    expect(existsSync(out)).toBe(false);
  });

  it("a real workbook with a non-.xlsx extension is named as such", async () => {
    await writeWorkbook(roadmapWorkbook(15, 2), join(dir, "plan.zip"));
    const r = await check("plan.zip");
    expect(r.reason?.ru).toMatch(/расширение \.zip/);
  });

  it("--sheet naming a missing sheet lists the sheets there are", async () => {
    await writeWorkbook(roadmapWorkbook(15, 2), join(dir, "plan.xlsx"));
    const r = await check("plan.xlsx", { sheet: "План" });
    expect(r.reason?.ru).toBe(
      "в книге нет листа «План» (есть: «Дорожная карта»): укажите в --sheet один из них",
    );
  });
});

describe("checkFile: good workbooks", () => {
  it("reads, checks, and writes an annotated copy without touching the original", async () => {
    await writeWorkbook(roadmapWorkbook(20, 1), join(dir, "good.xlsx"));
    const before = statSync(join(dir, "good.xlsx"));
    const dest = join(out, "good.xlsx");
    const r = await check("good.xlsx", { annotateTo: dest });
    expect(r).toMatchObject({
      status: "has-errors",
      exitCode: 1,
      readMode: "full",
      sheets: ["Дорожная карта"],
    });
    expect(r.roadmaps).toHaveLength(1);
    expect(r.counts).toEqual({ error: 1, warning: 0, info: 0 });
    expect(r.annotation).toEqual({ path: dest, reportSheet: "Проверка", notesKept: 0, error: null });
    // The header «Наименование мероприятия» sits in B5: the stand-in marks B6.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(dest);
    expect((wb.getWorksheet("Дорожная карта")!.getCell("B6").fill as ExcelJS.FillPattern).fgColor?.argb).toBe(
      "FFF4B6B0",
    );
    // The very hidden store sheet comes first, as the add-in adds it: it records what «Снять отметки» restores.
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Дорожная карта", "_roadmap_checker", "Проверка"]);
    expect(wb.getWorksheet("_roadmap_checker")!.state).toBe("veryHidden");
    expect(statSync(join(dir, "good.xlsx")).mtimeMs).toBe(before.mtimeMs);
    expect(readdirSync(out).filter((f) => f.endsWith(".tmp"))).toEqual([]);

    // The copy's «Проверка» sheet is not taken for a roadmap when the copy is checked again.
    seen.length = 0;
    const again = await checkFile(job("good.xlsx", { absolute: dest }), checker);
    expect(again.roadmaps).toHaveLength(1);
    expect(seen.map((g) => g.sheetName)).toEqual(["Дорожная карта"]);
  });

  it("streams workbooks above the threshold and checks them the same", async () => {
    await writeWorkbook(roadmapWorkbook(20, 4), join(dir, "s.xlsx"));
    const full = await check("s.xlsx");
    const streamed = await check("s.xlsx", { streamThreshold: 0 });
    expect(full.readMode).toBe("full");
    expect(streamed.readMode).toBe("stream");
    expect({ ...streamed, readMode: "full" }).toEqual(full);
  });

  it("a streamed workbook without a roadmap gives a one-line reason; one with a roadmap is checked", async () => {
    // 5 MB with the threshold at 1 MB exercises the same path as 50 MB (the 50 MB file goes through the CLI test).
    const big = join(dir, "big.xlsx");
    await writeBigWorkbook(big, 5 * 1024 * 1024);
    const r = await check("big.xlsx", { annotateTo: join(out, "big.xlsx"), streamThreshold: 1024 * 1024 });
    expect(r).toMatchObject({
      status: "no-roadmap",
      exitCode: 2,
      readMode: "stream",
      sheets: ["Журнал выгрузки"],
    });
    expect(r.reason?.ru).toBe("дорожная карта не найдена: лист «Журнал выгрузки» — не найдена шапка таблицы");
    expect(existsSync(join(out, "big.xlsx"))).toBe(false);

    const withRoadmap = join(dir, "big-roadmap.xlsx");
    await writeBigWorkbook(withRoadmap, 5 * 1024 * 1024, { roadmap: true });
    const dest = join(out, "big-roadmap.xlsx");
    const r2 = await check("big-roadmap.xlsx", { streamThreshold: 1024 * 1024, annotateTo: dest });
    expect(r2).toMatchObject({
      status: "has-errors",
      readMode: "stream",
      sheets: ["Дорожная карта", "Журнал выгрузки"],
    });
    expect(r2.roadmaps.map((x) => x.sheet)).toEqual(["Дорожная карта"]);
    // A streamed file is annotated by patching its package, as every other.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(dest);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "Дорожная карта",
      "Журнал выгрузки",
      "_roadmap_checker",
      "Проверка",
    ]);
    // Header «Наименование мероприятия» in B3 → the stand-in marks B4.
    expect((wb.getWorksheet("Дорожная карта")!.getCell("B4").fill as ExcelJS.FillPattern).fgColor?.argb).toBe(
      "FFF4B6B0",
    );
  });
});
