// One table can repeat the items per school or municipality: its rows, grouped by the organisation each names.
import { parseDeadline } from "../deadlines";
import type { ProgrammeId } from "../programmes";
import { programmeMentions } from "./guess";
import { normalize, oneLine } from "./normalize";
import { municipalityAndSchool } from "./table-end";
import { DASH_ONLY, LEGAL_FORM, MUNICIPALITY_SHORT } from "./vocabulary";
import type { Evidence, RoadmapRow, RowField } from "./types";

/**
 * «все», «все ОО», «все МО», «все общеобразовательные организации — участники», «all schools»: every organisation
 * (school or municipality), which names none of them.
 */
const EVERY_RE =
  /^(?:все|всем|во\s+всех|all|every)(?:\.?$|\s+(?:оо|мо|омсу|школ[а-я]*|организаци[а-я]*|общеобразовательн[а-я]*|муниципальн[а-я]*|район[а-я]*|schools?|organi[sz]ations?|municipalit(?:y|ies))(?![а-яёa-z]).*$)/i;
/**
 * A school's or municipality's name word («СОШ», «№ 5», «лицей», «район», «Заречный МР», «Озёрский ГО»): one part of a
 * list of organisations.
 */
const ORG_WORD_RE = new RegExp(
  String.raw`сош|оош|нош|школ|гимнази|лице|мбоу|маоу|мкоу|гбоу|№|район|округ|(?<![а-яё])${MUNICIPALITY_SHORT}(?![а-яё])|(?<![а-яё])(?:г\.\s*|город\s+)[А-ЯЁ]|school|lyceum|gymnasium`,
  "iu",
);
// «областной уровень», «региональный уровень»: the level a step is done at, every organisation's, naming none.
const LEVEL_RE =
  /^(?:федеральн|регионал|областн|краев|республиканск|муниципальн|окружн)[а-я]*\s+уровень\.?$/iu;

/** The one organisation a cell names, or null: «все» names every one, «СОШ № 1, Менделеевская СОШ» several. */
function oneOrganisation(text: string): string | null {
  const t = oneLine(text);
  if (t === "" || EVERY_RE.test(t) || DASH_ONLY.test(t) || LEVEL_RE.test(t)) return null;
  const parts = t.split(/[,;]\s*/).filter((x) => ORG_WORD_RE.test(x));
  // «Заречный городской округ, МАОУ «Лицей № 4»»: a municipality and its school name one block.
  return parts.length >= 2 && !municipalityAndSchool(t) ? null : t;
}

/**
 * «МБОУ «СОШ № 2»», «МАОУ «Лицей № 3»», «МБОУ ДО «ЦДТ»» inside a step's text: a school's full name, its form first; a
 * town after it («МБОУ «СОШ № 2» г. Петровска») is part of the mention, not of the name.
 */
const NAMED_IN_TEXT_RE = new RegExp(
  String.raw`(?<![А-ЯЁа-яё])(${LEGAL_FORM}(?:\s+ДО)?\s*«(?:[^«»]|«[^«»]*»)*»)(?:\s+(?:г|с|п|пос|д|рп|пгт|ст)\.\s*[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё]+)?)?`,
  "gu",
);

const key = (name: string) => normalize(name).replace(/\s+/g, " ");

/** The year a row is due in, as the deadline parser reads its cell, or "" when it names no due date. */
function dueYear(row: RoadmapRow): string {
  const d = row.fields.deadline;
  return d ? (parseDeadline(d.value ?? d.text).due?.slice(0, 4) ?? "") : "";
}

/**
 * The school each row's own text names, when the list writes each step once per school in its text («Закупка
 * оборудования для МБОУ «СОШ № 2»», then the same for «СОШ № 5»): a school counts when at least two of its steps are
 * another school's steps but for the name, so a seminar «на базе МБОУ «СОШ № 1»» in a regional list names no block.
 * Null when fewer than two schools are listed so.
 */
