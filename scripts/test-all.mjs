// `npm run test:all`: every suite the project has, then one plain closing line `N passed, N failed`
// (the CI harness does not read vitest's own summary). Exits non-zero on any failure.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, mkdirSync } from "node:fs";

const npx = process.platform === "win32" ? "npx.cmd" : "npx";
let passed = 0;
let failed = 0;
const lines = [];

function step(name, cmd, args, { count } = {}) {
  const t = Date.now();
  console.log(`\n── ${name}: ${cmd} ${args.join(" ")}`);
  const r = spawnSync(cmd, args, {
    stdio: count ? ["ignore", "pipe", "inherit"] : "inherit",
    encoding: "utf8",
  });
  if (count) process.stdout.write(r.stdout ?? "");
  const secs = ((Date.now() - t) / 1000).toFixed(1);
  if (count) {
    const c = count(r.stdout ?? "");
    if (c) {
      passed += c.passed;
      failed += c.failed;
      if (r.status !== 0 && c.failed === 0) failed += 1; // the runner failed without a failing test (crash, no tests)
      lines.push(`${name}: ${c.passed} passed, ${c.failed} failed (${secs} s)`);
      return;
    }
  }
  if (r.status === 0) passed += 1;
  else failed += 1;
  lines.push(`${name}: ${r.status === 0 ? "ok" : `FAILED (exit ${r.status})`} (${secs} s)`);
}

mkdirSync("test-results", { recursive: true });
step("lint", npx, ["eslint", "."]);
step("format", npx, ["prettier", "--check", "."]);
step("typecheck", npx, ["tsc", "--noEmit"]);
step("manifest", process.execPath, ["scripts/validate-manifest.mjs", "manifest.xml"]);
step(
  "unit",
  npx,
  ["vitest", "run", "--reporter=default", "--reporter=json", "--outputFile.json=test-results/vitest.json"],
  {
    count: () => {
      if (!existsSync("test-results/vitest.json")) return null;
      const j = JSON.parse(readFileSync("test-results/vitest.json", "utf8"));
      return { passed: j.numPassedTests, failed: j.numFailedTests + (j.numTotalTestSuites === 0 ? 1 : 0) };
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
    count: (out) => {
      const m = /e2e: (\d+) passed, (\d+) failed/.exec(out);
      return m ? { passed: Number(m[1]), failed: Number(m[2]) } : null;
    },
  });
}

console.log("\n" + lines.join("\n"));
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
