import { parseDeadline, resolveRelative } from "../deadlines";
import { countFromSteps, deadlineContext, deadlineInput, dueOfSeveral, fieldContext } from "../row-deadline";
import type { Deadline, IsoDate } from "../deadlines/types";
import { resolveFunding, type FundingEvidence, type KnownFunding } from "../funding";
import { planSpanText } from "../findings/messages";
import { shorten } from "../findings/text";
import { cellAddress, columnNumber, isBlank, parseCell } from "../grid";
import type { Bilingual } from "../lang";
import { matchRoadmap, type MatchResult, type RowDateHint } from "../match";
import { titleYears } from "../reader/guess";
import { DASH_ONLY } from "../reader/vocabulary";
import type { Roadmap, RoadmapRow, RowField } from "../reader/types";
import { SEVERITY, type FindingCode, type Severity } from "../codes";
import type { Finding } from "../report";
import { planYearFrom } from "../templates/library";
import { relativeKey } from "../templates/rules";
import type { Edition, TemplateItem } from "../templates/schema";
import type { NameOccurrence } from "./names";

/** What every rule reads: the roadmap, its rows with their deadlines read and matched once, and the plan's period. */

export interface ContextOptions {
  targetYear: number | null;
  checkDate: IsoDate;
  /** Names written on the sheet outside the table (approval and sign-off blocks), for name-variant notes. */
  sheetNames?: readonly NameOccurrence[];
  /** The planner's funding basis (pane or --funding); wins over the template's and the sheet's. */
  funding?: KnownFunding | null;
}

export interface RowInfo {
  pos: number;
  row: RoadmapRow;
  title: string;
  /** Whether the row has a title: rows without one are not measures and get no per-row notes. */
  titled: boolean;
  deadline: Deadline | null;
  /** The due day for the target year (a deadline relative to the subsidy year resolved), or null. */
  due: IsoDate | null;
  /** relativeKey() of a deadline written relative to the subsidy year, for comparison without a year. */
  key: number | null;
  /** row.number, so the rows can go to checkNumbering as they are. */
  number: string | null;
  /** The template items the row covers, best match first (none without a template). */
  items: readonly TemplateItem[];
  /** Why the row was matched to its first item: shown with the row's findings. */
  match: { score: number; terms: string[] } | null;
  /** The row's cell in the «Срок» column (its title cell when the table has none). */
  deadlineAddress: string;
  /** The deadline cell's text, spaces collapsed, or null. */
  actual: string | null;
}

export interface CheckContext {
  roadmap: Roadmap;
  edition: Edition | null;
  /** The roadmap's target year, when known. */
  year: number | null;
  checkDate: IsoDate;
  sheetNames: readonly NameOccurrence[];
  rows: RowInfo[];
  match: MatchResult | null;
  itemsById: ReadonlyMap<string, TemplateItem>;
  columns: { deadline: boolean; responsible: boolean; result: boolean };
  /** The roadmap's period (the edition's window around the year; three years without a form), when the year is known. */
  /** `years`: how many calendar years the roadmap is for (1, or 3 for «на 2027–2029 годы»). */
  plan: { from: IsoDate; to: IsoDate; span: Bilingual; years: number } | null;
  /** The row's title shortened for a message (its number when it has no title). */
  shortTitle: (r: RowInfo) => string;
  /** The funding basis the items were chosen by, and where it came from. */
  funding: FundingEvidence;
  /** Ids of the edition's items whose condition excludes the funding basis: not required, not reported missing. */
  notApplied: ReadonlySet<string>;
}

/** A finding and where it sorts: a row position, a half position for a missing item, below zero for the whole table. */
export interface Placed {
  at: number;
  finding: Finding;
}

/** The fields a rule gives; the rest of a Finding is filled in by finding(). */
export type FindingInput = Partial<Omit<Finding, "code" | "severity" | "sheet" | "message">> & {
  message: Bilingual;
  severity?: Severity;
};

