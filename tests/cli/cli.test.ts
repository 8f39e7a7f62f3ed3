import { runInProcess } from "./helpers";
import ExcelJS from "exceljs";
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { RunReportSchema, type FileReport, type RunReport } from "../../src/cli/run-report";
import { workbookGrids } from "../../src/cli/xlsx-grid";
import { buildMarkPlan, checkSheet, MARK_FILLS, type MarkPlan } from "../../src/core";
import { readingOf } from "../../src/core/reading";
import { FIXTURES, fixturePath } from "../fixtures";
import { roadmapWorkbook, writeBigWorkbook, writeWorkbook } from "./workbooks";

/** roadmap-check as users run it: the bundled build/cli/roadmap-check.cjs in a child process. */

const ROOT = resolve(__dirname, "../..");
const TODAY = "2024-03-10";
let tmp = "";
/** A private copy of the bundle: a parallel `npm run build` (webpack cleans dist/) must not pull it from under the tests. */
let CLI = "";

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[], opts: { cwd?: string; env?: Record<string, string> } = {}): Run {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: opts.cwd ?? ROOT,
    encoding: "utf8",
    // The copy lives outside the repository: exceljs (external to the bundle) is found through NODE_PATH.
    env: { ...process.env, NODE_PATH: join(ROOT, "node_modules"), ...opts.env },
    maxBuffer: 64 * 1024 * 1024,
    // spawnSync blocks the test's event loop, so vitest's timeout cannot stop a CLI that hangs: this does.
    timeout: 240_000,
    killSignal: "SIGKILL",
  });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The same main() in this process (no worker threads): for commands whose bundle path is covered elsewhere. */
const inproc = (args: string[]) => runInProcess(args, ROOT);

function json(
  args: string[],
  opts?: { cwd?: string; env?: Record<string, string> },
): { run: RunReport; res: Run } {
  const res = cli(["--json", ...args], opts);
  return { run: RunReportSchema.parse(JSON.parse(res.stdout)), res };
}

function sha(path: string): string {
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}

async function load(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), "roadmap-cli-"));
  mkdirSync(join(tmp, "bin"));
  CLI = join(tmp, "bin", "roadmap-check.cjs");
  // The tests run what `npm ci` builds (scripts/build-cli.mjs: esbuild bundle, exceljs external), copied at once.
  for (let attempt = 0; ; attempt++) {
    const build = spawnSync(process.execPath, ["scripts/build-cli.mjs"], { cwd: ROOT, encoding: "utf8" });
    expect(build.status, build.stderr).toBe(0);
    try {
      copyFileSync(join(ROOT, "build/cli/roadmap-check.cjs"), CLI);
      break;
    } catch (e) {
      if (attempt >= 2) throw e;
    }
  }
}, 60_000);

const fixtureFiles = FIXTURES.map((f) => join("tests/fixtures", f.file));

