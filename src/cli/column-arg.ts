import type { Bilingual } from "../core/lang";
import type { FieldKey } from "../core/reader/types";

/**
 * `--column ROLE=LETTER` (repeatable): the planner's correction of a column role, for every roadmap checked, passed
 * to core as RoadmapOverride.columns. ROLE is a role as `--json` names it; LETTER a column, or «-» for «no column».
 */

/** The role names a planner can give, as the JSON report's `reading.columns[].role` spells them, and their field. */
export const COLUMN_ARG_ROLES: Readonly<Record<string, FieldKey>> = {
  number: "number",
  measure: "title",
  responsible: "responsible",
  result: "result",
  deadline: "deadline",
  "deadline-end": "deadline",
  "deadline-start": "start",
  start: "start",
  actual: "actual",
  status: "status",
  organisation: "organisation",
  audience: "audience",
  note: "note",
  cost: "cost",
  programme: "programme",
};

export type ColumnsOverride = Partial<Record<FieldKey, string | null>>;

/** The override from the raw values; a Bilingual problem for the first bad one. */
export function parseColumnArgs(
  raw: readonly string[],
): { columns: ColumnsOverride } | { problem: Bilingual } {
  const columns: ColumnsOverride = {};
  const names = Object.keys(COLUMN_ARG_ROLES).join(", ");
  for (const value of raw) {
    const m = /^\s*([a-z-]+)\s*=\s*([A-Za-z]{1,3}|-)\s*$/.exec(value);
    const field = m ? COLUMN_ARG_ROLES[m[1]!] : undefined;
    if (!m || !field) {
      return {
        problem: {
          ru: `--column: ожидается РОЛЬ=СТОЛБЕЦ, например deadline=E или note=- (роли: ${names}), получено «${value}»`,
          en: `--column: expected ROLE=COLUMN, e.g. deadline=E or note=- (roles: ${names}), got “${value}”`,
        },
      };
    }
    if (field in columns) {
      return {
        problem: {
          ru: `--column: роль ${m[1]} задана дважды`,
          en: `--column: the role ${m[1]} is given twice`,
        },
      };
    }
    // A table needs its measures: the measure column can be moved, not dropped.
    if (field === "title" && m[2] === "-") {
      return {
        problem: {
          ru: "--column: у мероприятий должен быть столбец (measure=- не допускается)",
          en: "--column: the measures need a column (measure=- is not allowed)",
        },
      };
    }
    columns[field] = m[2] === "-" ? null : m[2]!.toUpperCase();
  }
  return { columns };
}

/**
 * What of `--column` a roadmap did not take, for its report's notes: core leaves a matrix as it is and ignores a
 * column outside the sheet, and a planner who asked for a role must not be left believing it was applied.
 */
export function unappliedColumns(
  columns: ColumnsOverride | null | undefined,
  roadmap: { layout: string; columnRoles?: readonly { column: string }[] },
): Bilingual[] {
  if (!columns) return [];
  if (roadmap.layout === "matrix")
    return [
      {
        ru: "--column не применён: в матрице «дата × программа» роли столбцов не меняются.",
        en: "--column not applied: a date × programme matrix keeps its column roles.",
      },
    ];
  const read = new Set((roadmap.columnRoles ?? []).map((c) => c.column));
  const out: Bilingual[] = [];
  for (const [field, letter] of Object.entries(columns)) {
    const role = field === "title" ? "measure" : field;
    if (letter !== null && letter !== undefined && !read.has(letter))
      out.push({
        ru: `--column: столбец ${letter} (${role}) не найден в таблице — роль не применена.`,
        en: `--column: column ${letter} (${role}) is not in the table — the role was not applied.`,
      });
  }
  return out;
}