export function finding(ctx: CheckContext, code: FindingCode, at: number, f: FindingInput): Placed {
  return {
    at,
    finding: {
      code,
      severity: f.severity ?? SEVERITY[code],
      sheet: ctx.roadmap.sheetName,
      address: f.address ?? null,
      marksCell: f.marksCell ?? f.address != null,
      rowIndex: f.rowIndex ?? null,
      itemId: f.itemId ?? null,
      itemTitle: f.itemTitle ?? null,
      message: f.message,
      expected: f.expected ?? null,
      actual: f.actual ?? null,
      rule: f.rule ?? null,
      match: f.match ?? null,
    },
  };
}

/** The value memoised under key, made on first use. */
export function memoised<K, V>(memo: Map<K, V>, key: K, make: (key: K) => V): V {
  let v = memo.get(key);
  if (v === undefined) memo.set(key, (v = make(key)));
  return v;
}

const NONBLANK = /\S/;

export function fieldBlank(f: RowField | undefined): boolean {
  // The text first: it is nearly always non-blank, and cheaper to test than the value.
  return !f || (f.text.trim() === "" && isBlank(f.value));
}

/** Address of a row's cell in a mapped column, even when the reader kept no field for an empty cell. */
export function columnCell(
  roadmap: Roadmap,
  row: RoadmapRow,
  key: "deadline" | "responsible" | "result",
): string {
  // A card's findings sit on its measure line, the line the planner reads the card by.
  if (roadmap.layout === "cards") return row.address;
  const f = row.fields[key];
  if (f && f.addresses.length > 0) return f.addresses[0]!;
  const col = roadmap.columns[key];
  const sheetRow = row.sheetRows[0] ?? parseCell(row.address).row;
  if (col && roadmap.layout !== "matrix")
    return cellAddress(sheetRow, columnNumber(col.column) + shiftOf(roadmap, row));
  return row.address;
}

const SHIFT_KEYS = ["title", "number", "deadline", "responsible", "result"] as const;

/**
 * How many columns over from the header a row's cells stand: a page printed a column over (the reader's pageShifts).
 * Two of its cells must agree: one cell alone may be a merge reaching left of its column.
 */
function shiftOf(roadmap: Roadmap, row: RoadmapRow): number {
  const seen = new Set<number>();
  let n = 0;
  for (const k of SHIFT_KEYS) {
    const a = row.fields[k]?.addresses[0];
    const c = roadmap.columns[k];
    if (!a || !c) continue;
    seen.add(parseCell(a).col - columnNumber(c.column));
    n++;
  }
  const [only] = seen;
  return seen.size === 1 && n >= 2 ? only! : 0;
}

const NO_ITEMS: readonly TemplateItem[] = [];
const collapseSpace = (t: string) => t.replace(/\s+/g, " ").trim();

/** Each row with its deadline read (not yet matched: items and match are filled in by buildContext). */
function readRows(
  roadmap: Roadmap,
  year: number | null,
  deadlineColumn: boolean,
  yearFrom: number | null,
): RowInfo[] {
  // Consolidated sheets repeat the same deadline texts: each distinct text is read once.
  const parsed = new Map<string, Deadline>();
  // Bench: checkSheet 10,000 rows +6–10 % CPU without this and the extra-row memo (A/B, 2026-12-03).
  const lines = new Map<string, string>();
  const dctx = deadlineContext(roadmap, year, yearFrom);
  return roadmap.rows.map((row, pos) => {
    const title = row.fields.title?.text ?? "";
    const f = row.fields.deadline;
    let deadline: Deadline | null = null;
    let due: IsoDate | null = null;
    let key: number | null = null;
    if (!fieldBlank(f) && !(typeof f!.value !== "number" && DASH_ONLY.test(f!.text))) {
      const input = deadlineInput(f!);
      // A year column's cell is read in its year: the memo tells the same text in two years apart.
      const memoKey =
        typeof input !== "string" ? null : f!.year === undefined ? input : `${f!.year}\u0000${input}`;
      deadline = memoKey === null ? null : (parsed.get(memoKey) ?? null);
      if (!deadline) {
        deadline = parseDeadline(input, fieldContext(dctx, f!));
        if (memoKey !== null) parsed.set(memoKey, deadline);
      }
      const rel = deadline.relative;
      due = deadline.due ?? (rel && year !== null ? resolveRelative(rel, year) : null);
      key = rel ? relativeKey(rel.yearOffset, rel.month, rel.day) : null;
    }
    return {
      pos,
      row,
      title,
      titled: NONBLANK.test(title),
      deadline,
      due,
      key,
      number: row.number,
      items: NO_ITEMS,
      match: null,
      deadlineAddress: deadlineColumn ? columnCell(roadmap, row, "deadline") : row.address,
      actual: f === undefined ? null : memoised(lines, f.text, collapseSpace),
    };
  });
}