describe("every fixture through the CLI", () => {
  it("--json: each fixture's roadmaps as a reader sees them, exactly the core's reports, valid against the schema", async () => {
    const { run, res } = json(["--today", TODAY, ...fixtureFiles]);
    expect(run.files.map((f) => f.path)).toEqual(fixtureFiles);
    expect(run.checkDate).toBe(TODAY);
    for (const fx of FIXTURES) {
      const file = run.files.find((f) => f.path.endsWith(fx.file))!;
      expect(file.status === "ready" || file.status === "has-errors", fx.file).toBe(true);
      expect(file.sheets).toContain(fx.sheet);
      // Programmes left to right (three for the matrix), the year a human reads, the header row a human finds.
      expect(
        file.roadmaps.map((r) => r.programme),
        fx.file,
      ).toEqual(fx.programmes);
      for (const r of file.roadmaps) {
        expect(r.sheet).toBe(fx.sheet);
        expect(r.targetYear, fx.file).toBe(fx.year);
        expect(r.roadmapId.startsWith(`${fx.sheet}!`)).toBe(true);
        expect(r.roadmapId.slice(fx.sheet.length + 1)).toMatch(new RegExp(`^[A-Z]+${fx.headerRow}(#|$)`));
        expect(r.rowsRead).toBeGreaterThan(0);
        expect(r.checkDate).toBe(TODAY);
      }
      // Exit code per file follows the verdicts.
      const anyError = file.roadmaps.some((r) => r.findings.some((f) => f.severity === "error"));
      expect(file.exitCode).toBe(anyError ? 1 : 0);

      // The CLI adds nothing and drops nothing: the same reports as the core on the same grids, each with what the
      // reader made of its roadmap (every measure row, every column's role).
      const wb = await load(fixturePath(fx.file));
      const direct = workbookGrids(wb).flatMap((g) => {
        const res = checkSheet(g, { checkDate: TODAY });
        return res.reports.map((rep) => ({
          ...rep,
          // No store sheet in the fixtures: nothing accepted, nothing stale.
          accepted: [],
          staleAcceptances: [],
          reading: readingOf(
            res.roadmaps.find((x) => x.id === rep.roadmapId)!,
            rep,
          ),
        }));
      });
      expect(file.roadmaps).toEqual(direct);
      for (const r of file.roadmaps) {
        expect(r.reading.rows.filter((x) => x.kind === "measure")).toHaveLength(r.rowsRead);
        expect(r.reading.columns.map((c) => c.role)).toContain("measure");
      }
    }
    expect(run.exitCode).toBe(Math.max(...run.files.map((f) => f.exitCode)));
    expect(res.code).toBe(run.exitCode);
  });

  it("human output: detection, every finding (cell, severity, code), verdict, in Russian by default and English on request", () => {
    const { run } = json(["--today", TODAY, ...fixtureFiles]);
    for (const [lang, verdictWord] of [
      ["ru", "Итог:"],
      ["en", "Verdict:"],
    ] as const) {
      const res = cli(["--today", TODAY, "--lang", lang, ...fixtureFiles]);
      expect(res.code).toBe(run.exitCode);
      const text = res.stdout;
      for (const file of run.files) {
        expect(text).toContain(lang === "ru" ? `Файл: ${file.path}` : `File: ${file.path}`);
        for (const r of file.roadmaps) {
          expect(text).toContain(`— ${lang === "ru" ? "лист" : "sheet"} «${r.sheet}»`);
          expect(text).toContain(`${lang === "ru" ? "строк прочитано" : "rows read"}: ${r.rowsRead}`);
          for (const f of r.findings) {
            const cell = f.address ? (f.marksCell ? f.address : `→${f.address}`) : "—";
            const line = new RegExp(
              `^ {4}${cell.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s+\\S.*\\s${f.code}\\s`,
              "m",
            );
            expect(text, `${file.path} ${f.code} ${cell}`).toMatch(line);
          }
        }
      }
      const verdicts = text.split("\n").filter((l) => l.trimStart().startsWith(verdictWord));
      expect(verdicts).toHaveLength(run.totals.roadmaps);
    }
    // A ceiling, not a speed goal: three CLI runs over every fixture, 6 s alone, 55 s on a machine shared by six runs.
  }, 180_000);

  it("the README's first command prints a clear Russian report for the bundled example", () => {
    const res = cli([join("examples", "kvantorium-2024-leningrad.xlsx")]);
    expect(res.code === 0 || res.code === 1).toBe(true);
    expect(res.stdout).toMatch(/^Файл: examples\/kvantorium-2024-leningrad\.xlsx\n/);
    expect(res.stdout).toContain("Программа: Школьный Кванториум");
    expect(res.stdout).toMatch(/Итог: (ГОТОВО к отправке|ЕСТЬ ОШИБКИ)/);
    expect(res.stdout).toMatch(/\nИтого: 1 файл \(/);
    expect(res.stderr).toBe("");
  });
});

describe("exit codes", () => {
  it("0 when every roadmap is ready, 1 when one has errors, 2 when an input is unreadable — others still checked", async () => {
    const dir = join(tmp, "exit");
    mkdirSync(dir, { recursive: true });
    // A complete roadmap; the same with item 2 left out and item 5's deadline emptied (both errors in any edition).
    await writeWorkbook(roadmapWorkbook(0, 2), join(dir, "complete.xlsx"));
    await writeWorkbook(roadmapWorkbook(0, 2, { drop: [2], blankDeadline: [5] }), join(dir, "gaps.xlsx"));
    writeFileSync(join(dir, "broken.xlsx"), "№;Мероприятие\n");

    const ok = json(["--today", TODAY, join(dir, "complete.xlsx")]);
    expect(ok.run.files[0]!.status).toBe("ready");
    expect(ok.res.code).toBe(0);

    const bad = json(["--today", TODAY, join(dir, "gaps.xlsx")]);
    expect(bad.res.code).toBe(1);
    const codes = bad.run.files[0]!.roadmaps[0]!.findings.filter((f) => f.severity === "error").map(
      (f) => f.code,
    );
    expect(codes.sort()).toEqual(["deadline-missing", "missing-item"]);

    const mixed = json([
      "--today",
      TODAY,
      join(dir, "complete.xlsx"),
      join(dir, "broken.xlsx"),
      join(dir, "gaps.xlsx"),
    ]);
    expect(mixed.res.code).toBe(2);
    expect(mixed.run.files.map((f) => [f.status, f.exitCode])).toEqual([
      ["ready", 0],
      ["unreadable", 2],
      ["has-errors", 1],
    ]);
    expect(mixed.res.stderr).toMatch(/broken\.xlsx: это текстовый файл/);
  });

  it("usage errors exit 2 with one line and no report", async () => {
    for (const args of [
      [],
      ["x.xlsx", "--year", "20"],
      ["x.xlsx", "--programme", "robots"],
      ["x.xlsx", "--edition", "nope"],
    ]) {
      const res = await inproc(args);
      expect(res.code, args.join(" ")).toBe(2);
      expect(res.stdout).toBe("");
      expect(res.stderr.trim().split("\n")).toHaveLength(1);
      expect(res.stderr).toMatch(/^roadmap-check: /);
    }
  });

  it("template --year outside 2000–2099 is refused in one line (Russian, English with --lang en) and writes nothing", async () => {
    const out = join(tmp, "year-2100.xlsx");
    const args = ["template", "--programme", "tochka-rosta", "--year", "2100", "--out", out];
    const ru = await inproc(args);
    expect(ru.code).toBe(2);
    expect(ru.stderr.trim().split("\n")).toEqual([
      "roadmap-check: --year: год 2100 вне поддерживаемых 2000–2099",
    ]);
    const en = await inproc([...args, "--lang", "en"]);
    expect(en.code).toBe(2);
    expect(en.stderr.trim().split("\n")).toEqual([
      "roadmap-check: --year: the year 2100 is outside the supported years 2000–2099",
    ]);
    expect(
      (await inproc(["template", "--programme", "tochka-rosta", "--year", "1999", "--out", out])).code,
    ).toBe(2);
    expect(existsSync(out)).toBe(false);
  });

  it("template --year 2000 on a form with Y−1 items is refused in one line, not an internal error", async () => {
    const out = join(tmp, "year-2000.xlsx");
    const res = await inproc([
      "template",
      "--programme",
      "tochka-rosta",
      "--edition",
      "tochka-rosta-2024",
      "--year",
      "2000",
      "--out",
      out,
    ]);
    expect(res.code).toBe(2);
    expect(res.stderr.trim().split("\n")).toEqual([
      "roadmap-check: в дорожной карте на 2000 год были бы сроки 1999 года: год 1999 вне поддерживаемых 2000–2099",
    ]);
    expect(existsSync(out)).toBe(false);
  });
});

describe("bad inputs: one line each, exit 2, nothing written, the run goes on", () => {
  it("not an .xlsx, CSV renamed, encrypted, legacy .xls, empty file, empty workbook, title only, ~50 MB without a roadmap", async () => {
    const dir = join(tmp, "bad");
    const out = join(tmp, "bad-out");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "a-notes.txt"), "Дорожная карта — см. вложение\n");
    writeFileSync(
      join(dir, "b-renamed.xlsx"),
      "№;Наименование мероприятия;Срок\n1;Утверждение;до 1 марта 2024\n",
    );
    const cfb = (stream: string) =>
      Buffer.concat([
        Buffer.from("d0cf11e0a1b11ae1", "hex"),
        Buffer.alloc(504),
        Buffer.from(stream, "utf16le"),
      ]);
    writeFileSync(join(dir, "c-encrypted.xlsx"), cfb("EncryptionInfo"));
    writeFileSync(join(dir, "d-legacy.xlsx"), cfb("Workbook"));
    writeFileSync(join(dir, "e-empty.xlsx"), "");
    const blank = new ExcelJS.Workbook();
    blank.addWorksheet("Лист1");
    await writeWorkbook(blank, join(dir, "f-blank.xlsx"));
    const title = new ExcelJS.Workbook();
    title.addWorksheet("Лист1").getCell("A1").value = "Комплекс мер (дорожная карта) на 2024 год";
    await writeWorkbook(title, join(dir, "g-title.xlsx"));
    await writeBigWorkbook(join(dir, "h-big.xlsx"), 50 * 1024 * 1024);
    await writeWorkbook(roadmapWorkbook(0, 2), join(dir, "z-good.xlsx"));

    const inputs = readdirSync(dir)
      .sort()
      .map((f) => join(dir, f));
    const hashes = inputs.map(sha);
    const res = cli(["--today", TODAY, "--annotate", out, ...inputs]);
    expect(res.code).toBe(2);
    const lines = res.stdout.split("\n").filter((l) => l.startsWith("✗ "));
    const expected: [string, RegExp][] = [
      ["a-notes.txt", /не прочитан — это текстовый файл \(CSV или текст\), а не книга Excel/],
      ["b-renamed.xlsx", /не прочитан — это текстовый файл \(CSV или текст\), переименованный в \.xlsx/],
      ["c-encrypted.xlsx", /не прочитан — книга защищена паролем/],
      ["d-legacy.xlsx", /не прочитан — книга в старом формате \.xls/],
      ["e-empty.xlsx", /не прочитан — пустой файл \(0 байт\)/],
      ["f-blank.xlsx", /не прочитан — книга пуста/],
      ["g-title.xlsx", /нет дорожной карты — дорожная карта не найдена: лист «Лист1» — /],
      ["h-big.xlsx", /нет дорожной карты — дорожная карта не найдена: лист «Журнал выгрузки» — /],
    ];
    expect(lines).toHaveLength(expected.length);
    expected.forEach(([name, re], i) => {
      expect(lines[i]!.startsWith(`✗ ${join(dir, name)}: `), lines[i]).toBe(true);
      expect(lines[i]).toMatch(re);
    });
    // The good file was still checked and is the only one written.
    expect(res.stdout).toContain(`Файл: ${join(dir, "z-good.xlsx")}`);
    expect(readdirSync(out)).toEqual(["z-good.xlsx"]);
    expect(inputs.map(sha)).toEqual(hashes);

    const big = json(["--today", TODAY, join(dir, "h-big.xlsx")]);
    expect(big.run.files[0]).toMatchObject({ readMode: "stream", status: "no-roadmap", exitCode: 2 });
  }, 120_000);
});

