import { columnNumber, parseCell } from "../../core/grid";
import { NS } from "./package";
import { attrs, findElement, namespacePrefix, nextTag, prefixOf, setAttr, type Tag } from "./xml";

/**
 * Changes to one worksheet part: the style index of given cells (cells and rows that do not exist yet are created in
 * row and column order), and the <legacyDrawing> link notes need. Everything else is copied as it was.
 */

/** <sheetProtection sheet="1">: the add-in refuses to mark such a sheet, and so does the CLI. */
export function isProtected(xml: string): boolean {
  const t = findElement(xml, "sheetProtection");
  if (!t) return false;
  const v = attrs(xml.slice(t.start, t.end)).get("sheet");
  return v === "1" || v === "true";
}

/** Column → style index from <cols>, for cells that do not exist yet (they show their column's format). */
function columnStyles(xml: string, before: number): { min: number; max: number; s: number }[] {
  const out: { min: number; max: number; s: number }[] = [];
  const cols = findElement(xml.slice(0, before), "cols");
  if (!cols) return out;
  for (let t = nextTag(xml, cols.end); t && t.local === "col"; t = nextTag(xml, t.end)) {
    const a = attrs(xml.slice(t.start, t.end));
    if (a.has("style"))
      out.push({ min: Number(a.get("min")), max: Number(a.get("max")), s: Number(a.get("style")) });
    if (t.kind === "open") {
      const close = xml.indexOf(">", xml.indexOf("</", t.end));
      t = { ...t, end: close + 1 };
    }
  }
  return out;
}

export interface CellPatch {
  /** Style index of the cell as it is (0 when it has none), → the index it gets. */
  restyle: (oldStyle: number, address: string) => number;
  /** Addresses to restyle. */
  cells: readonly string[];
}

interface Target {
  col: number;
  address: string;
}

/** The copy being written: the source is copied up to `at`, with new or restyled tags pushed in between. */
class Rewrite {
  readonly out: string[] = [];
  at = 0; // copied up to here

  constructor(
    readonly xml: string,
    private readonly patch: CellPatch,
    private readonly seen: Map<string, number>,
    private readonly p: string,
    private readonly byRow: Map<number, Target[]>,
    readonly colStyle: (col: number) => number,
  ) {}

  emit(upTo: number, extra = ""): void {
    this.out.push(this.xml.slice(this.at, upTo), extra);
    this.at = upTo;
  }

  newCell(t: Target, inherited: number): string {
    this.seen.set(t.address, inherited);
    return `<${this.p}c r="${t.address}" s="${this.patch.restyle(inherited, t.address)}"/>`;
  }

  readonly newRow = (r: number): string =>
    `<${this.p}row r="${r}">${this.byRow
      .get(r)!
      .map((t) => this.newCell(t, this.colStyle(t.col)))
      .join("")}</${this.p}row>`;

  /** An existing cell restyled in place; `seen` gets its style before. */
  restyle(cellTag: Tag, old: number, x: Target): void {
    this.seen.set(x.address, old);
    const tagText = this.xml.slice(cellTag.start, cellTag.end);
    this.emit(cellTag.start);
    this.out.push(setAttr(tagText, "s", String(this.patch.restyle(old, x.address))));
    this.at = cellTag.end;
  }
}

/** The sheet XML with the given cells restyled; `seen` gets each cell's style index before the change. */
export function restyleCells(xml: string, patch: CellPatch, seen: Map<string, number>): string {
  const byRow = new Map<number, Target[]>();
  for (const address of patch.cells) {
    const { row, col } = parseCell(address);
    const list = byRow.get(row) ?? [];
    list.push({ col, address: address.toUpperCase() });
    byRow.set(row, list);
  }
  for (const list of byRow.values()) list.sort((a, b) => a.col - b.col);
  const rows = [...byRow.keys()].sort((a, b) => a - b);
  if (rows.length === 0) return xml;

  const sheetData = findElement(xml, "sheetData");
  if (!sheetData) throw new Error("the sheet has no <sheetData>");
  const colStyles = columnStyles(xml, sheetData.start);
  const colStyle = (col: number) => colStyles.find((c) => col >= c.min && col <= c.max)?.s ?? 0;
  const w = new Rewrite(xml, patch, seen, prefixOf(sheetData), byRow, colStyle);
  const out = w.out;

  let ri = 0; // next target row
  if (sheetData.kind === "empty") {
    const body = rows.map(w.newRow).join("");
    out.push(xml.slice(0, sheetData.start), `<${sheetData.name}>${body}</${sheetData.name}>`);
    return out.join("") + xml.slice(sheetData.end);
  }

  let rowNum = 0;
  let t = nextTag(xml, sheetData.end);
  while (t && !(t.kind === "close" && t.local === "sheetData")) {
    if (t.local !== "row" || t.kind === "close") {
      t = nextTag(xml, t.end);
      continue;
    }
    const rowTag = t;
    const ra = attrs(xml.slice(rowTag.start, rowTag.end));
    rowNum = ra.has("r") ? Number(ra.get("r")) : rowNum + 1;
    const extra: string[] = [];
    while (ri < rows.length && rows[ri]! < rowNum) extra.push(w.newRow(rows[ri++]!));
    if (extra.length) w.emit(rowTag.start, extra.join(""));
    const targets = rows[ri] === rowNum ? byRow.get(rows[ri++]!)! : null;
    const rowStyle =
      ra.get("customFormat") === "1" || ra.get("customFormat") === "true" ? Number(ra.get("s") ?? 0) : null;
    const inherited = (col: number) => rowStyle ?? colStyle(col);
    if (rowTag.kind === "empty") {
      if (targets) {
        // <row …/> becomes <row …>cells</row>.
        w.emit(rowTag.start);
        const open = xml.slice(rowTag.start, rowTag.end - 2).replace(/\s+$/, "") + ">";
        out.push(open, targets.map((x) => w.newCell(x, inherited(x.col))).join(""), `</${rowTag.name}>`);
        w.at = rowTag.end;
      }
      t = nextTag(xml, rowTag.end);
      continue;
    }
    const rowEnd = restyleRow(w, rowTag, ra, targets, inherited);
    t = nextTag(xml, rowEnd.end);
  }
  if (!t) throw new Error("unclosed <sheetData>");
  if (ri < rows.length) w.emit(t.start, rows.slice(ri).map(w.newRow).join(""));
  out.push(xml.slice(w.at));
  return out.join("");
}

