// A progress report on one list of steps for several schools: «Отметка о выполнении» merged over a status column per
// school («МБОУ «СОШ № 5» | МАОУ «Гимназия № 1»»). Each school's roadmap is the whole list, marked by its own column.
import { columnNumber } from "../grid";
import { centredAcross } from "./centred";
import type { Sheet } from "./grid-cache";
import type { Header } from "./header";
import { classifyHeader } from "./header-words";
import { cellOf } from "./programme-sections";
import { field } from "./row-cells";
import type { Block } from "./table-blocks";
import { organisationIn } from "./table-end";
import type { ColumnRole, Roadmap, RoadmapRow } from "./types";
import type { Bilingual } from "../lang";

type PerOrganisation = "status" | "deadline";

const REASONS: Record<PerOrganisation, (label: string) => Bilingual> = {
  status: (label) => ({
    ru: `столбец организации «${label}» под отметкой о выполнении: её отметка`,
    en: `organisation column «${label}» under the completion mark: its mark`,
  }),
  deadline: (label) => ({
    ru: `столбец организации «${label}» под сроком: её срок`,
    en: `organisation column «${label}» under the deadline: its deadline`,
  }),
};

type Labelled = { col: number; organisation: string; label: string; row: number }[];

/** The columns under the group cell (r, st), each labelled by one organisation below it; null unless two at least. */
function labelsUnder(s: Sheet, r: number, st: number, cols: Header["cols"]): Labelled | null {
  const a = s.area(r, st) ?? centredAcross(s, r, st, cols);
  if (!a || a.right <= st) return null;
  // A merge's sub-labels sit under its last row; a label centred across is one row high.
  const below = (s.area(r, st)?.bottom ?? r) + 1;
  const found: Labelled = [];
  for (let c = st; c <= a.right; c++) {
    const label = s.text(below, c);
    const organisation = label.length <= 150 ? organisationIn(label, s) : null;
    if (organisation === null) return null;
    found.push({ col: c, organisation, label, row: below });
  }
  return found.length >= 2 ? found : null;
}

/** The columns under the field's group, each labelled by one organisation; null unless two at least. */
function orgColumns(s: Sheet, h: Header, f: PerOrganisation): Labelled | null {
  const st = h.cols[f];
  if (st === undefined || h.cols.organisation !== undefined) return null;
  for (let rr = h.row; rr < h.last; rr++)
    if (classifyHeader(s.text(rr, st)) === f) return labelsUnder(s, rr, st, h.cols);
  return null;
}

/**
 * The row of organisations' names under a status or deadline group of the header row («Срок исполнения по ОО» over
 * «МБОУ «СОШ № 2» | МБОУ «СОШ № 5»»), which belongs to the header though no other header cell reaches down to it; -1
 * when there is none.
 */
export function orgLabelsRow(s: Sheet, r: number, cols: Header["cols"]): number {
  if (cols.organisation !== undefined) return -1;
  for (const f of ["status", "deadline"] as const) {
    const st = cols[f];
    if (st === undefined || classifyHeader(s.text(r, st)) !== f) continue;
    const found = labelsUnder(s, r, st, cols);
    if (found) return found[0]!.row;
  }
  return -1;
}

/**
 * One roadmap per school with its own column under the status group (rows copied with that column's mark, none where
 * it is empty) or, failing that, under the deadline group («Срок исполнения по ОО»: each school due by its own column).
 */
export function byOrgColumns(
  s: Sheet,
  h: Header,
  rows: readonly RoadmapRow[],
  table: { programme: Roadmap["programme"]; columns: Roadmap["columns"]; roles: ColumnRole[] },
): Block[] | null {
  return byOrgField(s, h, rows, table, "status") ?? byOrgField(s, h, rows, table, "deadline");
}

function byOrgField(
  s: Sheet,
  h: Header,
  rows: readonly RoadmapRow[],
  table: { programme: Roadmap["programme"]; columns: Roadmap["columns"]; roles: ColumnRole[] },
  f: PerOrganisation,
): Block[] | null {
  const columns = orgColumns(s, h, f);
  if (!columns) return null;
  return columns.map((x) => {
    const own = rows.map((row, index) => {
      const copy: RoadmapRow = { ...row, fields: { ...row.fields }, index };
      const at = cellOf(s, row, x.col);
      if (at) copy.fields[f] = field(s, at.r, at.c);
      else delete copy.fields[f];
      return copy;
    });
    const letter = s.letter(x.col);
    const role: ColumnRole = {
      column: letter,
      role: f,
      header: x.label,
      reason: REASONS[f](x.label),
    };
    // The table's role (the first school's column) gives way to this school's own, in column order.
    const roles = table.roles.filter((r) => r.role !== f);
    const k = roles.findIndex((r) => columnNumber(r.column) > columnNumber(letter));
    roles.splice(k < 0 ? roles.length : k, 0, role);
    return {
      organisation: x.organisation,
      rows: own,
      programme: table.programme,
      tag: letter,
      columns: {
        ...table.columns,
        [f]: { column: letter, header: x.label, address: s.addr(x.row, x.col) },
      },
      roles,
    };
  });
}
