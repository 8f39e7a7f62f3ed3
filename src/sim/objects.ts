import type { Cell, DataValidation, Font, Style } from "exceljs";
import { cellAddress } from "../core/grid";
import {
  type Rect,
  intersects,
  isUnbounded,
  parseAddress,
  qualified,
  rectAddress,
  rectCells,
  wholeSheet,
} from "./address";
import { SimEventHandlers } from "./events";
import type { Journal, SimBook, SimComment, SimSheet, Visibility } from "./book";
import {
  type OfficePattern,
  fillFromOffice,
  fillView,
  isOfficePattern,
  parseOfficeColor,
  resolveColor,
} from "./colors";
import { type PropDef, type SimEnv, SimObject, defineClass } from "./context";
import { SimOfficeError, invalidArgument } from "./errors";
import { parseWrite, readCell, readFormula } from "./values";

/** The simulated Excel object model (the subset the adapter uses), over SimBook. */

export interface CellSet {
  sheet: SimSheet;
  rects: Rect[];
}

// ------------------------------------------------------------------ helpers

function live(env: SimEnv, s: SimSheet): SimSheet {
  if (!env.book.alive(s)) throw new SimOfficeError("ItemNotFound", "The worksheet no longer exists.");
  return s;
}

function eachPos(set: CellSet, fn: (row: number, col: number) => void): void {
  for (const r of set.rects) {
    if (isUnbounded(r)) {
      throw new SimOfficeError(
        "NotImplemented",
        `simulator: cell writes to whole columns or rows (${rectAddress(r)}) are not simulated`,
      );
    }
    for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) fn(row, col);
  }
}

/** The value of `fn` if every cell of the set agrees, else null (as Office.js reports mixed formats). */
function uniform<V>(env: SimEnv, set: CellSet, fn: (cell: Cell | undefined) => V): V | null {
  live(env, set.sheet);
  let first = true;
  let value: V | null = null;
  let mixed = false;
  let existing = 0;
  let area = 0;
  const see = (v: V) => {
    if (first) {
      value = v;
      first = false;
    } else if (JSON.stringify(v) !== JSON.stringify(value)) mixed = true;
  };
  for (const r of set.rects) {
    area += rectCells(r);
    env.book.eachCell(set.sheet, r, (cell) => {
      existing += 1;
      if (!mixed) see(fn(cell));
    });
  }
  if (existing < area) see(fn(undefined));
  return mixed ? null : value;
}

function matrix<V>(env: SimEnv, t: CellSet, fn: (cell: Cell | undefined) => V): V[][] | null {
  const r = t.rects[0]!;
  live(env, t.sheet);
  const cells = rectCells(r);
  if (isUnbounded(r)) return null;
  if (cells > env.limits.cellReadLimit) {
    if (env.limits.overLimitRead === "null") return null;
    throw new SimOfficeError(
      "GeneralException",
      `The range has ${cells} cells: more than Excel can read at once.`,
    );
  }
  // Every cell costs at least a few bytes of JSON: refuse before building what cannot be sent.
  if (env.limits.payloadLimitBytes !== null && cells * 3 > env.limits.payloadLimitBytes) {
    throw new SimOfficeError(
      "ResponsePayloadSizeLimitExceeded",
      `The response payload for ${cells} cells exceeds the limit.`,
    );
  }
  const out: V[][] = [];
  for (let row = r.top; row <= r.bottom; row++) {
    const line: V[] = [];
    for (let col = r.left; col <= r.right; col++) line.push(fn(env.book.cell(t.sheet, row, col)));
    out.push(line);
  }
  return out;
}

