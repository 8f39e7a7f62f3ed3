import ExcelJS from "exceljs";
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { basename, join } from "node:path";
import { worksheetToGrid } from "../../src/cli/xlsx-grid";
import { checkSheet, type SheetCheckResult } from "../../src/core/checks/sheet";
import type { IsoDate } from "../../src/core/deadlines";
import { parseCell, type Grid } from "../../src/core/grid";
import type { Roadmap } from "../../src/core/reader/types";
import type { Finding, RoadmapReport } from "../../src/core/report";
import { readingOf } from "../../src/core/reading";
import { CorpusWorkbookSchema, type CorpusCell, type CorpusWorkbook, type TruthRoadmap } from "./schema";

/**
 * Scores the checker on a corpus set (tests/corpus/<set>/*.json) as schema.ts and the corpus README («Scoring») describe.
 * Independent of the set: the tuning set and a held-out set written by someone else are scored the same way.
 */

export const CORPUS_DIR = new URL(".", import.meta.url).pathname;

/** The held-out sets (never tuned against): one list for the corpus test and the bench, so a new set is added once. */
export const HELD_OUT_SETS = [
  "holdout",
  "holdout8",
  "holdout9",
  "holdout13",
  "holdout70",
  "holdout21",
  "holdout127",
  "holdout132",
  "holdout135",
  "holdout139",
  "holdout140",
  "holdout143",
  "holdout148",
  "holdout149",
  "holdout154",
  "holdout155",
  "holdout157",
  "holdout158",
  "holdout163",
  "holdout164",
  "holdout165",
  "holdout167",
  "holdout170",
  "holdout171",
  "holdout174",
  "holdout175",
  "holdout176",
  "holdout178",
  "holdout180",
  "holdout181",
  "holdout183",
  "holdout185",
  "holdout190",
  "holdout197",
  "holdout199",
  "holdout201",
  "holdout203",
  "holdout205",
  "holdout208",
  "holdout209",
  "holdout214",
  "holdout213",
  "holdout216",
  "holdout217",
  "holdout219",
];

export interface LoadedWorkbook {
  set: string;
  file: string;
  workbook: CorpusWorkbook;
}

/** Every workbook of a set, validated; a set that does not exist is empty. Throws on a malformed file. */
export function loadSet(set: string, dir: string = CORPUS_DIR): LoadedWorkbook[] {
  const folder = join(dir, set);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => {
      const file = join(folder, f);
      const workbook = parseWorkbook(JSON.parse(readFileSync(file, "utf8")), file);
      if (workbook.id !== basename(f, ".json"))
        throw new Error(`${file}: id «${workbook.id}» is not the file name`);
      return { set, file, workbook };
    });
}

