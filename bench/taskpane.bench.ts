// The production task pane's load: its initial JavaScript (gzipped) and the time to first render in headless
// Chromium, served from 127.0.0.1 with office.js answered from the local @microsoft/office-js copy.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
// @ts-expect-error: a plain .mjs helper shared with the browser tests
import { serveStatic } from "../tests/e2e/server.mjs";

const root = resolve(import.meta.dirname, "..");
const DIST = join(root, "dist");
const LOADS = 7;
const require = createRequire(import.meta.url);
const OFFICE_DIST = join(dirname(require.resolve("@microsoft/office-js/package.json")), "dist");

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function ensureBuilt(): void {
  if (existsSync(join(DIST, "taskpane.html"))) return;
  console.log("dist/ has no task pane: building it (webpack --mode production)…");
  execFileSync(
    process.execPath,
    [join(root, "node_modules/webpack-cli/bin/cli.js"), "--mode", "production"],
    {
      cwd: root,
      stdio: "inherit",
    },
  );
}

/** The scripts taskpane.html loads before anything runs (office.js from the CDN aside). */
function initialScripts(): string[] {
  const html = readFileSync(join(DIST, "taskpane.html"), "utf8");
  return [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)]
    .map((m) => m[1]!)
    .filter((src) => !/^https?:/.test(src));
}

export async function run(): Promise<Record<string, number>> {
  ensureBuilt();
  const initial = initialScripts();
  const initialRaw = initial.reduce((n, f) => n + readFileSync(join(DIST, f)).length, 0);
  const initialGz = initial.reduce((n, f) => n + gz(join(DIST, f)), 0);
  const allJs = readdirSync(DIST).filter((f) => f.endsWith(".js"));
  if (
    allJs.some(
      (f) => /exceljs/.test(f) || readFileSync(join(DIST, f), "utf8").includes("createSimulatedOffice"),
    )
  ) {
    throw new Error(
      "dist/ contains the harness or the simulated Excel: the production build must hold the pane alone",
    );
  }

  const server = await serveStatic(DIST);
  const profile = mkdtempSync(join(tmpdir(), "roadmap-bench-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    viewport: { width: 360, height: 800 },
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  // The Office CDN is answered locally (as the real CDN would, minus the network); nothing else may leave.
  await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, async (route) => {
    const url = new URL(route.request().url());
    const file = join(OFFICE_DIST, url.pathname.split("/").pop() ?? "");
    if (url.hostname === "appsforoffice.microsoft.com" && existsSync(file)) {
      await route.fulfill({ path: file, contentType: "text/javascript" });
    } else {
      await route.abort();
    }
  });

  const shell: number[] = [];
  const first: number[] = [];
  const firstUseJs = new Set<string>();
  try {
    for (let i = 0; i < LOADS; i++) {
      const page = await context.newPage();
      page.on("request", (r) => {
        const u = new URL(r.url());
        if (u.hostname === "127.0.0.1" && u.pathname.endsWith(".js")) firstUseJs.add(u.pathname.slice(1));
      });
      await page.goto(`${server.url}/taskpane.html`);
      await page.waitForFunction(() => performance.getEntriesByName("pane-rendered").length > 0, undefined, {
        timeout: 15_000,
      });
      // Outside Office the pane's first read fails and says so: that is the settled state.
      await page.waitForSelector("[role=alert]", { timeout: 15_000 });
      const marks = await page.evaluate(() => ({
        shell: performance.getEntriesByName("pane-shell")[0]?.startTime ?? NaN,
        pane: performance.getEntriesByName("pane-rendered")[0]?.startTime ?? NaN,
      }));
      // When office.js is ready at once React commits the pane straight away and the loading shell never paints.
      shell.push(Number.isNaN(marks.shell) ? marks.pane : Math.min(marks.shell, marks.pane));
      first.push(marks.pane);
      await page.close();
    }
  } finally {
    await context.close();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
  const firstUseGz = [...firstUseJs].reduce((n, f) => n + gz(join(DIST, f)), 0);

  const metrics = {
    "taskpane.initial_js_gzip_kb": kb(initialGz),
    "taskpane.initial_js_raw_kb": kb(initialRaw),
    "taskpane.initial_js_files": initial.length,
    "taskpane.first_use_js_gzip_kb": kb(firstUseGz),
    "taskpane.first_paint_ms_median": Math.round(median(shell)),
    "taskpane.first_render_ms_median": Math.round(median(first)),
    "taskpane.first_render_ms_max": Math.round(Math.max(...first)),
  };
  console.table({
    "initial JS (gzip, KB)": { value: metrics["taskpane.initial_js_gzip_kb"], goal: "≤ 150" },
    "initial JS (raw, KB)": { value: metrics["taskpane.initial_js_raw_kb"], goal: "" },
    "JS by the first read (gzip, KB)": { value: metrics["taskpane.first_use_js_gzip_kb"], goal: "" },
    [`first paint (shell or pane), median of ${LOADS} (ms)`]: {
      value: metrics["taskpane.first_paint_ms_median"],
      goal: "",
    },
    [`pane rendered, median of ${LOADS} (ms)`]: {
      value: metrics["taskpane.first_render_ms_median"],
      goal: "≤ 500",
    },
    [`pane rendered, slowest (ms)`]: { value: metrics["taskpane.first_render_ms_max"], goal: "" },
  });
  console.log(`initial scripts: ${initial.join(", ")}`);
  return metrics;
}
