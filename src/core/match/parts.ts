// The parts a plan is split into, for matching its directions as wholes: its «Направление N» sections.
import type { Roadmap } from "../reader/types";
import { normNumber } from "./steps";

export interface Part {
  /** The section's number as written, or null for an unnumbered heading (no direction-number bonus). */
  number: string | null;
  title: string;
  /** Positions in roadmap.rows of the part's rows. */
  rows: number[];
}

export function partsOf(roadmap: Roadmap): Part[] {
  return roadmap.sections.map((sec) => ({
    number: sec.number,
    title: sec.title,
    rows: roadmap.rows.flatMap((row, pos) =>
      row.section !== null && normNumber(row.section) === normNumber(sec.number) ? [pos] : [],
    ),
  }));
}
