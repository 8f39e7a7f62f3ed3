import type { Cell, Fill, Row, Style, Workbook, Worksheet } from "exceljs";
import { type Rect } from "./address";
import { SimOfficeError, invalidArgument } from "./errors";
import type { Journal } from "./journal";
import { type Culture, readCell } from "./values";

/**
 * The simulated document: an exceljs Workbook plus what exceljs does not model (threaded comments, the active
 * sheet and selection, workbook-structure protection). Every mutation goes through here and is journaled, so a
 * rejected batch can be undone. Uses a few exceljs 4.4 internals (_rows, _cells, _value, _comment, _worksheets),
 * because exceljs shares style objects between cells read from one file: styles are always replaced, never edited.
 *
 * Split by object family into a chain of classes: worksheets and collections (this file), ranges and formats
 * (book-range.ts), notes and comments (book.ts, the SimBook the rest of the simulator uses).
 */

export interface XRow {
  _cells: (Cell | undefined)[];
}
export interface XWorksheet {
  _rows: (Row | undefined)[];
}
interface XWorkbook {
  _worksheets: (Worksheet | undefined)[];
}

export type Visibility = "Visible" | "Hidden" | "VeryHidden";

const STATE_TO_VIS: Record<string, Visibility> = {
  visible: "Visible",
  hidden: "Hidden",
  veryHidden: "VeryHidden",
};
const VIS_TO_STATE: Record<Visibility, "visible" | "hidden" | "veryHidden"> = {
  Visible: "visible",
  Hidden: "hidden",
  VeryHidden: "veryHidden",
};

export class SimSheet {
  constructor(
    readonly ws: Worksheet,
    readonly id: string,
  ) {}
  get name(): string {
    return this.ws.name;
  }
  get visibility(): Visibility {
    return STATE_TO_VIS[this.ws.state] ?? "Visible";
  }
  get protected(): boolean {
    const p = (this.ws as unknown as { sheetProtection?: { sheet?: boolean } | null }).sheetProtection;
    return !!p && p.sheet !== false;
  }
}

function hasFormatting(style: Partial<Style> | undefined): boolean {
  if (!style) return false;
  if (style.numFmt && style.numFmt !== "General") return true;
  const fill = style.fill as Fill | undefined;
  if (fill && !(fill.type === "pattern" && fill.pattern === "none")) return true;
  const nonEmpty = (o: unknown) => typeof o === "object" && o !== null && Object.keys(o).length > 0;
  return (
    nonEmpty(style.font) || nonEmpty(style.border) || nonEmpty(style.alignment) || nonEmpty(style.protection)
  );
}

export interface SimBookOptions {
  culture?: Culture;
  structureProtected?: boolean;
  comments?: { sheet: string; address: string; content: string; authorName?: string }[];
}

export class SimSheets {
  readonly wb: Workbook;
  readonly culture: Culture;
  structureProtected: boolean;
  private readonly sheetsByWs = new Map<Worksheet, SimSheet>();
  private readonly selection = new Map<SimSheet, Rect>();
  private active: SimSheet | null = null;
  private readonly idsTaken = new Set<string>();

  constructor(wb: Workbook, opts: SimBookOptions = {}) {
    this.wb = wb;
    this.culture = opts.culture ?? "ru-RU";
    this.structureProtected = opts.structureProtected ?? false;
    const list = this.list();
    const tab = wb.views?.[0]?.activeTab;
    this.active =
      (typeof tab === "number" ? list[tab] : undefined) ??
      list.find((s) => s.visibility === "Visible") ??
      null;
  }

  sheet(ws: Worksheet): SimSheet {
    let s = this.sheetsByWs.get(ws);
    if (!s) {
      // Derived from the file's sheetId so it is stable across reopening; exceljs reuses freed ids, Excel does not.
      let id = `{00000000-0001-0000-${String(ws.id).padStart(4, "0")}-000000000000}`;
      while (this.idsTaken.has(id))
        id = `{00000000-0001-${String(this.idsTaken.size).padStart(4, "0")}-${String(ws.id).padStart(4, "0")}-000000000000}`;
      this.idsTaken.add(id);
      s = new SimSheet(ws, id);
      this.sheetsByWs.set(ws, s);
    }
    return s;
  }