/** A 2-D write must match the range exactly; a single value is applied to every cell. */
function cellInput(v: unknown, r: Rect): (i: number, j: number) => unknown {
  if (!Array.isArray(v)) return () => v;
  const rows = r.bottom - r.top + 1;
  const cols = r.right - r.left + 1;
  if (v.length !== rows || v.some((line) => !Array.isArray(line) || line.length !== cols)) {
    throw invalidArgument(
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rows}×${cols}).`,
    );
  }
  return (i, j) => (v[i] as unknown[])[j];
}

function writeValues(t: CellSet, v: unknown, tx: Journal, env: SimEnv): void {
  const r = t.rects[0]!;
  if (isUnbounded(r)) throw invalidArgument("Cell values cannot be set on whole columns or rows.");
  env.book.checkCellsWritable(t.sheet);
  const at = cellInput(v, r);
  for (let row = r.top; row <= r.bottom; row++) {
    for (let col = r.left; col <= r.right; col++) {
      const raw = at(row - r.top, col - r.left);
      const cell = env.book.cell(t.sheet, row, col);
      const parsed = parseWrite(raw, cell?.numFmt, env.book.culture);
      env.book.setValue(t.sheet, row, col, parsed.value, tx);
      if (parsed.numFmt) env.book.patchStyle(t.sheet, row, col, { numFmt: parsed.numFmt }, tx);
    }
  }
}

function styleOf(cell: Cell | undefined): Partial<Style> {
  return (cell?.style ?? {}) as Partial<Style>;
}

const POINTS_PER_PX = 0.75;
/** Office.js widths are points; xlsx widths are characters of the default font (7 px each + 5 px padding). */
export function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * POINTS_PER_PX * 100) / 100;
}
export function pointsToChars(points: number): number {
  return Math.round(((points / POINTS_PER_PX - 5) / 7) * 100) / 100;
}

// ------------------------------------------------------------------ fill / font / format

export class SimRangeFill extends SimObject<CellSet> {
  clear(): void {
    this._action("RangeFill.clear", "1.1", [], (t, tx, env) => {
      env.book.checkCellsWritable(t.sheet);
      eachPos(t, (r, c) => env.book.patchStyle(t.sheet, r, c, { fill: undefined }, tx));
    });
  }
}
defineClass<CellSet>(SimRangeFill, {
  kind: "RangeFill",
  navs: {},
  props: {
    color: {
      get: (t, env) => uniform(env, t, (cell) => fillView(styleOf(cell).fill).color),
      set: (t, v, tx, env) => {
        const hex = parseOfficeColor(v);
        env.book.checkCellsWritable(t.sheet);
        eachPos(t, (r, c) =>
          env.book.patchStyle(
            t.sheet,
            r,
            c,
            { fill: { type: "pattern", pattern: "solid", fgColor: { argb: `FF${hex}` } } },
            tx,
          ),
        );
      },
    },
    pattern: {
      api: "1.9",
      get: (t, env) => uniform(env, t, (cell) => fillView(styleOf(cell).fill).pattern),
      set: (t, v, tx, env) => {
        if (!isOfficePattern(v)) throw invalidArgument(`Invalid pattern ${String(v)}`);
        env.book.checkCellsWritable(t.sheet);
        eachPos(t, (r, c) => {
          const cur = fillView(styleOf(env.book.cell(t.sheet, r, c)).fill);
          env.book.patchStyle(t.sheet, r, c, { fill: fillFromOffice(cur.color, v, cur.patternColor) }, tx);
        });
      },
    },
    patternColor: {
      api: "1.9",
      get: (t, env) => uniform(env, t, (cell) => fillView(styleOf(cell).fill).patternColor),
    },
  },
});

function fontGet<K extends keyof Font>(key: K, dflt: unknown): PropDef<CellSet>["get"] {
  return (t, env) => uniform(env, t, (cell) => (styleOf(cell).font?.[key] as unknown) ?? dflt);
}
function fontSet(key: keyof Font, conv: (v: unknown) => unknown): PropDef<CellSet>["set"] {
  return (t, v, tx, env) => {
    const value = conv(v);
    env.book.checkCellsWritable(t.sheet);
    eachPos(t, (r, c) => {
      const font = { ...(styleOf(env.book.cell(t.sheet, r, c)).font ?? {}), [key]: value };
      env.book.patchStyle(t.sheet, r, c, { font }, tx);
    });
  };
}
const bool = (v: unknown) => {
  if (typeof v !== "boolean") throw invalidArgument(`Expected a boolean, got ${JSON.stringify(v)}`);
  return v;
};

export class SimRangeFont extends SimObject<CellSet> {}
defineClass<CellSet>(SimRangeFont, {
  kind: "RangeFont",
  navs: {},
  props: {
    bold: { get: fontGet("bold", false), set: fontSet("bold", bool) },
    italic: { get: fontGet("italic", false), set: fontSet("italic", bool) },
    size: { get: fontGet("size", 11), set: fontSet("size", (v) => Number(v)) },
    name: { get: fontGet("name", "Calibri"), set: fontSet("name", (v) => String(v)) },
    color: {
      get: (t, env) => uniform(env, t, (cell) => resolveColor(styleOf(cell).font?.color, "#000000")),
      set: fontSet("color", (v) => ({ argb: `FF${parseOfficeColor(v)}` })),
    },
  },
});

function alignSet(key: string, conv: (v: unknown) => unknown): PropDef<CellSet>["set"] {
  return (t, v, tx, env) => {
    const value = conv(v);
    env.book.checkCellsWritable(t.sheet);
    eachPos(t, (r, c) => {
      const alignment = { ...(styleOf(env.book.cell(t.sheet, r, c)).alignment ?? {}), [key]: value };
      env.book.patchStyle(t.sheet, r, c, { alignment }, tx);
    });
  };
}

function columnsOf(t: CellSet): number[] {
  const cols = new Set<number>();
  for (const r of t.rects) for (let c = r.left; c <= Math.min(r.right, r.left + 16_383); c++) cols.add(c);
  return [...cols];
}

export class SimRangeFormat extends SimObject<CellSet> {
  autofitColumns(): void {
    // Autofit needs font metrics; the simulator keeps widths as they are (a no-op that still costs an operation).
    this._action("RangeFormat.autofitColumns", "1.2", [], () => undefined);
  }
}
defineClass<CellSet>(SimRangeFormat, {
  kind: "RangeFormat",
  navs: {
    fill: (self) => new SimRangeFill(self.context, self, (p) => p as CellSet),
    font: (self) => new SimRangeFont(self.context, self, (p) => p as CellSet),
  },
  props: {
    wrapText: {
      get: (t, env) => uniform(env, t, (cell) => styleOf(cell).alignment?.wrapText ?? false),
      set: alignSet("wrapText", bool),
    },
    horizontalAlignment: {
      get: (t, env) => uniform(env, t, (cell) => styleOf(cell).alignment?.horizontal ?? "General"),
      set: alignSet("horizontal", (v) => String(v).toLowerCase()),
    },
    verticalAlignment: {
      get: (t, env) => uniform(env, t, (cell) => styleOf(cell).alignment?.vertical ?? "Bottom"),
      set: alignSet("vertical", (v) => String(v).toLowerCase()),
    },
    columnWidth: {
      api: "1.2",
      get: (t, env) => {
        live(env, t.sheet);
        const widths = new Set(columnsOf(t).map((c) => charsToPoints(t.sheet.ws.getColumn(c).width ?? 8.43)));
        return widths.size === 1 ? [...widths][0]! : null;
      },
      set: (t, v, tx, env) => {
        if (typeof v !== "number" || v < 0)
          throw invalidArgument(`Invalid column width ${JSON.stringify(v)}`);
        env.book.checkCellsWritable(t.sheet);
        for (const c of columnsOf(t)) env.book.setColumnWidth(t.sheet, c, pointsToChars(v), tx);
      },
    },
    rowHeight: {
      api: "1.2",
      get: (t, env) => {
        live(env, t.sheet);
        const r = t.rects[0]!;
        const hs = new Set<number>();
        for (let row = r.top; row <= Math.min(r.bottom, r.top + 10_000); row++)
          hs.add(t.sheet.ws.findRow(row)?.height ?? 15);
        return hs.size === 1 ? [...hs][0]! : null;
      },
      set: (t, v, tx, env) => {
        if (typeof v !== "number" || v < 0) throw invalidArgument(`Invalid row height ${JSON.stringify(v)}`);
        env.book.checkCellsWritable(t.sheet);
        for (const r of t.rects)
          for (let row = r.top; row <= r.bottom; row++) env.book.setRowHeight(t.sheet, row, v, tx);
      },
    },
  },
});

// ------------------------------------------------------------------ data validation

interface ListRule {
  list: { inCellDropDown?: boolean; source: string };
}

export class SimDataValidation extends SimObject<CellSet> {
  clear(): void {
    this._action("DataValidation.clear", "1.8", [], (t, tx, env) => {
      env.book.checkCellsWritable(t.sheet);
      eachPos(t, (r, c) => env.book.setValidation(t.sheet, r, c, undefined, tx));
    });
  }
}
defineClass<CellSet>(SimDataValidation, {
  kind: "DataValidation",
  navs: {},
  props: {
    type: {
      api: "1.8",
      get: (t, env) =>
        uniform(env, t, (cell) => {
          const dv = cell ? env.book.validationOf(t.sheet, Number(cell.row), Number(cell.col)) : undefined;
          if (!dv) return "None";
          return dv.type === "list" ? "List" : dv.type;
        }),
    },
    rule: {
      api: "1.8",
      get: (t, env) =>
        uniform(env, t, (cell) => {
          const dv = cell ? env.book.validationOf(t.sheet, Number(cell.row), Number(cell.col)) : undefined;
          if (!dv || dv.type !== "list") return null;
          const f = String(dv.formulae[0] ?? "");
          return { list: { inCellDropDown: true, source: f.startsWith('"') ? f.slice(1, -1) : `=${f}` } };
        }),
      set: (t, v, tx, env) => {
        const rule = v as Partial<ListRule> | null;
        if (!rule || typeof rule !== "object" || !rule.list || typeof rule.list.source !== "string") {
          throw new SimOfficeError("NotImplemented", "simulator: only list validation rules are simulated");
        }
        const src = rule.list.source;
        const dv: DataValidation = {
          type: "list",
          allowBlank: true,
          showErrorMessage: true,
          formulae: [src.startsWith("=") ? src.slice(1) : `"${src}"`],
        };
        env.book.checkCellsWritable(t.sheet);
        eachPos(t, (r, c) => env.book.setValidation(t.sheet, r, c, dv, tx));
      },
    },
  },
});

// ------------------------------------------------------------------ range

const CELL_PROPS = new Set([
  "address",
  "format/fill/color",
  "format/fill/pattern",
  "format/fill/patternColor",
  "format/font/bold",
  "format/font/color",
  "format/wrapText",
]);

function flattenProps(spec: unknown, prefix = ""): string[] {
  if (typeof spec !== "object" || spec === null) return [];
  const out: string[] = [];
  for (const [k, v] of Object.entries(spec as Record<string, unknown>)) {
    if (v === true) out.push(prefix + k);
    else out.push(...flattenProps(v, `${prefix}${k}/`));
  }
  return out;
}

function cellProperties(
  env: SimEnv,
  sheet: SimSheet,
  row: number,
  col: number,
  keys: string[],
): Record<string, unknown> {
  const cell = env.book.cell(sheet, row, col);
  const st = styleOf(cell);
  const fill = fillView(st.fill);
  const out: Record<string, unknown> = {};
  const put = (path: string, v: unknown) => {
    const parts = path.split("/");
    let o = out;
    for (const p of parts.slice(0, -1)) o = (o[p] ??= {}) as Record<string, unknown>;
    o[parts[parts.length - 1]!] = v;
  };
  for (const k of keys) {
    if (k === "address") put(k, qualified(sheet.name, { top: row, left: col, bottom: row, right: col }));
    else if (k === "format/fill/color") put(k, fill.color);
    else if (k === "format/fill/pattern") put(k, fill.pattern);
    else if (k === "format/fill/patternColor") put(k, fill.patternColor);
    else if (k === "format/font/bold") put(k, st.font?.bold ?? false);
    else if (k === "format/font/color") put(k, resolveColor(st.font?.color, "#000000"));
    else if (k === "format/wrapText") put(k, st.alignment?.wrapText ?? false);
  }
  return out;
}

function single(t: CellSet): Rect {
  return t.rects[0]!;
}

function sub(t: CellSet, r: Rect): CellSet {
  if (r.top < 1 || r.left < 1 || r.bottom > 1_048_576 || r.right > 16_384)
    throw invalidArgument("The range is outside the sheet.");
  return { sheet: t.sheet, rects: [r] };
}

export class SimRange extends SimObject<CellSet> {
  getCell(row: number, column: number): SimRange {
    return this._method("Range.getCell", "1.1", [row, column], new SimRange(this.context), (t) => {
      const r = single(t);
      return sub(t, { top: r.top + row, left: r.left + column, bottom: r.top + row, right: r.left + column });
    });
  }
  getOffsetRange(rowOffset: number, columnOffset: number): SimRange {
    return this._method(
      "Range.getOffsetRange",
      "1.1",
      [rowOffset, columnOffset],
      new SimRange(this.context),
      (t) => {
        const r = single(t);
        return sub(t, {
          top: r.top + rowOffset,
          left: r.left + columnOffset,
          bottom: r.bottom + rowOffset,
          right: r.right + columnOffset,
        });
      },
    );
  }
  getResizedRange(deltaRows: number, deltaColumns: number): SimRange {
    return this._method(
      "Range.getResizedRange",
      "1.2",
      [deltaRows, deltaColumns],
      new SimRange(this.context),
      (t) => {
        const r = single(t);
        return sub(t, { ...r, bottom: r.bottom + deltaRows, right: r.right + deltaColumns });
      },
    );
  }
  getRow(index: number): SimRange {
    return this._method("Range.getRow", "1.1", [index], new SimRange(this.context), (t) => {
      const r = single(t);
      return sub(t, { ...r, top: r.top + index, bottom: r.top + index });
    });
  }
  getColumn(index: number): SimRange {
    return this._method("Range.getColumn", "1.1", [index], new SimRange(this.context), (t) => {
      const r = single(t);
      return sub(t, { ...r, left: r.left + index, right: r.left + index });
    });
  }
  getUsedRange(valuesOnly?: boolean): SimRange {
    return this._method(
      "Range.getUsedRange",
      valuesOnly === undefined ? "1.1" : "1.2",
      [valuesOnly],
      new SimRange(this.context),
      (t, env) => usedWithin(env, t, !!valuesOnly),
    );
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): SimRange {
    return this._method(
      "Range.getUsedRangeOrNullObject",
      "1.4",
      [valuesOnly],
      new SimRange(this.context),
      (t, env) => usedWithin(env, t, !!valuesOnly),
      true,
    );
  }
  getMergedAreasOrNullObject(): SimRangeAreas {
    return this._method(
      "Range.getMergedAreasOrNullObject",
      "1.13",
      [],
      new SimRangeAreas(this.context),
      (t, env) => {
        const r = single(t);
        const rects = env.book.merges(live(env, t.sheet)).filter((m) => intersects(m, r));
        if (rects.length === 0) throw new SimOfficeError("ItemNotFound", "No merged areas.");
        return { sheet: t.sheet, rects } satisfies CellSet;
      },
      true,
    );
  }
  clear(applyTo?: string): void {
    this._action("Range.clear", "1.1", [applyTo], (t, tx, env) => {
      env.book.checkCellsWritable(t.sheet);
      const what = applyTo ?? "All";
      // Clearing visits existing cells only, so clearing a whole sheet costs what the sheet holds.
      for (const r of t.rects) {
        env.book.eachCell(t.sheet, r, (_cell, row, col) => {
          if (what === "All" || what === "Contents") env.book.setValue(t.sheet, row, col, null, tx);
          if (what === "All" || what === "Formats") {
            env.book.patchStyle(
              t.sheet,
              row,
              col,
              {
                fill: undefined,
                font: undefined,
                border: undefined,
                numFmt: undefined,
                alignment: undefined,
              },
              tx,
            );
          }
        });
      }
    });
  }
  merge(across?: boolean): void {
    this._action("Range.merge", "1.2", [across], (t, tx, env) => {
      env.book.checkCellsWritable(t.sheet);
      const r = single(t);
      if (across)
        for (let row = r.top; row <= r.bottom; row++)
          env.book.merge(t.sheet, { ...r, top: row, bottom: row }, tx);
      else env.book.merge(t.sheet, r, tx);
    });
  }
  unmerge(): void {
    this._action("Range.unmerge", "1.2", [], (t, tx, env) => {
      env.book.checkCellsWritable(t.sheet);
      env.book.unmerge(t.sheet, single(t), tx);
    });
  }
  select(): void {
    this._action("Range.select", "1.1", [], (t, tx, env) => {
      env.book.setActive(live(env, t.sheet), tx);
      env.book.setSelection(t.sheet, single(t), tx);
    });
  }
  getCellProperties(spec: unknown): { value: Record<string, unknown>[][] } {
    const keys = flattenProps(spec);
    for (const k of keys) {
      if (!CELL_PROPS.has(k))
        throw new SimOfficeError("NotImplemented", `simulator: cell property '${k}' is not simulated`);
    }
    return this._result("Range.getCellProperties", "1.9", [spec], (t, env) => {
      const r = single(t);
      live(env, t.sheet);
      if (isUnbounded(r) || rectCells(r) > env.limits.cellReadLimit)
        throw invalidArgument("The range is too large.");
      const out: Record<string, unknown>[][] = [];
      for (let row = r.top; row <= r.bottom; row++) {
        const line: Record<string, unknown>[] = [];
        for (let col = r.left; col <= r.right; col++) line.push(cellProperties(env, t.sheet, row, col, keys));
        out.push(line);
      }
      return out;
    });
  }
  setCellProperties(data: unknown): void {
    this._action("Range.setCellProperties", "1.9", [data], (t, tx, env) => {
      const r = single(t);
      env.book.checkCellsWritable(t.sheet);
      const at = cellInput(data, r);
      for (let row = r.top; row <= r.bottom; row++) {
        for (let col = r.left; col <= r.right; col++) {
          const props = at(row - r.top, col - r.left) as {
            format?: { fill?: Record<string, unknown>; font?: Record<string, unknown> };
          } | null;
          const fill = props?.format?.fill;
          if (fill) {
            for (const k of Object.keys(fill)) {
              if (!["color", "pattern", "patternColor"].includes(k))
                throw new SimOfficeError("NotImplemented", `simulator: fill.${k}`);
            }
            const cur = fillView(styleOf(env.book.cell(t.sheet, row, col)).fill);
            const color = fill.color !== undefined ? `#${parseOfficeColor(fill.color)}` : cur.color;
            const patternColor =
              fill.patternColor !== undefined ? `#${parseOfficeColor(fill.patternColor)}` : cur.patternColor;
            let pattern =
              (fill.pattern as OfficePattern | undefined) ??
              (fill.color !== undefined && cur.pattern === "None" ? "Solid" : cur.pattern);
            if (!isOfficePattern(pattern)) throw invalidArgument(`Invalid pattern ${String(pattern)}`);
            if (fill.color !== undefined && fill.pattern === undefined && pattern === "None")
              pattern = "Solid";
            env.book.patchStyle(
              t.sheet,
              row,
              col,
              { fill: fillFromOffice(color, pattern, patternColor) },
              tx,
            );
          }
          const font = props?.format?.font;
          if (font) {
            const curFont = { ...(styleOf(env.book.cell(t.sheet, row, col)).font ?? {}) } as Record<
              string,
              unknown
            >;
            for (const [k, v] of Object.entries(font)) {
              if (k === "bold" || k === "italic") curFont[k] = bool(v);
              else if (k === "color") curFont.color = { argb: `FF${parseOfficeColor(v)}` };
              else throw new SimOfficeError("NotImplemented", `simulator: font.${k}`);
            }
            env.book.patchStyle(t.sheet, row, col, { font: curFont }, tx);
          }
        }
      }
    });
  }
}

