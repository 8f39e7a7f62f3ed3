// Bundles the command line (and its worker) into one CommonJS file so `roadmap-check` runs on plain Node.
import { build } from "esbuild";
import { existsSync } from "node:fs";

const entry = "src/cli/main.ts";
if (!existsSync(entry)) {
  console.error(`build-cli: ${entry} is missing`);
  process.exit(1);
}
await build({
  entryPoints: [entry],
  outfile: "build/cli/roadmap-check.cjs",
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  sourcemap: true,
  logLevel: "warning",
  // exceljs is a dependency: resolved from node_modules at run time rather than bundled.
  external: ["exceljs"],
});