/** The marks an annotated copy carries, compared cell by cell with the MarkPlan the add-in executes. */
async function expectMarksMatchPlan(original: string, copy: string, plan: MarkPlan, reportSheet: string) {
  const before = await load(original);
  const after = await load(copy);
  // Plain functions over exceljs cells (the Office.js lint rules take `const cell = ….getCell()` for a proxy).
  const argbOf = (c: ExcelJS.Cell) => (c.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb ?? null;
  const patternOf = (c: ExcelJS.Cell) => (c.fill as ExcelJS.FillPattern | undefined)?.pattern ?? null;
  const valueOf = (c: ExcelJS.Cell) => c.value;
  const planned = new Map<string, string>();
  for (const s of plan.sheets)
    for (const g of s.fills) for (const a of g.cells) planned.set(`${s.sheet}!${a}`, g.color);
  for (const ws of before.worksheets) {
    const copyWs = after.getWorksheet(ws.name)!;
    expect(copyWs, ws.name).toBeTruthy();
    const seen = new Set<string>();
    const check = (row: number, col: number) => {
      const a = copyWs.getCell(row, col).address;
      if (seen.has(a)) return;
      seen.add(a);
      const want = planned.get(`${ws.name}!${a}`);
      const got = copyWs.getCell(row, col);
      if (want) {
        expect(patternOf(got), a).toBe("solid");
        expect(argbOf(got), a).toBe(`FF${want.slice(1).toUpperCase()}`);
      } else {
        // Every other cell keeps its own fill.
        expect(argbOf(got), `${ws.name}!${a}`).toBe(argbOf(ws.getCell(row, col)));
      }
    };
    ws.eachRow({ includeEmpty: true }, (row, r) =>
      row.eachCell({ includeEmpty: true }, (_c, c) => check(r, c)),
    );
    copyWs.eachRow({ includeEmpty: true }, (row, r) =>
      row.eachCell({ includeEmpty: true }, (_c, c) => check(r, c)),
    );
  }
  for (const s of plan.sheets) {
    const ws = after.getWorksheet(s.sheet)!;
    for (const g of s.fills)
      for (const a of g.cells) expect(argbOf(ws.getCell(a))).toBe(`FF${g.color.slice(1)}`);
    for (const n of s.notes) {
      const note = ws.getCell(n.address).note;
      const text = typeof note === "string" ? note : (note?.texts ?? []).map((t) => t.text).join("");
      expect(text, n.address).toBe(n.text);
    }
  }
  const rs = after.getWorksheet(reportSheet)!;
  expect(after.worksheets.at(-1)!.name).toBe(reportSheet);
  expect(rs.getRow(1).values).toEqual([undefined, ...plan.reportSheet.header]);
  expect(rs.actualRowCount).toBe(plan.reportSheet.rows.length + 1);
  plan.reportSheet.rows.forEach((row, i) => {
    const xr = rs.getRow(i + 2);
    row.cells.forEach((v, c) => {
      const cell = xr.getCell(c + 1);
      if (c === plan.reportSheet.linkColumn && row.link) {
        const f = valueOf(cell) as ExcelJS.CellFormulaValue;
        expect(f.result).toBe(v);
        expect(f.formula).toContain(`!${row.link.address}"`);
      } else {
        expect(valueOf(cell) ?? "").toEqual(v);
      }
      if (row.severity) expect(argbOf(cell)).toBe(`FF${MARK_FILLS[row.severity].slice(1)}`);
    });
  });
}

describe("--annotate", () => {
  it("writes a marked copy of every fixture with the MarkPlan's cells, colours, notes and «Проверка» rows", async () => {
    const out = join(tmp, "annotated");
    const hashes = fixtureFiles.map((f) => sha(join(ROOT, f)));
    const { run } = json(["--today", TODAY, "--annotate", out, ...fixtureFiles]);
    expect(fixtureFiles.map((f) => sha(join(ROOT, f)))).toEqual(hashes);
    let marked = 0;
    for (const file of run.files) {
      expect(file.annotation?.error).toBeNull();
      const copy = join(out, basename(file.path));
      expect(file.annotation?.path).toBe(copy);
      const plan = buildMarkPlan(file.roadmaps, "ru");
      marked += plan.sheets.reduce((n, s) => n + s.fills.reduce((m, g) => m + g.cells.length, 0), 0);
      await expectMarksMatchPlan(join(ROOT, file.path), copy, plan, file.annotation!.reportSheet!);
    }
    // The comparison must have had something to compare.
    expect(marked).toBeGreaterThan(10);
  }, 60_000);

  it("an English run writes the English plan; a copy checked again is not confused by its “Check report” sheet", async () => {
    const out = join(tmp, "annotated-en");
    const src = join(tmp, "gaps-en.xlsx");
    await writeWorkbook(roadmapWorkbook(0, 2, { drop: [2], blankDeadline: [5] }), src);
    const { run } = json(["--today", TODAY, "--lang", "en", "--annotate", out, src]);
    const file = run.files[0]!;
    await expectMarksMatchPlan(
      src,
      join(out, "gaps-en.xlsx"),
      buildMarkPlan(file.roadmaps, "en"),
      "Check report",
    );
    const again = json(["--today", TODAY, join(out, "gaps-en.xlsx")]);
    expect(again.run.files[0]!.roadmaps).toEqual(file.roadmaps.map((r) => ({ ...r })));
  });

  it("refuses to write into the source folder under the same name", () => {
    const dir = join(tmp, "same");
    mkdirSync(dir, { recursive: true });
    copyFileSync(fixturePath(FIXTURES[2]!.file), join(dir, "plan.xlsx"));
    const before = sha(join(dir, "plan.xlsx"));
    const res = cli(["--annotate", dir, join(dir, "plan.xlsx")]);
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/^roadmap-check: --annotate .*копия затёрла бы оригинал/);
    expect(sha(join(dir, "plan.xlsx"))).toBe(before);
    expect(readdirSync(dir)).toEqual(["plan.xlsx"]);
  });
});