function usedWithin(env: SimEnv, t: CellSet, valuesOnly: boolean): CellSet {
  const used = env.book.usedRect(live(env, t.sheet), valuesOnly);
  const r = single(t);
  if (!used || !intersects(used, r)) throw new SimOfficeError("ItemNotFound", "The range has no used cells.");
  return {
    sheet: t.sheet,
    rects: [
      {
        top: Math.max(used.top, r.top),
        left: Math.max(used.left, r.left),
        bottom: Math.min(used.bottom, r.bottom),
        right: Math.min(used.right, r.right),
      },
    ],
  };
}

interface HyperlinkIn {
  address?: string;
  subAddress?: string;
  textToDisplay?: string;
  screenTip?: string;
}

defineClass<CellSet>(SimRange, {
  kind: "Range",
  navs: {
    format: (self) => new SimRangeFormat(self.context, self, (p) => p as CellSet),
    dataValidation: (self) => new SimDataValidation(self.context, self, (p) => p as CellSet),
    worksheet: (self) => new SimWorksheet(self.context, self, (p) => (p as CellSet).sheet),
  },
  props: {
    address: { get: (t, env) => qualified(live(env, t.sheet).name, single(t)) },
    addressLocal: { get: (t, env) => qualified(live(env, t.sheet).name, single(t)) },
    rowCount: { get: (t) => single(t).bottom - single(t).top + 1 },
    columnCount: { get: (t) => single(t).right - single(t).left + 1 },
    cellCount: { get: (t) => rectCells(single(t)) },
    rowIndex: { get: (t) => single(t).top - 1 },
    columnIndex: { get: (t) => single(t).left - 1 },
    values: {
      get: (t, env) => matrix(env, t, (cell) => readCell(cell).value),
      set: (t, v, tx, env) => writeValues(t, v, tx, env),
    },
    valueTypes: { get: (t, env) => matrix(env, t, (cell) => readCell(cell).type) },
    text: { get: (t, env) => matrix(env, t, (cell) => String(readCell(cell).value)) },
    formulas: {
      get: (t, env) => matrix(env, t, (cell) => readFormula(cell)),
      set: (t, v, tx, env) => writeValues(t, v, tx, env),
    },
    numberFormat: {
      get: (t, env) => matrix(env, t, (cell) => cell?.numFmt ?? "General"),
      set: (t, v, tx, env) => {
        const r = single(t);
        if (isUnbounded(r))
          throw invalidArgument("Number formats cannot be set on whole columns or rows here.");
        env.book.checkCellsWritable(t.sheet);
        const at = cellInput(v, r);
        for (let row = r.top; row <= r.bottom; row++) {
          for (let col = r.left; col <= r.right; col++) {
            const f = at(row - r.top, col - r.left);
            if (typeof f !== "string") throw invalidArgument(`Invalid number format ${JSON.stringify(f)}`);
            env.book.patchStyle(t.sheet, row, col, { numFmt: f === "General" ? undefined : f }, tx);
          }
        }
      },
    },
    hyperlink: {
      api: "1.7",
      get: (t, env) => {
        const r = single(t);
        const cell = env.book.cell(live(env, t.sheet), r.top, r.left);
        const v = cell?.value as { text?: string; hyperlink?: string; tooltip?: string } | null | undefined;
        if (!v || typeof v !== "object" || typeof v.hyperlink !== "string") return null;
        return v.hyperlink.startsWith("#")
          ? { subAddress: v.hyperlink.slice(1), textToDisplay: v.text ?? "" }
          : { address: v.hyperlink, textToDisplay: v.text ?? "" };
      },
      set: (t, v, tx, env) => {
        const h = v as HyperlinkIn | null;
        env.book.checkCellsWritable(t.sheet);
        eachPos(t, (row, col) => {
          const cur = readCell(env.book.cell(t.sheet, row, col)).value;
          if (!h) {
            env.book.setValue(t.sheet, row, col, cur === "" ? null : cur, tx);
            return;
          }
          const link = h.address ?? (h.subAddress ? `#${h.subAddress}` : undefined);
          if (!link) throw invalidArgument("A hyperlink needs an address or a subAddress.");
          const text = h.textToDisplay ?? (cur === "" ? link : String(cur));
          env.book.setValue(
            t.sheet,
            row,
            col,
            { text, hyperlink: link, ...(h.screenTip ? { tooltip: h.screenTip } : {}) },
            tx,
          );
        });
      },
    },
  },
});

