import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { RunReportSchema } from "../../src/cli/run-report";
import { main } from "../../src/cli/run";
import { getEdition, templateHash } from "../../src/core";

/** Which form judged the file (issue 17): the CLI's human report, --json and `templates` name edition, generation, hash. */

const ROOT = resolve(__dirname, "../..");
const VLADIMIR = "tests/fixtures/seed001-vladimir-2021-tochka.xlsx";

async function run(args: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await main(args, {
    stdout: { write: (c: string) => (stdout += c) },
    stderr: { write: (c: string) => (stderr += c) },
    cwd: ROOT,
    workerScript: null,
    cores: 1,
    env: {},
  });
  return { code, stdout, stderr };
}

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
