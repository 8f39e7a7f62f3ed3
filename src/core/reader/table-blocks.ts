// The roadmaps under one table header: one per organisation, per section naming a programme, or per programme column.
import { columnNumber } from "../grid";
import type { Sheet } from "./grid-cache";
import type { Header } from "./header";
import { normalize } from "./normalize";
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

/** The leading whole number of a row's «№» («7», «7.», «2.1» → 2), or null. */
const leadNumber = (r: RoadmapRow) => {
  const m = /^\s*(\d{1,3})(?!\d)/.exec(r.number ?? "");
  return m ? Number(m[1]) : null;
};

/**
 * An organisation column naming who does each step of one list: the numbers run on through the groups (no restart at
 * 1 per organisation, no number written twice) and no step is written for two of them. A list per organisation
 * repeats its steps; a complex plan's events differ per host anyway (hostsOnly is its rule).
 */
function performersOnly(
  all: readonly RoadmapRow[],
  groups: readonly { rows: readonly RoadmapRow[] }[],
): boolean {
  if (groups.length < 2) return false;
  const numbers = all.map(leadNumber).filter((n) => n !== null);
  if (numbers.length < all.length / 2 || numbers.some((n, i) => i > 0 && n < numbers[i - 1]!)) return false;
  const written = all.map((r) => r.number?.trim() ?? "").filter((n) => n !== "");
  if (new Set(written).size < written.length) return false;
  // A step copied into every group (written once for all) has one address in each: only a group's own rows count.
  const seen = new Map<string, number>();
  for (const g of groups) for (const r of g.rows) seen.set(r.address, (seen.get(r.address) ?? 0) + 1);
  const owns = groups.map((g) => g.rows.filter((r) => seen.get(r.address) === 1));
  // Every organisation with a list of six steps or more of its own: lists per organisation numbered through.
  if (owns.every((own) => own.length >= 6)) return false;
  // A step's first three words, its bracketed details aside: «Закупка, доставка и наладка оборудования (ноутбуки)»
  // for one school and «… (ноутбуки, МФУ)» for the next are the same step, each school's.
  const owner = new Map<string, number>();
  return owns.every((own, gi) =>
    own.every((r) => {
      const words = normalize((r.fields.title?.text ?? "").replace(/\([^()]*\)/g, " ")).match(
        /[а-яa-z0-9]+/g,
      );
      if (!words) return true;
      const step = words.slice(0, 3).join(" ");
      const was = owner.get(step);
      owner.set(step, gi);
      return was === undefined || was === gi;
    }),
  );
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
  const oneList =
    columns.organisation !== undefined &&
    (programme.value === "complex-plan" ? hostsOnly(all, split) : performersOnly(all, split));
  const groups = oneList
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
