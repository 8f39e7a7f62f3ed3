// What the task pane's first bundle (the taskpane entry's initial chunks) holds: `node scripts/first-bundle.mjs`.
// Builds with `webpack --mode production --json`, prints the initial chunks' bytes (raw and gzip) and the src/ modules
// in them, and fails when zod or a core module outside the pane's allowed leaves is among them.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
// The core the pane may load before the engine chunk: the generated codes and labels, the programmes, leaf types.
const ALLOWED_CORE = /^\.\/src\/core\/(codes|lang|programmes|reader\/types)\.ts$/;

const dir = mkdtempSync(path.join(tmpdir(), "first-bundle-"));
const statsFile = path.join(dir, "stats.json");
try {
  execFileSync("npx", ["webpack", "--mode", "production", `--json=${statsFile}`], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
  });
  const stats = JSON.parse(readFileSync(statsFile, "utf8"));
  const entry = stats.entrypoints.taskpane;
  const initial = new Set(entry.chunks);
  const modules = stats.chunks
    .filter((c) => initial.has(c.id))
    .flatMap((c) => c.modules.flatMap((m) => (m.modules ? m.modules.map((x) => x.name) : [m.name])));
  let raw = 0;
  let gz = 0;
  for (const { name } of entry.assets) {
    const bytes = readFileSync(path.join(stats.outputPath, name));
    raw += bytes.length;
    gz += gzipSync(bytes, { level: 9 }).length;
    console.log(`${name}\t${bytes.length} B\tgzip ${gzipSync(bytes, { level: 9 }).length} B`);
  }
  console.log(`first bundle: ${raw} B, gzip ${gz} B, ${modules.length} modules`);
  const core = [...new Set(modules.filter((m) => m.startsWith("./src/core/")))].sort();
  console.log(`core modules in it (${core.length}):\n  ${core.join("\n  ")}`);
  const zod = modules.filter((m) => /node_modules[\\/]zod[\\/]/.test(m));
  const stray = core.filter((m) => !ALLOWED_CORE.test(m));
  console.log(`zod modules: ${zod.length}; core modules outside the allowed leaves: ${stray.length}`);
  if (zod.length > 0 || stray.length > 0) {
    console.error(`not lean: ${[...zod.slice(0, 5), ...stray].join(", ")}`);
    process.exitCode = 1;
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
