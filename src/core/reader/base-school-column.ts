// A per-school list can head its school column with the centre it opens («Центр «Точка роста»», «Центр (на базе)»,
// «База центра», «На базе какой ОО»): its cells («МБОУ «СОШ № 1»», «Ольховская ООШ») say it names the schools.
import type { Sheet } from "./grid-cache";
import { programmeMentions } from "./guess";
import { squash } from "./normalize";
import type { FieldKey } from "./types";
import { DASH_ONLY, LEGAL_FORM } from "./vocabulary";

const BASE_HEADER = /^(центр|базацентр|базов[а-я]*(оо|организаци|школ|учрежд)|набазе)|набазе/;
// «Центр (площадка проведения)», «Место проведения»: where an event is held, not whose steps the rows are.
const VENUE = /площадк|место|проведени|venue/;
const SCHOOL_CELL = new RegExp(
  String.raw`(?<![а-яё])(?:${LEGAL_FORM}|сош|оош|нош|сш|школ[а-я]*|гимнази[а-я]*|лице[йя])(?![а-яё])`,
  "iu",
);
// Enough of the column's first cells to tell, without reading a long list through.
const PROBE = 20;

/**
 * The column right of the number whose header names a centre or its base and whose filled cells are nearly all
 * schools' names, none naming a programme (those make it the programme column); undefined when none is.
 */
export function baseSchoolColumn(
  s: Sheet,
  h: number,
  last: number,
  cols: Partial<Record<FieldKey, number>>,
): number | undefined {
  if (cols.organisation !== undefined) return undefined;
  const taken = new Set(
    (Object.entries(cols) as [FieldKey, number][]).filter(([f]) => f !== "programme").map(([, c]) => c),
  );
  for (const [c, t] of s.cells(h)) {
    if (taken.has(c) || t.length > 80 || !BASE_HEADER.test(squash(t)) || VENUE.test(squash(t))) continue;
    let filled = 0;
    let schools = 0;
    for (let r = last + 1; r < s.nRows && filled < PROBE; r++) {
      const v = s.text(r, c).trim();
      if (v === "" || DASH_ONLY.test(v)) continue;
      filled++;
      if (SCHOOL_CELL.test(v) && programmeMentions({ text: v, address: s.addr(r, c) }).length === 0)
        schools++;
    }
    if (filled >= 2 && schools * 4 >= filled * 3) return c;
  }
  return undefined;
}
