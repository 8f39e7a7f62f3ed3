import { collectTyped, typedReasons } from "../core/acceptance";
import type { Bilingual } from "../core/lang";
import type { MarkPlan } from "../core/marks";
import {
  type Acceptance,
  type AddedNote,
  type MarkedCell,
  STORE_SHEET,
  type WorkbookStore,
  decodeStore,
  emptyStore,
  encodeStore,
  originalFromFile,
  textHash,
} from "../core/store";
import { freeSheetName } from "../core/templates/sheet";
import { M, sheetsProtected } from "./messages";
import { reportSheetXml, storeSheetXml } from "./ooxml/new-sheets";
import { addNotes, readNotes, removeNotes, sheetNotes } from "./ooxml/notes";
import { OoxmlPackage, type SheetEntry, addSheet, renameSheet, workbookOf } from "./ooxml/package";
import { isProtected, restyleCells } from "./ooxml/sheet";
import { StyleSheet, themeColors } from "./ooxml/styles";
import { columnA, sheetTexts } from "./ooxml/values";
import { attrs, findElement } from "./ooxml/xml";

/**
 * Executes a core MarkPlan on the workbook's package itself: the same cells, colours, notes and «Проверка» sheet the
 * add-in makes, and the same store sheet, so «Снять отметки» in Excel restores the planner's own fills. Every part
 * the plan does not touch is carried over byte for byte; touched parts change only where the plan says.
 */

export { linkFormula } from "./ooxml/new-sheets";

/** A copy the CLI will not write, with the one-line reason the report carries. */
export class Refusal extends Error {
  constructor(readonly reason: Bilingual) {
    super(reason.en);
  }
}

export interface AnnotateResult {
  bytes: Uint8Array;
  reportSheet: string;
  /** Cells that already had the planner's own note: left as they are (their messages are on the report sheet). */
  notesKept: number;
  /** Parts added or changed. */
  touched: Set<string>;
}

const commentsMarked: Bilingual = {
  ru: "копия с отметками не записана: в книге есть комментарии, добавленные надстройкой, — снимите отметки в Excel («Снять отметки») или возьмите исходный файл; проверка выше выполнена",
  en: "annotated copy not written: the workbook holds comments the add-in added — clear the marks in Excel (“Clear marks”) or use the original file; the check above is complete",
};

const foreignStore: Bilingual = {
  ru: `копия с отметками не записана: в книге есть лист «${STORE_SHEET}», созданный не этой программой — переименуйте его и повторите; проверка выше выполнена`,
  en: `annotated copy not written: the workbook has a sheet “${STORE_SHEET}” this tool did not create — rename it and retry; the check above is complete`,
};

function structureLocked(xml: string): boolean {
  const t = findElement(xml, "workbookProtection");
  if (!t) return false;
  const v = attrs(xml.slice(t.start, t.end)).get("lockStructure");
  return v === "1" || v === "true";
}

const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** The store sheet's records, or an empty store; throws a Refusal for a sheet of that name that is not ours. */
function readStore(pkg: OoxmlPackage, wbPart: string, entry: SheetEntry | null): WorkbookStore {
  if (!entry) return emptyStore();
  if (!entry.part) throw new Refusal(foreignStore);
  const column = columnA(pkg, wbPart, entry.part);
  if (column.every((v) => v === "")) return emptyStore();
  const decoded = decodeStore(column);
  if (!decoded) throw new Refusal(foreignStore);
  // Threaded comments cannot be taken back out of a package here; notes and fills can.
  if (decoded.store.marks.comments.length > 0) throw new Refusal(commentsMarked);
  return decoded.store;
}

const cellKey = (sheet: string, address: string) => `${sheet.toLowerCase()}!${address.toUpperCase()}`;

/** The earlier marks (the add-in's or an earlier copy's) by cell, and their notes by sheet. */
function previousMarks(store: WorkbookStore): {
  cells: Map<string, MarkedCell[]>;
  notes: Map<string, AddedNote[]>;
} {
  // A store written half-way (the add-in's crash-safe first state) can hold two records for a cell: both are kept.
  const cells = new Map<string, MarkedCell[]>();
  for (const c of store.marks.cells) {
    const k = cellKey(c.sheet, c.address);
    cells.set(k, [...(cells.get(k) ?? []), c]);
  }
  const notes = new Map<string, AddedNote[]>();
  for (const n of store.marks.notes) {
    const k = n.sheet.toLowerCase();
    notes.set(k, [...(notes.get(k) ?? []), n]);
  }
  return { cells, notes };
}

