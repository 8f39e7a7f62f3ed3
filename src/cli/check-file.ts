import ExcelJS from "exceljs";
import { mkdir, readFile, rename, stat, unlink, writeFile } from "node:fs/promises";
import { dirname, extname } from "node:path";
import { applyAcceptances, collectTyped, isStoredReport, typedReasons } from "../core/acceptance";
import { isBlank, parseCell, type Grid } from "../core/grid";
import { savedEditions } from "../core/templates/saved";
import type { Edition } from "../core/templates/schema";
import type { Bilingual, Lang } from "../core/lang";
import { buildMarkPlan, REPORT_SHEET_NAMES } from "../core/marks";
import { type Acceptance, decodeStore, STORE_SHEET, type WorkbookStore } from "../core/store";
import { Refusal, annotateWorkbook } from "./annotate";
import {
  M,
  fsReason,
  damagedZip,
  internalError,
  noRoadmap,
  noSuchSheet,
  oneLine,
  tooManyCells,
  writeReason,
  wrongExtension,
} from "./messages";

import { preflight, type Preflight, STREAM_SHEET_XML_BYTES } from "./preflight";
import {
  fileExitCode,
  sumCounts,
  type Annotation,
  type CliRoadmapReport,
  type FileReport,
  type FileStatus,
} from "./run-report";
import { rawGrids } from "./raw-grid";
import { sniffFile } from "./sniff";
import { isReportName, streamGrids } from "./stream-grid";
import { TooManyCells, workbookGrids } from "./xlsx-grid";

/** One workbook through the whole pipeline: sniff → read → find roadmaps → check → (annotated copy). */

export interface SheetCheck {
  reports: CliRoadmapReport[];
  reason: Bilingual | null;
}

/** Checks one grid; `saved` are the templates saved in the workbook (the add-in's «сохранить шаблон в книге»). */
export type SheetChecker = (grid: Grid, saved?: readonly Edition[]) => SheetCheck;

export interface FileJob {
  display: string;
  absolute: string;
  /** Known before reading (missing path, empty folder): reported as is. */
  reason: Bilingual | null;
  sheet: string | null;
  lang: Lang;
  /** Absolute path of the annotated copy to write, or null. */
  annotateTo: string | null;
  /** Files above this size are streamed (an annotated copy patches the package and never loads it whole). */
  streamThreshold: number;
}

export const DEFAULT_STREAM_THRESHOLD = 16 * 1024 * 1024;

/** Filled cells read from one workbook at most: about 1.5 KB each on the way through the reader and the checks. */
export const MAX_FILLED_CELLS = 2_000_000;

export function failed(
  job: FileJob,
  status: FileStatus,
  reason: Bilingual,
  extra: Partial<FileReport> = {},
): FileReport {
  return {
    path: job.display,
    status,
    reason: { ru: oneLine(reason.ru), en: oneLine(reason.en) },
    sizeBytes: null,
    readMode: null,
    sheets: [],
    roadmaps: [],
    counts: { error: 0, warning: 0, info: 0 },
    exitCode: 2,
    annotation: null,
    ...extra,
  };
}

function gridHasData(g: Grid): boolean {
  return g.values.some((row) => row.some((v) => !isBlank(v)));
}

const OWN_REPORT_HEADERS = new Set(["Дорожная карта|Важность|Код", "Roadmap|Severity|Code"]);

/** The «Проверка» (“Check report”) sheet of an annotated copy is our output, not a roadmap to check. */
function isReportSheet(g: Grid): boolean {
  const ours = Object.values(REPORT_SHEET_NAMES).some(
    (name) => g.sheetName === name || g.sheetName.startsWith(`${name} (`),
  );
  if (!ours) return false;
  const first = g.values[0];
  return !!first && OWN_REPORT_HEADERS.has(first.slice(0, 3).map(String).join("|"));
}

/**
 * Column A of the add-in's store sheet from A1, put together from every grid of it (a sheet read sparse can come in
 * pieces), decoded; null when the workbook has none. Acceptances and saved templates are read from the same decode.
 */
