import { cellsOf, coalesce } from "../blocks";
import { parseRange, rangeAddress } from "../grid";
import {
  AcceptanceRecord,
  CommentRecord,
  FillRecord,
  HeadRecord,
  type MarkState,
  type MarkedCell,
  NoteRecord,
  STORE_APP,
  STORE_VERSION,
  type SavedTemplate,
  TemplateRecord,
  type WorkbookStore,
  emptyMarks,
} from "./format";

/** The store ↔ the values of column A of the store sheet (one string per row, from row 1). */

/** Excel keeps at most 32,767 characters in a cell; records stay well under that. */
const MAX_RECORD_CHARS = 30_000;
/** Template body characters per record: JSON-quoting the body at most doubles it (\" and \\), plus the record's fields. */
export const TEMPLATE_CHUNK_CHARS = 14_000;

function blockAddresses(addresses: string[]): string[] {
  // Split the block list so that one record's address list stays under the cell limit.
  const out: string[] = [];
  let cur = "";
  for (const b of coalesce(addresses).map((r) => rangeAddress(r))) {
    if (cur && cur.length + b.length + 1 > MAX_RECORD_CHARS) {
      out.push(cur);
      cur = "";
    }
    cur = cur ? `${cur},${b}` : b;
  }
  if (cur) out.push(cur);
  return out;
}

/** The head record (row 1): rewritten alone once a new report sheet's id is known. */
export function encodeHead(report: MarkState["report"]): string {
  // Fields in one order, however the record was built: the same store is the same text.
  const r = report && {
    name: report.name,
    ...(report.id ? { id: report.id } : {}),
    header: report.header,
    columns: report.columns,
  };
  return JSON.stringify({ app: STORE_APP, v: STORE_VERSION, report: r });
}

export function encodeStore(store: WorkbookStore): string[] {
  const { marks } = store;
  const rows = [encodeHead(marks.report)];
  const groups = new Map<string, { c: MarkedCell; cells: string[] }>();
  for (const c of marks.cells) {
    const k = JSON.stringify([c.sheet, c.sheetId, c.mark, c.original]);
    const g = groups.get(k);
    if (g) g.cells.push(c.address);
    else groups.set(k, { c, cells: [c.address] });
  }
  for (const { c, cells } of groups.values()) {
    for (const a of blockAddresses(cells))
      rows.push(JSON.stringify({ t: "f", s: c.sheet, i: c.sheetId, a, m: c.mark, o: c.original }));
  }
  for (const n of marks.notes)
    rows.push(JSON.stringify({ t: "n", s: n.sheet, i: n.sheetId, a: n.address, h: n.hash }));
  for (const n of marks.comments)
    rows.push(JSON.stringify({ t: "c", s: n.sheet, i: n.sheetId, a: n.address, h: n.hash }));
  for (const r of store.acceptances) rows.push(JSON.stringify(r));
  rows.push(...(store.other ?? []));
  for (const t of store.templates) {
    const c = Math.max(1, Math.ceil(t.json.length / TEMPLATE_CHUNK_CHARS));
    for (let k = 0; k < c; k++) {
      const b = t.json.slice(k * TEMPLATE_CHUNK_CHARS, (k + 1) * TEMPLATE_CHUNK_CHARS);
      const src = { k: t.source.kind, n: t.source.name };
      rows.push(JSON.stringify({ t: "t", id: t.id, n: t.name, at: t.savedAt, src, k, c, b }));
    }
  }
  return rows;
}

function expand(a: string): string[] {
  return a.split(",").flatMap((part) => cellsOf(parseRange(part)));
}

function parseHead(first: unknown): WorkbookStore["marks"]["report"] | undefined {
  if (typeof first !== "string") return undefined;
  try {
    const parsed = HeadRecord.safeParse(JSON.parse(first));
    return parsed.success ? parsed.data.report : undefined;
  } catch {
    return undefined;
  }
}