export function parseWorkbook(json: unknown, where = "workbook"): CorpusWorkbook {
  const r = CorpusWorkbookSchema.safeParse(json);
  if (!r.success)
    throw new Error(
      `${where}: not a corpus workbook: ${r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
    );
  return r.data;
}

// --- building the .xlsx ------------------------------------------------------------------------------------------

function isoToDate(iso: string): Date {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

function excelValue(c: CorpusCell): ExcelJS.CellValue {
  if (c === null || typeof c !== "object") return c;
  if ("date" in c) return isoToDate(c.date);
  const r = c.result;
  const result = r === undefined ? undefined : typeof r === "object" ? isoToDate(r.date) : r;
  return {
    formula: c.formula.slice(1),
    ...(result === undefined ? {} : { result }),
  } as ExcelJS.CellFormulaValue;
}

function isDateCell(c: CorpusCell): boolean {
  if (c === null || typeof c !== "object") return false;
  return "date" in c || (typeof c.result === "object" && c.result !== null);
}

/** The workbook as exceljs writes it: real date cells, merges, formulas with cached results, column widths. */
export function buildWorkbook(w: CorpusWorkbook): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const s of w.sheets) {
    const ws = wb.addWorksheet(s.name);
    s.rows.forEach((row, r) =>
      row.forEach((c, col) => {
        if (c === null) return;
        const cell = ws.getCell(r + 1, col + 1);
        cell.value = excelValue(c);
        if (isDateCell(c)) cell.numFmt = "dd.mm.yyyy";
        if (typeof c === "string" && c.includes("\n")) cell.alignment = { wrapText: true, vertical: "top" };
      }),
    );
    for (const m of s.merges ?? []) ws.mergeCells(m);
    (s.widths ?? []).forEach((wd, i) => (ws.getColumn(i + 1).width = wd));
  }
  return wb;
}

/** The checked sheet as the CLI sees it: written to .xlsx bytes, loaded back, read with worksheetToGrid. */
export async function gridOf(w: CorpusWorkbook): Promise<Grid> {
  const bytes = await buildWorkbook(w).xlsx.writeBuffer();
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(bytes as ArrayBuffer);
  const ws = back.getWorksheet(w.truth.sheet);
  if (!ws) throw new Error(`${w.id}: sheet «${w.truth.sheet}» lost in the round trip`);
  return worksheetToGrid(ws);
}

// --- scoring -----------------------------------------------------------------------------------------------------

/** One difference between the checker and the truth, as a stable line (the ratchet file lists these). */
export type Gap = string;

export interface CodeTally {
  tp: number;
  fp: number;
  fn: number;
}

/** The counts a workbook's score has and a set's score adds up, in the order they are reported. */
const COUNTS = [
  /** Truth roadmaps, and of them those without an error-level truth finding (correct to send). */
  "roadmaps",
  "correctRoadmaps",
  "falseHasErrors",
  /** Roadmaps with an error-level truth finding that the checker did not judge «ЕСТЬ ОШИБКИ» (a block let through). */
  "lostHasErrors",
  "notFound",
  /** Roadmaps the checker found that pair with no truth roadmap. */
  "extraRoadmaps",
  "falseFindings",
  "misses",
  "truthFindings",
] as const;

export type Counts = Record<(typeof COUNTS)[number], number>;

export interface WorkbookScore extends Counts {
  set: string;
  id: string;
  byCode: Record<string, CodeTally>;
  due: { right: number; wrong: number; notRead: number };
  /** Every false finding, miss, due-date error, false verdict and unfound roadmap, one line each, sorted. */
  gaps: Gap[];
}

const ERROR_OR_WARNING = new Set(["error", "warning"]);

function findingKey(code: string, row: number | null, itemId: string | null): string {
  if (code === "missing-item") return `${code} item ${itemId ?? "?"}`;
  return row === null ? code : `${code} row ${row}`;
}

function producedKey(f: Finding): string {
  const row = f.code === "missing-item" || f.address === null ? null : parseCell(f.address).row;
  if (f.code === "no-template") return f.code;
  return findingKey(f.code, row, f.itemId);
}

/** Whether a found roadmap is the organisation's: a field the reader may expose, else the name in its title or preamble. */
/** The reader's own organisation of a roadmap (a plain string or an Evidence<string>), or null. */
function exposedOrganisation(r: Roadmap): unknown {
  const raw = (r as Roadmap & { organisation?: unknown }).organisation;
  const v =
    typeof raw === "object" && raw !== null && "value" in raw ? (raw as { value: unknown }).value : raw;
  return v ?? null;
}

/**
 * The same organisation named with or without its legal form and quotes («Луговская СОШ» and «МКОУ «Луговская СОШ»»):
 * the shorter name, as whole words, inside the longer («СОШ № 1» is not inside «СОШ № 12»).
 */
// A school's type in full or as its usual short form: «СОШ» is «средняя общеобразовательная школа» (a truth may
// write either where the title writes the other).
const SCHOOL_TYPES: [RegExp, string][] = [
  [/(?<![\p{L}])сош(?![\p{L}])/gu, "средняя общеобразовательная школа"],
  [/(?<![\p{L}])оош(?![\p{L}])/gu, "основная общеобразовательная школа"],
];
const fullTypes = (s: string) => SCHOOL_TYPES.reduce((t, [re, full]) => t.replace(re, full), s.toLowerCase());

function sameOrganisation(a: string, b: string): boolean {
  const bare = (s: string) =>
    fullTypes(s)
      .replace(/[«»"„“”']/g, " ")
      .replace(/\s+/g, " ")
      .trim();
  const [short, long] = [bare(a), bare(b)].sort((x, y) => x.length - y.length) as [string, string];
  if (short.length < 5) return false;
  const at = long.indexOf(short);
  if (at < 0) return false;
  const edge = (ch: string | undefined) => ch === undefined || !/[\p{L}\p{N}]/u.test(ch);
  return edge(long[at - 1]) && edge(long[at + short.length]);
}

function organisationOf(r: Roadmap, wanted: string): boolean {
  const exposed = exposedOrganisation(r);
  const norm = (s: string) => s.toLowerCase().replace(/\s+/g, " ").trim();
  if (typeof exposed === "string") return norm(exposed) === norm(wanted) || sameOrganisation(exposed, wanted);
  return [r.title, ...r.preamble].some((t) => norm(t).includes(norm(wanted)) || sameOrganisation(t, wanted));
}

function rowsOf(r: Roadmap): Set<number> {
  const s = new Set<number>();
  for (const row of r.rows) for (const n of row.sheetRows) s.add(n);
  return s;
}

/** Truth roadmaps paired with found ones: same programme (+ organisation where given), most shared rows first. */
function pair(truth: readonly TruthRoadmap[], result: SheetCheckResult): Map<number, number> {
  const out = new Map<number, number>();
  const used = new Set<number>();
  const count = new Map<string, number>();
  for (const t of truth) count.set(t.programme, (count.get(t.programme) ?? 0) + 1);
  const soleOfProgramme = new Set([...count].filter(([, n]) => n === 1).map(([p]) => p));
  const candidates = truth.map((t, ti) =>
    result.roadmaps
      .map((r, ri) => ({ ri, ti, r }))
      .filter(({ r }) => r.programme.value === t.programme)
      .filter(
        ({ r }) =>
          t.organisation === null ||
          organisationOf(r, t.organisation) ||
          // The only truth roadmap of its programme: its organisation names the author («Камышинский район»), which
          // a found roadmap without one of its own cannot contradict (the title may decline it: «Камышинского района»).
          (soleOfProgramme.has(t.programme) && exposedOrganisation(r) === null),
      )
      .map(({ ri, ti, r }) => {
        const rows = rowsOf(r);
        return { ri, ti, overlap: t.rows.filter((x) => rows.has(x.row)).length };
      }),
  );
  const all = candidates.flat().sort((a, b) => b.overlap - a.overlap || a.ti - b.ti || a.ri - b.ri);
  for (const c of all) {
    if (out.has(c.ti) || used.has(c.ri)) continue;
    out.set(c.ti, c.ri);
    used.add(c.ri);
  }
  return out;
}

function label(t: TruthRoadmap): string {
  return t.organisation ? `${t.programme} «${t.organisation}»` : t.programme;
}

export function scoreWorkbook(set: string, w: CorpusWorkbook, result: SheetCheckResult): WorkbookScore {
  const score: WorkbookScore = {
    set,
    id: w.id,
    ...(Object.fromEntries(COUNTS.map((k) => [k, 0])) as Counts),
    roadmaps: w.truth.roadmaps.length,
    byCode: {},
    due: { right: 0, wrong: 0, notRead: 0 },
    gaps: [],
  };
  const tally = (code: string) => (score.byCode[code] ??= { tp: 0, fp: 0, fn: 0 });
  const falseFinding = (where: string, f: Finding) => {
    score.falseFindings++;
    tally(f.code).fp++;
    score.gaps.push(`${where}: false ${f.severity} ${producedKey(f)}`);
  };
  const pairs = pair(w.truth.roadmaps, result);
  const pairedReports = new Set(pairs.values());

  w.truth.roadmaps.forEach((t, ti) => {
    const where = label(t);
    const hasError = t.findings.some((f) => f.code !== "no-template" && isErrorCode(f.code));
    if (!hasError) score.correctRoadmaps++;
    score.truthFindings += t.findings.length;
    const ri = pairs.get(ti);
    if (ri === undefined) {
      score.notFound++;
      score.gaps.push(`${where}: roadmap not found`);
      for (const f of t.findings) {
        score.misses++;
        tally(f.code).fn++;
        score.gaps.push(`${where}: missed ${findingKey(f.code, f.row ?? null, f.itemId ?? null)}`);
      }
      score.due.notRead += t.rows.length;
      return;
    }
    const roadmap = result.roadmaps[ri]!;
    const report = result.reports[ri]!;
    if (!hasError && report.verdict === "has-errors") {
      score.falseHasErrors++;
      score.gaps.push(`${where}: correct roadmap judged has-errors`);
    }
    if (hasError && report.verdict !== "has-errors") {
      score.lostHasErrors++;
      score.gaps.push(`${where}: roadmap with planted errors not judged has-errors`);
    }
    const wanted = new Map<string, number>();
    for (const f of t.findings) {
      const k = findingKey(f.code, f.row ?? null, f.itemId ?? null);
      wanted.set(k, (wanted.get(k) ?? 0) + 1);
    }
    for (const f of report.findings) {
      if (!ERROR_OR_WARNING.has(f.severity)) continue;
      const k = producedKey(f);
      const left = wanted.get(k) ?? 0;
      if (left > 0) {
        wanted.set(k, left - 1);
        tally(f.code).tp++;
      } else falseFinding(where, f);
    }
    for (const f of t.findings) {
      const k = findingKey(f.code, f.row ?? null, f.itemId ?? null);
      const left = wanted.get(k) ?? 0;
      if (left === 0) continue;
      wanted.set(k, left - 1);
      score.misses++;
      tally(f.code).fn++;
      score.gaps.push(`${where}: missed ${k}`);
    }
    dueDates(where, t, roadmap, report, score);
  });

  result.reports.forEach((report, ri) => {
    if (pairedReports.has(ri)) return;
    score.extraRoadmaps++;
    const where = `unpaired ${report.programme} roadmap ${report.roadmapId}`;
    score.gaps.push(`${where}: found, not in the truth`);
    for (const f of report.findings) if (ERROR_OR_WARNING.has(f.severity)) falseFinding(where, f);
  });
  score.gaps.sort();
  return score;
}

function isErrorCode(code: string): boolean {
  // late-vs-template is an error in the truth: a planted late deadline blocks sending.
  return code === "missing-item" || code === "late-vs-template" || code === "deadline-missing";
}

function dueDates(
  where: string,
  t: TruthRoadmap,
  roadmap: Roadmap,
  report: RoadmapReport,
  score: WorkbookScore,
): void {
  // The due days the JSON report gives (readingOf), which the checks share: terms counted from another step too.
  const bySheetRow = new Map<number, IsoDate | null>();
  for (const r of readingOf(roadmap, report).rows)
    if (r.kind === "measure" && r.sheetRows[0] !== undefined)
      bySheetRow.set(r.sheetRows[0], r.deadline?.due ?? null);
  for (const { row, due } of t.rows) {
    const got = bySheetRow.get(row);
    if (got === undefined) {
      score.due.notRead++;
      score.gaps.push(`${where}: row ${row} not read as a measure (due ${due ?? "none"})`);
      continue;
    }
    if (got === due) score.due.right++;
    else {
      score.due.wrong++;
      score.gaps.push(`${where}: row ${row} due ${got ?? "none"}, truth ${due ?? "none"}`);
    }
  }
}

/** Builds, reads and checks one workbook the way the CLI does, and scores it. */
export async function evaluateWorkbook(set: string, w: CorpusWorkbook): Promise<WorkbookScore> {
  const grid = await gridOf(w);
  const result = checkSheet(grid, { checkDate: w.checkDate });
  return scoreWorkbook(set, w, result);
}

export interface SetScore extends Counts {
  set: string;
  workbooks: number;
  byCode: Record<string, CodeTally & { precision: number | null; recall: number | null }>;
  due: { right: number; wrong: number; notRead: number; accuracy: number | null };
  scores: WorkbookScore[];
}

export function summarise(set: string, scores: readonly WorkbookScore[]): SetScore {
  const sums = Object.fromEntries(COUNTS.map((k) => [k, scores.reduce((a, s) => a + s[k], 0)])) as Counts;
  const codes: Record<string, CodeTally> = {};
  const due = { right: 0, wrong: 0, notRead: 0 };
  for (const s of scores) {
    for (const [c, t] of Object.entries(s.byCode)) {
      const acc = (codes[c] ??= { tp: 0, fp: 0, fn: 0 });
      acc.tp += t.tp;
      acc.fp += t.fp;
      acc.fn += t.fn;
    }
    due.right += s.due.right;
    due.wrong += s.due.wrong;
    due.notRead += s.due.notRead;
  }
  const ratio = (a: number, b: number) => (b === 0 ? null : a / b);
  const total = due.right + due.wrong + due.notRead;
  return {
    set,
    workbooks: scores.length,
    ...sums,
    byCode: Object.fromEntries(
      Object.entries(codes)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([c, t]) => [
          c,
          { ...t, precision: ratio(t.tp, t.tp + t.fp), recall: ratio(t.tp, t.tp + t.fn) },
        ]),
    ),
    due: { ...due, accuracy: ratio(due.right, total) },
    scores: [...scores],
  };
}

/** Loads, checks and scores a whole set. */
export async function evaluateSet(set: string, dir: string = CORPUS_DIR): Promise<SetScore> {
  const scores: WorkbookScore[] = [];
  for (const { workbook } of loadSet(set, dir)) scores.push(await evaluateWorkbook(set, workbook));
  return summarise(set, scores);
}
