import { COLUMN_ROLES, type ColumnRole, type ColumnRoleName, type FieldKey } from "../core/reader/types";

/**
 * The planner's corrections of column roles («Столбцы» on a roadmap card), as plain data: each decision is kept per
 * column, and core's override (RoadmapOverride.columns, a column letter per field) is derived from them.
 */

/** The fields a planner can give a column, in the picker's order (core's FieldKey: the override is keyed by them). */
// Derived from core's role list, so a role added there is offered here without a second list.
export const COLUMN_FIELDS: readonly FieldKey[] = [...new Set(COLUMN_ROLES.map(fieldOfRole))];

/** The field a role shown by the reader feeds (the end of a start/end pair is the deadline). */
export function fieldOfRole(role: ColumnRoleName): FieldKey {
  switch (role) {
    case "measure":
      return "title";
    case "deadline-start":
      return "start";
    case "deadline-end":
      return "deadline";
    default:
      return role;
  }
}

/** One decision of the planner for a column: the field it now feeds (null: not used), and what it fed before. */
export interface ColumnChoice {
  field: FieldKey | null;
  /** The field the column had before the planner's first decision on it (null: none), for «not used». */
  was: FieldKey | null;
  /** The column's header text when the planner chose (shown while the column has no role). */
  header?: string;
}

export type ColumnChoices = Record<string, ColumnChoice>;

/** A planner's action on one column: give it a field (null: not used), or reset it to the reader's decision. */
export interface ColumnChange {
  column: string;
  field: FieldKey | null | "reset";
  /** The field the column feeds as the card shows it now (null: none). */
  current: FieldKey | null;
  /** The column's header text as the card shows it. */
  header?: string;
}

/** The decisions after one change. A field feeds one column: an earlier decision giving it elsewhere gives way. */
export function applyColumnChange(prev: ColumnChoices, change: ColumnChange): ColumnChoices {
  const next = { ...prev };
  const before = prev[change.column];
  const was = before ? before.was : change.current;
  const header = before?.header ?? change.header;
  delete next[change.column];
  // Choosing what the column had before the planner touched it is the same as resetting it.
  if (change.field === "reset" || change.field === was) return next;
  const field = change.field;
  if (field !== null) for (const [col, c] of Object.entries(next)) if (c.field === field) delete next[col];
  next[change.column] = header ? { field, was, header } : { field, was };
  return next;
}

/** Core's override from the decisions; undefined when there are none (the reader's roles stand). */
export function columnsOverride(
  choices: ColumnChoices,
): Partial<Record<FieldKey, string | null>> | undefined {
  const out: Partial<Record<FieldKey, string | null>> = {};
  const entries = Object.entries(choices);
  // A dropped field is null; a field given to another column is set there, which wins over dropping it here.
  for (const [, c] of entries) if (c.field === null && c.was !== null && c.was !== "title") out[c.was] = null;
  for (const [col, c] of entries) if (c.field !== null) out[c.field] = col;
  return Object.keys(out).length > 0 ? out : undefined;
}

const colNum = (l: string) => [...l.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

/** Column letters from `from` to `to` (A1 letters, both included), for the columns of a table's range. */
export function letterSpan(from: string, to: string): string[] {
  const num = colNum;
  const letter = (n: number): string =>
    n <= 0 ? "" : letter(Math.floor((n - 1) / 26)) + String.fromCharCode(65 + ((n - 1) % 26));
  const out: string[] = [];
  for (let n = num(from); n <= num(to); n++) out.push(letter(n));
  return out;
}

/** One line of the card's «Столбцы»: a column, the role it has now (null: none) and whether the planner set it. */
export interface ColumnLine {
  column: string;
  role: ColumnRole | null;
  /** The header text: the role's, or the one the planner's decision remembers ("" when none). */
  header: string;
  field: FieldKey | null;
  byPlanner: boolean;
}

/**
 * Every column of the table's range, left to right, with its role as last read; the columns the planner decided on
 * are marked (a column dropped by the planner shows «not used» even before the re-check answers).
 */
export function columnLines(
  tableRange: string,
  roles: readonly ColumnRole[],
  choices: ColumnChoices | undefined,
): ColumnLine[] {
  const m = /^\$?([A-Za-z]{1,3})\$?\d+(?::\$?([A-Za-z]{1,3})\$?\d+)?$/.exec(tableRange.trim());
  const letters = m ? letterSpan(m[1]!, m[2] ?? m[1]!) : [];
  // A column the planner dropped at the table's edge falls out of the range: still listed, to be reset.
  for (const col of [...roles.map((r) => r.column), ...Object.keys(choices ?? {})])
    if (!letters.includes(col)) letters.push(col);
  letters.sort((a, b) => colNum(a) - colNum(b));
  return letters.map((column) => {
    const role = roles.find((r) => r.column === column) ?? null;
    const choice = choices?.[column];
    const header = role?.header.trim() || choice?.header || "";
    if (choice?.field === null) return { column, role: null, header, field: null, byPlanner: true };
    const field = role ? fieldOfRole(role.role) : null;
    return { column, role, header, field, byPlanner: choice !== undefined };
  });
}
