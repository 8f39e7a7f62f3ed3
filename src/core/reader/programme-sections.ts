// One table under one shared header can hold one roadmap per programme: its sections each name another programme
// («Раздел I. … школьного Кванториума», «Раздел II. … цифровой образовательной среды»), or its columns do.
import { parseDeadline } from "../deadlines";
import { columnNumber } from "../grid";
import type { ProgrammeId } from "../programmes";
import type { Sheet } from "./grid-cache";
import { programmesIn } from "./abbreviations";
import { programmeMentions } from "./guess";
import { byOrganisation } from "./org-groups";
import type { Header, ProgrammeColumn } from "./header";
import { programmeColumnRole } from "./roles";
import { field } from "./row-cells";
import { COMMON_SECTION, NOT_THIS } from "./vocabulary";
import type { ColumnRole, Evidence, RoadmapRow, RowField, Section } from "./types";

const DASH_OR_BLANK = /^[\s—–-]*$/u;

export interface ProgrammePart {
  programme: Evidence<ProgrammeId>;
  rows: RoadmapRow[];
}

/** The section numbers whose title names exactly one programme, with that programme; `several`: those naming more. */
function namedSections(sections: readonly Section[]): {
  named: Map<string, Evidence<ProgrammeId>>;
  several: Map<string, Evidence<ProgrammeId>[]>;
} {
  const named = new Map<string, Evidence<ProgrammeId>>();
  const several = new Map<string, Evidence<ProgrammeId>[]>();
  for (const s of sections) {
    const found = programmeMentions({ text: s.title, address: s.address });
    const first = [...new Map(found.map((m) => [m.id, m])).values()];
    const each = first.map((m) => ({ value: m.id, evidence: [`${s.address}: «${m.words}»`] }));
    if (each.length === 1) named.set(s.number, each[0]!);
    else if (each.length > 1) several.set(s.number, each);
  }
  return { named, several };
}

/**
 * The rows split where a section names another programme, rows of an unnamed section going with the part above; null
 * unless the sections (and the heading over the table, `lead`) name at least two programmes. The rows before the first
 * section are the lead heading's programme («I. Школьные технопарки «Кванториум»» over the header, «II. … «Точка
 * роста»» a section further down), else the first part's.
 */
export function byProgrammeSection(
  rows: RoadmapRow[],
  sections: readonly Section[],
  lead: Evidence<ProgrammeId> | null = null,
): ProgrammePart[] | null {
  const { named, several } = namedSections(sections);
  const common = new Set(sections.filter((x) => COMMON_SECTION.test(x.title)).map((x) => x.number));
  const programmes = new Set([...named.values()].map((e) => e.value));
  if (lead && rows[0]?.section === null) programmes.add(lead.value);
  else lead = null;
  if (programmes.size < 2) return null;
  const parts: ProgrammePart[] = lead ? [{ programme: lead, rows: [] }] : [];
  const before: RoadmapRow[] = [];
  const shared: RoadmapRow[] = [];
  const partOf = (p: Evidence<ProgrammeId>): ProgrammePart => {
    let part = parts.find((x) => x.programme.value === p.value);
    if (!part) parts.push((part = { programme: p, rows: [] }));
    return part;
  };
  // Sections may alternate programmes («Направление» column: Точка роста, Кванториум, Точка роста …): one part each.
  let cur: ProgrammePart | undefined = parts[0];
  for (const row of rows) {
    if (row.section !== null && common.has(row.section)) {
      shared.push(row);
      continue;
    }
    // «Точка роста, Кванториум»: a row for each programme its section names.
    const many = row.section === null ? undefined : several.get(row.section);
    if (many) {
      for (const p of many) partOf(p).rows.push({ ...row, fields: { ...row.fields } });
      continue;
    }
    const p = row.section === null ? undefined : named.get(row.section);
    if (p && cur?.programme.value !== p.value) cur = partOf(p);
    (cur?.rows ?? before).push(row);
  }
  if (parts.length < 2) return null;
  parts[0]!.rows.unshift(...before);
  // The common steps are every programme's, each a copy in sheet order (index is per roadmap).
  for (const part of parts)
    part.rows = [...part.rows, ...shared.map((r) => ({ ...r, fields: { ...r.fields } }))].sort(
      (a, b) => a.sheetRows[0]! - b.sheetRows[0]!,
    );
  for (const part of parts) part.rows.forEach((r, i) => (r.index = i));
  return parts;
}

/** The one programme a one-cell heading right over the header names («I. Школьные технопарки «Кванториум»»), or null. */
export function headingProgramme(s: Sheet, headerRow: number): Evidence<ProgrammeId> | null {
  for (let r = headerRow - 1; r >= 0 && r >= headerRow - 2; r--) {
    if (s.blankRow(r)) continue;
    const cells = s.cells(r);
    if (cells.length !== 1) return null;
    const [col, text] = cells[0]!;
    const found = programmeMentions({ text, address: s.addr(r, col) });
    if (new Set(found.map((m) => m.id)).size !== 1) return null;
    return { value: found[0]!.id, evidence: [`${s.addr(r, col)}: «${found[0]!.words}»`] };
  }
  return null;
}

