// A/B of the pane's responsiveness in Chromium (issue 15) between two git refs: each ref's demo harness is built
// once (cached by commit in the temp dir), then timed «Проверить» runs alternate A B, B A… on the same generated
// 3,000- and 10,000-row workbooks, so the shared machine's drift falls on both sides alike. Prints each run and the
// medians with their spread (min–max) of the longest main-thread task, the first progress and the verdict time.
// `node --import tsx scripts/bench-resp-ab.mjs <refA> <refB> [--rounds 5] [--rows 3000,10000]`
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { timedCheck, writeBigWorkbook } from "../tests/e2e/responsiveness.mjs";
import { serveStatic } from "../tests/e2e/server.mjs";

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const spread = (xs) => `${median(xs)} (${Math.min(...xs)}–${Math.max(...xs)})`;

/** The demo build of `ref` (a commit-ish), built once per commit in a detached worktree that is then removed. */
function demoOf(root, ref, cache) {
  const commit = execFileSync("git", ["rev-parse", ref], { cwd: root, encoding: "utf8" }).trim();
  const out = join(cache, commit);
  if (existsSync(join(out, "index.html"))) return out;
  const tree = mkdtempSync(join(tmpdir(), "roadmap-ab-tree-"));
  rmSync(tree, { recursive: true, force: true });
  execFileSync("git", ["worktree", "add", "--detach", tree, commit], { cwd: root, stdio: "ignore" });
  try {
    symlinkSync(join(root, "node_modules"), join(tree, "node_modules"));
    console.log(`building ${ref} (${commit.slice(0, 8)})…`);
    execFileSync(
      process.execPath,
      [join(root, "node_modules/webpack-cli/bin/cli.js"), "--mode", "production", "--env", "demo"],
      { cwd: tree, stdio: "ignore" },
    );
    rmSync(out, { recursive: true, force: true });
    cpSync(join(tree, "dist-demo"), out, { recursive: true });
  } finally {
    execFileSync("git", ["worktree", "remove", "--force", tree], { cwd: root, stdio: "ignore" });
  }
  return out;
}

const argv = process.argv.slice(2);
const opt = (name, dflt) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : dflt);
const [refA, refB] = argv.filter((a, i) => !a.startsWith("--") && !argv[i - 1]?.startsWith("--"));
if (!refA || !refB)
  throw new Error("usage: scripts/bench-resp-ab.mjs <refA> <refB> [--rounds 5] [--rows 3000,10000]");
const rounds = Number(opt("--rounds", "5"));
const sizes = opt("--rows", "3000,10000").split(",").map(Number);
const root = execFileSync("git", ["rev-parse", "--show-toplevel"], { encoding: "utf8" }).trim();
const cache = join(tmpdir(), "roadmap-bench-resp-ab");
mkdirSync(cache, { recursive: true });
const dist = { A: demoOf(root, refA, cache), B: demoOf(root, refB, cache) };

const books = mkdtempSync(join(tmpdir(), "roadmap-ab-books-"));
const profile = mkdtempSync(join(tmpdir(), "roadmap-ab-profile-"));
const files = new Map();
for (const rows of sizes) files.set(rows, await writeBigWorkbook(books, rows));
const servers = {
  A: await serveStatic(dist.A, 0, { "/workbooks/e2e/": books }),
  B: await serveStatic(dist.B, 0, { "/workbooks/e2e/": books }),
};
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  headless: true,
  viewport: { width: 1360, height: 900 },
  args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
});
const got = Object.fromEntries(sizes.map((n) => [n, { A: [], B: [] }]));
try {
  const page = context.pages()[0] ?? (await context.newPage());
  for (let r = 0; r < rounds; r++) {
    const order = r % 2 ? ["B", "A"] : ["A", "B"];
    for (const rows of sizes)
      for (const side of order) {
        const m = await timedCheck(page, `${servers[side].url}/?wb=e2e/${files.get(rows)}`);
        got[rows][side].push(m);
        console.log(
          `round ${r + 1}  ${String(rows).padStart(6)} rows  ${side}  longest ${m.longest} ms (${m.longTasks} long)` +
            `  progress ${m.progress ?? "never"} ms  verdict ${m.total} ms`,
        );
      }
  }
} finally {
  await context.close();
  for (const s of Object.values(servers)) await s.close();
  rmSync(profile, { recursive: true, force: true });
  rmSync(books, { recursive: true, force: true });
}
console.log(`\nA = ${refA}, B = ${refB}; ${rounds} alternating runs each: median (min–max), ms`);
for (const rows of sizes)
  for (const side of ["A", "B"]) {
    const ms = got[rows][side];
    console.log(
      `${String(rows).padStart(6)} rows  ${side}  longest task ${spread(ms.map((m) => m.longest))}` +
        `  first progress ${spread(ms.map((m) => m.progress ?? NaN))}  verdict ${spread(ms.map((m) => m.total))}` +
        `  long tasks ${median(ms.map((m) => m.longTasks))}`,
    );
  }
