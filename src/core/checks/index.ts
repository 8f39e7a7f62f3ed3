import { isWorkingDay, nonWorkingReason } from "../calendar";
import { compareIso, parseDeadline, resolveRelative } from "../deadlines";
import type { Deadline, IsoDate } from "../deadlines/types";
import { cellAddress, columnNumber, isBlank, parseCell } from "../grid";
import type { Bilingual } from "../lang";
import { PROGRAMME_SHORT } from "../programmes";
import type { Roadmap, RoadmapRow, RowField } from "../reader/types";
import {
  countFindings,
  SEVERITY_ORDER,
  verdictOf,
  type Confidence,
  type Finding,
  type FindingCode,
  type ItemMatch,
  type RoadmapReport,
  type Severity,
} from "../report";
import { matchRoadmap, type Coverage, type MatchResult, type RowDateHint } from "../match";
import { noTemplateReason } from "../templates/library";
import { isDated, relativeKey, ruleDue, ruleKey, ruleText } from "../templates/rules";
import type { Edition, TemplateItem } from "../templates/schema";
import { extractNames, isVariant, type NameOccurrence } from "./names";
import { checkNumbering } from "./numbering";
import { SEVERITY } from "../findings/catalogue";
import { MESSAGES as M, NOTES, planSpanText } from "../findings/messages";
import { bi, shorten } from "../findings/text";

export interface CheckOptions {
  targetYear: number | null;
  checkDate: IsoDate;
  disabled?: readonly FindingCode[];
  /** Names written on the sheet outside the table (approval and sign-off blocks), for name-variant notes. */
  sheetNames?: readonly NameOccurrence[];
}

export { SEVERITY };

const NONE: readonly Coverage[] = [];
const NONBLANK = /\S/;
const NO_ITEMS: readonly TemplateItem[] = [];

interface RowInfo {
  pos: number;
  row: RoadmapRow;
  title: string;
  deadline: Deadline | null;
  due: IsoDate | null;
  key: number | null;
  /** row.number, so the rows can go to checkNumbering as they are. */
  number: string | null;
}

// \b is ASCII-only even with /u: Russian words end at (?!\p{L}).
const DONE = /^\s*(выполнен|исполнен|сделан|завершен|готов|done|completed?\b|да(?!\p{L})|yes\b|✓|✔|\+)/iu;
const NOT_DONE = /^\s*(не\s|not\s|нет(?!\p{L})|no\b)/iu;

function isDone(field: RowField | undefined): boolean {
  if (!field) return false;
  const t = field.text.replace(/ё/g, "е");
  return DONE.test(t) && !NOT_DONE.test(t);
}

function fieldBlank(f: RowField | undefined): boolean {
  // The text first: it is nearly always non-blank, and cheaper to test than the value.
  return !f || (f.text.trim() === "" && isBlank(f.value));
}

/** Address of a row's cell in a mapped column, even when the reader kept no field for an empty cell. */
function columnCell(roadmap: Roadmap, row: RoadmapRow, key: "deadline" | "responsible" | "result"): string {
  const f = row.fields[key];
  if (f && f.addresses.length > 0) return f.addresses[0]!;
  const col = roadmap.columns[key];
  const sheetRow = row.sheetRows[0] ?? parseCell(row.address).row;
  if (col && roadmap.layout !== "matrix") return cellAddress(sheetRow, columnNumber(col.column));
  return row.address;
}

function deadlineInput(f: RowField): Parameters<typeof parseDeadline>[0] {
  // A Date or serial number is read as such; text continued across a page break is read whole.
  return typeof f.value === "string" || f.value === null ? f.text : f.value;
}

function itemTitle(item: TemplateItem): Bilingual {
  return item.title;
}

type FindingInput = Partial<Omit<Finding, "code" | "severity" | "sheet" | "message">> & {
  message: Bilingual;
  severity?: Severity;
};

// Module level, not a closure per call: its optimised code survives from one check to the next.
function makeFinding(code: FindingCode, sheet: string, f: FindingInput): Finding {
  return {
    code,
    severity: f.severity ?? SEVERITY[code],
    sheet,
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
  };
}