/** What a programme's cell says about the row: not its measure, its measure (a «+»), or its measure due then. */
type Mark = "none" | "not" | "mark" | "deadline";

// «+», «✓», «да» mark the programme's measure.
const MARK = /^(?:\+|✓|✔|v|да|yes|•)$/iu;

function markOf(text: string): Mark {
  const t = text.trim();
  if (t === "") return "none";
  if (NOT_THIS.test(t)) return "not";
  return MARK.test(t) ? "mark" : "deadline";
}

/**
 * «+ (2 школы)», «да, МБОУ СОШ № 2» beside the row's own «Срок»: a mark with a note, not a deadline (read as one it
 * would be an unreadable deadline on a correct roadmap). A cell that reads as a deadline stays the programme's own.
 */
function markBesideDeadline(row: RoadmapRow, text: string): boolean {
  return row.fields.deadline !== undefined && parseDeadline(text).kind === "unknown";
}

/** The programme column's cell of a row (its first filled one when continued), a merge from above included. */
export function cellOf(s: Sheet, row: RoadmapRow, c: number): { r: number; c: number } | null {
  for (const sr of row.sheetRows) {
    const r = sr - s.row0;
    if (s.text(r, c) !== "") return { r, c };
    // A date merged across the schools' or programmes' columns (or down a block) is each one's.
    const a = s.mergedInto(r, c);
    if (a && s.text(a.top, a.left) !== "") return { r: a.top, c: a.left };
  }
  return null;
}

export interface ProgrammeColumnPart extends ProgrammePart {
  column: ProgrammeColumn;
  /** Whether any row's deadline came from the programme's own column. */
  datesInColumn: boolean;
}

/**
 * One list of measures with a column per programme: each programme's roadmap is the rows its column marks, a date
 * there being its deadline (a status column's text its completion mark). A row no programme column marks is shared
 * by all; «—» leaves it out. Rows are copies.
 */
export function byProgrammeColumn(
  s: Sheet,
  columns: readonly ProgrammeColumn[],
  rows: readonly RoadmapRow[],
): ProgrammeColumnPart[] {
  const parts: ProgrammeColumnPart[] = columns.map((column) => ({
    column,
    programme: { value: column.programme, evidence: [`${column.label.address}: «${column.label.text}»`] },
    rows: [],
    datesInColumn: false,
  }));
  for (const row of rows) {
    const cells = columns.map((x) => cellOf(s, row, x.col));
    const marks = cells.map((at): Mark => (at ? markOf(s.text(at.r, at.c)) : "none"));
    const shared = marks.every((m) => m === "none");
    parts.forEach((part, i) => {
      const m = marks[i]!;
      const rc = part.column.responsible === undefined ? null : cellOf(s, row, part.column.responsible.col);
      const named = rc !== null && !DASH_OR_BLANK.test(s.text(rc.r, rc.c));
      // An empty status cell is a step not yet marked done, still the programme's; an empty «+» column is not, but an
      // empty «срок» beside its own filled «ответственный» is the programme's step with no deadline.
      if (!shared && (m === "not" || (m === "none" && !part.column.status && !named))) return;
      const copy: RoadmapRow = { ...row, fields: { ...row.fields }, index: part.rows.length };
      if (!shared && m === "none" && named) delete copy.fields.deadline;
      const at = cells[i];
      if (part.column.status) {
        // Its own cell or none: the table's status column is the first programme's.
        if (m === "deadline" && at) copy.fields.status = field(s, at.r, at.c);
        else delete copy.fields.status;
      } else if (m === "deadline" && at && !markBesideDeadline(row, s.text(at.r, at.c))) {
        copy.fields.deadline = field(s, at.r, at.c);
        part.datesInColumn = true;
      }
      // The programme's own «ответственный» beside its «срок»: its responsible, or none where it is blank.
      if (part.column.responsible !== undefined)
        if (rc && named) copy.fields.responsible = field(s, rc.r, rc.c);
        else delete copy.fields.responsible;
      // Its own «отметка» beside its «срок»: its completion mark, or none where it is blank.
      const mc = part.column.mark === undefined ? null : cellOf(s, row, part.column.mark.col);
      if (part.column.mark !== undefined)
        if (mc && !DASH_OR_BLANK.test(s.text(mc.r, mc.c))) copy.fields.status = field(s, mc.r, mc.c);
        else delete copy.fields.status;
      part.rows.push(copy);
    });
  }
  return parts.filter((p) => p.rows.length > 0);
}

