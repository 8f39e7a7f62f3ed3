import { parseDeadline, resolveRelative } from "./deadlines";
import type { Deadline, IsoDate } from "./deadlines/types";
import { isBlank } from "./grid";
import type { Roadmap, RowField } from "./reader/types";

/**
 * A row's «Срок» cell read in its plan's context: the JSON report's reading and the pane's timeline both read it here,
 * so they cannot drift apart (the timeline once lacked the school-year start, 0c26bf8). The checks read the same way
 * in checks/context.ts, with their per-text memo and the lone-dash rule.
 */
export function rowDeadline(
  f: RowField | undefined,
  roadmap: Roadmap,
  year: number | null,
  yearFrom: number | null,
): { deadline: Deadline; due: IsoDate | null } | null {
  if (!f || (f.text.trim() === "" && isBlank(f.value))) return null;
  // A Date or serial number is read as such; text continued across a page break is read whole.
  const input = typeof f.value === "string" || f.value === null ? f.text : f.value;
  const deadline = parseDeadline(input, { targetYear: year, documentYear: roadmap.documentYear, yearFrom });
  const rel = deadline.relative;
  return { deadline, due: deadline.due ?? (rel && year !== null ? resolveRelative(rel, year) : null) };
}
