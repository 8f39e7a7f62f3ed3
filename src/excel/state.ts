import { z } from "zod";
import { parseRange, rangeAddress } from "../core/grid";
import { cellsOf, coalesce } from "./blocks";

/**
 * What the add-in remembers about its marks, kept IN THE WORKBOOK on a very hidden sheet «_roadmap_checker»:
 * a sheet works in every Excel from ExcelApi 1.1 (custom XML parts need 1.5, document settings are not written in
 * the same batch as the marks), travels with the file to any client, and the CLI can read it with exceljs.
 * JSON records in column A, written as text ("@") so Excel never parses them; cells with the same mark and the
 * same original fill share a record as coalesced blocks ("C2:C40,E7"), so the state stays small for big plans.
 */

export const STATE_SHEET = "_roadmap_checker";
export const STATE_APP = "roadmap-checker";

/** The fill a cell had before marking. "none" is stored explicitly: Office.js reads no fill as #FFFFFF (office-js #6218). */
const OriginalFillSchema = z.union([
  z.literal("none"),
  z.string().regex(/^[0-9A-F]{6}$/), // solid colour
  z.tuple([z.string(), z.string().regex(/^[0-9A-F]{6}$/), z.string().regex(/^[0-9A-F]{6}$/)]), // [pattern, color, patternColor]
]);
export type OriginalFill = z.infer<typeof OriginalFillSchema>;

const SheetRef = { s: z.string(), i: z.string() };

const FillRecord = z.object({
  t: z.literal("f"),
  ...SheetRef,
  a: z.string(),
  m: z.string(),
  o: OriginalFillSchema,
});
const NoteRecord = z.object({ t: z.literal("n"), ...SheetRef, a: z.string(), h: z.string() });
const CommentRecord = z.object({ t: z.literal("c"), ...SheetRef, a: z.string(), h: z.string() });
const HeadRecord = z.object({
  app: z.literal(STATE_APP),
  v: z.literal(1),
  report: z.object({ name: z.string(), header: z.string(), columns: z.number().int().positive() }).nullable(),
});

export interface MarkedCell {
  sheet: string;
  sheetId: string;
  address: string;
  /** The fill colour the add-in applied, "RRGGBB". */
  mark: string;
  original: OriginalFill;
}

export interface AddedNote {
  sheet: string;
  sheetId: string;
  address: string;
  /** Hash of the text the add-in wrote: a note edited since is the planner's and is kept. */
  hash: string;
}

export interface MarkState {
  /** The report sheet and a hash of its header row, so a planner's own sheet of that name is never deleted. */
  report: { name: string; header: string; columns: number } | null;
  cells: MarkedCell[];
  notes: AddedNote[];
  comments: AddedNote[];
}

export function emptyState(): MarkState {
  return { report: null, cells: [], notes: [], comments: [] };
}

/** FNV-1a, 32 bit: enough to recognise our own text, and short. */
export function textHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, "0");
}

/** Excel keeps at most 32,767 characters in a cell; records stay well under that. */
const MAX_RECORD_CHARS = 30_000;

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

export function encodeState(state: MarkState): string[] {
  const rows = [JSON.stringify({ app: STATE_APP, v: 1, report: state.report })];
  const groups = new Map<string, { c: MarkedCell; cells: string[] }>();
  for (const c of state.cells) {
    const k = JSON.stringify([c.sheet, c.sheetId, c.mark, c.original]);
    const g = groups.get(k);
    if (g) g.cells.push(c.address);
    else groups.set(k, { c, cells: [c.address] });
  }
  for (const { c, cells } of groups.values()) {
    for (const a of blockAddresses(cells))
      rows.push(JSON.stringify({ t: "f", s: c.sheet, i: c.sheetId, a, m: c.mark, o: c.original }));
  }
  for (const n of state.notes)
    rows.push(JSON.stringify({ t: "n", s: n.sheet, i: n.sheetId, a: n.address, h: n.hash }));
  for (const n of state.comments)
    rows.push(JSON.stringify({ t: "c", s: n.sheet, i: n.sheetId, a: n.address, h: n.hash }));
  return rows;
}

function expand(a: string): string[] {
  return a.split(",").flatMap((part) => cellsOf(parseRange(part)));
}

/**
 * Reads the state sheet's column A. Returns null when it is not ours (no header): then nothing is touched.
 * A damaged record is skipped rather than trusted.
 */
export function decodeState(column: readonly unknown[]): { state: MarkState; skipped: number } | null {
  const first = column[0];
  if (typeof first !== "string") return null;
  let head: z.infer<typeof HeadRecord>;
  try {
    const parsed = HeadRecord.safeParse(JSON.parse(first));
    if (!parsed.success) return null;
    head = parsed.data;
  } catch {
    return null;
  }
  const state: MarkState = { report: head.report, cells: [], notes: [], comments: [] };
  let skipped = 0;
  for (const raw of column.slice(1)) {
    if (raw === "" || raw === null || raw === undefined) continue;
    let obj: unknown;
    try {
      obj = JSON.parse(String(raw));
    } catch {
      skipped++;
      continue;
    }
    const f = FillRecord.safeParse(obj);
    if (f.success) {
      let cells: string[];
      try {
        cells = expand(f.data.a);
      } catch {
        skipped++;
        continue;
      }
      for (const address of cells)
        state.cells.push({ sheet: f.data.s, sheetId: f.data.i, address, mark: f.data.m, original: f.data.o });
      continue;
    }
    const n = NoteRecord.safeParse(obj);
    if (n.success) {
      state.notes.push({ sheet: n.data.s, sheetId: n.data.i, address: n.data.a, hash: n.data.h });
      continue;
    }
    const c = CommentRecord.safeParse(obj);
    if (c.success) {
      state.comments.push({ sheet: c.data.s, sheetId: c.data.i, address: c.data.a, hash: c.data.h });
      continue;
    }
    skipped++;
  }
  return { state, skipped };
}
