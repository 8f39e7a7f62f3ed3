// One table can repeat the items per school or municipality: its rows, grouped by the organisation each names.
import { oneLine } from "./normalize";
import type { RoadmapRow } from "./types";

/**
 * The rows per organisation, in order of first appearance: a row without one belongs to the organisation above it.
 * One group (organisation null) when the rows name fewer than two organisations.
 */
export function byOrganisation(rows: RoadmapRow[]): { organisation: string | null; rows: RoadmapRow[] }[] {
  const groups = new Map<string, RoadmapRow[]>();
  let last: string | null = null;
  for (const row of rows) {
    const o: string | null = oneLine(row.fields.organisation?.text ?? "") || last;
    if (o === null) continue;
    last = o;
    const g = groups.get(o);
    if (g) g.push(row);
    else groups.set(o, [row]);
  }
  if (groups.size < 2) return [{ organisation: last, rows }];
  // Rows above the first organisation go with it.
  const first = groups.values().next().value!;
  const lead = rows.slice(0, rows.indexOf(first[0]!));
  first.unshift(...lead);
  return [...groups].map(([organisation, rs]) => {
    rs.forEach((r, i) => (r.index = i));
    return { organisation, rows: rs };
  });
}