function storeIn(grids: readonly Grid[]): WorkbookStore | null {
  const column: unknown[] = [];
  for (const g of grids) {
    if (!isStoreSheet(g)) continue;
    const o = parseCell(g.origin);
    if (o.col !== 1) continue;
    g.values.forEach((row, i) => (column[o.row - 1 + i] = row[0]));
  }
  if (column.length === 0) return null;
  return decodeStore(Array.from(column, (v) => v ?? ""))?.store ?? null;
}

/**
 * The store's report sheet among the grids read: one starting with the recorded header, under the recorded name if
 * there is one (the OOXML has no Office sheet id, so a report renamed in Excel is found by its header alone).
 */
function storedReportGrid(grids: readonly Grid[], store: WorkbookStore | null): Grid | undefined {
  const rec = store?.marks.report;
  if (!rec) return undefined;
  const ours = grids.filter((g) => g.origin === "A1" && !isStoreSheet(g) && isStoredReport(g.values, rec));
  return ours.find((g) => g.sheetName.toLowerCase() === rec.name.toLowerCase()) ?? ours[0];
}

/**
 * The accepted deviations in force, as the add-in's next check would have them: the store's, plus reasons typed in
 * the reason column of its report sheet (found through the store: recorded name and header hash) since.
 */
function storedAcceptances(
  store: WorkbookStore | null,
  report: Grid | undefined,
  at = new Date().toISOString(),
): Acceptance[] {
  if (!store) return [];
  return collectTyped(store.acceptances, typedReasons(report?.values ?? [], store.marks.report), "", at);
}

/** The templates saved in the workbook's store sheet, as the add-in reads them. */
function savedIn(store: WorkbookStore | null): Edition[] {
  return store ? savedEditions(store).map((s) => s.edition) : [];
}

/** The very hidden sheet where the add-in and annotated copies keep their records: never a roadmap. */
function isStoreSheet(g: Grid): boolean {
  return g.sheetName.toLowerCase() === STORE_SHEET;
}

function describeReadError(e: unknown): Bilingual {
  const detail = oneLine(e instanceof Error ? e.message : String(e)).slice(0, 200);
  return damagedZip(detail);
}

async function writeAtomically(bytes: Uint8Array, dest: string): Promise<void> {
  const tmp = `${dest}.${process.pid}.${Date.now()}.tmp`;
  try {
    await writeFile(tmp, bytes);
    await rename(tmp, dest);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw e;
  }
}

type Read = { grids: Grid[]; sheetNames: string[] };

/** The sheets to read: all, or with --sheet that one, the store and the report sheet (saved templates, reasons). */
function keepFor(job: FileJob): (name: string) => boolean {
  return (name) =>
    job.sheet === null ||
    name === job.sheet ||
    name.toLowerCase() === STORE_SHEET.toLowerCase() ||
    isReportName(name);
}

async function readWhole(job: FileJob): Promise<Read> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(job.absolute);
  const grids = workbookGrids(wb, MAX_FILLED_CELLS).filter((g) => keepFor(job)(g.sheetName));
  return { grids, sheetNames: wb.worksheets.map((w) => w.name) };
}

/**
 * The workbook through exceljs (whole or streamed), or, when exceljs cannot load it or reads no value from it (a
 * package as another program wrote it: prefixed or UTF-16 parts the stream reader passes over as empty), through the
 * raw reader. exceljs's reading stands when the raw reader finds no sheet, and its error when it read nothing.
 */
async function readWithFallback(job: FileJob, read: () => Promise<Read>): Promise<Read> {
  let failure: unknown = null;
  let empty: Read | null = null;
  try {
    const r = await read();
    if (r.sheetNames.length > 0 && r.grids.some(gridHasData)) return r;
    if (r.sheetNames.length > 0) empty = r;
  } catch (e) {
    if (e instanceof TooManyCells || fsReason(e)) throw e;
    failure = e;
  }
  let raw: Read;
  try {
    raw = rawGrids(await readFile(job.absolute), keepFor(job), MAX_FILLED_CELLS);
  } catch (e) {
    // A workbook exceljs read as empty stays empty when the raw reader cannot open it: that is no damage.
    if (empty !== null && !(e instanceof TooManyCells) && !fsReason(e)) return empty;
    throw e;
  }
  if (raw.sheetNames.length > 0) return raw;
  if (empty !== null) return empty;
  if (failure !== null) throw failure;
  return raw;
}