/** Whether a cell's fill is still the mark `hex` ("RRGGBB") an earlier check gave it. */
function stillMarked(styles: StyleSheet, style: number, hex: string): boolean {
  return originalFromFile(styles.fillOf(style)) === hex.toUpperCase();
}

interface SheetResult {
  cells: MarkedCell[];
  notes: AddedNote[];
  notesKept: number;
}

/**
 * One sheet: earlier marks undone as «Снять отметки» undoes them (a fill still ours gets the planner's back, a note
 * still as written is removed), then the plan's marks, each recording the planner's own fill — for a cell still
 * marked, the one the earlier check recorded, never our mark.
 */
function markSheet(
  pkg: OoxmlPackage,
  styles: StyleSheet,
  sheet: { name: string; part: string },
  marks: MarkPlan["sheets"][number] | null,
  previous: ReturnType<typeof previousMarks>,
): SheetResult {
  const colorOf = new Map<string, string>();
  for (const g of marks?.fills ?? []) {
    const hex = g.color.replace("#", "").toUpperCase();
    for (const a of g.cells) colorOf.set(a.toUpperCase(), hex);
  }
  const earlier = [...previous.cells.values()].flat().filter((c) => sameName(c.sheet, sheet.name));
  const targets = new Set([...colorOf.keys(), ...earlier.map((c) => c.address.toUpperCase())]);
  const cells: MarkedCell[] = [];
  if (targets.size > 0) {
    const restyle = (old: number, address: string): number => {
      // The record whose mark the cell still shows: its original is the planner's. None: the fill is the planner's.
      const prev = previous.cells
        .get(cellKey(sheet.name, address))
        ?.find((c) => stillMarked(styles, old, c.mark));
      const hex = colorOf.get(address);
      if (hex === undefined) return prev ? styles.restored(old, prev.original) : old;
      const original = prev ? prev.original : originalFromFile(styles.fillOf(old));
      cells.push({ sheet: sheet.name, sheetId: "", address, mark: hex, original });
      return styles.marked(old, hex);
    };
    pkg.set(sheet.part, restyleCells(pkg.text(sheet.part)!, { cells: [...targets], restyle }, new Map()));
  }
  const info = sheetNotes(pkg, sheet.part);
  const earlierNotes = previous.notes.get(sheet.name.toLowerCase()) ?? [];
  if (earlierNotes.length > 0 && info.commentsPart) {
    const texts = readNotes(pkg, info.commentsPart);
    const ours = earlierNotes.filter((n) => {
      const t = texts.get(n.address.toUpperCase());
      return t !== undefined && textHash(t) === n.hash;
    });
    removeNotes(pkg, info, new Set(ours.map((n) => n.address.toUpperCase())));
  }
  const notes: AddedNote[] = [];
  const added: { address: string; text: string }[] = [];
  let notesKept = 0;
  for (const n of marks?.notes ?? []) {
    const address = n.address.toUpperCase();
    if (info.existing.has(address)) notesKept += 1;
    else {
      added.push({ address, text: n.text });
      notes.push({ sheet: sheet.name, sheetId: "", address, hash: textHash(n.text) });
    }
  }
  addNotes(pkg, sheet.part, info, added);
  return { cells, notes, notesKept };
}

/**
 * The earlier report sheet, when it is still the one the store recorded (same header): replaced in place. Looked up
 * under `name` when the reader found it renamed (by its header), else under the recorded name.
 */
function earlierReport(
  pkg: OoxmlPackage,
  wb: ReturnType<typeof workbookOf>,
  store: WorkbookStore,
  name: string | undefined,
): { entry: SheetEntry & { part: string }; values: string[][] } | null {
  const rec = store.marks.report;
  const entry = rec ? wb.sheets.find((s) => sameName(s.name, name ?? rec.name)) : undefined;
  if (!rec || !entry?.part || !pkg.has(entry.part)) return null;
  const values = sheetTexts(pkg, wb.part, entry.part, rec.columns);
  const head = values[0] ?? [];
  if (textHash(head.join("\t")) !== rec.header) return null;
  return { entry: { ...entry, part: entry.part }, values };
}

