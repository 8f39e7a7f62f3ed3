// `npm run validate`: the structural manifest check; exits 1 listing every problem.
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { checkManifest } from "./manifest-check.mjs";

const file = resolve(process.argv[2] ?? "manifest.xml");
const problems = checkManifest(readFileSync(file, "utf8"), { root: dirname(file) });
if (problems.length) {
  console.error(`${file}: ${problems.length} problem(s)`);
  for (const p of problems) console.error(`  - ${p}`);
  process.exit(1);
}
console.log(`${file}: manifest structure OK`);