/** The value memoised under key, made on first use. */
function memoised<K, V>(memo: Map<K, V>, key: K, make: (key: K) => V): V {
  let v = memo.get(key);
  if (v === undefined) memo.set(key, (v = make(key)));
  return v;
}

const collapseSpace = (t: string) => t.replace(/\s+/g, " ").trim();
const shorten60 = (t: string) => shorten(t, 60);
const offDayOf = (iso: IsoDate) => (isWorkingDay(iso) ? null : { reason: nonWorkingReason(iso) });

export function checkRoadmap(roadmap: Roadmap, edition: Edition | null, opts: CheckOptions): RoadmapReport {
  const Y = opts.targetYear;
  const disabled = new Set(opts.disabled ?? []);
  const findings: Finding[] = [];
  const orders: number[] = [];
  const notes: Bilingual[] = [];

  const add = (code: FindingCode, order: number, f: FindingInput) => {
    if (disabled.has(code)) return;
    findings.push(makeFinding(code, roadmap.sheetName, f));
    orders.push(order);
  };

  // --- read each row's deadline once -------------------------------------------------------------------------------
  const parsed = new Map<string, Deadline>();
  // Messages that depend only on a date or an item are shared by all rows that get them.
  // One map per message kind, keyed by the ISO day itself: no key string built per row.
  const overdueMsgs = new Map<string, Bilingual>();
  const offDayMsgs = new Map<string, Bilingual>();
  // One match summary per coverage entry, shared by the row's findings.
  const matchMemo = new Map<Coverage, { score: number; terms: string[] }>();
  const matchOf = (c: Coverage) => {
    let v = matchMemo.get(c);
    if (!v) matchMemo.set(c, (v = { score: c.score, terms: c.terms }));
    return v;
  };
  // Consolidated sheets repeat texts and dates thousands of times: each distinct one is worked out once.
  const shortMemo = new Map<string, string>();
  const lineMemo = new Map<string, string>();
  const offMemo = new Map<string, { reason: Bilingual | null } | null>();
  const overdueMessage = (due: IsoDate) => M.overdue.row({ due, checkDate: opts.checkDate });
  const offDayMessage = (due: IsoDate) =>
    M["non-working-day"].row({ due, reason: memoised(offMemo, due, offDayOf)?.reason ?? null });
  const rows: RowInfo[] = roadmap.rows.map((row, pos) => {
    const title = row.fields.title?.text ?? "";
    const f = row.fields.deadline;
    if (fieldBlank(f)) return { pos, row, title, deadline: null, due: null, key: null, number: row.number };
    const input = deadlineInput(f!);
    // Consolidated sheets repeat the same deadline texts: read each distinct text once.
    let d = typeof input === "string" ? parsed.get(input) : undefined;
    if (!d) {
      d = parseDeadline(input, { targetYear: Y, documentYear: roadmap.documentYear });
      if (typeof input === "string") parsed.set(input, d);
    }
    let due = d.due;
    if (due === null && d.relative && Y !== null) due = resolveRelative(d.relative, Y);
    const key = d.relative ? relativeKey(d.relative.yearOffset, d.relative.month, d.relative.day) : null;
    return { pos, row, title, deadline: d, due, key, number: row.number };
  });
  // One hint per parsed deadline (its due day and key follow from it), so the matcher can share work by identity.
  const hintOf = new Map<Deadline, RowDateHint>();
  const hints: (RowDateHint | null)[] = rows.map((r) =>
    r.deadline ? memoised(hintOf, r.deadline, () => ({ due: r.due, key: r.key })) : null,
  );

  // --- template: match rows to items --------------------------------------------------------------------------------
  let match: MatchResult | null = null;
  if (edition) {
    match = matchRoadmap(roadmap, edition, { targetYear: Y, dates: hints });
    for (const n of edition.notes) notes.push(n);
    if (Y !== null && Y > edition.generation) {
      notes.push(NOTES.olderGeneration({ generation: edition.generation, year: Y }));
    }
    if (Y === null) {
      notes.push(NOTES.yearUnknown());
    }
  } else {
    const reason = noTemplateReason(roadmap.programme.value, Y);
    notes.push(reason);
    add("no-template", -1, { address: roadmap.headerAddress, marksCell: false, message: reason });
  }

  const itemsById = new Map((edition?.items ?? []).map((it) => [it.id, it]));
  const ruleOf = (item: TemplateItem) => ({
    source: item.source.document,
    confidence: item.deadline.confidence as Confidence,
  });

  // --- missing items ------------------------------------------------------------------------------------------------
  if (edition && match) {
    const order = edition.items;
    order.forEach((item, i) => {
      if (match!.byItem.has(item.id)) return;
      // Where it belongs: after the row of the nearest earlier item found, else before the nearest later one.
      let at: number | null = null;
      for (let k = i - 1; k >= 0 && at === null; k--) {
        const c = match!.byItem.get(order[k]!.id);
        if (c) at = Math.max(...c.map((x) => x.rowPos));
      }
      let place = at;
      if (place === null) {
        for (let k = i + 1; k < order.length && place === null; k++) {
          const c = match!.byItem.get(order[k]!.id);
          if (c) place = Math.min(...c.map((x) => x.rowPos));
        }
      }
      const expected = ruleText(item.deadline, Y);
      const direction = item.multiple && item.section !== null;
      const unconfirmed = item.confidence === "unknown";
      const message = direction
        ? M["missing-item"].direction({ section: item.section!, item, unconfirmed })
        : M["missing-item"].item({
            item,
            expected: item.deadline.kind === "none" ? null : expected,
            unconfirmed,
          });
      add("missing-item", place === null ? roadmap.rows.length : place + 0.5, {
        address: place === null ? null : roadmap.rows[place]!.address,
        marksCell: false,
        itemId: item.id,
        itemTitle: itemTitle(item),
        message,
        expected: item.deadline.kind === "none" ? null : expected,
        rule: { source: item.source.document, confidence: item.confidence },
      });
    });
  }

  // --- per row ------------------------------------------------------------------------------------------------------
  const window = edition ? edition.window : ([-1, 2] as [number, number]); // no form: IT-куб plans run three years
  const hasResultColumn = roadmap.columns.result !== undefined;
  const hasResponsibleColumn = roadmap.columns.responsible !== undefined || roadmap.layout === "matrix";
  const hasDeadlineColumn = roadmap.columns.deadline !== undefined;

  if (!hasDeadlineColumn && rows.length > 0) {
    add("deadline-missing", -0.5, {
      address: roadmap.headerAddress,
      message: M["deadline-missing"].noColumn(),
    });
  }
  if (!hasResponsibleColumn && rows.length > 0) {
    add("responsible-missing", -0.5, {
      address: roadmap.headerAddress,
      message: M["responsible-missing"].noColumn(),
    });
  }

  // The roadmap's period, and one message per (deadline text, due day) outside it.
  const planFrom = Y !== null ? `${Y + window[0]}-01-01` : "";
  const planTo = Y !== null ? `${Y + window[1]}-12-31` : "";
  const planSpan = Y === null ? bi("", "") : planSpanText(Y, window);
  const outsideMsgs = new Map<string, Map<string, Bilingual>>();
  const shortOf = (r: RowInfo) => memoised(shortMemo, r.title || r.row.number || "", shorten60);
  // Duplicates of one item share their match summary (same score, same term list).
  const dupMatch = new Map<string[], Map<number, { score: number; terms: string[] }>>();
  const dupMatchOf = (score: number, terms: string[]) => {
    let byScore = dupMatch.get(terms);
    if (!byScore) dupMatch.set(terms, (byScore = new Map()));
    let v = byScore.get(score);
    if (!v) byScore.set(score, (v = { score, terms }));
    return v;
  };
  for (const r of rows) {
    const { row, pos } = r;
    const cov = match?.byRow.get(pos) ?? NONE;
    const covItems =
      cov.length === 0
        ? NO_ITEMS
        : cov.map((c) => itemsById.get(c.itemId)).filter((x): x is TemplateItem => x !== undefined);
    // Guarded reads: an out-of-bounds [0] on the shared empty arrays deoptimises the row loop.
    const best = cov.length > 0 ? cov[0] : undefined;
    const first = covItems.length > 0 ? covItems[0] : undefined;
    const matchInfo = best ? matchOf(best) : null;
    const deadlineAddr = hasDeadlineColumn ? columnCell(roadmap, row, "deadline") : row.address;
    const actual = row.fields.deadline ? memoised(lineMemo, row.fields.deadline.text, collapseSpace) : null;
    const d = r.deadline;

    // Deadline present and readable.
    if (hasDeadlineColumn && d === null && NONBLANK.test(r.title)) {
      add("deadline-missing", pos, {
        address: deadlineAddr,
        rowIndex: row.index,
        itemId: first?.id ?? null,
        itemTitle: first ? itemTitle(first) : null,
        message: M["deadline-missing"].row({ title: shortOf(r) }),
        expected: first && first.deadline.kind !== "none" ? ruleText(first.deadline, Y) : null,
        match: matchInfo,
      });
    } else if (d && d.kind === "unknown") {
      add("deadline-unreadable", pos, {
        address: deadlineAddr,
        rowIndex: row.index,
        itemId: first?.id ?? null,
        itemTitle: first ? itemTitle(first) : null,
        message: M["deadline-unreadable"].row({ actual: actual ?? "", year: Y }),
        actual,
        match: matchInfo,
      });
    }

    // Against the template's rule: the strictest rule among the items the row covers.
    if (d && d.kind !== "unknown" && covItems.length > 0) {
      const dated = covItems.filter((it) => isDated(it.deadline));
      const strictest = dated
        .map((it) => ({ it, due: Y !== null ? ruleDue(it.deadline, Y) : null, key: ruleKey(it.deadline) }))
        .sort((a, b) => (a.key ?? 0) - (b.key ?? 0))[0];
      if (strictest) {
        const it = strictest.it;
        const expected = ruleText(it.deadline, Y);
        const caveat = it.deadline.confidence === "confirmed" ? null : it.deadline.note;
        let late = false;
        let comparable = false;
        if (Y !== null && r.due && strictest.due) {
          comparable = true;
          late = compareIso(r.due, strictest.due) > 0;
        } else if (r.key !== null && strictest.key !== null) {
          comparable = true;
          late = r.key > strictest.key;
        }
        if (late) {
          add("late-vs-template", pos, {
            address: deadlineAddr,
            rowIndex: row.index,
            itemId: it.id,
            itemTitle: itemTitle(it),
            message: M["late-vs-template"].late({ actual: actual ?? "", expected, item: it, caveat }),
            expected,
            actual,
            rule: ruleOf(it),
            match: matchInfo,
          });
        } else if (!comparable && (d.kind === "external-schedule" || d.kind === "on-request")) {
          // A warning, not an error: «по графику» in place of a fixed federal date is not proof of lateness, but it
          // leaves the region without a committed date the federal operator monitors, which a reviewer sends back.
          add("late-vs-template", pos, {
            severity: "warning",
            address: deadlineAddr,
            rowIndex: row.index,
            itemId: it.id,
            itemTitle: itemTitle(it),
            message: M["late-vs-template"].notComparable({ actual: actual ?? "", expected, item: it }),
            expected,
            actual,
            rule: ruleOf(it),
            match: matchInfo,
          });
        }
      }
    }

    // Inside the roadmap's period.
    if (d && Y !== null && r.due && !d.yearInferred && d.kind !== "unknown") {
      const start = d.start ?? r.due;
      if (compareIso(r.due, planTo) > 0 || compareIso(start, planFrom) < 0) {
        const text = actual ?? "";
        const byDue = memoised(outsideMsgs, text, () => new Map<string, Bilingual>());
        add("deadline-outside-plan", pos, {
          address: deadlineAddr,
          rowIndex: row.index,
          message: memoised(byDue, r.due, (due) =>
            M["deadline-outside-plan"].row({ actual: text, due, year: Y, span: planSpan }),
          ),
          actual,
          match: matchInfo,
        });
      }
    }

    // Already missed.
    const dueKinds =
      d &&
      (d.kind === "date" ||
        d.kind === "by-date" ||
        d.kind === "period" ||
        d.kind === "recurring" ||
        d.kind === "relative");
    if (d && dueKinds && r.due && compareIso(r.due, opts.checkDate) < 0 && !isDone(row.fields.status)) {
      const due = r.due;
      add("overdue", pos, {
        address: deadlineAddr,
        rowIndex: row.index,
        itemId: first?.id ?? null,
        itemTitle: first ? itemTitle(first) : null,
        message: memoised(overdueMsgs, due, overdueMessage),
        actual,
        match: matchInfo,
      });
    }

    // A fixed day that is a weekend or a holiday.
    const dayKinds =
      d &&
      (d.kind === "date" ||
        d.kind === "by-date" ||
        d.kind === "relative" ||
        (d.kind === "recurring" && (d.start === null || d.start === d.due)));
    const offDay = d && dayKinds && r.due ? memoised(offMemo, r.due, offDayOf) : null;
    if (offDay && r.due) {
      const due = r.due;
      add("non-working-day", pos, {
        address: deadlineAddr,
        rowIndex: row.index,
        message: memoised(offDayMsgs, due, offDayMessage),
        actual,
      });
    }

    // Responsible and result.
    if (hasResponsibleColumn && NONBLANK.test(r.title) && fieldBlank(row.fields.responsible)) {
      add("responsible-missing", pos, {
        address: columnCell(roadmap, row, "responsible"),
        rowIndex: row.index,
        itemId: first?.id ?? null,
        itemTitle: first ? itemTitle(first) : null,
        message: M["responsible-missing"].row({ title: shortOf(r) }),
        expected: first ? first.responsible : null,
        match: matchInfo,
      });
    }
    // Only where the form has a result for the item (or no form tells otherwise).
    const wantsResult = covItems.length === 0 || covItems.some((it) => it.result !== null);
    if (hasResultColumn && wantsResult && NONBLANK.test(r.title) && fieldBlank(row.fields.result)) {
      const withResult = covItems.find((it) => it.result !== null);
      add("result-missing", pos, {
        address: columnCell(roadmap, row, "result"),
        rowIndex: row.index,
        itemId: withResult?.id ?? null,
        itemTitle: withResult ? itemTitle(withResult) : null,
        message: M["result-missing"].row({ title: shortOf(r) }),
        expected: withResult?.result ?? null,
        match: matchInfo,
      });
    }
  }

  // --- duplicates and extra rows ------------------------------------------------------------------------------------
  if (match) {
    // One message per (item, first row): keyed without building a string per duplicate row.
    const dupMsgs = new Map<TemplateItem, Map<string, Bilingual>>();
    for (const dup of match.duplicates) {
      const item = itemsById.get(dup.itemId)!;
      const row = roadmap.rows[dup.rowPos]!;
      const other = roadmap.rows[dup.otherRowPos]!;
      let byAddress = dupMsgs.get(item);
      if (!byAddress) dupMsgs.set(item, (byAddress = new Map()));
      let message = byAddress.get(other.address);
      if (!message) {
        message = M["duplicate-item"].row({ item, otherAddress: other.address });
        byAddress.set(other.address, message);
      }
      add("duplicate-item", dup.rowPos, {
        address: row.address,
        rowIndex: row.index,
        itemId: item.id,
        itemTitle: itemTitle(item),
        message,
        match: dupMatchOf(dup.score, dup.terms),
      });
    }
    // One message per distinct title: a consolidated sheet repeats its regional additions block after block.
    const extraMsgs = new Map<string, Bilingual>();
    const extraMessage = (title: string) => M["extra-row"].row({ title, template: edition!.title });
    for (const pos of match.extras) {
      const row = roadmap.rows[pos]!;
      add("extra-row", pos, {
        address: row.address,
        rowIndex: row.index,
        message: memoised(extraMsgs, row.fields.title?.text ?? "", extraMessage),
      });
    }
  }

  // --- numbering ----------------------------------------------------------------------------------------------------
  const numbering = checkNumbering(rows);
  for (const g of numbering.gaps) {
    const row = roadmap.rows[g.pos]!;
    add("numbering-gap", g.pos, {
      address: row.fields.number?.addresses[0] ?? row.address,
      rowIndex: row.index,
      message: M["numbering-gap"].row(g),
      actual: row.number,
    });
  }
  for (const rep of numbering.repeats) {
    const row = roadmap.rows[rep.pos]!;
    const first = roadmap.rows[rep.firstPos]!;
    add("numbering-duplicate", rep.pos, {
      address: row.fields.number?.addresses[0] ?? row.address,
      rowIndex: row.index,
      message: M["numbering-duplicate"].row({
        number: rep.number,
        firstAddress: first.fields.number?.addresses[0] ?? first.address,
      }),
      actual: row.number,
    });
  }

  // --- one person, two spellings ------------------------------------------------------------------------------------
  // Distinct spellings are compared, not occurrences: a consolidated sheet repeats the same few names thousands of times.
  interface Spelling {
    sample: NameOccurrence;
    count: number;
    table: { address: string; pos: number } | null;
    firstAddress: string;
  }
  const spellings = new Map<string, Spelling>();
  const namesMemo = new Map<string, NameOccurrence[]>();
  const note = (n: NameOccurrence, address: string, pos: number | null) => {
    const s = spellings.get(n.text);
    if (!s) {
      spellings.set(n.text, {
        sample: n,
        count: 1,
        table: pos === null ? null : { address, pos },
        firstAddress: address,
      });
    } else {
      s.count += 1;
      if (!s.table && pos !== null) s.table = { address, pos };
    }
  };
  for (const r of rows) {
    const f = r.row.fields.responsible;
    if (!f) continue;
    let names = namesMemo.get(f.text);
    if (!names) namesMemo.set(f.text, (names = extractNames(f.text, "")));
    const address = f.addresses[0] ?? r.row.address;
    for (const n of names) note(n, address, r.pos);
  }
  for (const n of opts.sheetNames ?? []) note(n, n.address, null);
  const byInitials = new Map<string, Spelling[]>();
  for (const s of spellings.values()) {
    const list = byInitials.get(s.sample.initials) ?? [];
    list.push(s);
    byInitials.set(s.sample.initials, list);
  }
  for (const list of byInitials.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i]!;
        const b = list[j]!;
        if ((!a.table && !b.table) || !isVariant(a.sample, b.sample)) continue;
        // Mark the rarer spelling when both are in the table (the earlier one on a tie); otherwise the table's one.
        let here = a.table ? a : b;
        if (a.table && b.table && (b.count < a.count || (b.count === a.count && b.table.pos < a.table.pos)))
          here = b;
        const there = here === a ? b : a;
        const where = there.table?.address ?? there.firstAddress;
        add("responsible-name-variant", here.table!.pos, {
          address: here.table!.address,
          rowIndex: roadmap.rows[here.table!.pos]!.index,
          message: M["responsible-name-variant"].row({
            here: here.sample.text,
            there: there.sample.text,
            where,
          }),
          actual: here.sample.text,
        });
      }
    }
  }

  // --- the report ---------------------------------------------------------------------------------------------------
  const idx = findings.map((_, i) => i);
  idx.sort(
    (a, b) =>
      orders[a]! - orders[b]! ||
      SEVERITY_ORDER[findings[a]!.severity] - SEVERITY_ORDER[findings[b]!.severity] ||
      a - b,
  );
  const clean: Finding[] = idx.map((i) => findings[i]!);
  const { counts, byCode } = countFindings(clean);
  const matches: ItemMatch[] = (match?.coverage ?? []).map((c) => {
    const row = roadmap.rows[c.rowPos]!;
    return { itemId: c.itemId, rowIndex: row.index, address: row.address, score: c.score, terms: c.terms };
  });
  const programme = roadmap.programme.value;

  return {
    roadmapId: roadmap.id,
    sheet: roadmap.sheetName,
    title: roadmap.title || (programme !== "unknown" ? PROGRAMME_SHORT[programme].ru : roadmap.sheetName),
    layout: roadmap.layout,
    programme: edition ? edition.programme : programme,
    editionId: edition?.id ?? null,
    editionTitle: edition?.title ?? null,
    editionConfidence: edition?.confidence ?? null,
    targetYear: Y,
    checkDate: opts.checkDate,
    rowsRead: roadmap.rows.length,
    matches,
    findings: clean,
    counts,
    byCode,
    verdict: verdictOf(counts),
    notes,
  };
}