// ------------------------------------------------------------------ range areas

export class SimRangeCollection extends SimObject<CellSet> {}
defineClass<CellSet>(SimRangeCollection, {
  kind: "RangeCollection",
  navs: {},
  props: {},
  items: (t) => (t as CellSet).rects.map((r) => ({ sheet: (t as CellSet).sheet, rects: [r] })),
  makeItem: (ctx) => new SimRange(ctx),
});

export class SimRangeAreas extends SimObject<CellSet> {}
defineClass<CellSet>(SimRangeAreas, {
  kind: "RangeAreas",
  navs: {
    format: (self) => new SimRangeFormat(self.context, self, (p) => p as CellSet),
    areas: (self) => new SimRangeCollection(self.context, self, (p) => p as CellSet),
    worksheet: (self) => new SimWorksheet(self.context, self, (p) => (p as CellSet).sheet),
  },
  props: {
    address: {
      api: "1.9",
      get: (t, env) =>
        t.rects.map((r) => qualified(live(env, t.sheet).name, r)).join(env.limits.listSeparator),
    },
    areaCount: { api: "1.9", get: (t) => t.rects.length },
    cellCount: { api: "1.9", get: (t) => t.rects.reduce((n, r) => n + rectCells(r), 0) },
  },
});

// ------------------------------------------------------------------ notes (ExcelApi 1.18) and comments (1.10)

