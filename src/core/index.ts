// The public API of the core: the task pane, the Excel adapter and the CLI call only this.
import type { Lang } from "./lang";
import { getEdition } from "./templates/library";
import { editionSheetPlan, type InstantiateOptions } from "./templates/instantiate";
import type { Edition } from "./templates/schema";
import type { TemplateSheetPlan } from "./templates/sheet";

export * from "./grid";
export * from "./lang";
export * from "./programmes";
export * from "./report";
export * from "./marks";
export type * from "./deadlines/types";
export type * from "./reader/types";
export { readRoadmaps } from "./reader";
export { compareIso, formatDeadline, isoDate, parseDeadline, resolveRelative } from "./deadlines";
export { rowDeadline } from "./row-deadline";
export * from "./templates";
export { checkRoadmap, SEVERITY, type CheckOptions } from "./checks";
export { noTemplateReason } from "./checks/rules/no-template";
export {
  checkSheet,
  editionYear,
  type RoadmapOverride,
  type SheetCheckOptions,
  type SheetCheckResult,
} from "./checks/sheet";
export { matchRoadmap, type Coverage, type MatchResult } from "./match";

/**
 * The template sheet for an edition and year, e.g. «Комплекс мер (дорожная карта) … на 2027 год»: the add-in's
 * «Вставить шаблон» and `roadmap-check template` both write this plan. Throws on an unknown edition id.
 */
export function templateSheetFor(
  editionId: string,
  year: number,
  lang: Lang,
  opts: InstantiateOptions & { extraEditions?: readonly Edition[] } = {},
): TemplateSheetPlan {
  const edition = getEdition(editionId, opts.extraEditions ?? []);
  if (!edition) throw new Error(`Unknown template edition: ${editionId}`);
  return editionSheetPlan(edition, year, lang, { responsible: opts.responsible });
}
export * from "./acceptance";