describe("template", () => {
  it("template then check gives a clean report for every programme with a built-in edition", async () => {
    const programmes = ["tochka-rosta", "kvantorium", "cos", "complex-plan"];
    const outs = programmes.map((p) => join(tmp, "templates", `${p}.xlsx`));
    // One template through the bundle, the others through the same main() in-process.
    const first = cli(["template", "--programme", programmes[0]!, "--year", "2027", "--out", outs[0]!]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/^Записан шаблон /);
    for (let i = 1; i < programmes.length; i++) {
      const made = await inproc([
        "template",
        "--programme",
        programmes[i]!,
        "--year",
        "2027",
        "--out",
        outs[i]!,
      ]);
      expect(made.code, made.stderr).toBe(0);
    }
    // Checked before the first deadline of the year: nothing overdue yet, nothing missing.
    const { run, res } = json(["--today", "2026-10-01", ...outs]);
    programmes.forEach((programme, i) => {
      const roadmaps = run.files[i]!.roadmaps;
      expect(roadmaps.map((r) => [r.programme, r.targetYear])).toEqual([[programme, 2027]]);
      expect([roadmaps[0]!.counts.error, roadmaps[0]!.counts.warning], programme).toEqual([0, 0]);
    });
    expect(res.code).toBe(0);
  });

  it("the template sheet: title, bold header, widths, wrap and the status list", async () => {
    const out = join(tmp, "templates", "kv-layout.xlsx");
    expect(
      (await inproc(["template", "--programme", "kvantorium", "--year", "2027", "--out", out])).code,
    ).toBe(0);
    const wb = await load(out);
    const ws = wb.worksheets[0]!;
    expect(ws.getCell("A1").value).toMatch(/на 2027 год/);
    expect(ws.getCell("B3").value).toBe("Наименование мероприятия");
    expect(ws.getCell("B3").font?.bold).toBe(true);
    expect(ws.getCell("B4").alignment?.wrapText).toBe(true);
    expect(ws.getCell("F4").dataValidation?.type).toBe("list");
    expect(ws.getColumn(2).width).toBe(60);
    // A working table without the add-in: date deadlines, filter, frozen header, overdue colouring, print setup.
    const deadlines = ws.getColumn(5).values.slice(4);
    expect(deadlines.some((v) => v instanceof Date)).toBe(true);
    const dated = ws.getColumn(5).values.findIndex((v) => v instanceof Date);
    expect(ws.getCell(dated, 5).numFmt).toBe('"не позднее "dd.mm.yyyy');
    expect(ws.autoFilter).toMatch(/^A3:F\d+$/);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 3 });
    expect(ws.pageSetup).toMatchObject({ orientation: "landscape", fitToWidth: 1, printTitlesRow: "3:3" });
    const cf = (ws as unknown as { conditionalFormattings: { rules: { formulae: string[] }[] }[] })
      .conditionalFormattings;
    expect(cf[0]!.rules[0]!.formulae[0]).toBe('AND(ISNUMBER($E4),$E4<TODAY(),$F4<>"Выполнено")');
  });

  it("refuses to overwrite without --force, and IT-куб has no template", async () => {
    const out = join(tmp, "templates", "kv-layout.xlsx");
    const args = ["template", "--programme", "kvantorium", "--year", "2027", "--out", out];
    const again = await inproc(args);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/уже есть.*--force/);
    expect((await inproc([...args, "--force"])).code).toBe(0);
    const itOut = join(tmp, "templates", "it.xlsx");
    const itCube = await inproc(["template", "--programme", "it-cube", "--year", "2027", "--out", itOut]);
    expect(itCube.code).toBe(2);
    expect(itCube.stderr).toMatch(/IT-куб/);
    expect(existsSync(itOut)).toBe(false);
  });

  it("templates lists the built-in editions with source and confidence and says IT-куб has none", async () => {
    const res = await inproc(["templates"]);
    expect(res.code).toBe(0);
    for (const id of ["tochka-rosta-2024", "kvantorium-2024", "cos-2024", "complex-plan-2024"]) {
      expect(res.stdout).toMatch(new RegExp(`^${id}  —  `, "m"));
    }
    expect(res.stdout).toMatch(/достоверность: (восстановлена|не установлена|подтверждена)/);
    expect(res.stdout).toMatch(/источник: \S/);
    expect(res.stdout).toMatch(/IT-куб: встроенного шаблона нет/);
  });
});