interface NoteTarget {
  sheet: SimSheet;
  row: number;
  col: number;
}
interface NotesOwner {
  sheet: SimSheet | null;
}

function cellRef(env: SimEnv, owner: NotesOwner, address: unknown): NoteTarget {
  let sheet = owner.sheet;
  if (address instanceof SimRange) {
    const t = address._require("cell address");
    const r = single(t);
    if (rectCells(r) !== 1)
      throw new SimOfficeError("InvalidArgument", "InvalidCellAddress: the range is not a single cell.");
    return { sheet: t.sheet, row: r.top, col: r.left };
  }
  if (typeof address !== "string") throw invalidArgument("InvalidCellAddress");
  const parsed = parseAddress(address);
  if (parsed.sheet !== null) {
    const s = env.book.byKey(parsed.sheet);
    if (!s) throw new SimOfficeError("ItemNotFound", `No sheet '${parsed.sheet}'.`);
    if (sheet && s !== sheet) throw invalidArgument("InvalidCellAddress: the cell is on another sheet.");
    sheet = s;
  }
  if (!sheet) throw invalidArgument("InvalidCellAddress: a workbook-level address needs a sheet name.");
  if (rectCells(parsed.rect) !== 1)
    throw new SimOfficeError("InvalidArgument", "InvalidCellAddress: not a single cell.");
  return { sheet: live(env, sheet), row: parsed.rect.top, col: parsed.rect.left };
}

