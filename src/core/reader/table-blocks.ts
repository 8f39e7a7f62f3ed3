// The roadmaps under one table header: one per organisation, per section naming a programme, or per programme column.
import { columnNumber } from "../grid";
import type { Sheet } from "./grid-cache";
import type { Header } from "./header";
import { byOrganisation } from "./org-groups";
import { byProgrammeSection, headingProgramme, type ProgrammeColumnPart } from "./programme-sections";
import { programmeColumnRole } from "./roles";
import type { ColumnRole, Roadmap, RoadmapRow, Section } from "./types";

/** One roadmap's rows under a table header, with what tells it from the others under the same header. */
export interface Block {
  organisation: string | null;
  rows: RoadmapRow[];
  programme: Roadmap["programme"];
  /** The id's tail after «#», null when the header holds one roadmap. */
  tag: string | null;
  columns: Roadmap["columns"];
  roles: ColumnRole[];
}

/**
 * A complex plan's organisation column naming where each event is held: split per organisation, one would lack two
 * directions or more of those the plan covers, so the sheet is a summary of hosts, not a plan per organisation (each
 * school's own plan covers every direction, bar a gap planted or real).
 */
function hostsOnly(all: readonly RoadmapRow[], groups: readonly { rows: readonly RoadmapRow[] }[]): boolean {
  if (groups.length < 2) return false;
  const whole = new Set(all.map((r) => r.section).filter((x) => x !== null));
  return groups.some((g) => {
    const own = new Set(g.rows.map((r) => r.section));
    return [...whole].filter((x) => !own.has(x)).length >= 2;
  });
}

/** One roadmap per organisation, or per section naming a programme (not the complex plan's directions). */
export function sharedColumnBlocks(
  all: RoadmapRow[],
  sections: Section[],
  lead: ReturnType<typeof headingProgramme>,
  programme: Roadmap["programme"],
  columns: Roadmap["columns"],
  roles: ColumnRole[],
): Block[] {
  const split = byOrganisation(all);
  const groups =
    programme.value === "complex-plan" && columns.organisation && hostsOnly(all, split)
      ? [{ organisation: null, rows: all.map((r, index) => ({ ...r, index })), at: all[0]!.address }]
      : split;
  const parts =
    groups.length === 1 && programme.value !== "complex-plan"
      ? byProgrammeSection(all, sections, lead)
      : null;
  const blocks = parts
    ? parts.map((p) => ({
        organisation: groups[0]!.organisation,
        rows: p.rows,
        programme: p.programme,
        at: p.rows[0]!.address,
      }))
    : groups.map((g) => ({ ...g, programme: g.programme ?? programme }));
  return blocks.map(({ at, ...b }) => ({ ...b, tag: blocks.length > 1 ? at : null, columns, roles }));
}

/**
 * A programme column's roadmap (one per organisation when the rows repeat per school): its own column is its
 * deadline when it holds dates, and the other programmes' columns are not its columns.
 */
export function programmeColumnBlocks(
  s: Sheet,
  h: Header,
  part: ProgrammeColumnPart,
  columns: Roadmap["columns"],
  roles: ColumnRole[],
): Block[] {
  const { column } = part;
  // Every programme's columns, its «срок» and the «ответственный» beside it: only this one's own are its roles.
  const others = new Set(
    h
      .programmes!.flatMap((x) => [
        x.col,
        ...(x.responsible === undefined ? [] : [x.responsible.col]),
        ...(x.mark === undefined ? [] : [x.mark.col]),
      ])
      .map((c) => s.letter(c)),
  );
  const own = s.letter(column.col);
  const mine: Roadmap["columns"] = { ...columns };
  const myRoles = roles.filter(
    (r) =>
      !others.has(r.column) &&
      !(part.datesInColumn && r.role.startsWith("deadline")) &&
      !(column.status && r.role === "status"),
  );
  const role = column.status ? "status" : part.datesInColumn ? "deadline" : null;
  if (role) {
    mine[role] = { column: own, header: column.label.text, address: column.label.address };
    myRoles.push(programmeColumnRole(own, column.label.text, role));
    myRoles.sort((a, b) => columnNumber(a.column) - columnNumber(b.column));
  }
  // The programme's own «ответственный» and «отметка» beside its «срок»: its responsible and its completion mark.
  const besides = [
    ["responsible", column.responsible, { ru: "её ответственный", en: "its responsible" }],
    ["status", column.mark, { ru: "её отметка об исполнении", en: "its completion mark" }],
  ] as const;
  for (const [key, beside, what] of besides) {
    if (beside === undefined) continue;
    const letter = s.letter(beside.col);
    const { text: header, address } = beside.header;
    mine[key] = { column: letter, header, address };
    myRoles.push({
      column: letter,
      role: key,
      header,
      reason: {
        ru: `«${header}» под программой «${column.label.text}»: ${what.ru}`,
        en: `«${header}» under the programme «${column.label.text}»: ${what.en}`,
      },
    });
  }
  myRoles.sort((a, b) => columnNumber(a.column) - columnNumber(b.column));
  const groups = byOrganisation(part.rows);
  return groups.map(({ organisation, rows, at }) => ({
    organisation,
    rows,
    programme: part.programme,
    tag: groups.length > 1 ? `${column.programme}#${at}` : column.programme,
    columns: mine,
    roles: myRoles,
  }));
}
