// roadmap-check --annotate against a check alone, on the bundled example, the round-trip corpus workbook, a roadmap of
// 3,000 rows and the ~50 MB workbook of cli.bench: time and peak RSS of each run of the built CLI. ANNOTATE_BENCH_CLI
// points it at another build (e.g. an older commit's) to compare.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { corpusWorkbook } from "../tests/cli/ooxml-corpus";
import { roadmapWorkbook, writeBigWorkbook, writeWorkbook } from "../tests/cli/workbooks";
import { measure } from "./cli.bench";

const ROOT = resolve(import.meta.dirname, "..");

export async function run(): Promise<Record<string, number>> {
  const cli = process.env.ANNOTATE_BENCH_CLI;
  if (!cli) {
    const build = spawnSync(process.execPath, ["scripts/build-cli.mjs"], { cwd: ROOT, stdio: "inherit" });
    if (build.status !== 0) throw new Error("build-cli failed");
  }
  const dir = mkdtempSync(join(tmpdir(), "annotate-bench-"));
  try {
    const books: [string, string][] = [
      ["example", join(dir, "example.xlsx")],
      ["corpus", join(dir, "corpus.xlsx")],
      ["rows3000", join(dir, "rows3000.xlsx")],
      ["big50mb", join(dir, "big50mb.xlsx")],
    ];
    copyFileSync(join(ROOT, "examples/kvantorium-2024-leningrad.xlsx"), books[0]![1]);
    writeFileSync(books[1]![1], await corpusWorkbook({ plannerNote: true }));
    await writeWorkbook(roadmapWorkbook(3000, 7), books[2]![1]);
    await writeBigWorkbook(books[3]![1], 50 * 1024 * 1024, { roadmap: true });

    const load = loadavg()[0]!;
    const out: Record<string, number> = {};
    console.log("workbook    size KB   check s  check MB  annotate s  annotate MB  exit");
    for (const [label, path] of books) {
      const args = ["--json", "--today", "2024-03-10", path];
      const check = await measure(args, cli);
      const annotated = await measure(["--annotate", join(dir, "out"), ...args], cli);
      const report = JSON.parse(annotated.stdout) as { files: { annotation: { error: unknown } | null }[] };
      const error = report.files[0]?.annotation?.error;
      if (error) throw new Error(`${label}: annotated copy not written: ${JSON.stringify(error)}`);
      console.log(
        `${label.padEnd(10)}${String(Math.round(statSync(path).size / 1024)).padStart(9)}` +
          `${check.seconds.toFixed(2).padStart(10)}${check.peakRssMb.toFixed(0).padStart(10)}` +
          `${annotated.seconds.toFixed(2).padStart(12)}${annotated.peakRssMb.toFixed(0).padStart(13)}${String(annotated.code).padStart(6)}`,
      );
      out[`annotate.${label}_s`] = annotated.seconds;
      out[`annotate.${label}_peak_rss_mb`] = annotated.peakRssMb;
      out[`annotate.${label}_check_s`] = check.seconds;
    }
    console.log(`load average before the runs: ${load.toFixed(2)}`);
    out["annotate.load_average"] = load;
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