export class SimNote extends SimObject<NoteTarget> {
  delete(): void {
    this._action("Note.delete", "1.18", [], (t, tx, env) => {
      if (env.book.noteOf(t.sheet, t.row, t.col) === null)
        throw new SimOfficeError("ItemNotFound", "The note no longer exists.");
      env.book.checkCellsWritable(t.sheet);
      env.book.setNote(t.sheet, t.row, t.col, undefined, tx);
    });
  }
  getLocation(): SimRange {
    return this._method("Note.getLocation", "1.18", [], new SimRange(this.context), (t) => ({
      sheet: t.sheet,
      rects: [{ top: t.row, left: t.col, bottom: t.row, right: t.col }],
    }));
  }
}
function noteText(env: SimEnv, t: NoteTarget): string {
  const v = env.book.noteOf(live(env, t.sheet), t.row, t.col);
  if (v === null) throw new SimOfficeError("ItemNotFound", "The note no longer exists.");
  return v;
}
defineClass<NoteTarget>(SimNote, {
  kind: "Note",
  navs: {},
  props: {
    content: {
      api: "1.18",
      get: (t, env) => noteText(env, t),
      set: (t, v, tx, env) => {
        noteText(env, t);
        env.book.checkCellsWritable(t.sheet);
        env.book.setNote(t.sheet, t.row, t.col, String(v), tx);
      },
    },
    authorName: { api: "1.18", get: () => "" },
  },
});

export class SimNoteCollection extends SimObject<NotesOwner> {
  add(cellAddress: unknown, content: unknown): SimNote {
    return this._method(
      "NoteCollection.add",
      "1.18",
      [cellAddress instanceof SimRange ? "range" : cellAddress, content],
      new SimNote(this.context),
      (o, env, tx) => {
        const t = cellRef(env, o, cellAddress);
        if (env.book.noteOf(t.sheet, t.row, t.col) !== null) {
          throw new SimOfficeError("InvalidArgument", `The cell ${cellAddress} already has a note.`);
        }
        env.book.checkCellsWritable(t.sheet);
        env.book.setNote(t.sheet, t.row, t.col, String(content), tx);
        return t;
      },
    );
  }
  getItem(key: string): SimNote {
    return this._method("NoteCollection.getItem", "1.18", [key], new SimNote(this.context), (o, env) => {
      const t = cellRef(env, o, key);
      if (env.book.noteOf(t.sheet, t.row, t.col) === null)
        throw new SimOfficeError("ItemNotFound", `No note at ${key}.`);
      return t;
    });
  }
  getItemOrNullObject(key: string): SimNote {
    return this._method(
      "NoteCollection.getItemOrNullObject",
      "1.18",
      [key],
      new SimNote(this.context),
      (o, env) => {
        const t = cellRef(env, o, key);
        if (env.book.noteOf(t.sheet, t.row, t.col) === null)
          throw new SimOfficeError("ItemNotFound", `No note at ${key}.`);
        return t;
      },
      true,
    );
  }
  getCount(): { value: number } {
    return this._result("NoteCollection.getCount", "1.18", [], (o, env) => notesOf(env, o).length);
  }
}
function notesOf(env: SimEnv, o: NotesOwner): NoteTarget[] {
  const out: NoteTarget[] = [];
  for (const sheet of o.sheet ? [o.sheet] : env.book.list()) {
    env.book.eachCell(sheet, wholeSheet(), (cell, row, col) => {
      if (cell.note !== undefined && env.book.noteOf(sheet, row, col) !== null) out.push({ sheet, row, col });
    });
  }
  return out;
}
defineClass<NotesOwner>(SimNoteCollection, {
  kind: "NoteCollection",
  navs: {},
  props: {},
  items: (t, env) => notesOf(env, t as NotesOwner),
  makeItem: (ctx) => new SimNote(ctx),
});

interface CommentTarget {
  id: string;
}
function commentOf(env: SimEnv, t: CommentTarget): { sheet: SimSheet; key: string; comment: SimComment } {
  const found = env.book.findComment(t.id);
  if (!found) throw new SimOfficeError("ItemNotFound", "The comment no longer exists.");
  return found;
}