/** One open <row>: its spans widened and its target cells restyled or created in column order; → its </row> tag. */
function restyleRow(
  w: Rewrite,
  rowTag: Tag,
  ra: Map<string, string>,
  targets: Target[] | null,
  inherited: (col: number) => number,
): Tag {
  const { xml, out } = w;
  const spans = /^(\d+):(\d+)$/.exec(ra.get("spans") ?? "");
  if (targets && spans) {
    // spans is the row's column range hint: widened when a new cell falls outside it.
    const lo = Math.min(Number(spans[1]), targets[0]!.col);
    const hi = Math.max(Number(spans[2]), targets[targets.length - 1]!.col);
    if (`${lo}:${hi}` !== spans[0]) {
      w.emit(rowTag.start);
      out.push(setAttr(xml.slice(rowTag.start, rowTag.end), "spans", `${lo}:${hi}`));
      w.at = rowTag.end;
    }
  }
  // Walk the row's cells.
  let ci = 0;
  let colNum = 0;
  let c = nextTag(xml, rowTag.end);
  while (c && !(c.kind === "close" && c.local === "row")) {
    if (c.local !== "c" || c.kind === "close") {
      c = nextTag(xml, c.end);
      continue;
    }
    const cellTag: Tag = c;
    const ca = attrs(xml.slice(cellTag.start, cellTag.end));
    const ref = ca.get("r");
    colNum = ref ? columnNumber(/^\$?([A-Za-z]+)/.exec(ref)?.[1] ?? "A") : colNum + 1;
    if (targets) {
      const before: string[] = [];
      while (ci < targets.length && targets[ci]!.col < colNum) {
        const x = targets[ci++]!;
        before.push(w.newCell(x, inherited(x.col)));
      }
      if (before.length) w.emit(cellTag.start, before.join(""));
      if (ci < targets.length && targets[ci]!.col === colNum) {
        w.restyle(cellTag, Number(ca.get("s") ?? 0), targets[ci++]!);
      }
    }
    // Skip the cell's content (its <f>, <v>, <is>): nothing in it is a row or a cell.
    c = cellTag.kind === "empty" ? nextTag(xml, cellTag.end) : nextTag(xml, skipTo(xml, cellTag));
  }
  if (!c) throw new Error("unclosed <row>");
  if (targets && ci < targets.length) {
    w.emit(
      c.start,
      targets
        .slice(ci)
        .map((x) => w.newCell(x, inherited(x.col)))
        .join(""),
    );
  }
  return c;
}

/** Index just after the end tag of the element opened at `tag`. */
function skipTo(xml: string, tag: Tag): number {
  let depth = 1;
  for (let t = nextTag(xml, tag.end); t; t = nextTag(xml, t.end)) {
    if (t.local !== tag.local) continue;
    if (t.kind === "open") depth++;
    else if (t.kind === "close" && --depth === 0) return t.end;
  }
  throw new Error(`unclosed <${tag.name}>`);
}

/** The relationship id of the sheet's <legacyDrawing>, or null. */
export function legacyDrawingId(xml: string): string | null {
  const t = findElement(xml, "legacyDrawing");
  if (!t) return null;
  for (const [k, v] of attrs(xml.slice(t.start, t.end))) if (k === "id" || k.endsWith(":id")) return v;
  return null;
}

// CT_Worksheet's elements that come after <legacyDrawing>.
const AFTER_LEGACY = [
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

/** Adds <legacyDrawing r:id="…"/> where the schema puts it. */
export function addLegacyDrawing(xml: string, rid: string): string {
  const root = findElement(xml, "worksheet");
  if (!root) throw new Error("no <worksheet>");
  const p = prefixOf(root);
  const r = namespacePrefix(xml, root, NS.rel);
  const el = r
    ? `<${p}legacyDrawing ${r}id="${rid}"/>`
    : `<${p}legacyDrawing xmlns:r="${NS.rel}" r:id="${rid}"/>`;
  let at = -1;
  for (const local of AFTER_LEGACY) {
    const t = findChildOfRoot(xml, root, local);
    if (t && (at < 0 || t.start < at)) at = t.start;
  }
  if (at < 0) at = xml.lastIndexOf("</");
  return xml.slice(0, at) + el + xml.slice(at);
}

/** A direct child of the root with this local name (an extLst inside a row or a cell does not count). */
function findChildOfRoot(xml: string, root: Tag, local: string): Tag | null {
  let depth = 0;
  for (let t = nextTag(xml, root.end); t; t = nextTag(xml, t.end)) {
    if (t.kind === "close") {
      if (depth === 0) return null;
      depth--;
      continue;
    }
    if (depth === 0 && t.local === local) return t;
    if (t.kind === "open") {
      // Whole children are skipped: big <sheetData> included.
      t = { ...t, end: skipTo(xml, t) };
    }
  }
  return null;
}
