// The pane's responsiveness in Chromium (issue 15): the demo harness (the pane beside the simulated Excel, whose
// work runs in slices off the page's long tasks, as Excel's runs outside the pane's thread) checks a 3,000-row and
// a 10,000-row roadmap; prints the longest main-thread task while checking, the time to first progress, the time to
// the verdict, and the DOM nodes of the findings list (10,000+ findings on the larger sheet). The measurement is
// the browser tests' own (tests/e2e/responsiveness.mjs).
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium } from "playwright-core";
// @ts-expect-error: plain .mjs helpers shared with the browser tests
import { describeCheck, findingsDom, timedCheck, writeBigWorkbook } from "../tests/e2e/responsiveness.mjs";
// @ts-expect-error: a plain .mjs helper shared with the browser tests
import { serveStatic } from "../tests/e2e/server.mjs";

const root = resolve(import.meta.dirname, "..");
const DEMO = join(root, "dist-demo");
const SIZES = [3000, 10_000] as const;
/** Checks per size: the figures are the median (the machine is shared; one run can be unlucky). */
const RUNS = 3;

interface Check {
  longest: number;
  progress: number | null;
  total: number;
  longTasks: number;
  blocked: number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function ensureBuilt(): void {
  if (existsSync(join(DEMO, "index.html"))) return;
  console.log("dist-demo/ is missing: building it (webpack --mode production --env demo)…");
  execFileSync(
    process.execPath,
    [join(root, "node_modules/webpack-cli/bin/cli.js"), "--mode", "production", "--env", "demo"],
    { cwd: root, stdio: "inherit" },
  );
}

export async function run(): Promise<Record<string, number>> {
  ensureBuilt();
  const books = mkdtempSync(join(tmpdir(), "roadmap-bench-books-"));
  const profile = mkdtempSync(join(tmpdir(), "roadmap-bench-resp-"));
  const files = new Map<number, string>();
  for (const rows of SIZES) files.set(rows, (await writeBigWorkbook(books, rows)) as string);
  const server = await serveStatic(DEMO, 0, { "/workbooks/e2e/": books });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    viewport: { width: 1360, height: 900 },
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
  });
  const metrics: Record<string, number> = {};
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    for (const rows of SIZES) {
      const checks: Check[] = [];
      for (let i = 0; i < RUNS; i++) {
        const m = (await timedCheck(page, `${server.url}/?wb=e2e/${files.get(rows)}`)) as Check;
        console.log(describeCheck(`${rows} rows, run ${i + 1}`, m));
        checks.push(m);
      }
      metrics[`responsiveness.${rows}.longest_task_ms`] = median(checks.map((c) => c.longest));
      metrics[`responsiveness.${rows}.first_progress_ms`] = median(checks.map((c) => c.progress ?? NaN));
      metrics[`responsiveness.${rows}.verdict_ms`] = median(checks.map((c) => c.total));
      metrics[`responsiveness.${rows}.long_tasks`] = median(checks.map((c) => c.longTasks));
      const dom = (await findingsDom(page)) as { findings: number; nodes: number };
      metrics[`responsiveness.${rows}.findings`] = dom.findings;
      metrics[`responsiveness.${rows}.findings_dom_nodes`] = dom.nodes;
    }
  } finally {
    await context.close();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
    rmSync(books, { recursive: true, force: true });
  }
  console.table(
    Object.fromEntries(
      SIZES.map((rows) => [
        `${rows} rows`,
        {
          "longest task (ms, goal ≤ 200)": metrics[`responsiveness.${rows}.longest_task_ms`],
          "first progress (ms, goal ≤ 300)": metrics[`responsiveness.${rows}.first_progress_ms`],
          "verdict (ms)": metrics[`responsiveness.${rows}.verdict_ms`],
          findings: metrics[`responsiveness.${rows}.findings`],
          "findings list DOM nodes (goal < 300)": metrics[`responsiveness.${rows}.findings_dom_nodes`],
        },
      ]),
    ),
  );
  return metrics;
}