/** A step of checkFile that either hands on what it found or ends the file with a report. */
type Step<T> = { done: FileReport } | { done: null; value: T };

type Opened = { size: number; pre: Extract<Preflight, { ok: true }> };

/** stat → sniff → preflight: what the file is, before any workbook reader touches it. */
async function openChecked(job: FileJob): Promise<Step<Opened>> {
  const no = (reason: Bilingual, extra: Partial<FileReport> = {}): Step<Opened> => ({
    done: failed(job, "unreadable", reason, extra),
  });
  if (job.reason) return no(job.reason);
  let size: number;
  try {
    const st = await stat(job.absolute);
    if (!st.isFile()) return no(M.notAFile);
    size = st.size;
  } catch (e) {
    return no(fsReason(e) ?? M.notFound);
  }
  const sized = { sizeBytes: size };
  const ext = extname(job.absolute).toLowerCase();
  let sniffed;
  try {
    sniffed = await sniffFile(job.absolute, size);
  } catch (e) {
    return no(fsReason(e) ?? internalError(String(e)), sized);
  }
  const workbookExt = ext === ".xlsx" || ext === ".xlsm";
  if (sniffed.kind === "bad") {
    // A text file named like a workbook is a damaged workbook; named otherwise it is simply not one.
    return no(sniffed.reason === M.textFile && !workbookExt ? M.textNotWorkbook : sniffed.reason, sized);
  }
  let pre;
  try {
    pre = await preflight(job.absolute);
  } catch (e) {
    return no(fsReason(e) ?? describeReadError(e), sized);
  }
  if (!pre.ok) {
    const reason =
      pre.why === "too-big"
        ? M.zipTooBig
        : pre.why === "shared-strings"
          ? M.sharedStringsTooBig
          : describeReadError(pre.detail);
    return no(reason, sized);
  }
  if (pre.kind === "word") return no(M.wordDocument, sized);
  if (pre.kind === "powerpoint") return no(M.powerpoint, sized);
  if (pre.kind === "other") return no(M.notWorkbookZip, sized);
  if (!workbookExt) return no(wrongExtension(ext), sized);
  return { done: null, value: { size, pre } };
}

type Base = Pick<FileReport, "sizeBytes" | "readMode" | "sheets">;

/** The workbook's grids, read whole or streamed, with the report fields every later outcome carries. */
async function readChecked(
  job: FileJob,
  { size, pre }: Opened,
): Promise<Step<{ grids: Grid[]; base: Base }>> {
  // exceljs's whole-workbook load expands a declared range cell by cell and holds every cell as an object: big sheets
  // and whole-sheet validations or merges are streamed instead (the stream reader skips validations, merges stay text).
  const stream =
    size > job.streamThreshold || pre.sheetXmlBytes > STREAM_SHEET_XML_BYTES || pre.hugeDeclaredRange;
  let grids: Grid[];
  let sheetNames: string[];
  try {
    ({ grids, sheetNames } = await readWithFallback(job, () =>
      stream ? streamGrids(job.absolute, job.sheet ?? undefined, MAX_FILLED_CELLS) : readWhole(job),
    ));
  } catch (e) {
    const reason = e instanceof TooManyCells ? tooManyCells(e.limit) : (fsReason(e) ?? describeReadError(e));
    return { done: failed(job, "unreadable", reason, { sizeBytes: size }) };
  }
  const base: Base = {
    sizeBytes: size,
    readMode: stream ? ("stream" as const) : ("full" as const),
    sheets: sheetNames,
  };
  if (sheetNames.length === 0) return { done: failed(job, "unreadable", M.noSheets, base) };
  if (job.sheet !== null && !sheetNames.includes(job.sheet)) {
    return { done: failed(job, "unreadable", noSuchSheet(job.sheet, sheetNames), base) };
  }
  return { done: null, value: { grids, base } };
}