type TemplateChunk = ReturnType<typeof TemplateRecord.parse>;

const KNOWN_KINDS = new Set(["f", "n", "c", "a", "t"]);

/** A record tagged with a kind this version does not read: a later version's, to keep rather than to drop. */
function isUnknownKind(obj: unknown): boolean {
  if (typeof obj !== "object" || obj === null || Array.isArray(obj)) return false;
  const t = (obj as { t?: unknown }).t;
  return typeof t === "string" && t !== "" && !KNOWN_KINDS.has(t);
}

/** Adds one record to the store (template chunks to `chunks`, joined later); false when it is damaged or unknown. */
function addRecord(store: WorkbookStore, obj: unknown, chunks: TemplateChunk[]): boolean {
  const { marks } = store;
  const f = FillRecord.safeParse(obj);
  if (f.success) {
    let cells: string[];
    try {
      cells = expand(f.data.a);
    } catch {
      return false;
    }
    for (const address of cells)
      marks.cells.push({ sheet: f.data.s, sheetId: f.data.i, address, mark: f.data.m, original: f.data.o });
    return true;
  }
  const n = NoteRecord.safeParse(obj);
  if (n.success) {
    marks.notes.push({ sheet: n.data.s, sheetId: n.data.i, address: n.data.a, hash: n.data.h });
    return true;
  }
  const c = CommentRecord.safeParse(obj);
  if (c.success) {
    marks.comments.push({ sheet: c.data.s, sheetId: c.data.i, address: c.data.a, hash: c.data.h });
    return true;
  }
  const a = AcceptanceRecord.safeParse(obj);
  if (a.success) store.acceptances.push(a.data);
  const t = TemplateRecord.safeParse(obj);
  if (t.success) chunks.push(t.data);
  return a.success || t.success;
}

/** Saved templates from their chunks; a template with a chunk missing or doubled is skipped whole (its chunks counted). */
function joinTemplates(chunks: TemplateChunk[]): { templates: SavedTemplate[]; skipped: number } {
  const byId = new Map<string, TemplateChunk[]>();
  for (const ch of chunks) byId.set(ch.id, [...(byId.get(ch.id) ?? []), ch]);
  const templates: SavedTemplate[] = [];
  let skipped = 0;
  for (const [id, parts] of byId) {
    const first = parts[0]!;
    const sorted = [...parts].sort((x, y) => x.k - y.k);
    const whole =
      sorted.length === first.c && sorted.every((p, i) => p.k === i && p.c === first.c && p.at === first.at);
    if (!whole) {
      skipped += parts.length;
      continue;
    }
    templates.push({
      id,
      name: first.n,
      savedAt: first.at,
      source: { kind: first.src.k, name: first.src.n },
      json: sorted.map((p) => p.b).join(""),
    });
  }
  return { templates, skipped };
}

/**
 * Reads column A of the store sheet. Returns null when it is not ours (no head record): then nothing is touched.
 * A damaged record is skipped rather than trusted, and counted.
 */
export function decodeStore(column: readonly unknown[]): { store: WorkbookStore; skipped: number } | null {
  const report = parseHead(column[0]);
  if (report === undefined) return null;
  const store: WorkbookStore = { marks: { ...emptyMarks(), report }, acceptances: [], templates: [] };
  let skipped = 0;
  const chunks: TemplateChunk[] = [];
  for (const raw of column.slice(1)) {
    if (raw === "" || raw === null || raw === undefined) continue;
    let obj: unknown;
    try {
      obj = JSON.parse(String(raw));
    } catch {
      skipped++;
      continue;
    }
    if (addRecord(store, obj, chunks)) continue;
    if (isUnknownKind(obj)) (store.other ??= []).push(String(raw));
    else skipped++;
  }
  const joined = joinTemplates(chunks);
  store.templates = joined.templates;
  return { store, skipped: skipped + joined.skipped };
}