  list(): SimSheet[] {
    return this.wb.worksheets.map((ws) => this.sheet(ws));
  }

  alive(s: SimSheet): boolean {
    return this.wb.worksheets.includes(s.ws);
  }

  byKey(key: string): SimSheet | null {
    const lower = key.toLowerCase();
    return this.list().find((s) => s.name.toLowerCase() === lower || s.id.toLowerCase() === lower) ?? null;
  }

  activeSheet(): SimSheet {
    if (this.active && this.alive(this.active)) return this.active;
    const first = this.list().find((s) => s.visibility === "Visible");
    if (!first) throw new SimOfficeError("GeneralException", "The workbook has no visible sheet.");
    return first;
  }

  selectionOf(s: SimSheet): Rect | null {
    return this.selection.get(s) ?? null;
  }

  // ---------------------------------------------------------------- reads

  cell(s: SimSheet, row: number, col: number): Cell | undefined {
    const r = (s.ws as unknown as XWorksheet)._rows[row - 1];
    if (!r) return undefined;
    return (r as unknown as XRow)._cells[col - 1];
  }

  /** Visits existing cells in the rectangle only (sparse): cost follows the data, not the address. */
  eachCell(s: SimSheet, rect: Rect, fn: (cell: Cell, row: number, col: number) => void): void {
    for (const [cell, r, c] of this.cellsIn(s, rect)) fn(cell, r, c);
  }

  /** The existing cells of the rectangle, one at a time (for work done in time slices, see host-thread.ts). */
  *cellsIn(s: SimSheet, rect: Rect): Generator<[Cell, number, number]> {
    const rows = (s.ws as unknown as XWorksheet)._rows;
    const last = Math.min(rect.bottom, rows.length);
    for (let r = rect.top; r <= last; r++) {
      const row = rows[r - 1];
      if (!row) continue;
      const cells = (row as unknown as XRow)._cells;
      const lastC = Math.min(rect.right, cells.length);
      for (let c = rect.left; c <= lastC; c++) {
        const cell = cells[c - 1];
        if (cell) yield [cell, r, c];
      }
    }
  }

