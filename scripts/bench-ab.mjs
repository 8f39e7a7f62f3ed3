// A/B of the core check (checkSheet) at 1,000 and 10,000 rows between two git refs, alternating runs so that the
// machine's drift falls on both sides alike. `node scripts/bench-ab.mjs <refA> <refB> [--rounds 5] [--rows 1000,10000]
// [--same-process]` (both refs in one process, alternating check by check: steadier on a loaded machine).
// Both refs check the same sheets: built once by this tree's bench/sheets.ts, passed to each ref as JSON.
// Each check is timed twice: wall clock, and this process's CPU time (user + system), which other processes on a
// shared machine disturb far less (an A/A run of main at load 5–6 on 2 cores spread 28–90 ms wall at 1,000 rows).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const CHECK_DATE = "2024-07-01";
const RUNS = 15; // timed runs per child process (after 2 warm-up runs), as bench/checks.bench.ts times 1,000/10,000 rows

const toJson = (_k, v) => (v instanceof Date ? { $date: v.toISOString() } : v);
const fromJson = (_k, v) => (v && typeof v === "object" && "$date" in v ? new Date(v.$date) : v);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Child: write the bench sheets of the given sizes (this tree's bench/sheets.ts, its seed) as JSON. */
async function makeSheets(out, sizes) {
  const sheets = await import(pathToFileURL(resolve("bench/sheets.ts")).href);
  const grids = sheets.benchSheets(sheets.rowPool(await sheets.fixtureGrids()), sizes);
  writeFileSync(out, JSON.stringify(grids, toJson));
}

/** Child: time one tree's checkSheet on one sheet; prints {median, cpu, findings} (wall and CPU medians, ms). */
async function timeCheck(tree, file, index) {
  const { checkSheet } = await import(pathToFileURL(join(tree, "src/core/checks/sheet.ts")).href);
  const grid = JSON.parse(readFileSync(file, "utf8"), fromJson)[index];
  let findings = 0;
  const once = () => {
    const res = checkSheet(grid, { checkDate: CHECK_DATE });
    findings = res.reports.reduce((s, r) => s + r.findings.length, 0);
  };
  once();
  once();
  const times = [];
  const cpus = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    const c = process.cpuUsage();
    once();
    const used = process.cpuUsage(c);
    times.push(performance.now() - t);
    cpus.push((used.user + used.system) / 1000);
  }
  process.stdout.write(JSON.stringify({ median: median(times), cpu: median(cpus), findings }) + "\n");
}

/** Child: both trees' checkSheet in one process, A and B alternating check by check, so that load spikes on a
 * shared machine fall on both sides alike; prints per sheet size {A, B, cpuA, cpuB, findingsA, findingsB} (medians). */
async function timeBoth(treeA, treeB, file, runs) {
  const load = async (tree) =>
    (await import(pathToFileURL(join(tree, "src/core/checks/sheet.ts")).href)).checkSheet;
  const fns = { A: await load(treeA), B: await load(treeB) };
  const grids = JSON.parse(readFileSync(file, "utf8"), fromJson);
  const out = [];
  for (const grid of grids) {
    const got = { A: [], B: [], cpuA: [], cpuB: [], findingsA: 0, findingsB: 0 };
    const once = (side) => {
      const t = performance.now();
      const c = process.cpuUsage();
      const res = fns[side](grid, { checkDate: CHECK_DATE });
      const used = process.cpuUsage(c);
      got[side].push(performance.now() - t);
      got[`cpu${side}`].push((used.user + used.system) / 1000);
      got[`findings${side}`] = res.reports.reduce((s, r) => s + r.findings.length, 0);
    };
    for (let i = 0; i < 2; i++) ["A", "B"].forEach(once);
    for (const k of ["A", "B", "cpuA", "cpuB"]) got[k].length = 0;
    for (let i = 0; i < runs; i++) (i % 2 ? ["B", "A"] : ["A", "B"]).forEach(once);
    out.push({
      rows: grid.cells?.length ?? null,
      A: median(got.A),
      B: median(got.B),
      cpuA: median(got.cpuA),
      cpuB: median(got.cpuB),
      findingsA: got.findingsA,
      findingsB: got.findingsB,
    });
  }
  process.stdout.write(JSON.stringify(out) + "\n");
}

let cwd = process.cwd();

function child(args) {
  const out = execFileSync(
    process.execPath,
    ["--import", "tsx", new URL(import.meta.url).pathname, "--child", ...args],
    {
      encoding: "utf8",
      maxBuffer: 1 << 26,
      cwd,
    },
  );
  return out.trim().split("\n").pop();
}