describe("--template, --sheet and overrides", () => {
  it("a planner's JSON template checks an IT-куб roadmap that has no built-in one", async () => {
    const dir = join(tmp, "itcube");
    mkdirSync(dir, { recursive: true });
    const edition = {
      schemaVersion: 1,
      id: "it-cube-region",
      programme: "it-cube",
      generation: 2024,
      title: { ru: "IT-куб — шаблон региона", en: "IT-Cube — regional template" },
      sheetTitle: "Комплекс мер (дорожная карта) по созданию центра «IT-куб» на {Y} год",
      basis: ["Письмо регионального координатора"],
      confidence: "unknown",
      notes: [],
      items: [
        {
          id: "approve",
          number: "1",
          title: { ru: "Утверждён комплекс мер", en: "Roadmap approved" },
          text: "Утверждение комплекса мер (дорожной карты) по созданию центра «IT-куб»",
          terms: [{ term: "комплекс мер", synonyms: ["дорожная карта"], weight: 3 }],
          responsible: { ru: "Региональный координатор", en: "Regional coordinator" },
          deadline: { kind: "by-date", month: 12, day: 20, yearOffset: -1, confidence: "unknown" },
          source: { document: "шаблон региона" },
          confidence: "unknown",
        },
        {
          id: "start",
          number: "2",
          title: { ru: "Начало работы центра", en: "Centre opens" },
          text: "Начало работы центра «IT-куб»",
          terms: [{ term: "начало работы", synonyms: ["открытие"], weight: 3 }],
          responsible: { ru: "Региональный координатор", en: "Regional coordinator" },
          deadline: { kind: "by-date", month: 9, day: 1, yearOffset: 0, confidence: "unknown" },
          source: { document: "шаблон региона" },
          confidence: "unknown",
        },
      ],
    };
    writeFileSync(join(dir, "it-cube.json"), JSON.stringify(edition));
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("IT-куб");
    ws.getCell("A1").value =
      "Комплекс мер (дорожная карта) по созданию центра цифрового образования «IT-куб» на 2024 год";
    ws.getRow(3).values = ["№", "Наименование мероприятия", "Ответственный", "Результат", "Срок"];
    ws.getRow(4).values = [
      "1",
      "Утверждение комплекса мер (дорожной карты) по созданию центра «IT-куб»",
      "Министерство образования",
      "Распоряжение",
      "до 20 декабря 2023 года",
    ];
    await writeWorkbook(wb, join(dir, "it.xlsx"));

    const without = json(["--today", TODAY, join(dir, "it.xlsx")]);
    const r0 = without.run.files[0]!.roadmaps[0]!;
    expect(r0.programme).toBe("it-cube");
    expect(r0.editionId).toBeNull();
    expect(r0.byCode["no-template"]).toBe(1);

    const withT = json(["--today", TODAY, "--template", join(dir, "it-cube.json"), join(dir, "it.xlsx")]);
    const r1 = withT.run.files[0]!.roadmaps[0]!;
    expect(r1.editionId).toBe("it-cube-region");
    expect(r1.byCode["no-template"]).toBeUndefined();
    // Item 2 («Начало работы») is not in the sheet.
    expect(r1.findings.filter((f) => f.code === "missing-item").map((f) => f.itemId)).toEqual(["start"]);
    expect(withT.res.code).toBe(1);

    writeFileSync(join(dir, "broken.json"), JSON.stringify({ ...edition, items: [] }));
    const broken = await inproc(["--template", join(dir, "broken.json"), join(dir, "it.xlsx")]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/^roadmap-check: /);
    expect(broken.stdout).toBe("");
  });

  it("a planner's template sheet (.xlsx, deadlines written with year Y) needs --programme and is then used", async () => {
    const dir = join(tmp, "itcube-sheet");
    mkdirSync(dir, { recursive: true });
    const t = new ExcelJS.Workbook();
    const s = t.addWorksheet("Шаблон IT-куб");
    s.getCell("A1").value = "Комплекс мер (дорожная карта) по созданию центра «IT-куб»";
    s.getRow(3).values = ["№", "Наименование мероприятия", "Ответственный", "Результат", "Срок"];
    s.getRow(4).values = [
      "1",
      "Утверждение комплекса мер (дорожной карты) по созданию центра «IT-куб»",
      "Региональный координатор",
      "Распоряжение",
      "до 20 декабря года, предшествующего году Y",
    ];
    s.getRow(5).values = [
      "2",
      "Начало работы центра «IT-куб»",
      "Региональный координатор",
      "Информация в СМИ",
      "не позднее 1 сентября года Y",
    ];
    await writeWorkbook(t, join(dir, "template.xlsx"));
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("IT-куб");
    ws.getCell("A1").value =
      "Комплекс мер (дорожная карта) по созданию центра цифрового образования «IT-куб» на 2024 год";
    ws.getRow(3).values = ["№", "Наименование мероприятия", "Ответственный", "Результат", "Срок"];
    ws.getRow(4).values = [
      "1",
      "Утверждение комплекса мер (дорожной карты) по созданию центра «IT-куб»",
      "Министерство образования",
      "Распоряжение",
      "до 20 декабря 2023 года",
    ];
    await writeWorkbook(wb, join(dir, "it.xlsx"));

    const noProgramme = await inproc(["--template", join(dir, "template.xlsx"), join(dir, "it.xlsx")]);
    expect(noProgramme.code).toBe(2);
    expect(noProgramme.stderr).toMatch(/укажите --programme/);

    const { run, res } = json([
      "--today",
      TODAY,
      "--programme",
      "it-cube",
      "--template",
      join(dir, "template.xlsx"),
      join(dir, "it.xlsx"),
    ]);
    const r = run.files[0]!.roadmaps[0]!;
    expect(r.editionId).not.toBeNull();
    expect(r.editionConfidence).toBe("unknown");
    // The sheet has item 1 only: item 2 («Начало работы») is missing, due 1 September of the roadmap's year.
    const missing = r.findings.filter((f) => f.code === "missing-item");
    expect(missing.map((f) => f.itemTitle?.ru)).toEqual(["Начало работы центра «IT-куб»"]);
    expect(missing[0]!.expected?.ru).toBe("не позднее 1 сентября 2024 года");
    expect(res.code).toBe(1);
  });

  it("--sheet checks only the named sheet; --year and --programme override what was read", async () => {
    const dir = join(tmp, "sheets");
    mkdirSync(dir, { recursive: true });
    const wb = roadmapWorkbook(0, 2);
    const second = roadmapWorkbook(0, 4).getWorksheet("Дорожная карта")!;
    const copy = wb.addWorksheet("Копия");
    second.eachRow((row, r) => (copy.getRow(r).values = row.values));
    await writeWorkbook(wb, join(dir, "two.xlsx"));

    const both = json(["--today", TODAY, join(dir, "two.xlsx")]);
    expect(both.run.files[0]!.roadmaps.map((r) => r.sheet)).toEqual(["Дорожная карта", "Копия"]);
    const one = json(["--today", TODAY, "--sheet", "Копия", join(dir, "two.xlsx")]);
    expect(one.run.files[0]!.roadmaps.map((r) => r.sheet)).toEqual(["Копия"]);
    expect(one.run.files[0]!.sheets).toEqual(["Дорожная карта", "Копия"]);

    const forced = json(["--today", TODAY, "--sheet", "Копия", "--year", "2025", join(dir, "two.xlsx")]);
    expect(forced.run.files[0]!.roadmaps[0]!.targetYear).toBe(2025);
    const asTochka = json([
      "--today",
      TODAY,
      "--sheet",
      "Копия",
      "--programme",
      "tochka-rosta",
      join(dir, "two.xlsx"),
    ]);
    expect(asTochka.run.files[0]!.roadmaps[0]!.programme).toBe("tochka-rosta");
    expect(asTochka.run.files[0]!.roadmaps[0]!.editionId).toMatch(/^tochka-rosta-/);
  });
});