function namedInTitles(rows: RoadmapRow[]): (string | null)[] | null {
  const named = rows.map((row) => {
    const title = row.fields.title?.text ?? "";
    const found = [...title.matchAll(NAMED_IN_TEXT_RE)];
    if (found.length === 0 || new Set(found.map((m) => key(m[1]!))).size !== 1) return null;
    // The year it is due in: one step written for one school in 2027 and another in 2028 is a plan's next year.
    const skeleton = `${key(title.split(found[0]![0]).join("◊"))}|${dueYear(row)}`;
    return { name: found[0]![1]!, skeleton };
  });
  // Each step's wording without the name → the schools it is written for.
  const schoolsOf = new Map<string, Set<string>>();
  for (const n of named) {
    if (!n) continue;
    const set = schoolsOf.get(n.skeleton) ?? new Set<string>();
    set.add(key(n.name));
    schoolsOf.set(n.skeleton, set);
  }
  const parallel = new Map<string, number>();
  for (const set of schoolsOf.values())
    if (set.size >= 2) for (const k of set) parallel.set(k, (parallel.get(k) ?? 0) + 1);
  const listed = new Set([...parallel].filter(([, n]) => n >= 2).map(([k]) => k));
  if (listed.size < 2) return null;
  return named.map((n) => (n && listed.has(key(n.name)) ? n.name : null));
}

/** Rows grouped by the school their text names; a row naming none (or several) is every school's. */
function groupsNamedInTitles(rows: RoadmapRow[], named: (string | null)[]): RoadmapRow[] {
  return rows.map((row, i) => {
    const name = named[i];
    if (name === null || name === undefined) return row;
    return {
      ...row,
      fields: { ...row.fields, organisation: { text: name, value: name, addresses: [row.address] } },
    };
  });
}

// «2.1. Первая площадка» alone in the № cell (a caption merged across from there): a block's number, then its name.
const BLOCK_CAPTION_RE = /^\s*(\d{1,2}(?:\.\d{1,2})?)\.?\s+(\S[^]{2,149})$/u;

/**
 * The caption each row sits under when numbered captions («2.1. Первая площадка», «2.2. Вторая площадка») head blocks
 * that repeat the same steps («2.1.1 …» and «2.2.1 …» worded alike): a list written once per organisation, though the
 * captions name none the reader knows. Blocks with other steps are parts of one roadmap (stages, levels): null.
 */
function repeatedBlocks(rows: RoadmapRow[]): (string | null)[] | null {
  const captions: { at: number; prefix: string; name: string }[] = [];
  rows.forEach((row, at) => {
    const m = (row.fields.title?.text ?? "").trim() === "" ? BLOCK_CAPTION_RE.exec(row.number ?? "") : null;
    if (m) captions.push({ at, prefix: `${m[1]!}.`, name: m[2]!.trim() });
  });
  if (captions.length < 2) return null;
  const blocks = captions.map((c, k) => {
    const end = captions[k + 1]?.at ?? rows.length;
    const own: number[] = [];
    for (let i = c.at + 1; i < end && (rows[i]!.number ?? "").startsWith(c.prefix); i++) own.push(i);
    return { ...c, titles: new Set(own.map((i) => key(rows[i]!.fields.title?.text ?? ""))), own };
  });
  const first = blocks[0]!.titles;
  // Each block repeats at least three of the first's steps, and most of its own are the first's.
  const repeats = (t: Set<string>) => {
    const shared = [...t].filter((x) => x !== "" && first.has(x)).length;
    return shared >= 3 && shared * 5 >= Math.min(t.size, first.size) * 3;
  };
  if (!blocks.every((b) => b.own.length >= 3 && repeats(b.titles))) return null;
  const out: (string | null)[] = rows.map(() => null);
  for (const b of blocks) for (const i of [b.at, ...b.own]) out[i] = b.name;
  return out;
}

