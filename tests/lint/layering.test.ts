import { ESLint } from "eslint";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";

// The layering rules of eslint.config.js, run through ESLint's API on small in-memory files placed in each folder.

const root = fileURLToPath(new URL("../..", import.meta.url));
let eslint: ESLint;

// Loading the config (typescript-eslint and plugins) takes seconds on a loaded machine: done once, outside the tests.
beforeAll(async () => {
  eslint = new ESLint({ cwd: root });
  await eslint.lintText("export {};\n", { filePath: "src/core/warm-up.ts" });
}, 120_000);

/** The no-restricted-imports messages for `code` as if it were the file at `filePath`. */
async function restricted(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message);
}

const use = (from: string) => `import { x } from "${from}";\nexport const y = x;\n`;

describe("layering (eslint no-restricted-imports)", () => {
  it.each([
    ["src/core/grid.ts", "../excel/index"],
    ["src/core/checks/extra.ts", "../../taskpane/usePane"],
    ["src/core/store/format.ts", "../../cli/run"],
    ["src/core/templates/editions/x.ts", "../../../sim/book"],
    ["src/core/grid.ts", "../scripts/anything"], // outside core, whatever the folder
    ["src/core/report.ts", "exceljs"],
    ["src/excel/marks.ts", "../taskpane/usePane"],
    ["src/excel/marks.ts", "../cli/run"],
    ["src/excel/marks.ts", "../sim"],
    ["src/cli/run.ts", "../excel/state"],
    ["src/cli/run.ts", "../taskpane/i18n"],
    ["src/cli/run.ts", "../sim/book"],
    ["src/sim/book.ts", "../excel/state"],
    ["src/sim/book.ts", "../core/marks"],
    ["src/sim/book.ts", "../core"],
    ["src/sim/book.ts", "../core/store"],
    ["src/taskpane/App.tsx", "../cli/run"],
    ["src/taskpane/App.tsx", "../sim"],
  ])("%s may not import %s", async (file, from) => {
    expect(await restricted(file, use(from))).toHaveLength(1);
  });

  it.each([
    ["src/core/checks/extra.ts", "../grid"],
    ["src/core/store/cells.ts", "../blocks"],
    ["src/excel/marks.ts", "../core/store"],
    ["src/cli/run.ts", "../core/marks"],
    ["src/sim/book.ts", "../core/grid"],
    ["src/sim/colors.ts", "../core/store/fills"],
    ["src/taskpane/App.tsx", "../excel/host"],
    ["src/taskpane/App.tsx", "../core/report"],
  ])("%s may import %s", async (file, from) => {
    expect(await restricted(file, use(from))).toEqual([]);
  });
});
