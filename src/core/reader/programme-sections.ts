// One table under one shared header can hold one roadmap per programme: its sections each name another programme
// («Раздел I. … школьного Кванториума», «Раздел II. … цифровой образовательной среды»).
import type { ProgrammeId } from "../programmes";
import { programmeMentions } from "./guess";
import type { Evidence, RoadmapRow, Section } from "./types";

export interface ProgrammePart {
  programme: Evidence<ProgrammeId>;
  rows: RoadmapRow[];
}

/** The section numbers whose title names exactly one programme, with that programme. */
function namedSections(sections: readonly Section[]): Map<string, Evidence<ProgrammeId>> {
  const named = new Map<string, Evidence<ProgrammeId>>();
  for (const s of sections) {
    const found = programmeMentions({ text: s.title, address: s.address });
    const ids = new Set(found.map((m) => m.id));
    if (ids.size === 1)
      named.set(s.number, { value: found[0]!.id, evidence: [`${s.address}: «${found[0]!.words}»`] });
  }
  return named;
}

/**
 * The rows split where a section names another programme, rows of an unnamed section going with the part above; null
 * unless the sections name at least two programmes.
 */
export function byProgrammeSection(rows: RoadmapRow[], sections: readonly Section[]): ProgrammePart[] | null {
  const named = namedSections(sections);
  if (new Set([...named.values()].map((e) => e.value)).size < 2) return null;
  const parts: ProgrammePart[] = [];
  const lead: RoadmapRow[] = [];
  for (const row of rows) {
    const p = row.section === null ? undefined : named.get(row.section);
    const cur = parts.at(-1);
    if (p && cur?.programme.value !== p.value) parts.push({ programme: p, rows: [] });
    (parts.at(-1)?.rows ?? lead).push(row);
  }
  if (parts.length < 2) return null;
  parts[0]!.rows.unshift(...lead);
  for (const part of parts) part.rows.forEach((r, i) => (r.index = i));
  return parts;
}
