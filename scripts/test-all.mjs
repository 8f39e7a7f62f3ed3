// `npm run test:all`: every suite the project has, then one plain closing line `N passed, N failed`
// (the CI harness does not read vitest's own summary). Exits non-zero on any failure.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, mkdirSync, rmSync } from "node:fs";

const npx = process.platform === "win32" ? "npx.cmd" : "npx";
let passed = 0;
let failed = 0;
const lines = [];
/** The failing unit tests, named again at the very end: CI shows only the tail of a long log. */
const failures = [];
const GROUP = process.platform !== "win32" && !process.stdout.isTTY;

/**
 * One suite. Output goes straight to the terminal, never through a pipe: a grandchild that outlives its step (a
 * vitest fork, a browser) would hold a pipe open and stall us forever. Counts come from a results file. A step that
 * runs past its limit is killed with its whole process group and reported as failed, so a stuck suite cannot turn
 * CI's run into a timeout that names no culprit.
 */
function step(name, cmd, args, { limitMin = 20, counts } = {}) {
  const t = Date.now();
  console.log(`\n── ${name}: ${cmd} ${args.join(" ")}`);
  const r = spawnSync(cmd, args, {
    stdio: "inherit",
    timeout: limitMin * 60_000,
    killSignal: "SIGKILL",
    // Off a terminal (CI) the step gets its own process group, to be killed whole; on one, Ctrl-C must still reach it.
    detached: GROUP,
  });
  const timedOut = r.error?.code === "ETIMEDOUT";
  if (GROUP && r.pid) {
    try {
      process.kill(-r.pid, "SIGKILL"); // whatever the step left behind (forks, browsers)
    } catch {
      // the group is already gone
    }
  }
  const secs = ((Date.now() - t) / 1000).toFixed(1);
  const status = timedOut ? `timed out after ${limitMin} min` : `exit ${r.status ?? r.signal}`;
  const c = !timedOut && counts ? counts() : null;
  if (c) {
    passed += c.passed;
    failed += c.failed;
    if (r.status !== 0 && c.failed === 0) failed += 1; // the runner failed without a failing test (crash, no tests)
    lines.push(`${name}: ${c.passed} passed, ${c.failed} failed (${secs} s)`);
    return;
  }
  if (r.status === 0 && !timedOut) passed += 1;
  else failed += 1;
  lines.push(`${name}: ${r.status === 0 && !timedOut ? "ok" : `FAILED (${status})`} (${secs} s)`);
}

const firstLine = (text) => (text ?? "").trim().split("\n")[0].slice(0, 300);
const readJson = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, "utf8")) : null);

mkdirSync("test-results", { recursive: true });
rmSync("test-results/vitest.json", { force: true });
rmSync("test-results/e2e.json", { force: true });
step("lint", npx, ["eslint", "."]);
step("format", npx, ["prettier", "--check", "."]);
step("typecheck", npx, ["tsc", "--noEmit"]);
step("manifest", process.execPath, ["scripts/validate-manifest.mjs", "manifest.xml"]);
step(
  "unit",
  npx,
  ["vitest", "run", "--reporter=default", "--reporter=json", "--outputFile.json=test-results/vitest.json"],
  {
    limitMin: 30,
    counts: () => {
      const j = readJson("test-results/vitest.json");
      for (const file of j?.testResults ?? []) {
        const where = file.name.replace(`${process.cwd()}/`, "");
        // A file that failed to load or a hook that threw has no failing assertion of its own, only a message.
        if (file.status === "failed" && !file.assertionResults.some((a) => a.status === "failed"))
          failures.push(`${where}: ${firstLine(file.message)}`);
        for (const a of file.assertionResults)
          if (a.status === "failed")
            failures.push(`${where} > ${a.fullName}: ${firstLine(a.failureMessages?.[0])}`);
      }
      return (
        j && { passed: j.numPassedTests, failed: j.numFailedTests + (j.numTotalTestSuites === 0 ? 1 : 0) }
      );
    },
  },
);
step("build", "npm", ["run", "build", "--silent"]);
step("build demo", npx, ["webpack", "--mode", "production", "--env", "demo"]);
if (!existsSync("/usr/bin/chromium") && !process.env.CHROMIUM_PATH) {
  console.error("\nbrowser tests need Chromium: apt-get install -y chromium (or set CHROMIUM_PATH)");
  failed += 1;
  lines.push("e2e: FAILED (no /usr/bin/chromium)");
} else {
  step("e2e", process.execPath, ["tests/e2e/run.mjs"], {
    limitMin: 20,
    counts: () => readJson("test-results/e2e.json"),
  });
}

if (failures.length) console.log(`\nfailed unit tests:\n${failures.map((f) => `  ✗ ${f}`).join("\n")}`);
console.log("\n" + lines.join("\n"));
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
