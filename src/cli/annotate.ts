import type { Bilingual } from "../core/lang";
import type { MarkPlan } from "../core/marks";
import {
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
import { addNotes, sheetNotes } from "./ooxml/notes";
import { OoxmlPackage, addSheet, workbookOf } from "./ooxml/package";
import { isProtected, restyleCells } from "./ooxml/sheet";
import { StyleSheet, themeColors } from "./ooxml/styles";
import { columnA } from "./ooxml/values";
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

const alreadyMarked: Bilingual = {
  ru: "копия с отметками не записана: в книге уже есть отметки проверки (надстройки или прежней копии) — снимите их в Excel («Снять отметки») или возьмите исходный файл; проверка выше выполнена",
  en: "annotated copy not written: the workbook already carries check marks (from the add-in or an earlier copy) — clear them in Excel (“Clear marks”) or use the original file; the check above is complete",
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

/** The annotated copy of `zip` (the original's bytes are never changed). Throws a Refusal as the add-in would refuse. */
export function annotateWorkbook(zip: Uint8Array, plan: MarkPlan): AnnotateResult {
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

  // An existing store keeps its other sections; earlier marks would have to be undone first, which is Excel's job.
  const storeEntry = wb.sheets.find((s) => sameName(s.name, STORE_SHEET)) ?? null;
  let store: WorkbookStore = emptyStore();
  if (storeEntry) {
    if (!storeEntry.part) throw new Refusal(foreignStore);
    const column = columnA(pkg, wb.part, storeEntry.part);
    if (!column.every((v) => v === "")) {
      const decoded = decodeStore(column);
      if (!decoded) throw new Refusal(foreignStore);
      const m = decoded.store.marks;
      if (m.report || m.cells.length || m.notes.length || m.comments.length) throw new Refusal(alreadyMarked);
      store = decoded.store;
    }
  }

  const styles = new StyleSheet(pkg, wb.part, themeColors(pkg, wb.part));
  const cells: MarkedCell[] = [];
  const notes: AddedNote[] = [];
  let notesKept = 0;
  for (const { marks, entry, part } of planSheets) {
    const colorOf = new Map<string, string>();
    for (const g of marks.fills) {
      const hex = g.color.replace("#", "").toUpperCase();
      for (const a of g.cells) colorOf.set(a.toUpperCase(), hex);
    }
    if (colorOf.size > 0) {
      const seen = new Map<string, number>();
      const xml = restyleCells(
        pkg.text(part)!,
        { cells: [...colorOf.keys()], restyle: (old, a) => styles.marked(old, colorOf.get(a)!) },
        seen,
      );
      pkg.set(part, xml);
      for (const [address, mark] of colorOf) {
        const original = originalFromFile(styles.fillOf(seen.get(address) ?? 0));
        cells.push({ sheet: entry.name, sheetId: "", address, mark, original });
      }
    }
    const info = sheetNotes(pkg, part);
    const added: { address: string; text: string }[] = [];
    for (const n of marks.notes) {
      const address = n.address.toUpperCase();
      if (info.existing.has(address)) notesKept += 1;
      else {
        added.push({ address, text: n.text });
        notes.push({ sheet: entry.name, sheetId: "", address, hash: textHash(n.text) });
      }
    }
    addNotes(pkg, part, info, added);
  }

  const rs = plan.reportSheet;
  const reportName = freeSheetName(rs.name, [...wb.sheets.map((s) => s.name), STORE_SHEET]);
  store = {
    ...store,
    marks: {
      // The add-in recognises its report sheet by this hash of the header row (src/excel/write-plan.ts).
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