/** The annotated copy of `zip` (the original's bytes are never changed). Throws a Refusal as the add-in would refuse. */
export function annotateWorkbook(
  zip: Uint8Array,
  plan: MarkPlan,
  /** `reportSheet`: the store's report sheet as the reader found it (by its header, when renamed in Excel). */
  opts: { acceptances?: Acceptance[]; reportSheet?: string } = {},
): AnnotateResult {
  const pkg = new OoxmlPackage(zip);
  const wb = workbookOf(pkg);
  const planSheets = plan.sheets.map((marks) => {
    const entry = wb.sheets.find((s) => sameName(s.name, marks.sheet));
    // The plan is built from grids read from this very workbook: a missing sheet is a bug, not an input problem.
    if (!entry?.part || !pkg.has(entry.part))
      throw new Error(`annotate: sheet "${marks.sheet}" is not a worksheet of the workbook`);
    return { marks, entry, part: entry.part };
  });
  // The add-in refuses a protected sheet, then a protected structure; the CLI's copy follows it.
  const locked = planSheets.filter((p) => isProtected(pkg.text(p.part)!)).map((p) => p.entry.name);
  if (locked.length > 0) throw new Refusal(sheetsProtected(locked));
  if (structureLocked(pkg.text(wb.part)!)) throw new Refusal(M.structureProtected);

  // An existing store keeps every record but the marks: accepted deviations, saved templates, a later version's.
  const storeEntry = wb.sheets.find((s) => sameName(s.name, STORE_SHEET)) ?? null;
  let store = readStore(pkg, wb.part, storeEntry);
  const previous = previousMarks(store);
  const report = earlierReport(pkg, wb, store, opts.reportSheet);
  // The acceptances the check applied; else the store's plus reasons typed on its report, as the add-in collects them.
  if (opts.acceptances) store = { ...store, acceptances: opts.acceptances };
  else if (report) {
    const typed = typedReasons(report.values, store.marks.report);
    store = { ...store, acceptances: collectTyped(store.acceptances, typed, "", new Date().toISOString()) };
  }

  const styles = new StyleSheet(pkg, wb.part, themeColors(pkg, wb.part));
  const cells: MarkedCell[] = [];
  const notes: AddedNote[] = [];
  let notesKept = 0;
  const earlierSheets = new Set(
    [...[...previous.cells.values()].flat(), ...store.marks.notes].map((c) => c.sheet.toLowerCase()),
  );
  for (const entry of wb.sheets) {
    const marks = planSheets.find((p) => p.entry === entry)?.marks ?? null;
    if (!entry.part || !pkg.has(entry.part)) continue;
    if (!marks && !earlierSheets.has(entry.name.toLowerCase())) continue;
    const r = markSheet(pkg, styles, { name: entry.name, part: entry.part }, marks, previous);
    cells.push(...r.cells);
    notes.push(...r.notes);
    notesKept += r.notesKept;
  }

  const rs = plan.reportSheet;
  const others = wb.sheets.filter((s) => s.name !== report?.entry.name).map((s) => s.name);
  // The report takes the name of this check's language, as the add-in's does («Check report» → «Проверка»), unless
  // the planner renamed it: then their name stays, as in the add-in.
  const renamed = report !== null && !sameName(report.entry.name, store.marks.report!.name);
  const reportName = renamed ? report.entry.name : freeSheetName(rs.name, [...others, STORE_SHEET]);
  if (report && report.entry.name !== reportName) renameSheet(pkg, wb.part, report.entry.name, reportName);
  store = {
    ...store,
    marks: {
      // The add-in recognises its report sheet by this hash of the header row (src/excel/write-plan.ts).
      // No `id`: Office's worksheet id is not in the OOXML, so the add-in finds this report by name + header hash.
      report: { name: reportName, header: textHash(rs.header.join("\t")), columns: rs.header.length },
      cells,
      notes,
      comments: [],
    },
  };
  // Added as the add-in adds them: the store sheet first, then the report.
  const storeXml = storeSheetXml(encodeStore(store), styles);
  if (storeEntry?.part) pkg.set(storeEntry.part, storeXml);
  else addSheet(pkg, wb.part, STORE_SHEET, pkg.freeName("xl/worksheets/sheet#.xml"), storeXml, "veryHidden");
  if (report) pkg.set(report.entry.part, reportSheetXml(rs, styles));
  else
    addSheet(
      pkg,
      wb.part,
      reportName,
      pkg.freeName("xl/worksheets/sheet#.xml"),
      reportSheetXml(rs, styles),
      "visible",
    );
  styles.commit();
  return { bytes: pkg.write(), reportSheet: reportName, notesKept, touched: pkg.touched() };
}
