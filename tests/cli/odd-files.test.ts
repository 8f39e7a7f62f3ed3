import { runInProcess } from "./helpers";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { RunReportSchema, type RunReport } from "../../src/cli/run-report";
import { writeOddFiles, type OddFile } from "./odd-files";

let dir = "";
let corpus: OddFile[] = [];

const run = (args: string[]) => runInProcess(args, dir);

beforeAll(async () => {
  dir = join(mkdtempSync(join(tmpdir(), "odd-")), "in");
  corpus = await writeOddFiles(dir);
}, 120_000);

describe("odd and hostile workbooks", () => {
  it("each gets its exit code and its one-line reason; the report is complete; no stack trace", async () => {
    const res = await run(["--json", "--today", "2024-03-10", "."]);
    const report: RunReport = RunReportSchema.parse(JSON.parse(res.stdout));
    expect(res.stderr).not.toMatch(/\n\s+at /);
    for (const f of corpus) {
      const got = report.files.find((x) => x.path === f.name);
      expect(got, f.name).toBeDefined();
      expect(f.exit, `${f.name}: ${got!.reason?.ru}`).toContain(got!.exitCode);
      if (got!.reason) {
        expect(got!.reason.ru, f.name).toMatch(f.says);
        expect(got!.reason.ru).not.toMatch(/\n/);
        expect(got!.reason.ru).not.toMatch(/\bat .*:\d+:\d+/);
      } else expect("Итог", `${f.name} was expected to fail`).toMatch(f.says);
    }
    // Deadlines written as formulas saved without a cached value are read, not taken for empty cells.
    const formulas = report.files.find((x) => x.path === "formulas-without-values.xlsx")!;
    expect(formulas.roadmaps.length).toBeGreaterThan(0);
    expect(formulas.roadmaps.flatMap((r) => r.findings).filter((x) => x.code === "deadline-missing")).toEqual(
      [],
    );
    const human = await run(["--today", "2024-03-10", "."]);
    expect(human.stdout + human.stderr).not.toMatch(/\n\s+at /);
    // eslint-disable-next-line no-control-regex -- no raw control character may reach the terminal
    expect(human.stdout).not.toMatch(/[\u001b\u202e]/);
    expect(human.stdout).toContain("esc\\x1B[2Jname.xlsx");
    expect(human.stdout).toContain("«Лист\\u202E1»");
    for (const f of report.files.filter((x) => x.reason !== null))
      expect(
        human.stdout.split("\n").filter((l) => l.includes(`✗ ${f.path}:`)),
        f.path,
      ).toHaveLength(1);
  }, 300_000);

  it("in English, the refusals are English", async () => {
    const res = await run(["--json", "--lang", "en", "renamed-docx.xlsx", "loop-a.xlsx", "zip-bomb.xlsx"]);
    const report = RunReportSchema.parse(JSON.parse(res.stdout));
    expect(report.files.map((f) => f.reason?.en)).toEqual([
      expect.stringMatching(/Word document/),
      expect.stringMatching(/loops back/),
      expect.stringMatching(/zip bomb/),
    ]);
  });

  it("a protected sheet or structure is checked but not marked, with the add-in's reason", async () => {
    const out = join(dir, "..", "marked");
    const res = await run([
      "--json",
      "--today",
      "2024-03-10",
      "--annotate",
      out,
      "protected-sheet.xlsx",
      "protected-structure.xlsx",
      "normal.xlsx",
    ]);
    const report = RunReportSchema.parse(JSON.parse(res.stdout));
    const [sheet, structure, normal] = report.files;
    if (!sheet!.annotation?.error)
      console.log(JSON.stringify(report.files.map((f) => [f.path, f.reason, f.annotation])));
    expect(sheet!.roadmaps.length).toBeGreaterThan(0);
    expect(sheet!.annotation?.path).toBeNull();
    expect(sheet!.annotation?.error?.ru).toMatch(/лист «Дорожная карта» защищён/);
    expect(structure!.annotation?.error?.ru).toMatch(/структура книги защищена/);
    expect(structure!.roadmaps.length).toBeGreaterThan(0);
    expect(normal!.annotation?.path).toMatch(/normal\.xlsx$/);
    expect(sheet!.exitCode).toBe(2);
  });
});