/** A cell's deadline with a written year (a year-less one cannot be compared with another centre's date). */
function datedDue(f: RowField): string | null {
  const d = parseDeadline(f.value ?? f.text);
  return d.kind === "unknown" || d.yearInferred ? null : d.due;
}

/**
 * The complex plan's «Сроки проведения» over «Точка роста | IT-куб» with a date in each: it stays one plan, and an
 * event held for each centre is due on the later of their dates. Rows are replaced, not changed; returns the
 * programme columns that gave a row its deadline.
 */
function latestProgrammeDates(
  s: Sheet,
  columns: readonly ProgrammeColumn[],
  rows: RoadmapRow[],
): ProgrammeColumn[] {
  const used = new Set<ProgrammeColumn>();
  const dated = columns.filter((x) => !x.status);
  rows.forEach((row, k) => {
    let best = row.fields.deadline;
    let bestDue = best ? datedDue(best) : null;
    let from: ProgrammeColumn | null = null;
    for (const x of dated) {
      const at = cellOf(s, row, x.col);
      if (!at || markOf(s.text(at.r, at.c)) !== "deadline") continue;
      const f = field(s, at.r, at.c);
      const due = datedDue(f);
      if (due !== null && (bestDue === null ? best === undefined : due > bestDue)) {
        [best, bestDue, from] = [f, due, x];
      }
    }
    if (from && best) {
      used.add(from);
      rows[k] = { ...row, fields: { ...row.fields, deadline: best } };
    }
  });
  return dated.filter((x) => used.has(x));
}

/** The complex plan's per-programme date columns: each row due on the latest, each column shown as a deadline. */
export function withLatestDates(
  s: Sheet,
  h: Header,
  rows: RoadmapRow[],
  programme: ProgrammeId | "unknown",
  roles: ColumnRole[],
): ColumnRole[] {
  if (!h.programmes || programme !== "complex-plan") return roles;
  const used = new Set(latestProgrammeDates(s, h.programmes, rows).map((x) => x.col));
  if (used.size === 0) return roles;
  if (h.cols.deadline !== undefined && h.programmes.some((x) => x.col === h.cols.deadline))
    used.add(h.cols.deadline);
  const shown = h.programmes.filter((x) => used.has(x.col));
  const letters = new Set(shown.map((x) => s.letter(x.col)));
  return [
    ...roles.filter((r) => !letters.has(r.column)),
    ...shown.map((x) => programmeColumnRole(s.letter(x.col), x.label.text, "deadline", true)),
  ].sort((a, b) => columnNumber(a.column) - columnNumber(b.column));
}

// «Все», «общее», «для всех»: a row every programme of the table shares.
const ALL_PROGRAMMES = /^(?:все|всех|общ[а-я]*|для всех|all|common|both)\.?$/iu;

/**
 * One list of measures with a «Программа» column naming each row's programme («Точка роста», «Кванториум», «Точка
 * роста, Кванториум»): one roadmap per programme, a row naming several (or «все», or none) going to each. Null unless
 * two programmes are named and most filled cells name one: a column of other words is no programme column. Each
 * part is then split per organisation, as under programme columns.
 */
export function byProgrammeName(s: Sheet, rows: readonly RoadmapRow[]): ProgrammePart[] | null {
  const named = rows.map((row) => {
    const f = row.fields.programme;
    const text = f?.text.trim() ?? "";
    if (text === "" || ALL_PROGRAMMES.test(text)) return { ids: null, filled: text !== "", f };
    // In full or by the sheet's abbreviations («ТР, ШК»).
    const found = programmesIn(s, text);
    return { ids: found.length > 0 ? [...new Set(found.map((m) => m.id))] : null, filled: true, f, found };
  });
  const filled = named.filter((n) => n.filled).length;
  const naming = named.filter((n) => n.ids !== null).length;
  const order: ProgrammeId[] = [...new Set(named.flatMap((n) => n.ids ?? []))];
  if (order.length < 2 || naming * 2 < filled) return null;
  return order.map((id) => {
    const first = named.find((n) => n.ids?.includes(id))!;
    const words = first.found!.find((m) => m.id === id)!.words;
    const part: ProgrammePart = {
      programme: { value: id, evidence: [`${first.f!.addresses[0] ?? ""}: «${words}»`] },
      rows: [],
    };
    rows.forEach((row, k) => {
      const ids = named[k]!.ids;
      if (ids !== null && !ids.includes(id)) return;
      part.rows.push({ ...row, fields: { ...row.fields }, index: part.rows.length });
    });
    return part;
  });
}

/** Each programme's part split per organisation when its rows repeat per school, tagged for the roadmap id. */
export function perOrganisation(parts: readonly ProgrammePart[]) {
  return parts.flatMap((p) =>
    byOrganisation(p.rows).map(({ organisation, rows, at }, _, gs) => ({
      organisation,
      rows,
      programme: p.programme,
      tag: gs.length > 1 ? `${p.programme.value}#${at}` : p.programme.value,
    })),
  );
}