export class SimComment_ extends SimObject<CommentTarget> {
  delete(): void {
    this._action("Comment.delete", "1.10", [], (t, tx, env) => {
      const f = commentOf(env, t);
      env.book.checkCellsWritable(f.sheet);
      env.book.deleteComment(f.sheet, f.key, tx);
    });
  }
  getLocation(): SimRange {
    return this._method("Comment.getLocation", "1.10", [], new SimRange(this.context), (t, env) => {
      const f = commentOf(env, t);
      const { rect } = parseAddress(f.key);
      return { sheet: f.sheet, rects: [rect] } satisfies CellSet;
    });
  }
}
defineClass<CommentTarget>(SimComment_, {
  kind: "Comment",
  navs: {},
  props: {
    id: { api: "1.10", get: (t, env) => commentOf(env, t).comment.id },
    content: {
      api: "1.10",
      get: (t, env) => commentOf(env, t).comment.content,
      set: (t, v, tx, env) => {
        const f = commentOf(env, t);
        env.book.checkCellsWritable(f.sheet);
        env.book.setCommentContent(f.comment, String(v), tx);
      },
    },
    authorName: { api: "1.10", get: (t, env) => commentOf(env, t).comment.authorName },
    authorEmail: { api: "1.10", get: (t, env) => commentOf(env, t).comment.authorEmail },
  },
});

export class SimCommentCollection extends SimObject<NotesOwner> {
  add(cellAddress: unknown, content: unknown): SimComment_ {
    return this._method(
      "CommentCollection.add",
      "1.10",
      [cellAddress instanceof SimRange ? "range" : cellAddress, content],
      new SimComment_(this.context),
      (o, env, tx) => {
        if (typeof content !== "string")
          throw new SimOfficeError("NotImplemented", "simulator: only plain-text comments");
        const t = cellRef(env, o, cellAddress);
        env.book.checkCellsWritable(t.sheet);
        return { id: env.book.addComment(t.sheet, t.row, t.col, content, tx).id } satisfies CommentTarget;
      },
    );
  }
  getItem(commentId: string): SimComment_ {
    return this._method(
      "CommentCollection.getItem",
      "1.10",
      [commentId],
      new SimComment_(this.context),
      (_o, env) => {
        commentOf(env, { id: commentId });
        return { id: commentId };
      },
    );
  }
  getItemOrNullObject(commentId: string): SimComment_ {
    return this._method(
      "CommentCollection.getItemOrNullObject",
      "1.14",
      [commentId],
      new SimComment_(this.context),
      (_o, env) => {
        commentOf(env, { id: commentId });
        return { id: commentId };
      },
      true,
    );
  }
  getItemByCell(cellAddress: unknown): SimComment_ {
    return this._method(
      "CommentCollection.getItemByCell",
      "1.10",
      [cellAddress instanceof SimRange ? "range" : cellAddress],
      new SimComment_(this.context),
      (o, env) => {
        const t = cellRef(env, o, cellAddress);
        const c = env.book.commentMap(t.sheet).get(cellAddress_(t));
        if (!c) throw new SimOfficeError("ItemNotFound", `No comment at ${cellAddress_(t)}.`);
        return { id: c.id };
      },
    );
  }
  getCount(): { value: number } {
    return this._result(
      "CommentCollection.getCount",
      "1.10",
      [],
      (o, env) => env.book.commentsOf(o.sheet).length,
    );
  }
}
function cellAddress_(t: NoteTarget): string {
  return cellAddress(t.row, t.col);
}
defineClass<NotesOwner>(SimCommentCollection, {
  kind: "CommentCollection",
  navs: {},
  props: {},
  items: (t, env) => env.book.commentsOf((t as NotesOwner).sheet).map((c) => ({ id: c.comment.id })),
  makeItem: (ctx) => new SimComment_(ctx),
});

// ------------------------------------------------------------------ worksheet

export class SimWorksheetProtection extends SimObject<SimSheet> {}
defineClass<SimSheet>(SimWorksheetProtection, {
  kind: "WorksheetProtection",
  navs: {},
  props: { protected: { api: "1.2", get: (s, env) => live(env, s).protected } },
});

function rangeOn(env: SimEnv, s: SimSheet, address: string | undefined): CellSet {
  live(env, s);
  if (address === undefined) return { sheet: s, rects: [wholeSheet()] };
  const p = parseAddress(address);
  if (p.sheet !== null && p.sheet.toLowerCase() !== s.name.toLowerCase()) {
    throw invalidArgument(`The address '${address}' is on another sheet.`);
  }
  return { sheet: s, rects: [p.rect] };
}

