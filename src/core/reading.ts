// What the reader made of a roadmap, row by row: the JSON report's `reading` (a coordinator can pivot it, and every
// reading decision becomes testable). Built from the roadmap read and its report; the deadline parsed as the checks do.
import { z } from "zod";
import { parseDeadline } from "./deadlines";
import type { RoadmapReport } from "./report";
import { BilingualSchema } from "./report";
import { COLUMN_ROLES, type Roadmap, type RowField } from "./reader/types";
import type { Deadline, IsoDate } from "./deadlines/types";
import { countFromSteps, deadlineContext, dueOfSeveral, rowDeadline } from "./row-deadline";
import { getEdition, planYearFrom } from "./templates/library";
import type { Edition } from "./templates/schema";

export const ColumnRoleSchema = z.object({
  column: z.string(),
  role: z.enum(COLUMN_ROLES),
  header: z.string(),
  reason: BilingualSchema,
});

export const RowReadingSchema = z.object({
  /** The row's cell the marks go to (the measure cell), A1 without the sheet name. */
  address: z.string(),
  /** 1-based sheet rows (more than one when the row was continued across a page break). */
  sheetRows: z.array(z.number().int()),
  number: z.string().nullable(),
  kind: z.enum([
    "measure",
    "group-heading",
    "column-numbers",
    "repeated-header",
    "excluded",
    "year-heading",
    "total",
  ]),
  measure: z.string(),
  responsible: z.string().nullable(),
  result: z.string().nullable(),
  organisation: z.string().nullable(),
  status: z.string().nullable(),
  deadline: z
    .object({
      text: z.string(),
      address: z.string(),
      kind: z.string(),
      start: z.string().nullable(),
      due: z.string().nullable(),
    })
    .nullable(),
  /** Template items the row was matched to (more than one when the cell lists several measures). */
  itemIds: z.array(z.string()),
  /** Why a row that is not a measure was left out of the checks; null for a measure. */
  reason: BilingualSchema.nullable(),
});
export type RowReading = z.infer<typeof RowReadingSchema>;

export const ReadingSchema = z.object({
  organisation: z.string().nullable(),
  columns: z.array(ColumnRoleSchema),
  rows: z.array(RowReadingSchema),
});
export type Reading = z.infer<typeof ReadingSchema>;

const text = (f: RowField | undefined): string | null => (f && f.text.trim() !== "" ? f.text : null);

function deadlineOf(
  f: RowField | undefined,
  start: RowField | undefined,
  read: { deadline: Deadline; due: IsoDate | null } | null,
  roadmap: Roadmap,
  year: number | null,
  yearFrom: number | null,
) {
  if (!f || !read) return null;
  const ctx = deadlineContext(roadmap, year, yearFrom);
  // A start column gives the start; otherwise the period's own first day.
  const s = start && start.text.trim() !== "" ? parseDeadline(start.value ?? start.text, ctx) : null;
  return {
    text: f.text,
    address: f.addresses[0]!,
    kind: read.deadline.kind,
    start: s ? (s.start ?? s.due) : read.deadline.start,
    due: read.due,
  };
}

/** Every row under the roadmap's header, measures and the rows left out, in sheet order; `extra`: the planner's editions. */
export function readingOf(roadmap: Roadmap, report: RoadmapReport, extra: readonly Edition[] = []): Reading {
  const items = new Map<number, string[]>();
  for (const m of report.matches) items.set(m.rowIndex, [...(items.get(m.rowIndex) ?? []), m.itemId]);
  const edition = report.editionId !== null ? getEdition(report.editionId, extra) : null;
  // A school-year plan reads a year-less «до 20 декабря» in its first calendar year, as the checks do.
  const yearFrom = planYearFrom(edition);
  const itemsById = new Map((edition?.items ?? []).map((it) => [it.id, it]));
  const reads = roadmap.rows.map((row) => {
    const read = rowDeadline(row.fields.deadline, roadmap, report.targetYear, yearFrom);
    const covered = (items.get(row.index) ?? []).flatMap((id) => itemsById.get(id) ?? []);
    return read && { ...read, due: dueOfSeveral(read.deadline, read.due, covered) };
  });
  // Terms counted from another step («за месяц до открытия (п. 13)») dated as the checks date them.
  const counted = countFromSteps(
    roadmap.rows.map((row, pos) => ({
      number: row.number,
      title: row.fields.title?.text ?? "",
      deadline: reads[pos]?.deadline ?? null,
      due: reads[pos]?.due ?? null,
    })),
    (pos) => (items.get(roadmap.rows[pos]!.index) ?? []).includes("start"),
  );
  const rows: RowReading[] = roadmap.rows.map((row, pos) => ({
    address: row.address,
    sheetRows: row.sheetRows,
    number: row.number,
    kind: "measure",
    measure: row.fields.title?.text ?? "",
    // A line naming the whole plan's responsible («Ответственный: …») is each row's, as a merged cell would be.
    responsible: text(row.fields.responsible) ?? roadmap.planResponsible?.text ?? null,
    result: text(row.fields.result),
    organisation: text(row.fields.organisation) ?? roadmap.organisation ?? null,
    status: text(row.fields.status) ?? text(row.fields.actual),
    deadline: deadlineOf(
      row.fields.deadline,
      row.fields.start,
      counted[pos] ?? reads[pos] ?? null,
      roadmap,
      report.targetYear,
      yearFrom,
    ),
    itemIds: items.get(row.index) ?? [],
    reason: null,
  }));
  for (const s of roadmap.skipped ?? [])
    rows.push({
      address: s.address,
      sheetRows: [s.sheetRow],
      number: s.number,
      kind: s.kind,
      measure: s.text,
      responsible: null,
      result: null,
      organisation: roadmap.organisation ?? null,
      status: null,
      deadline: null,
      itemIds: [],
      reason: s.reason,
    });
  rows.sort((a, b) => a.sheetRows[0]! - b.sheetRows[0]!);
  return { organisation: roadmap.organisation ?? null, columns: roadmap.columnRoles ?? [], rows };
}