/** Runs the checker on every candidate grid; a sheet with no roadmap keeps the checker's reason why. */
function checkGrids(
  candidates: readonly Grid[],
  saved: readonly Edition[],
  check: SheetChecker,
): { roadmaps: CliRoadmapReport[]; reasons: { sheet: string; reason: Bilingual }[] } {
  const roadmaps: CliRoadmapReport[] = [];
  const reasons: { sheet: string; reason: Bilingual }[] = [];
  for (const g of candidates) {
    const r = check(g, saved);
    roadmaps.push(...r.reports);
    // A sparse sheet comes as several grids: one reason per sheet is enough.
    if (r.reports.length === 0 && r.reason && !reasons.some((x) => x.sheet === g.sheetName))
      reasons.push({ sheet: g.sheetName, reason: r.reason });
  }
  return { roadmaps, reasons };
}

/** Writes the annotated copy; a failure is reported in the annotation, never thrown. */
async function annotateTo(
  job: FileJob,
  dest: string,
  roadmaps: CliRoadmapReport[],
  acceptances: Acceptance[],
  earlier: string | undefined,
): Promise<Annotation> {
  try {
    const plan = buildMarkPlan(roadmaps, job.lang);
    // The package is patched part by part: nothing the plan does not touch is re-encoded or lost.
    const { bytes, reportSheet, notesKept } = annotateWorkbook(await readFile(job.absolute), plan, {
      acceptances,
      reportSheet: earlier,
    });
    await mkdir(dirname(dest), { recursive: true });
    await writeAtomically(bytes, dest);
    return { path: dest, reportSheet, notesKept, error: null };
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    const error =
      e instanceof Refusal
        ? e.reason
        : (writeReason(e) ?? {
            ru: `копия с отметками не записана: ${oneLine(detail)}`,
            en: `annotated copy not written: ${oneLine(detail)}`,
          });
    return { path: null, reportSheet: null, notesKept: 0, error };
  }
}

export async function checkFile(job: FileJob, check: SheetChecker): Promise<FileReport> {
  const opened = await openChecked(job);
  if (opened.done) return opened.done;
  const read = await readChecked(job, opened.value);
  if (read.done) return read.done;
  const { grids, base } = read.value;

  const store = storeIn(grids);
  const saved = savedIn(store);
  const report = storedReportGrid(grids, store);
  // The store and report sheets are read for their records even with --sheet; only the sheet asked for is checked.
  const candidates = grids.filter(
    (g) =>
      (job.sheet === null || g.sheetName === job.sheet) &&
      gridHasData(g) &&
      !isReportSheet(g) &&
      g !== report &&
      !isStoreSheet(g),
  );
  if (candidates.length === 0) return failed(job, "unreadable", M.emptyWorkbook, base);

  let checked;
  try {
    checked = checkGrids(candidates, saved, check);
  } catch (e) {
    return failed(job, "unreadable", internalError(e instanceof Error ? e.message : String(e)), base);
  }
  const { reasons } = checked;
  if (checked.roadmaps.length === 0) {
    const why =
      reasons.length > 0
        ? reasons
        : [...new Set(candidates.map((g) => g.sheetName))].map((sheet) => ({
            sheet,
            reason: M.emptyWorkbook,
          }));
    return failed(job, "no-roadmap", noRoadmap(why), base);
  }

  // The deviations a planner accepted in the add-in count as they do there (the store is authoritative).
  const acceptances = storedAcceptances(store, report);
  const roadmaps = applyAcceptances(checked.roadmaps, acceptances);
  const counts = sumCounts(roadmaps.map((r) => r.counts));
  const status: FileStatus = roadmaps.some((r) => r.verdict === "has-errors") ? "has-errors" : "ready";
  const annotation =
    job.annotateTo !== null
      ? await annotateTo(job, job.annotateTo, roadmaps, acceptances, report?.sheetName)
      : null;
  return {
    path: job.display,
    status,
    reason: null,
    ...base,
    roadmaps,
    counts,
    exitCode: fileExitCode(status, annotation),
    annotation,
  };
}