async function main(argv) {
  const [refA, refB] = argv.filter((a, i) => !a.startsWith("--") && !argv[i - 1]?.startsWith("--"));
  const opt = (name, dflt) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : dflt);
  if (!refA || !refB)
    throw new Error("usage: node scripts/bench-ab.mjs <refA> <refB> [--rounds 5] [--rows 1000,10000]");
  const rounds = Number(opt("--rounds", "5"));
  const sizes = opt("--rows", "1000,10000").split(",").map(Number);
  const root = execFileSync("git", ["rev-parse", "--show-toplevel"], { encoding: "utf8" }).trim();
  cwd = root;
  const tmp = mkdtempSync(join(tmpdir(), "bench-ab-"));
  const trees = {};
  try {
    for (const [side, ref] of [
      ["A", refA],
      ["B", refB],
    ]) {
      trees[side] = join(tmp, side);
      execFileSync("git", ["worktree", "add", "--detach", trees[side], ref], { cwd: root, stdio: "ignore" });
      symlinkSync(join(root, "node_modules"), join(trees[side], "node_modules"));
    }
    const sheets = join(tmp, "sheets.json");
    child(["make", sheets, sizes.join(",")]);
    if (argv.includes("--same-process")) {
      // Each round is a fresh process (the JIT's luck differs) timing A and B alternately, 2 × RUNS checks per size.
      const rows = Object.fromEntries(sizes.map((n) => [n, { A: [], B: [], cpuA: [], cpuB: [] }]));
      let findings = {};
      for (let r = 0; r < rounds; r++) {
        const res = JSON.parse(child(["both", trees.A, trees.B, sheets, String(RUNS)]));
        res.forEach((x, k) => {
          const n = sizes[k];
          for (const key of ["A", "B", "cpuA", "cpuB"]) rows[n][key].push(x[key]);
          findings[n] = `A ${x.findingsA}, B ${x.findingsB}`;
          console.log(
            `round ${r + 1}  ${String(n).padStart(6)} rows  CPU A ${x.cpuA.toFixed(1)}  B ${x.cpuB.toFixed(1)} ms`,
          );
        });
      }
      console.log(
        `\nA = ${refA}, B = ${refB}; same process, median of ${rounds} processes × ${RUNS} alternating checks`,
      );
      for (const n of sizes) {
        const [a, b, ca, cb] = ["A", "B", "cpuA", "cpuB"].map((k) => median(rows[n][k]));
        const pct = (x, y) => (((y - x) / x) * 100).toFixed(1);
        console.log(
          `${String(n).padStart(6)} rows  wall A ${a.toFixed(1)} B ${b.toFixed(1)} (${pct(a, b)} %)  CPU A ${ca.toFixed(1)} B ${cb.toFixed(1)} (${pct(ca, cb)} %)  findings ${findings[n]}`,
        );
      }
      return;
    }
    const got = Object.fromEntries(sizes.map((n) => [n, { A: [], B: [], cpuA: [], cpuB: [], findings: {} }]));
    for (let r = 0; r < rounds; r++) {
      // A B, then B A: the order alternates too, so neither side always runs first.
      const order = r % 2 ? ["B", "A"] : ["A", "B"];
      for (const [k, n] of sizes.entries())
        for (const side of order) {
          const { median: ms, cpu, findings } = JSON.parse(child(["time", trees[side], sheets, String(k)]));
          got[n][side].push(ms);
          got[n][`cpu${side}`].push(cpu);
          got[n].findings[side] = findings;
          console.log(
            `round ${r + 1}  ${String(n).padStart(6)} rows  ${side}  ${ms.toFixed(1)} ms wall  ${cpu.toFixed(1)} ms CPU`,
          );
        }
    }
    console.log(
      `\nA = ${refA}, B = ${refB}; median of ${rounds} processes, each the median of ${RUNS} warm checks`,
    );
    const line = (label, a, b) =>
      `${label}  A ${a.toFixed(1)} ms  B ${b.toFixed(1)} ms  B vs A ${(((b - a) / a) * 100).toFixed(1)} %`;
    for (const n of sizes) {
      const f = got[n].findings;
      const rows = `${String(n).padStart(6)} rows`;
      console.log(
        `${line(`${rows} wall`, median(got[n].A), median(got[n].B))}  (findings A ${f.A}, B ${f.B})`,
      );
      console.log(line(`${rows} CPU `, median(got[n].cpuA), median(got[n].cpuB)));
    }
  } finally {
    for (const t of Object.values(trees)) {
      try {
        execFileSync("git", ["worktree", "remove", "--force", t], { cwd: root, stdio: "ignore" });
      } catch {
        // Not made (its ref did not resolve): nothing to remove.
      }
    }
    rmSync(tmp, { recursive: true, force: true });
  }
}

const argv = process.argv.slice(2);
if (argv[0] === "--child") {
  if (argv[1] === "make") await makeSheets(argv[2], argv[3].split(",").map(Number));
  else if (argv[1] === "both") await timeBoth(argv[2], argv[3], argv[4], Number(argv[5]));
  else await timeCheck(argv[2], argv[3], Number(argv[4]));
} else await main(argv);
