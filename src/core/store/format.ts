import { z } from "zod";

/**
 * What the add-in (and, later, the CLI) keeps IN THE WORKBOOK, decided once here. It lives on a very hidden sheet
 * «_roadmap_checker»: a sheet works in every Excel from ExcelApi 1.1 (custom XML parts need 1.5, document settings
 * are not written in the same batch as the marks), travels with the file to any client, and exceljs reads it.
 * Column A holds one JSON record per cell, written as text ("@") so Excel never parses them: a head record
 * (app, version, report) and then tagged records — "f" marked cells, "n" added notes, "c" added comments,
 * "a" accepted deviations, "t" saved templates.
 */

export const STORE_SHEET = "_roadmap_checker";
export const STORE_APP = "roadmap-checker";
export const STORE_VERSION = 1;

const Hex = z.string().regex(/^[0-9A-F]{6}$/);

/**
 * The fill a cell had before marking: "none", a solid "RRGGBB", or [pattern, colour, pattern colour] with the pattern
 * named as in fills.ts (STORED_PATTERNS). "none" is stored explicitly: Office.js reads no fill as #FFFFFF (office-js #6218).
 */
export const OriginalFillSchema = z.union([z.literal("none"), Hex, z.tuple([z.string(), Hex, Hex])]);
export type OriginalFill = z.infer<typeof OriginalFillSchema>;

export interface MarkedCell {
  sheet: string;
  /** The writing client's stable id of the sheet (Office's worksheet id); "" when it has none: the name is used. */
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
  /** Hash of the text the add-in wrote (textHash): a note edited since is the planner's and is kept. */
  hash: string;
}

export interface MarkState {
  /**
   * The report sheet: its Office worksheet id (found by it first, so a renamed report is still the add-in's; absent in
   * stores written before and in the CLI's), its name, and a hash of its header row, so a planner's own sheet of that
   * name is never deleted.
   */
  report: { name: string; id?: string; header: string; columns: number } | null;
  cells: MarkedCell[];
  notes: AddedNote[];
  /** Threaded comments, written instead of notes where notes are missing (ExcelApi 1.10–1.17). */
  comments: AddedNote[];
}

/**
 * An accepted deviation (issue 16), keyed by the business item, never by a cell: rows inserted or moved keep it.
 * Added in version 1 without a bump: v1 readers already kept "a" records verbatim, and a store without them reads as before.
 * Fields a later version adds are kept (catchall), so an older add-in rewriting the store does not drop them.
 */
export const AcceptanceRecord = z
  .object({
    t: z.literal("a"),
    /** The roadmap: programme id, target year (null when unknown), normalised organisation (per-organisation roadmaps). */
    programme: z.string(),
    year: z.number().int().nullable(),
    org: z.string().nullable(),
    /** Finding code (kept as a string: a code this version does not know is kept, not dropped). */
    code: z.string(),
    /** "item:<template item id>", "text:<normalised measure text>" where the finding has no item, or "" for the roadmap. */
    item: z.string(),
    reason: z.string().trim().min(1),
    /** The name the planner typed (Office.js gives no user identity in Excel); "" when none was given. */
    by: z.string(),
    /** When it was accepted, ISO 8601 time. */
    at: z.iso.datetime({ offset: true }),
    /** What was accepted, in the words of the report when it was (listed as such when the finding disappears). */
    label: z.string(),
    /** The finding's message in both languages, when accepted in the pane (a reason typed on the sheet has one). */
    labels: z.object({ ru: z.string(), en: z.string() }).optional(),
    /** The template item's title, or the row's measure text, when accepted: which row or item it was about. */
    about: z.object({ ru: z.string(), en: z.string() }).optional(),
  })
  .catchall(z.unknown());
export type Acceptance = z.infer<typeof AcceptanceRecord>;

/**
 * One chunk of a template saved in the workbook. The body is the JSON `parseTemplateJson` accepts (what
 * `roadmap-check --template FILE.json` reads), split over records so that no cell exceeds Excel's 32,767 characters.
 */
export const TemplateRecord = z.object({
  t: z.literal("t"),
  /** The edition's id. */
  id: z.string().min(1),
  /** Its title as the planner saw it. */
  n: z.string(),
  /** When it was saved (ISO timestamp). */
  at: z.string(),
  /** Where it was loaded from: a sheet of a workbook or a JSON file, and that sheet's or file's name. */
  src: z.object({ k: z.enum(["sheet", "file"]), n: z.string() }),
  /** Chunk k (from 0) of c. */
  k: z.number().int().min(0),
  c: z.number().int().min(1),
  b: z.string(),
});

export interface SavedTemplate {
  id: string;
  name: string;
  savedAt: string;
  source: { kind: "sheet" | "file"; name: string };
  /** The template as JSON text (parseTemplateJson's input). */
  json: string;
}

export interface WorkbookStore {
  marks: MarkState;
  acceptances: Acceptance[];
  templates: SavedTemplate[];
  /** Records of a kind this version does not know (a later version's), kept verbatim so rewriting the store keeps them. */
  other?: string[];
}

const SheetRef = { s: z.string(), i: z.string() };
export const HeadRecord = z.object({
  app: z.literal(STORE_APP),
  v: z.literal(STORE_VERSION),
  report: z
    .object({
      name: z.string(),
      id: z.string().optional(),
      header: z.string(),
      columns: z.number().int().positive(),
    })
    .nullable(),
});
/** Cells with the same sheet, mark and original share a record: `a` is a list of blocks ("C2:C40,E7"). */
export const FillRecord = z.object({
  t: z.literal("f"),
  ...SheetRef,
  a: z.string(),
  m: z.string(),
  o: OriginalFillSchema,
});
export const NoteRecord = z.object({ t: z.literal("n"), ...SheetRef, a: z.string(), h: z.string() });
export const CommentRecord = z.object({ t: z.literal("c"), ...SheetRef, a: z.string(), h: z.string() });

export function emptyMarks(): MarkState {
  return { report: null, cells: [], notes: [], comments: [] };
}

export function emptyStore(): WorkbookStore {
  return { marks: emptyMarks(), acceptances: [], templates: [] };
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
