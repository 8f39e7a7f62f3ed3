// `npm run bench`: runs every bench/*.bench.ts in its own process (memory figures stay per-benchmark),
// merges their metrics into bench/results.json and prints one table.
import { spawnSync } from "node:child_process";
import { readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const only = process.argv.slice(2);
const files = readdirSync("bench")
  .filter((f) => f.endsWith(".bench.ts"))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

const results = { "meta.node_version": process.versions.node, "meta.date": new Date().toISOString() };
let failed = 0;
for (const file of files) {
  const started = Date.now();
  process.stdout.write(`\n=== ${file}\n`);
  const child = spawnSync(
    process.execPath,
    ["--expose-gc", "--import", "tsx", "scripts/bench-one.mjs", join("bench", file)],
    { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"], maxBuffer: 64 * 1024 * 1024 },
  );
  const out = child.stdout ?? "";
  const marker = out.lastIndexOf("@@BENCH_RESULT@@");
  process.stdout.write(marker >= 0 ? out.slice(0, marker) : out);
  if (child.status !== 0 || marker < 0) {
    failed++;
    console.error(`${file}: failed (exit ${child.status})`);
    continue;
  }
  Object.assign(results, JSON.parse(out.slice(marker + "@@BENCH_RESULT@@".length)));
  console.log(`(${file}: ${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

writeFileSync("bench/results.json", JSON.stringify(results, null, 2) + "\n");
const width = Math.max(...Object.keys(results).map((k) => k.length));
console.log("\nmetric".padEnd(width + 1) + "  value");
for (const [k, v] of Object.entries(results)) {
  const shown = typeof v === "number" && !Number.isInteger(v) ? v.toFixed(3) : String(v);
  console.log(k.padEnd(width) + "  " + shown);
}
console.log(`\nwritten bench/results.json (${files.length - failed}/${files.length} benchmarks ran)`);
process.exit(failed ? 1 : 0);
