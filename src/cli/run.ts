import { format } from "date-fns";
import { access, mkdir, stat } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { z } from "zod";
import type { Lang } from "../core/lang";
import type { Edition } from "../core/templates/schema";
import {
  HELP,
  parseCommand,
  UsageError,
  type CheckCommand,
  type TemplateCommand,
  type TemplatesCommand,
} from "./args";
import { checkFile, DEFAULT_STREAM_THRESHOLD, failed, type FileJob } from "./check-file";
import {
  editionIds,
  editionSummaries,
  FIRST_YEAR_WITHOUT_FORMS,
  loadTemplateFile,
  makeSheetChecker,
  templatePlan,
  type CheckConfig,
} from "./core-port";
import { formatRun } from "./human";
import { expandInputs, realDir } from "./inputs";
import { escapeControls, internalError, M, oneLine, writeReason } from "./messages";
import { annotatedNames } from "./output-names";
import { runPool } from "./pool";
import { createProgress } from "./progress";
import { RunReportSchema, runExitCode, totalsOf, type FileReport, type RunReport } from "./run-report";
import { templateWorkbook } from "./template-book";
import { formatDiff, templateDiff } from "./template-diff";

/** The command line as a function: argv in, text out, exit code back (the bundle's entry wires it to the process). */

export interface OutStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
}

export interface Io {
  stdout: OutStream;
  stderr: OutStream;
  cwd: string;
  /** Worker script for the pool (the bundled CLI itself); null checks files on this thread. */
  workerScript: string | null;
  cores: number;
  env: Record<string, string | undefined>;
}

export const VERSION = "0.1.0";

/** Data a worker needs to build its own checker: plain, structured-cloneable. */
export interface WorkerData {
  role: "roadmap-check-worker";
  config: CheckConfig;
}

function streamThreshold(env: Io["env"]): number {
  const raw = env.ROADMAP_CHECK_STREAM_BYTES;
  const n = raw === undefined ? NaN : Number(raw);
  return Number.isFinite(n) && n >= 0 ? n : DEFAULT_STREAM_THRESHOLD;
}

/** Heap of each checking worker: with the read limits, any input under 10 MB stays under 1 GB of resident memory. */
export const DEFAULT_WORKER_HEAP_MB = 768;

function workerHeapMb(env: Io["env"]): number {
  const n = Number(env.ROADMAP_CHECK_WORKER_HEAP_MB);
  return Number.isFinite(n) && n >= 64 ? n : DEFAULT_WORKER_HEAP_MB;
}

/** One small file is read on this thread: the read limits already bound it, and a worker would double the start-up. */
const INLINE_MAX_BYTES = 2 * 1024 * 1024;

async function smallSingle(jobs: readonly FileJob[]): Promise<boolean> {
  if (jobs.length !== 1 || jobs[0]!.reason) return jobs.length === 1;
  try {
    return (await stat(jobs[0]!.absolute)).size <= INLINE_MAX_BYTES;
  } catch {
    return true;
  }
}

function localToday(): string {
  return format(new Date(), "yyyy-MM-dd");
}

/** The --template file, loaded, and the --edition asked for checked against the editions known with it. */
async function resolveTemplate(cmd: CheckCommand, io: Io): Promise<Edition | null> {
  const lang = cmd.lang;
  let template: Edition | null = null;
  if (cmd.template !== null) {
    const loaded = await loadTemplateFile(resolve(io.cwd, cmd.template), {
      programme: cmd.programme,
      year: cmd.year,
    });
    if (!loaded.ok) throw new UsageError(loaded.reason, lang);
    template = loaded.edition;
  }
  if (cmd.edition !== null) {
    const known = [...editionIds(), ...(template ? [template.id] : [])];
    if (!known.includes(cmd.edition)) {
      throw new UsageError(
        {
          ru: `--edition: неизвестная редакция «${cmd.edition}» (есть: ${known.join(", ")})`,
          en: `--edition: unknown edition “${cmd.edition}” (known: ${known.join(", ")})`,
        },
        lang,
      );
    }
  }
  return template;
}

