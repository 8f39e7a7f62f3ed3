import { availableParallelism } from "node:os";
import { isMainThread, workerData } from "node:worker_threads";
import { checkFile, type FileJob } from "./check-file";
import { makeSheetChecker } from "./core-port";
import { main, type WorkerData } from "./run";
import { serveTasks } from "./worker-host";

/**
 * Entry of the bundled CLI (build/cli/roadmap-check.cjs). The same file is the pool's worker script:
 * on a worker thread it serves check tasks instead of parsing the command line.
 */

// Only the CommonJS bundle can be re-entered as a worker; run from TypeScript sources, files are checked inline.
const self = typeof __filename === "string" && /\.c?js$/.test(__filename) ? __filename : null;

if (isMainThread) {
  // `roadmap-check … | head` closes the pipe early: stop quietly, as other command-line tools do.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (e: NodeJS.ErrnoException) => {
      if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
      throw e;
    });
  }
  main(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.cwd(),
    workerScript: self,
    cores: availableParallelism(),
    env: process.env,
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      // One line, never a stack trace (main() already turns every expected failure into its own line).
      process.stderr.write(
        `roadmap-check: ${String(e instanceof Error ? e.message : e).replace(/\s*\n\s*/g, " ")}\n`,
      );
      process.exitCode = 2;
    },
  );
} else if ((workerData as WorkerData | null)?.role === "roadmap-check-worker") {
  const checker = makeSheetChecker((workerData as WorkerData).config);
  serveTasks((job: FileJob) => checkFile(job, checker));
}