  /** Excel's used range: the smallest rectangle holding every value (and, unless valuesOnly, every formatted cell). */
  usedRect(s: SimSheet, valuesOnly: boolean): Rect | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = 0;
    let right = 0;
    (s.ws as unknown as XWorksheet)._rows.forEach((row, ri) => {
      if (!row) return;
      (row as unknown as XRow)._cells.forEach((cell, ci) => {
        if (!cell) return;
        const hasValue = cell.type === 1 /* merge */ ? !valuesOnly : readCell(cell).type !== "Empty";
        if (hasValue || (!valuesOnly && hasFormatting(cell.style))) {
          top = Math.min(top, ri + 1);
          bottom = Math.max(bottom, ri + 1);
          left = Math.min(left, ci + 1);
          right = Math.max(right, ci + 1);
        }
      });
    });
    if (bottom === 0) return null;
    if (!valuesOnly) {
      for (const m of this.merges(s)) {
        top = Math.min(top, m.top);
        left = Math.min(left, m.left);
        bottom = Math.max(bottom, m.bottom);
        right = Math.max(right, m.right);
      }
    }
    return { top, left, bottom, right };
  }

  merges(s: SimSheet): Rect[] {
    const merges = (s.ws as unknown as { _merges: Record<string, { model: Rect }> })._merges;
    return Object.values(merges)
      .filter(Boolean)
      .map((m) => ({ top: m.model.top, left: m.model.left, bottom: m.model.bottom, right: m.model.right }));
  }

  // ---------------------------------------------------------------- guards

  checkCellsWritable(s: SimSheet): void {
    if (!this.alive(s)) throw new SimOfficeError("ItemNotFound", "The worksheet no longer exists.");
    if (s.protected) {
      throw new SimOfficeError(
        "AccessDenied",
        "The cell or chart you're trying to change is on a protected sheet. To make a change, unprotect the sheet.",
      );
    }
  }

  private checkStructure(): void {
    if (this.structureProtected) {
      throw new SimOfficeError(
        "AccessDenied",
        "The workbook's structure is protected: sheets cannot be added, deleted, renamed or hidden.",
      );
    }
  }

  // ---------------------------------------------------------------- worksheet mutations (journaled)

  addSheet(name: string, tx: Journal): SimSheet {
    this.checkStructure();
    if (this.byKey(name))
      throw new SimOfficeError("ItemAlreadyExists", `A sheet named '${name}' already exists.`);
    if (name.length > 31 || /[[\]:*?/\\]/.test(name) || name.trim() === "" || /^'|'$/.test(name)) {
      throw invalidArgument(`'${name}' is not a valid sheet name.`);
    }
    const ws = this.wb.addWorksheet(name);
    const sheet = this.sheet(ws);
    tx.record(() => {
      (this.wb as unknown as XWorkbook)._worksheets[ws.id] = undefined;
    });
    return sheet;
  }

  deleteSheet(s: SimSheet, tx: Journal): void {
    this.checkStructure();
    const visible = this.list().filter((x) => x.visibility === "Visible");
    if (visible.length === 1 && visible[0] === s) {
      throw new SimOfficeError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
    }
    const wbx = this.wb as unknown as XWorkbook;
    const wasActive = this.active;
    wbx._worksheets[s.ws.id] = undefined;
    if (wasActive === s) this.active = null;
    tx.record(() => {
      wbx._worksheets[s.ws.id] = s.ws;
      this.active = wasActive;
    });
  }

  renameSheet(s: SimSheet, name: string, tx: Journal): void {
    this.checkStructure();
    const other = this.byKey(name);
    if (other && other !== s)
      throw new SimOfficeError("ItemAlreadyExists", `A sheet named '${name}' already exists.`);
    const before = s.ws.name;
    s.ws.name = name;
    tx.record(() => {
      s.ws.name = before;
    });
  }

  setVisibility(s: SimSheet, v: Visibility, tx: Journal): void {
    if (!(v in VIS_TO_STATE)) throw invalidArgument(`Invalid visibility '${String(v)}'.`);
    this.checkStructure();
    if (v !== "Visible") {
      const visible = this.list().filter((x) => x.visibility === "Visible" && x !== s);
      if (visible.length === 0) {
        throw new SimOfficeError(
          "InvalidOperation",
          "A workbook must contain at least one visible worksheet.",
        );
      }
    }
    const before = s.ws.state;
    s.ws.state = VIS_TO_STATE[v];
    const wasActive = this.active;
    if (v !== "Visible" && this.active === s) this.active = null;
    tx.record(() => {
      s.ws.state = before;
      this.active = wasActive;
    });
  }

  setActive(s: SimSheet, tx: Journal): void {
    if (s.visibility !== "Visible")
      throw new SimOfficeError("InvalidOperation", "A hidden sheet cannot be activated.");
    const before = this.active;
    const views = this.wb.views;
    const viewsBefore = views ? views.map((v) => ({ ...v })) : views;
    this.active = s;
    if (before !== s) tx.activated = s;
    const idx = this.list().indexOf(s);
    if (this.wb.views && this.wb.views[0]) this.wb.views[0] = { ...this.wb.views[0], activeTab: idx };
    tx.record(() => {
      this.active = before;
      this.wb.views = viewsBefore as Workbook["views"];
    });
  }

  setSelection(s: SimSheet, rect: Rect, tx: Journal): void {
    const before = this.selection.get(s);
    this.selection.set(s, rect);
    tx.record(() => {
      if (before) this.selection.set(s, before);
      else this.selection.delete(s);
    });
  }
}