/** The inputs expanded into jobs, each with the path of its annotated copy when --annotate is given. */
async function planJobs(cmd: CheckCommand, io: Io): Promise<FileJob[]> {
  const lang = cmd.lang;
  let annotateDir: string | null = null;
  if (cmd.annotate !== null) annotateDir = await realDir(resolve(io.cwd, cmd.annotate));
  const inputs = await expandInputs(cmd.inputs, io.cwd, annotateDir ? [annotateDir] : []);

  if (annotateDir !== null) {
    // The copy keeps the original's name: written into the original's own folder it would overwrite it.
    for (const f of inputs) {
      if (f.reason === null && (await realDir(dirname(f.absolute))) === annotateDir) {
        throw new UsageError(
          {
            ru: `--annotate ${cmd.annotate}: это папка исходного файла ${f.display}, копия затёрла бы оригинал — укажите другую папку`,
            en: `--annotate ${cmd.annotate}: this is the folder of ${f.display}; the copy would overwrite the original — choose another folder`,
          },
          lang,
        );
      }
    }
  }

  const outNames = annotateDir
    ? annotatedNames(
        inputs.map((f) => (f.reason === null ? f.absolute : null)),
        annotateDir,
      )
    : inputs.map(() => null);
  const threshold = streamThreshold(io.env);
  return inputs.map((f, i) => ({
    display: f.display,
    absolute: f.absolute,
    reason: f.reason,
    sheet: cmd.sheet,
    lang,
    annotateTo: outNames[i] ?? null,
    streamThreshold: threshold,
  }));
}

/** The run report, validated against its published schema before anything is written. */
function runReport(cmd: CheckCommand, checkDate: string, files: FileReport[]): RunReport {
  return RunReportSchema.parse({
    tool: "roadmap-check",
    schemaVersion: 1,
    checkDate,
    lang: cmd.lang,
    options: {
      sheet: cmd.sheet,
      programme: cmd.programme,
      edition: cmd.edition,
      year: cmd.year,
      funding: cmd.funding,
      columns: cmd.columns,
      template: cmd.template,
      annotate: cmd.annotate,
    },
    files,
    totals: totalsOf(files),
    exitCode: runExitCode(files),
  } satisfies RunReport);
}

async function runCheck(cmd: CheckCommand, io: Io): Promise<number> {
  const lang = cmd.lang;
  const checkDate = cmd.today ?? localToday();
  const template = await resolveTemplate(cmd, io);
  const jobs = await planJobs(cmd, io);

  const config: CheckConfig = {
    checkDate,
    programme: cmd.programme,
    edition: cmd.edition,
    year: cmd.year,
    funding: cmd.funding,
    columns: cmd.columns,
    template,
  };
  const progress = createProgress(io.stderr, jobs.length, lang);
  let checker: ReturnType<typeof makeSheetChecker> | null = null;
  const files = await runPool<FileJob, FileReport>(jobs, {
    script: io.workerScript,
    size: cmd.jobs ?? io.cores,
    workerData: { role: "roadmap-check-worker", config } satisfies WorkerData,
    inline: (job) => checkFile(job, (checker ??= makeSheetChecker(config))),
    heapMb: workerHeapMb(io.env),
    inlineSingle: await smallSingle(jobs),
    onFailure: (job, error, outOfMemory) =>
      failed(job, "unreadable", outOfMemory ? M.outOfMemory : internalError(oneLine(error))),
    onResult: (r) => progress.done(r),
  });
  progress.stop();

  const run = runReport(cmd, checkDate, files);
  if (cmd.json) {
    io.stdout.write(`${JSON.stringify(run, null, 2)}\n`);
    // Scripts reading JSON still get the one-line reasons on stderr.
    for (const f of files)
      if (f.reason) io.stderr.write(`${escapeControls(`${f.path}: ${f.reason[lang]}`)}\n`);
  } else {
    io.stdout.write(formatRun(run, lang));
  }
  return run.exitCode;
}

async function exists(p: string): Promise<boolean> {
  try {
    await access(p);
    return true;
  } catch {
    return false;
  }
}

async function runTemplate(cmd: TemplateCommand, io: Io): Promise<number> {
  const planned = templatePlan(cmd.programme, cmd.edition, cmd.year, cmd.lang, cmd.responsible);
  if (!planned.ok) throw new UsageError(planned.reason, cmd.lang);
  const out = resolve(io.cwd, cmd.out ?? `roadmap-${cmd.programme}-${cmd.year}.xlsx`);
  if (!cmd.force && (await exists(out))) {
    throw new UsageError(
      {
        ru: `файл ${out} уже есть: укажите другой --out или добавьте --force`,
        en: `${out} already exists: choose another --out or add --force`,
      },
      cmd.lang,
    );
  }
  try {
    await mkdir(dirname(out), { recursive: true });
    await templateWorkbook(planned.plan).xlsx.writeFile(out);
  } catch (e) {
    const why = writeReason(e, M.templateNotWritten);
    if (why) throw new UsageError(why, cmd.lang);
    throw e;
  }
  const rows = planned.plan.rows.length;
  io.stdout.write(
    cmd.lang === "ru"
      ? `Записан шаблон ${escapeControls(out)}: лист «${planned.plan.sheetName}», ${rows} пунктов, редакция ${planned.editionId}.\n`
      : `Wrote template ${escapeControls(out)}: sheet “${planned.plan.sheetName}”, ${rows} items, edition ${planned.editionId}.\n`,
  );
  for (const n of planned.notes) io.stdout.write(`! ${n[cmd.lang]}\n`);
  return 0;
}

