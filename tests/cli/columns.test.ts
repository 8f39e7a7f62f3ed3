import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { HELP, parseCommand, UsageError, type CheckCommand } from "../../src/cli/args";
import { COLUMN_ARG_ROLES } from "../../src/cli/column-arg";
import { RunReportSchema } from "../../src/cli/run-report";
import { COLUMN_ROLES } from "../../src/core/reader/types";
import { runInProcess } from "./helpers";

/** `--column ROLE=COLUMN`: the planner corrects a column role from the command line (issue 12). */

const ROOT = resolve(__dirname, "../..");
const DRAFT = "examples/tochka-rosta-2027-draft.xlsx";
const run = (args: string[]) => runInProcess(args, ROOT);
const check = (args: string[]) => parseCommand(args) as CheckCommand;

function usage(args: string[]): string {
  try {
    parseCommand(args);
  } catch (e) {
    if (e instanceof UsageError) return e.text.en;
    throw e;
  }
  throw new Error(`no usage error for ${args.join(" ")}`);
}

describe("--column: parsing", () => {
  it("is repeatable; a letter per field, «-» for no column, role names as --json spells them", () => {
    expect(check(["a.xlsx"]).columns).toBeNull();
    expect(
      check(["a.xlsx", "--column", "deadline=e", "--column", "note=-", "--column", "measure=B"]).columns,
    ).toEqual({ deadline: "E", note: null, title: "B" });
    expect(check(["a.xlsx", "--column", "deadline-start=C", "--column", "deadline-end=D"]).columns).toEqual({
      start: "C",
      deadline: "D",
    });
    // Every role the JSON report names can be given back.
    for (const role of COLUMN_ROLES) expect(Object.keys(COLUMN_ARG_ROLES)).toContain(role);
  });

  it("refuses an unknown role, a bad column, a role twice, dropping the measures, and use outside a check", () => {
    expect(usage(["a.xlsx", "--column", "deadlin=E"])).toMatch(
      /--column: expected ROLE=COLUMN.*got “deadlin=E”/,
    );
    expect(usage(["a.xlsx", "--column", "deadline=E5"])).toMatch(/got “deadline=E5”/);
    expect(usage(["a.xlsx", "--column", "deadline"])).toMatch(/expected ROLE=COLUMN/);
    expect(usage(["a.xlsx", "--column", "deadline=E", "--column", "deadline-end=F"])).toMatch(/given twice/);
    expect(usage(["a.xlsx", "--column", "measure=-"])).toMatch(/measures need a column/);
    expect(usage(["template", "--programme", "cos", "--year", "2027", "--column", "note=C"])).toMatch(
      /--column is not used with template/,
    );
  });

  it("the help names it, with roles that parse", () => {
    for (const lang of ["ru", "en"] as const) {
      const block = HELP[lang].slice(HELP[lang].indexOf("--column"), HELP[lang].indexOf("--today"));
      const roles = /number, measure[\s\S]*?cost/.exec(block)![0].split(/,\s*/);
      expect(roles).toHaveLength(12);
      for (const r of roles) expect(check(["a.xlsx", "--column", `${r}=C`]).columns).toBeTruthy();
    }
  });
});

describe("--column: the check follows it", () => {
  it("the human report shows the columns and why; dropping the deadline column changes the findings", async () => {
    const plain = await run(["--today", "2026-12-01", DRAFT]);
    expect(plain.stdout).toContain("Столбцы: A — заголовок «№»: номер пункта;");
    expect(plain.stdout).toContain("C — заголовок «Срок исполнения»: срок");
    expect(plain.stdout).toContain("late-vs-template");
    expect(plain.stdout).not.toContain("deadline-missing");

    const dropped = await run(["--today", "2026-12-01", "--column", "deadline=-", DRAFT]);
    expect(dropped.code).toBe(1);
    expect(dropped.stdout).not.toContain("C — заголовок «Срок исполнения»");
    expect(dropped.stdout).toContain("deadline-missing");
    expect(dropped.stdout).not.toContain("late-vs-template");
  });

  it("--json lists every column's role with its reason, the planner's as «задано вручную», and the option", async () => {
    const res = await run(["--json", "--today", "2026-12-01", "--column", "note=C", DRAFT]);
    const report = RunReportSchema.parse(JSON.parse(res.stdout));
    expect(report.options.columns).toEqual({ note: "C" });
    const columns = report.files[0]!.roadmaps[0]!.reading.columns;
    expect(columns.map((c) => `${c.column}:${c.role}`)).toEqual([
      "A:number",
      "B:measure",
      "C:note",
      "D:responsible",
      "E:result",
    ]);
    expect(columns[2]!.header).toBe("Срок исполнения");
    expect(columns[2]!.reason.ru).toMatch(/^задано вручную/);
    expect(columns[0]!.reason).toEqual({ ru: "заголовок «№»: номер пункта", en: "header «№»: item number" });
    const codes = report.files[0]!.roadmaps[0]!.findings.map((f) => f.code);
    expect(codes).toContain("deadline-missing");

    const plain = RunReportSchema.parse(
      JSON.parse((await run(["--json", "--today", "2026-12-01", DRAFT])).stdout),
    );
    expect(plain.options.columns).toBeNull();
    expect(plain.files[0]!.roadmaps[0]!.reading.columns[2]!.role).toBe("deadline");
  });

  it("a role the roadmap could not take is said in its notes: a column outside the table, any matrix", async () => {
    const res = await run([
      "--json",
      "--today",
      "2026-12-01",
      "--column",
      "deadline=X",
      "--column",
      "measure=B",
      DRAFT,
      "examples/matrix-2024-smolensk.xlsx",
    ]);
    const report = RunReportSchema.parse(JSON.parse(res.stdout));
    const [draft, matrix] = report.files;
    expect(draft!.roadmaps[0]!.notes.map((n) => n.en)).toContain(
      "--column: column X (deadline) is not in the table — the role was not applied.",
    );
    // B does hold the measures: nothing to say about it.
    expect(draft!.roadmaps[0]!.notes.filter((n) => n.en.includes("(measure)"))).toEqual([]);
    expect(matrix!.roadmaps.length).toBeGreaterThan(1);
    for (const r of matrix!.roadmaps)
      expect(r.notes.map((n) => n.ru)).toContain(
        "--column не применён: в матрице «дата × программа» роли столбцов не меняются.",
      );
  });
});