export class SimWorksheet extends SimObject<SimSheet> {
  get onChanged(): SimEventHandlers<SimSheet> {
    return new SimEventHandlers(this, "Worksheet.onChanged", (s, bus, h) => bus.onChanged(s, h));
  }
  getRange(address?: string): SimRange {
    return this._method("Worksheet.getRange", "1.1", [address], new SimRange(this.context), (s, env) =>
      rangeOn(env, s, address),
    );
  }
  getRanges(address: string): SimRangeAreas {
    return this._method(
      "Worksheet.getRanges",
      "1.9",
      [address],
      new SimRangeAreas(this.context),
      (s, env) => {
        live(env, s);
        if (typeof address !== "string" || address.length === 0)
          throw invalidArgument("getRanges needs an address.");
        // Longer strings are truncated by Excel and rejected as invalid (office-js #5198); reject them here.
        if (address.length > 8192)
          throw invalidArgument(`The address has ${address.length} characters: more than 8,192.`);
        const sep = env.limits.listSeparator;
        const other = sep === "," ? ";" : ",";
        const parts = address.split(sep);
        const rects: Rect[] = [];
        for (const part of parts) {
          if (part.includes(other))
            throw invalidArgument(`Invalid address '${part}': this Excel separates areas with '${sep}'.`);
          const p = parseAddress(part);
          if (p.sheet !== null && p.sheet.toLowerCase() !== s.name.toLowerCase())
            throw invalidArgument("An area is on another sheet.");
          rects.push(p.rect);
        }
        return { sheet: s, rects } satisfies CellSet;
      },
    );
  }
  getCell(row: number, column: number): SimRange {
    return this._method("Worksheet.getCell", "1.1", [row, column], new SimRange(this.context), (s, env) =>
      rangeOn(env, s, cellAddress(row + 1, column + 1)),
    );
  }
  getUsedRange(valuesOnly?: boolean): SimRange {
    return this._method(
      "Worksheet.getUsedRange",
      valuesOnly === undefined ? "1.1" : "1.2",
      [valuesOnly],
      new SimRange(this.context),
      (s, env) => {
        const used = env.book.usedRect(live(env, s), !!valuesOnly);
        // A blank sheet's used range is its top-left cell.
        return { sheet: s, rects: [used ?? { top: 1, left: 1, bottom: 1, right: 1 }] } satisfies CellSet;
      },
    );
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): SimRange {
    return this._method(
      "Worksheet.getUsedRangeOrNullObject",
      "1.4",
      [valuesOnly],
      new SimRange(this.context),
      (s, env) => {
        const used = env.book.usedRect(live(env, s), !!valuesOnly);
        if (!used) throw new SimOfficeError("ItemNotFound", "The sheet is blank.");
        return { sheet: s, rects: [used] } satisfies CellSet;
      },
      true,
    );
  }
  activate(): void {
    this._action("Worksheet.activate", "1.1", [], (s, tx, env) => env.book.setActive(live(env, s), tx));
  }
  delete(): void {
    this._action("Worksheet.delete", "1.1", [], (s, tx, env) => env.book.deleteSheet(live(env, s), tx));
  }
}
defineClass<SimSheet>(SimWorksheet, {
  kind: "Worksheet",
  navs: {
    protection: (self) => new SimWorksheetProtection(self.context, self, (p) => p as SimSheet),
    notes: (self) => new SimNoteCollection(self.context, self, (p) => ({ sheet: p as SimSheet })),
    comments: (self) => new SimCommentCollection(self.context, self, (p) => ({ sheet: p as SimSheet })),
  },
  props: {
    name: {
      get: (s, env) => live(env, s).name,
      set: (s, v, tx, env) => env.book.renameSheet(live(env, s), String(v), tx),
    },
    id: { get: (s, env) => live(env, s).id },
    position: { get: (s, env) => env.book.list().indexOf(live(env, s)) },
    visibility: {
      get: (s, env) => live(env, s).visibility,
      set: (s, v, tx, env) => env.book.setVisibility(live(env, s), v as Visibility, tx),
    },
  },
});

export class SimWorksheetCollection extends SimObject<SimBook> {
  get onActivated(): SimEventHandlers<SimBook> {
    return new SimEventHandlers(this, "WorksheetCollection.onActivated", (_b, bus, h) => bus.onActivated(h));
  }
  getActiveWorksheet(): SimWorksheet {
    return this._method(
      "WorksheetCollection.getActiveWorksheet",
      "1.1",
      [],
      new SimWorksheet(this.context),
      (b) => b.activeSheet(),
    );
  }
  getItem(key: string): SimWorksheet {
    return this._method("WorksheetCollection.getItem", "1.1", [key], new SimWorksheet(this.context), (b) => {
      const s = b.byKey(key);
      if (!s)
        throw new SimOfficeError("ItemNotFound", `The requested resource doesn't exist: worksheet '${key}'.`);
      return s;
    });
  }
  getItemOrNullObject(key: string): SimWorksheet {
    return this._method(
      "WorksheetCollection.getItemOrNullObject",
      "1.4",
      [key],
      new SimWorksheet(this.context),
      (b) => {
        const s = b.byKey(key);
        if (!s) throw new SimOfficeError("ItemNotFound", `No worksheet '${key}'.`);
        return s;
      },
      true,
    );
  }
  add(name?: string): SimWorksheet {
    return this._method(
      "WorksheetCollection.add",
      "1.1",
      [name],
      new SimWorksheet(this.context),
      (b, _env, tx) => {
        let n = name;
        if (n === undefined) for (let i = b.list().length + 1; b.byKey((n = `Sheet${i}`)); i++);
        return b.addSheet(n!, tx);
      },
    );
  }
  getCount(): { value: number } {
    return this._result("WorksheetCollection.getCount", "1.4", [], (b) => b.list().length);
  }
}
defineClass<SimBook>(SimWorksheetCollection, {
  kind: "WorksheetCollection",
  navs: {},
  props: {},
  items: (b) => (b as SimBook).list(),
  makeItem: (ctx) => new SimWorksheet(ctx),
});

// ------------------------------------------------------------------ workbook

export class SimWorkbookProtection extends SimObject<SimBook> {}
defineClass<SimBook>(SimWorkbookProtection, {
  kind: "WorkbookProtection",
  navs: {},
  props: { protected: { api: "1.7", get: (b) => b.structureProtected } },
});

export class SimWorkbook extends SimObject<SimBook> {
  getSelectedRange(): SimRange {
    return this._method("Workbook.getSelectedRange", "1.1", [], new SimRange(this.context), (b) => {
      const s = b.activeSheet();
      return {
        sheet: s,
        rects: [b.selectionOf(s) ?? { top: 1, left: 1, bottom: 1, right: 1 }],
      } satisfies CellSet;
    });
  }
}
defineClass<SimBook>(SimWorkbook, {
  kind: "Workbook",
  navs: {
    worksheets: (self) => new SimWorksheetCollection(self.context, self, (p) => p as SimBook),
    protection: (self) => new SimWorkbookProtection(self.context, self, (p) => p as SimBook),
    notes: (self) => new SimNoteCollection(self.context, self, () => ({ sheet: null })),
    comments: (self) => new SimCommentCollection(self.context, self, () => ({ sheet: null })),
  },
  props: {},
});
