// Columns a PDF converter split in two: the rest of a field's text sits in a column beside its own.
import type { Sheet } from "./grid-cache";
import type { Header } from "./header";
import type { FieldKey } from "./types";

// Fields a converter splits under their merged header: the measure too («Наименование мероприятия» over B:C), and the
// deadline («Срок исполнения» over D:E, a page's dates in D, the next page's in E); a date group's sub-columns have
// their own roles by then (dateGroup), so only columns no field took are the deadline's rest.
const SPLIT_FIELDS: ReadonlySet<FieldKey> = new Set(["title", "deadline", "responsible", "result"]);
// A converter also splits the measure and the deadline («до | 29.12.2026») under a header cell with an empty one beside it.
const SPILL_FIELDS: ReadonlySet<FieldKey> = new Set(["title", "deadline", "responsible", "result"]);

/**
 * «Ответственный исполнитель» merged over two columns, each row's text in either or both (a PDF converter splits a
 * column so): the columns beyond the field's own, per field, that no other field holds. So is a column with no header
 * of its own between the field's and the next field's («Наименование мероприятия | (empty) | Ответственный»).
 */
export function splitColumns(s: Sheet, h: Header, used: ReadonlySet<number>): [FieldKey, number[]][] {
  const out: [FieldKey, number[]][] = [];
  const right = Math.max(...used);
  for (const [f, c] of h.entries) {
    // The deadline's merged header over a plan's years, quarters or centres heads their columns, read on their own.
    const own =
      f !== "deadline" ||
      (!h.yearAlts?.alts.length && !h.yearAlts?.years.size && !h.quarters && !h.programmes?.length);
    const merged = SPLIT_FIELDS.has(f) && own ? underMergedHeader(s, h, c, used) : null;
    if (merged) {
      if (merged.length > 0) out.push([f, merged]);
    } else if (
      SPILL_FIELDS.has(f) &&
      !h.quarters &&
      unheaded(s, h, c + 1, used) &&
      (c + 1 < right || spillsPastEdge(s, h, c, right))
    ) {
      out.push([f, [c + 1]]);
    }
  }
  return out;
}

/** The columns beyond c under c's header cell merged across them that no field holds; null when it is not merged so. */
export function underMergedHeader(
  s: Sheet,
  h: Header,
  c: number,
  used: ReadonlySet<number>,
): number[] | null {
  const a = s.area(h.row, c);
  if (!a || a.left !== c || a.right <= c) return null;
  const extra: number[] = [];
  for (let cc = c + 1; cc <= a.right; cc++) if (!used.has(cc)) extra.push(cc);
  return extra;
}

/** Whether column c has no role and nothing in any header row, nor under a header cell merged over it. */
export function unheaded(s: Sheet, h: Header, c: number, used: ReadonlySet<number>): boolean {
  if (used.has(c)) return false;
  for (let r = h.row; r <= h.last; r++)
    if (s.text(r, c) !== "" || s.coveredBy(r, c) || coveredAcross(s, r, c)) return false;
  return true;
}

/** Whether a merge from the left covers cell (r, c). */
function coveredAcross(s: Sheet, r: number, c: number): boolean {
  for (let cc = c - 1; cc >= 0; cc--) {
    const a = s.area(r, cc);
    if (a) return a.right >= c;
    if (s.text(r, cc) !== "") return false;
  }
  return false;
}

/**
 * The table's last column, its header centred over the unheaded column beyond it instead of merged, its texts in that
 * column («Срок исполнения» over E:F, every date in F): most rows filled there have nothing in the column itself. A
 * notes column beside a filled one is left out.
 */
function spillsPastEdge(s: Sheet, h: Header, c: number, right: number): boolean {
  if (c !== right || c + 1 >= s.nCols) return false;
  let [beyond, both] = [0, 0];
  for (let r = h.last + 1; r < s.nRows; r++) {
    if (s.text(r, c + 1) === "") continue;
    beyond++;
    if (s.text(r, c) !== "") both++;
  }
  return beyond > 0 && both * 2 < beyond;
}
