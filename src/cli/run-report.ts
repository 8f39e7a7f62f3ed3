import { z } from "zod";
import { ReadingSchema } from "../core/reading";
import { BilingualSchema, CountsSchema, RoadmapReportSchema, type Counts } from "../core/report";

/** The one JSON document `roadmap-check --json` prints: files → roadmaps (the core's RoadmapReport) → findings. */

export const FileStatusSchema = z.enum(["ready", "has-errors", "unreadable", "no-roadmap"]);
export type FileStatus = z.infer<typeof FileStatusSchema>;

export const AnnotationSchema = z.object({
  /** Where the marked copy was written; null when writing failed. */
  path: z.string().nullable(),
  /** Name of the report sheet in the copy («Проверка», or «Проверка (2)» when the workbook had its own). */
  reportSheet: z.string().nullable(),
  /** Marked cells that already had the planner's own note: left untouched (their messages are on the report sheet). */
  notesKept: z.number().int(),
  error: BilingualSchema.nullable(),
});
export type Annotation = z.infer<typeof AnnotationSchema>;

/** A roadmap's report, with what the reader made of it: each column's role and why, every row under the header. */
export const CliRoadmapReportSchema = RoadmapReportSchema.extend({ reading: ReadingSchema });
export type CliRoadmapReport = z.infer<typeof CliRoadmapReportSchema>;

export const FileReportSchema = z.object({
  /** The path as given on the command line (or found in a given folder). */
  path: z.string(),
  status: FileStatusSchema,
  /** One-line reason when the file could not be read or holds no roadmap; null otherwise. */
  reason: BilingualSchema.nullable(),
  sizeBytes: z.number().int().nullable(),
  /** How the workbook was read: whole, or streamed row by row (large files); null when it was not read. */
  readMode: z.enum(["full", "stream"]).nullable(),
  /** Every sheet of the workbook, in order. */
  sheets: z.array(z.string()),
  roadmaps: z.array(CliRoadmapReportSchema),
  /** Sum of the roadmaps' counts. */
  counts: CountsSchema,
  /** 0 ready, 1 has errors, 2 unreadable / no roadmap / annotated copy not written. */
  exitCode: z.union([z.literal(0), z.literal(1), z.literal(2)]),
  annotation: AnnotationSchema.nullable(),
});
export type FileReport = z.infer<typeof FileReportSchema>;

export const RunTotalsSchema = z.object({
  files: z.number().int(),
  roadmaps: z.number().int(),
  ready: z.number().int(),
  hasErrors: z.number().int(),
  unreadable: z.number().int(),
  noRoadmap: z.number().int(),
  counts: CountsSchema,
});
export type RunTotals = z.infer<typeof RunTotalsSchema>;

export const RunReportSchema = z.object({
  tool: z.literal("roadmap-check"),
  schemaVersion: z.literal(1),
  /** Day the deadlines were checked against (--today, else the local date). */
  checkDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  lang: z.enum(["ru", "en"]),
  options: z.object({
    sheet: z.string().nullable(),
    programme: z.string().nullable(),
    edition: z.string().nullable(),
    year: z.number().int().nullable(),
    /** --funding, when given (absent in runs of older versions). */
    funding: z.string().nullable().optional(),
    /** --column, when given: a column letter per field (null: the field has no column); absent in older runs. */
    columns: z.record(z.string(), z.string().nullable()).nullable().optional(),
    template: z.string().nullable(),
    annotate: z.string().nullable(),
  }),
  files: z.array(FileReportSchema),
  totals: RunTotalsSchema,
  /** The process exit code: 2 if any file is unreadable or holds no roadmap, else 1 if any has errors, else 0. */
  exitCode: z.union([z.literal(0), z.literal(1), z.literal(2)]),
});
export type RunReport = z.infer<typeof RunReportSchema>;

export function sumCounts(list: readonly Counts[]): Counts {
  const out: Counts = { error: 0, warning: 0, info: 0 };
  for (const c of list) {
    out.error += c.error;
    out.warning += c.warning;
    out.info += c.info;
  }
  return out;
}

export function fileExitCode(status: FileStatus, annotation: Annotation | null): 0 | 1 | 2 {
  if (status === "unreadable" || status === "no-roadmap" || annotation?.error) return 2;
  return status === "has-errors" ? 1 : 0;
}

export function runExitCode(files: readonly Pick<FileReport, "exitCode">[]): 0 | 1 | 2 {
  let code: 0 | 1 | 2 = 0;
  for (const f of files) if (f.exitCode > code) code = f.exitCode;
  return code;
}

export function totalsOf(files: readonly FileReport[]): RunTotals {
  return {
    files: files.length,
    roadmaps: files.reduce((n, f) => n + f.roadmaps.length, 0),
    ready: files.filter((f) => f.status === "ready").length,
    hasErrors: files.filter((f) => f.status === "has-errors").length,
    unreadable: files.filter((f) => f.status === "unreadable").length,
    noRoadmap: files.filter((f) => f.status === "no-roadmap").length,
    counts: sumCounts(files.map((f) => f.counts)),
  };
}
