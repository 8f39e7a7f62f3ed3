// The parts a plan is split into, for matching its directions as wholes: its «Направление N» sections, or, in a plan
// with none, the headings alone on their rows («Наставничество», «Направление 7. Профориентация») over the events.
import type { Roadmap } from "../reader/types";
import { normNumber } from "./steps";

export interface Part {
  /** The section's number as written, or null for an unnumbered heading (no direction-number bonus). */
  number: string | null;
  title: string;
  /** Positions in roadmap.rows of the part's rows. */
  rows: number[];
}

const DIRECTION_WORD = /^\s*направлени/iu;

export function partsOf(roadmap: Roadmap): Part[] {
  if (roadmap.sections.length > 0)
    return roadmap.sections.map((sec) => ({
      number: sec.number,
      title: sec.title,
      rows: roadmap.rows.flatMap((row, pos) =>
        row.section !== null && normNumber(row.section) === normNumber(sec.number) ? [pos] : [],
      ),
    }));
  const headings = (roadmap.skipped ?? []).filter((x) => x.kind === "group-heading");
  return headings.map((h, i) => {
    const end = headings[i + 1]?.sheetRow ?? Number.POSITIVE_INFINITY;
    return {
      // «1.» | «Направление 1. …» over «1)», «2)»: the direction's number; another numbered heading's is the table's own.
      number: h.number !== null && DIRECTION_WORD.test(h.text) ? h.number : null,
      title: h.text,
      rows: roadmap.rows.flatMap((row, pos) => {
        const at = row.sheetRows[0] ?? 0;
        return at > h.sheetRow && at < end ? [pos] : [];
      }),
    };
  });
}
