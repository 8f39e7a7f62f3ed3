import { runInProcess } from "./helpers";
// --funding: the planner's funding basis for every roadmap of the run.
import ExcelJS from "exceljs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { HELP, parseCommand } from "../../src/cli/args";
import { RunReportSchema } from "../../src/cli/run-report";

const ROOT = resolve(__dirname, "../..");

const run = (args: string[]) => runInProcess(args, ROOT);

let file = "";

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), "roadmap-funding-"));
  const made = join(dir, "made.xlsx");
  const args = [
    "template",
    "--programme",
    "tochka-rosta",
    "--edition",
    "tochka-rosta-2021",
    "--year",
    "2027",
  ];
  expect((await run([...args, "--out", made])).code).toBe(0);
  // The planner left out the federal subsidy agreement.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(made);
  const ws = wb.worksheets[0]!;
  let row = 0;
  ws.eachRow((r, n) => {
    if (String(r.getCell(2).value ?? "").startsWith("Заключение соглашения о предоставлении субсидии"))
      row = n;
  });
  expect(row).toBeGreaterThan(0);
  ws.spliceRows(row, 1);
  file = join(dir, "no-agreement.xlsx");
  await wb.xlsx.writeFile(file);
}, 60_000);

const check = (extra: string[]) =>
  run(["--json", "--today", "2026-10-01", "--edition", "tochka-rosta-2021", ...extra, file]);

describe("--funding", () => {
  it("regional: the subsidy agreement is not required, and the report says why", async () => {
    const res = await check(["--funding", "regional"]);
    const out = RunReportSchema.parse(JSON.parse(res.stdout));
    expect(out.options.funding).toBe("regional");
    const r = out.files[0]!.roadmaps[0]!;
    expect(r.findings.filter((f) => f.code === "missing-item")).toEqual([]);
    expect(r.funding).toMatchObject({ basis: "regional", source: "planner" });
    expect(r.funding!.notApplied.map((x) => x.itemId)).toEqual(["infrastructure-list", "subsidy-agreement"]);
    expect(r.notes.some((n) => n.ru.includes("выбран вручную"))).toBe(true);
  });

  it("federal, or unknown (no words on the sheet): the agreement is reported missing", async () => {
    for (const extra of [["--funding", "federal"], []]) {
      const r = RunReportSchema.parse(JSON.parse((await check(extra)).stdout)).files[0]!.roadmaps[0]!;
      expect(r.findings.filter((f) => f.code === "missing-item").map((f) => f.itemId)).toEqual([
        "subsidy-agreement",
      ]);
    }
  });

  it("the human report names the basis and the latest known generation for 2027", async () => {
    const res = await run(["--today", "2026-10-01", "--funding", "municipal", file]);
    expect(res.stdout).toContain(
      "Финансирование: источник финансирования — муниципальный бюджет: выбран вручную",
    );
    expect(res.stdout).toContain("поколение 2024 года); федеральная форма на 2027 год не получена");
  });

  it("templates lists the latest known edition per programme and ЦОС 2024 as historical", async () => {
    const res = await run(["templates"]);
    const block = (id: string) =>
      res.stdout
        .split("\n\n")[1]!
        .split(/\n(?=\S)/)
        .find((b) => b.startsWith(`${id} `))!;
    const latest =
      "последняя известная редакция программы: федеральная форма на 2025 год и позже не получена";
    expect(block("tochka-rosta-2024")).toContain(latest);
    expect(block("kvantorium-2024")).toContain(latest);
    expect(block("tochka-rosta-2021")).not.toContain(latest);
    expect(block("cos-2024")).toContain("Историческая редакция: программа ЦОС с 2025 года передана Минцифры");
    expect(block("kvantorium-2024")).not.toContain("Историческая");
  });

  it("an unknown basis is a usage error; the help lists the bases", () => {
    expect(() => parseCommand(["x.xlsx", "--funding", "private"])).toThrow(
      "--funding: expected one of federal, regional, municipal, other, got “private”",
    );
    expect(() =>
      parseCommand(["template", "--programme", "cos", "--year", "2027", "--funding", "federal"]),
    ).toThrow();
    expect(HELP.ru).toContain(
      "--funding ОСНОВА     источник финансирования: federal|regional|municipal|other",
    );
    expect(HELP.en).toContain("--funding BASIS      funding basis: federal|regional|municipal|other");
  });
});
