import type { Grid } from "../grid";
import { readRoadmaps } from "../reader";
import { failure, zodErrors, type TemplateError, type TemplateParseResult } from "./parse-errors";
import { plannerEdition, type TemplateGridMeta } from "./parse-edition";
import { missingColumns, readDrafts } from "./parse-rows";
import { EditionSchema } from "./schema";

/**
 * Planner-supplied templates: a JSON file of the edition schema, or a sheet in the usual five-column form. A sheet
 * goes: the reader's largest table (here) → its columns and rows (parse-rows, deadlines by parse-deadline) → an
 * edition (parse-edition, key terms by parse-terms) → the schema; every failure is a TemplateError (parse-errors).
 */

export type { TemplateError, TemplateGridMeta, TemplateParseResult };

/** A planner's JSON template: validated against the same schema as the built-in editions. */
export function parseTemplateJson(json: unknown): TemplateParseResult {
  const parsed = EditionSchema.safeParse(json);
  if (!parsed.success) return failure(zodErrors(parsed.error.issues));
  return { ok: true, edition: { ...parsed.data, origin: "planner" } };
}

/** A template sheet: each row one item (or a group, when its cell lists «1) …; 2) …»), deadlines relative to Y. */
export function parseTemplateGrid(grid: Grid, meta: TemplateGridMeta): TemplateParseResult {
  let read;
  try {
    read = readRoadmaps(grid);
  } catch (e) {
    return failure([
      {
        address: null,
        message: { ru: `Лист не прочитан: ${String(e)}`, en: `The sheet could not be read: ${String(e)}` },
      },
    ]);
  }
  if (read.reason !== null || read.roadmaps.length === 0) {
    return failure([
      {
        address: null,
        message: read.reason ?? {
          ru: "На листе не найдена таблица шаблона.",
          en: "No template table was found on the sheet.",
        },
      },
    ]);
  }
  const roadmap = [...read.roadmaps].sort((a, b) => b.rows.length - a.rows.length)[0]!;
  const columnErrors = missingColumns(roadmap);
  if (columnErrors.length > 0) return failure(columnErrors);

  const { drafts, errors } = readDrafts(roadmap);
  if (errors.length > 0) return failure(errors);
  if (drafts.length === 0) {
    return failure([
      {
        address: roadmap.headerAddress,
        message: { ru: "В шаблоне нет ни одной строки.", en: "The template has no rows." },
      },
    ]);
  }
  const parsed = EditionSchema.safeParse(plannerEdition(drafts, roadmap, meta, grid.sheetName));
  if (!parsed.success) return failure(zodErrors(parsed.error.issues));
  return { ok: true, edition: parsed.data };
}