/** Whether an item is part of the form under a basis: unknown funding keeps every item (the behaviour before bases). */
export function itemApplies(item: TemplateItem, basis: FundingEvidence["basis"]): boolean {
  return item.appliesWhen === null || basis === "unknown" || item.appliesWhen.funding.includes(basis);
}

/** Reads each row's deadline once, matches the rows to the edition's items and works out the plan's period. */
export function buildContext(roadmap: Roadmap, edition: Edition | null, opts: ContextOptions): CheckContext {
  const year = opts.targetYear;
  const columns = {
    deadline: roadmap.columns.deadline !== undefined,
    responsible: roadmap.columns.responsible !== undefined,
    result: roadmap.columns.result !== undefined,
  };
  const rows = readRows(roadmap, year, columns.deadline, planYearFrom(edition));
  const hints: (RowDateHint | null)[] = rows.map((r) =>
    r.deadline ? { due: r.due, key: r.key, occurrences: r.deadline.occurrences } : null,
  );
  const match = edition ? matchRoadmap(roadmap, edition, { targetYear: year, dates: hints }) : null;
  const itemsById = new Map((edition?.items ?? []).map((it) => [it.id, it]));
  for (const [pos, cov] of match?.byRow ?? []) {
    const r = rows[pos]!;
    r.items = cov.map((c) => itemsById.get(c.itemId)).filter((x): x is TemplateItem => x !== undefined);
    r.match = { score: cov[0]!.score, terms: cov[0]!.terms };
    r.due = dueOfSeveral(r.deadline, r.due, r.items);
  }
  countFromSteps(rows, (pos) => rows[pos]!.items.some((it) => it.id === "start")).forEach((c, pos) => {
    if (c) Object.assign(rows[pos]!, c);
  });
  // No form: IT-куб plans run three years; a roadmap «на 2027–2029 годы» runs through the window of its last year.
  const base = edition ? edition.window : ([-1, 2] as const);
  const last = year === null ? null : titleYears(roadmap.title).lastYear;
  const more = year !== null && last !== null && last > year ? last - year : 0;
  const window = [base[0], base[1] + more] as const;
  const plan =
    year === null
      ? null
      : {
          from: `${year + window[0]}-01-01`,
          to: `${year + window[1]}-12-31`,
          span: planSpanText(year, window),
          years: more + 1,
        };
  const funding = resolveFunding(roadmap.funding, edition?.funding, opts.funding);
  const notApplied = new Set(
    (edition?.items ?? []).filter((it) => !itemApplies(it, funding.basis)).map((it) => it.id),
  );
  return {
    roadmap,
    edition,
    year,
    funding,
    notApplied,
    checkDate: opts.checkDate,
    sheetNames: opts.sheetNames ?? [],
    rows,
    match,
    itemsById,
    columns,
    plan,
    shortTitle: (r) => shorten(r.title || r.row.number || "", 60),
  };
}
