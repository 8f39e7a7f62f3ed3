// roadmap-check over many files: 200 generated workbooks of ~50 rows checked in one run (worker pool vs one thread),
// plus one ~50 MB streamed workbook. Spawns the built CLI and samples the process's peak RSS (workers are threads of it).
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { roadmapWorkbook, writeBigWorkbook, writeWorkbook } from "../tests/cli/workbooks";

const ROOT = resolve(import.meta.dirname, "..");
const CLI = join(ROOT, "build/cli/roadmap-check.cjs");
const FILES = 200;
const ROWS = 50;

interface Measured {
  seconds: number;
  /** User + system CPU of the process (all its threads), from the last /proc sample before it exited. */
  cpuSeconds: number;
  peakRssMb: number;
  code: number | null;
  stdout: string;
}

/** VmHWM is the kernel's own peak-RSS counter for the process: sampling it misses nothing but the last interval. */
function vmHwmKb(pid: number): number | null {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

/** utime + stime of the process in seconds (USER_HZ is 100 on Linux). */
function cpuSeconds(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the parenthesised command name: state is field 3, utime 14, stime 15.
    const rest = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(rest[11]) + Number(rest[12])) / 100;
  } catch {
    return null;
  }
}

export function measure(args: string[], cli = CLI): Promise<Measured> {
  return new Promise((done, fail) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, [cli, ...args], { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    let peakKb = 0;
    let cpu = 0;
    const timer = setInterval(() => {
      const kb = vmHwmKb(child.pid!);
      if (kb !== null && kb > peakKb) peakKb = kb;
      cpu = cpuSeconds(child.pid!) ?? cpu;
    }, 10);
    child.on("error", fail);
    child.on("close", (code) => {
      clearInterval(timer);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (code === null || code > 2) fail(new Error(`roadmap-check exited ${code}: ${stderr.slice(0, 500)}`));
      else done({ seconds, cpuSeconds: cpu, peakRssMb: peakKb / 1024, code, stdout });
    });
  });
}

export async function run(): Promise<Record<string, number>> {
  const build = spawnSync(process.execPath, ["scripts/build-cli.mjs"], { cwd: ROOT, stdio: "inherit" });
  if (build.status !== 0) throw new Error("build-cli failed");

  const dir = mkdtempSync(join(tmpdir(), "cli-bench-"));
  try {
    const books = join(dir, "books");
    mkdirSync(books);
    const generated = Date.now();
    for (let i = 0; i < FILES; i++)
      await writeWorkbook(
        roadmapWorkbook(ROWS, i),
        join(books, `roadmap-${String(i).padStart(3, "0")}.xlsx`),
      );
    console.log(
      `generated ${FILES} workbooks × ${ROWS} rows in ${((Date.now() - generated) / 1000).toFixed(1)} s`,
    );

    // Other work on the machine changes every figure here: the load is printed with them.
    const load = loadavg()[0]!;
    const common = ["--json", "--today", "2024-03-10", books];
    const pooled = await measure(common);
    const single = await measure(["--jobs", "1", ...common]);
    const annotated = await measure(["--annotate", join(dir, "annotated"), ...common]);
    const report = JSON.parse(pooled.stdout) as { totals: { files: number; roadmaps: number } };
    if (report.totals.files !== FILES)
      throw new Error(`expected ${FILES} files in the report, got ${report.totals.files}`);

    const big = join(dir, "big.xlsx");
    await writeBigWorkbook(big, 50 * 1024 * 1024, { roadmap: true });
    const streamed = await measure(["--json", "--today", "2024-03-10", big]);
    const bigReport = JSON.parse(streamed.stdout) as { files: { readMode: string; roadmaps: unknown[] }[] };

    const workers = Math.min(availableParallelism(), FILES);
    const row = (label: string, m: Measured, rate: string): string[] => [
      label,
      rate,
      m.seconds.toFixed(1),
      m.cpuSeconds.toFixed(1),
      m.peakRssMb.toFixed(0),
    ];
    const rows = [
      row(`${FILES} files, pool of ${workers}`, pooled, (FILES / pooled.seconds).toFixed(1)),
      row(`${FILES} files, --jobs 1 (main thread)`, single, (FILES / single.seconds).toFixed(1)),
      row(`${FILES} files, --annotate`, annotated, (FILES / annotated.seconds).toFixed(1)),
      row(`1 file of 50 MB (${bigReport.files[0]?.readMode})`, streamed, "—"),
    ];
    console.log(`\nload average before the runs: ${load.toFixed(2)} on ${availableParallelism()} cores`);
    const head = ["run", "files/s", "wall s", "CPU s", "peak RSS MB"];
    const widths = [38, 9, 8, 8, 13];
    for (const r of [head, ...rows]) {
      console.log(r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(""));
    }
    console.log(
      `roadmaps found: ${report.totals.roadmaps}/${FILES}; exit codes ${pooled.code}/${single.code}/${annotated.code}`,
    );

    return {
      "cli.files": FILES,
      "cli.rows_per_file": ROWS,
      "cli.workers": workers,
      "cli.roadmaps_found": report.totals.roadmaps,
      "cli.load_average": load,
      "cli.files_per_s": FILES / pooled.seconds,
      "cli.cpu_s": pooled.cpuSeconds,
      "cli.peak_rss_mb": pooled.peakRssMb,
      "cli.files_per_s_jobs1": FILES / single.seconds,
      "cli.cpu_s_jobs1": single.cpuSeconds,
      "cli.peak_rss_mb_jobs1": single.peakRssMb,
      "cli.annotate_files_per_s": FILES / annotated.seconds,
      "cli.annotate_peak_rss_mb": annotated.peakRssMb,
      "cli.big50mb_seconds": streamed.seconds,
      "cli.big50mb_peak_rss_mb": streamed.peakRssMb,
      "cli.big50mb_roadmaps": bigReport.files[0]?.roadmaps.length ?? 0,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
