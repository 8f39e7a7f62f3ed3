// One table can repeat the items per school or municipality: its rows, grouped by the organisation each names.
import { oneLine } from "./normalize";
import type { RoadmapRow } from "./types";

/**
 * «все», «все ОО», «все МО», «все общеобразовательные организации — участники», «all schools»: every organisation
 * (school or municipality), which names none of them.
 */
const EVERY_RE =
  /^(?:все|всем|во\s+всех|all|every)(?:\.?$|\s+(?:оо|мо|омсу|школ[а-я]*|организаци[а-я]*|общеобразовательн[а-я]*|муниципальн[а-я]*|район[а-я]*|schools?|organi[sz]ations?|municipalit(?:y|ies))(?![а-яёa-z]).*$)/i;
/** A school's or municipality's name word («СОШ», «№ 5», «лицей», «район»): one part of a list of organisations. */
const ORG_WORD_RE =
  /сош|оош|нош|школ|гимнази|лице|мбоу|маоу|мкоу|гбоу|№|район|округ|school|lyceum|gymnasium/i;

/** The one organisation a cell names, or null: «все» names every one, «СОШ № 1, Менделеевская СОШ» several. */
function oneOrganisation(text: string): string | null {
  const t = oneLine(text);
  if (t === "" || EVERY_RE.test(t)) return null;
  const parts = t.split(/[,;]\s*/).filter((x) => ORG_WORD_RE.test(x));
  return parts.length >= 2 ? null : t;
}

/** Whether a row is written for every organisation: «все ОО» in its organisation cell. */
const forEvery = (row: RoadmapRow) => EVERY_RE.test(oneLine(row.fields.organisation?.text ?? ""));

/**
 * The rows per organisation, in order of first appearance: a row without one belongs to the organisation above it.
 * Steps written once for all — above the first organisation's block («1. Общие мероприятия» over the schools' blocks),
 * or «все ОО» in the organisation column — are every organisation's, each a copy in its list. One group
 * (organisation null) when the rows name fewer than two organisations.
 */
export function byOrganisation(rows: RoadmapRow[]): { organisation: string | null; rows: RoadmapRow[] }[] {
  // Each organisation's rows and the shared ones, as positions in `rows` (both ascending).
  const groups = new Map<string, number[]>();
  const shared: number[] = [];
  let last: string | null = null;
  rows.forEach((row, i) => {
    const own = oneOrganisation(row.fields.organisation?.text ?? "");
    if (own === null && (last === null || forEvery(row))) {
      shared.push(i);
      return;
    }
    const o: string = own ?? last!;
    last = o;
    const g = groups.get(o);
    if (g) g.push(i);
    else groups.set(o, [i]);
  });
  if (groups.size < 2) return [{ organisation: last, rows }];
  return [...groups].map(([organisation, own]) => {
    // The shared steps in sheet order among the organisation's own (a merge of two ascending lists); the index is each
    // list's own, so a shared step is a copy in each.
    const rs: RoadmapRow[] = [];
    for (let a = 0, b = 0; a < own.length || b < shared.length;)
      if (b >= shared.length || (a < own.length && own[a]! < shared[b]!)) rs.push(rows[own[a++]!]!);
      else rs.push({ ...rows[shared[b++]!]! });
    rs.forEach((r, i) => (r.index = i));
    return { organisation, rows: rs };
  });
}