const CONF: Record<string, Record<Lang, string>> = {
  confirmed: { ru: "подтверждена", en: "confirmed" },
  reconstructed: { ru: "восстановлена", en: "reconstructed" },
  unknown: { ru: "не установлена", en: "unknown" },
};

async function runTemplates(cmd: TemplatesCommand, io: Io): Promise<number> {
  if (cmd.diff) {
    const diff = await templateDiff(cmd.diff.a, cmd.diff.b, cmd.diff.programme, io.cwd, cmd.lang);
    io.stdout.write(cmd.json ? `${JSON.stringify(diff, null, 2)}\n` : formatDiff(diff, cmd.lang));
    return 0;
  }
  const list = editionSummaries();
  if (cmd.json) {
    io.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
    return 0;
  }
  const lang = cmd.lang;
  const lines: string[] = [
    lang === "ru" ? "Встроенные редакции шаблонов:" : "Built-in template editions:",
    "",
  ];
  for (const e of list) {
    lines.push(`${e.id}  —  ${e.title[lang]}`);
    lines.push(
      lang === "ru"
        ? `    программа: ${e.programme}; поколение: ${e.generation}; пунктов: ${e.items}; достоверность: ${CONF[e.confidence]?.[lang] ?? e.confidence}; хэш: ${e.templateHash}`
        : `    programme: ${e.programme}; generation: ${e.generation}; items: ${e.items}; confidence: ${CONF[e.confidence]?.[lang] ?? e.confidence}; hash: ${e.templateHash}`,
    );
    lines.push(`    ${lang === "ru" ? "источник" : "source"}: ${e.source}`);
    if (e.latestKnown)
      lines.push(
        lang === "ru"
          ? `    последняя известная редакция программы: федеральная форма на ${FIRST_YEAR_WITHOUT_FORMS} год и позже не получена`
          : `    the programme's latest known edition: no federal form for ${FIRST_YEAR_WITHOUT_FORMS} or later has been received`,
      );
    if (e.historical) lines.push(`    ${oneLine(e.historical[lang])}`);
  }
  lines.push("");
  lines.push(
    lang === "ru"
      ? "IT-куб: встроенного шаблона нет (федеральный перечень пунктов неизвестен) — загрузите свой: --template ФАЙЛ.json|.xlsx"
      : "IT-Cube: no built-in template (the federal item list is not known) — load one with --template FILE.json|.xlsx",
  );
  io.stdout.write(`${lines.join("\n")}\n`);
  return 0;
}

export async function main(argv: readonly string[], io: Io): Promise<number> {
  let lang: Lang = "ru";
  try {
    const cmd = parseCommand(argv);
    if ("lang" in cmd) lang = cmd.lang;
    switch (cmd.kind) {
      case "help":
        io.stdout.write(HELP[cmd.lang]);
        return 0;
      case "version":
        io.stdout.write(`roadmap-check ${VERSION}\n`);
        return 0;
      case "json-schema":
        io.stdout.write(`${JSON.stringify(z.toJSONSchema(RunReportSchema), null, 2)}\n`);
        return 0;
      case "templates":
        return await runTemplates(cmd, io);
      case "template":
        return await runTemplate(cmd, io);
      case "check":
        return await runCheck(cmd, io);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`roadmap-check: ${escapeControls(oneLine(e.text[e.lang]))}\n`);
      return 2;
    }
    // One line, never a stack trace: the message says what failed; ROADMAP_CHECK_DEBUG=1 adds the stack for a bug report.
    const detail =
      e instanceof Error ? (io.env.ROADMAP_CHECK_DEBUG ? (e.stack ?? e.message) : e.message) : String(e);
    io.stderr.write(`roadmap-check: ${escapeControls(`${M.internal[lang]}: ${oneLine(detail)}`)}\n`);
    return 2;
  }
}