describe("many files", () => {
  it("a folder is checked in parallel with one plain progress line per file off a terminal; results match --jobs 1", async () => {
    const dir = join(tmp, "many");
    mkdirSync(dir, { recursive: true });
    for (let i = 0; i < 12; i++)
      await writeWorkbook(roadmapWorkbook(30, i), join(dir, `r${String(i).padStart(2, "0")}.xlsx`));
    const pooled = json(["--today", TODAY, dir]);
    const single = json(["--today", TODAY, "--jobs", "1", dir]);
    expect(pooled.run.files.map((f) => f.path)).toEqual(
      readdirSync(dir)
        .sort()
        .map((f) => join(dir, f)),
    );
    expect(pooled.run).toEqual(single.run);
    const progress = pooled.res.stderr.trim().split("\n");
    expect(progress).toHaveLength(12);
    progress.forEach((l, i) =>
      expect(l).toMatch(new RegExp(`^\\[\\s*${i + 1}/12\\] ${dir.replace(/[/\\]/g, ".")}.r\\d\\d\\.xlsx: `)),
    );
    // Odd seeds leave one responsible empty (a warning), even seeds do not.
    const warnings = (f: FileReport) => f.roadmaps[0]!.byCode["responsible-missing"] ?? 0;
    expect(pooled.run.files.map(warnings)).toEqual([0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1]);
  });
});

describe("--json-schema", () => {
  it("prints the JSON Schema of the run report", async () => {
    const res = await inproc(["--json-schema"]);
    expect(res.code).toBe(0);
    expect(JSON.parse(res.stdout)).toEqual(z.toJSONSchema(RunReportSchema));
  });
});
