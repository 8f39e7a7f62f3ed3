import { runInProcess } from "./helpers";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { RunReportSchema } from "../../src/cli/run-report";
import { diffEditions, getEdition, templateHash, type EditionDiff } from "../../src/core";

/** Which form judged the file (issue 17): the CLI's human report, --json and `templates` name edition, generation, hash. */

const ROOT = resolve(__dirname, "../..");
const VLADIMIR = "tests/fixtures/seed001-vladimir-2021-tochka.xlsx";

const run = (args: string[]) => runInProcess(args, ROOT);

const hash2021 = templateHash(getEdition("tochka-rosta-2021")!);

describe("the report names the form that judged the file", () => {
  it("--json: templateHash and editionGeneration beside editionId", async () => {
    const res = await run(["--json", "--today", "2021-03-10", VLADIMIR]);
    const report = RunReportSchema.parse(JSON.parse(res.stdout));
    const r = report.files[0]!.roadmaps[0]!;
    expect(r.editionId).toBe("tochka-rosta-2021");
    expect(r.editionGeneration).toBe(2021);
    expect(r.templateHash).toBe(hash2021);
  });

  it("the human report says it in ru and en", async () => {
    const ru = await run(["--today", "2021-03-10", VLADIMIR]);
    expect(ru.stdout).toContain(
      `  Шаблон tochka-rosta-2021, поколение 2021 года, хэш данных шаблона ${hash2021}\n`,
    );
    const en = await run(["--today", "2021-03-10", "--lang", "en", VLADIMIR]);
    expect(en.stdout).toContain(
      `  Template tochka-rosta-2021, 2021 generation, template data hash ${hash2021}\n`,
    );
  });

  it("the same edition with --edition gives the same hash; another edition another", async () => {
    const forced = await run(["--json", "--today", "2021-03-10", "--edition", "tochka-rosta-2024", VLADIMIR]);
    const r = RunReportSchema.parse(JSON.parse(forced.stdout)).files[0]!.roadmaps[0]!;
    expect(r.editionId).toBe("tochka-rosta-2024");
    expect(r.templateHash).toBe(templateHash(getEdition("tochka-rosta-2024")!));
    expect(r.templateHash).not.toBe(hash2021);
  });

  it("`templates` lists each edition's generation and hash; --json as templateHash", async () => {
    const human = await run(["templates"]);
    expect(human.stdout).toContain(`поколение: 2021; пунктов: 11;`);
    expect(human.stdout).toContain(`хэш: ${hash2021}`);
    const json = JSON.parse((await run(["templates", "--json"])).stdout) as {
      id: string;
      templateHash: string;
    }[];
    expect(json.find((e) => e.id === "tochka-rosta-2021")!.templateHash).toBe(hash2021);
  });
});

describe("templates --diff A B", () => {
  it("lists added, removed, renamed and moved items with sources, in ru and en", async () => {
    const ru = await run(["templates", "--diff", "tochka-rosta-2021", "tochka-rosta-2024"]);
    expect(ru.code).toBe(0);
    expect(ru.stdout).toContain(
      `Сравнение редакций: tochka-rosta-2021 (поколение 2021 года, хэш ${hash2021}) → tochka-rosta-2024`,
    );
    expect(ru.stdout).toContain("Добавлены пункты (5):\n  + 1. [approve-roadmap] Утверждён комплекс мер");
    expect(ru.stdout).toContain(
      "Удалены пункты (1):\n  − 3. [subsidy-agreement] Соглашение о предоставлении субсидии",
    );
    expect(ru.stdout).toMatch(
      /~ \[site-monitoring → photo-monitoring\] «Мониторинг приведения площадок» → «Фотомониторинг площадок» \(сходство формулировок 0\.\d+\)/,
    );
    expect(ru.stdout).toContain(
      "↦ [procurement] Объявлены закупки: 1 марта года получения субсидии → не позднее 15 февраля года получения субсидии\n" +
        "      источник: Владимирская обл., распоряжение № 1074-р от 10.12.2020, прил. 2, п. 4 → Смоленская обл.",
    );
    expect(ru.stdout).toContain("Сроки изменились (8):");
    const en = await run(["templates", "--diff", "tochka-rosta-2021", "tochka-rosta-2024", "--lang", "en"]);
    expect(en.stdout).toContain("Items added (5):");
    expect(en.stdout).toContain("Items removed (1):");
    expect(en.stdout).toContain("Renamed (4):");
    expect(en.stdout).toContain(
      "↦ [start] Centres start work: 1 September of the subsidy year → by 15 September of the subsidy year",
    );
  });

  it("--json: the diff object, the same as the core's", async () => {
    const res = await run(["templates", "--diff", "tochka-rosta-2021", "tochka-rosta-2024", "--json"]);
    const d = JSON.parse(res.stdout) as EditionDiff;
    expect(d).toEqual(
      JSON.parse(
        JSON.stringify(diffEditions(getEdition("tochka-rosta-2021")!, getEdition("tochka-rosta-2024")!)),
      ),
    );
    expect(d.removed.map((x) => x.id)).toEqual(["subsidy-agreement"]);
  });

  it("takes a planner's JSON template file as either side", async () => {
    const dir = mkdtempSync(join(tmpdir(), "roadmap-diff-"));
    const mine = structuredClone(getEdition("tochka-rosta-2024")!) as Record<string, unknown> & {
      id: string;
      items: { id: string }[];
    };
    mine.id = "tochka-rosta-region";
    mine.items = mine.items.filter((i) => i.id !== "acceptance-register");
    const file = join(dir, "region.json");
    writeFileSync(file, JSON.stringify(mine));
    const res = await run(["templates", "--diff", "tochka-rosta-2024", file, "--json"]);
    expect(res.code).toBe(0);
    const d = JSON.parse(res.stdout) as EditionDiff;
    expect(d.to.id).toBe("tochka-rosta-region");
    expect(d.removed.map((x) => x.id)).toEqual(["acceptance-register"]);
    expect([d.added, d.renamed, d.moved]).toEqual([[], [], []]);
  });

  it("refuses an unknown edition, a missing second one and --diff outside templates, each in one line, exit 2", async () => {
    const unknown = await run(["templates", "--diff", "tochka-rosta-2021", "tochka-rosta-2099"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(
      /^roadmap-check: templates --diff: неизвестная редакция «tochka-rosta-2099» \(есть: tochka-rosta-2021, /,
    );
    const one = await run(["templates", "--diff", "tochka-rosta-2021"]);
    expect(one.code).toBe(2);
    expect(one.stderr).toMatch(/нужны две редакции/);
    const check = await run(["--diff", "x.xlsx"]);
    expect(check.code).toBe(2);
    expect(check.stderr).toMatch(/--diff не используется при проверке/);
    for (const r of [unknown, one, check]) expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });
});
