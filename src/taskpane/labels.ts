import type { Lang } from "../core/lang";
import { PROGRAMME_IDS, PROGRAMME_NAMES, type ProgrammeId } from "../core/programmes";

/** How a roadmap is named in the pane: by its programme (a matrix holds several under one document title). */
export function roadmapName(programme: string, title: string, lang: Lang): string {
  return (PROGRAMME_IDS as readonly string[]).includes(programme)
    ? PROGRAMME_NAMES[programme as ProgrammeId][lang]
    : title;
}