/**
 * The programme each block caption names, when the captions name two programmes at least: «Центр «Точка роста» на базе
 * МБОУ «СОШ № 1»» and «Школьный Кванториум на базе МБОУ «СОШ № 1»» head two roadmaps of one school, one per programme.
 * Null when they name one programme or none (the sheet's programme is every block's).
 */
function captionProgrammes(rows: readonly RoadmapRow[]): Map<RowField, Evidence<ProgrammeId>> | null {
  const out = new Map<RowField, Evidence<ProgrammeId>>();
  for (const row of rows) {
    const f = row.fields.organisation;
    if (!f || out.has(f) || typeof f.value !== "string" || f.value === f.text) continue;
    const found = [
      ...new Map(programmeMentions({ text: f.value, address: "" }).map((m) => [m.id, m])).values(),
    ];
    if (found.length === 1)
      out.set(f, { value: found[0]!.id, evidence: [`${f.addresses[0]}: «${found[0]!.words}»`] });
  }
  return new Set([...out.values()].map((e) => e.value)).size >= 2 ? out : null;
}

/** Whether a row is written for every organisation: «все ОО», or «—» (no one organisation's), in its organisation cell. */
const forEvery = (row: RoadmapRow) => {
  const t = oneLine(row.fields.organisation?.text ?? "");
  return EVERY_RE.test(t) || DASH_ONLY.test(t) || LEVEL_RE.test(t);
};

/**
 * The rows per organisation, in order of first appearance: a row without one belongs to the organisation above it.
 * Steps written once for all — above the first organisation's block («1. Общие мероприятия» over the schools' blocks),
 * or «все ОО» in the organisation column — are every organisation's, each a copy in its list. One group
 * (organisation null) when the rows name fewer than two organisations. `at` is the address of the group's first own row.
 */
export function byOrganisation(
  rows: RoadmapRow[],
): { organisation: string | null; rows: RoadmapRow[]; at: string; programme?: Evidence<ProgrammeId> }[] {
  // Each organisation's rows and the shared ones, as positions in `rows` (both ascending), by key: the organisation, and
  // the programme its caption names where the captions name two (captionProgrammes).
  const groups = new Map<string, number[]>();
  const names = new Map<string, { organisation: string; programme?: Evidence<ProgrammeId> }>();
  const shared: number[] = [];
  let last: string | null = null;
  const captions = captionProgrammes(rows);
  // Schools named in the steps' own text (no organisation column or heading): a row naming none is every school's.
  const named = rows.some((r) => r.fields.organisation)
    ? null
    : (namedInTitles(rows) ?? repeatedBlocks(rows));
  if (named) rows = groupsNamedInTitles(rows, named);
  rows.forEach((row, i) => {
    const own = oneOrganisation(row.fields.organisation?.text ?? "");
    if (own === null && (last === null || named !== null || forEvery(row))) {
      shared.push(i);
      return;
    }
    const programme = own === null ? undefined : captions?.get(row.fields.organisation!);
    const o: string = own === null ? last! : programme ? `${own}\u0000${programme.value}` : own;
    if (own !== null && !names.has(o)) names.set(o, { organisation: own, programme });
    last = o;
    const g = groups.get(o);
    if (g) g.push(i);
    else groups.set(o, [i]);
  });
  if (groups.size < 2)
    return [{ organisation: last && names.get(last)!.organisation, rows, at: rows[0]!.address }];
  return [...groups].map(([key, own]) => {
    // The shared steps in sheet order among the organisation's own (a merge of two ascending lists); the index is each
    // list's own, so a shared step is a copy in each.
    const rs: RoadmapRow[] = [];
    for (let a = 0, b = 0; a < own.length || b < shared.length;)
      if (b >= shared.length || (a < own.length && own[a]! < shared[b]!)) rs.push(rows[own[a++]!]!);
      else rs.push({ ...rows[shared[b++]!]! });
    rs.forEach((r, i) => (r.index = i));
    // Its first own row names it in the roadmap id: every organisation's list starts with the same shared steps.
    return { ...names.get(key)!, rows: rs, at: rows[own[0]!]!.address };
  });
}
