// Runs one benchmark module's `run()` and prints its metrics after a marker line for scripts/bench.mjs.
import { pathToFileURL } from "node:url";
import { resolve } from "node:path";

const mod = await import(pathToFileURL(resolve(process.argv[2])).href);
const metrics = await mod.run();
process.stdout.write("\n@@BENCH_RESULT@@" + JSON.stringify(metrics) + "\n");
