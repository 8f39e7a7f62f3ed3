import { sliced } from "./host-thread";
import { intersects, isUnbounded, qualified, rectCells } from "./address";
import { type OfficePattern, fillFromOffice, fillView, isOfficePattern, parseOfficeColor } from "./colors";
import { SimObject, defineClass } from "./proxy";
import { SimOfficeError, invalidArgument } from "./errors";
import { readCell, readFormula } from "./values";
import { areasOf } from "./areas";
import {
  CELL_PROPS,
  CellSet,
  cellInput,
  cellProperties,
  eachPos,
  flattenProps,
  live,
  matrix,
  single,
  styleOf,
  sub,
  usedWithin,
  writeValues,
} from "./cells";
import { SimDataValidation, SimRangeFormat, bool } from "./format";
import { SimWorksheet } from "./worksheet";
import { SimConditionalFormatCollection } from "./layout";

/** Range, RangeAreas and their collection in the simulated Excel. */

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
  /** ExcelApi 1.9: the cells holding constants ("Constants") or formulas ("Formulas"), as rectangular areas. */
  getSpecialCellsOrNullObject(cellType: string): SimRangeAreas {
    return this._method(
      "Range.getSpecialCellsOrNullObject",
      "1.9",
      [cellType],
      new SimRangeAreas(this.context),
      (t, env) => {
        if (cellType !== "Constants" && cellType !== "Formulas")
          throw new SimOfficeError(
            "NotImplemented",
            `simulator: special cells ${cellType} are not simulated`,
          );
        const wanted = cellType === "Formulas";
        const hits: [number, number][] = [];
        for (const r of t.rects)
          env.book.eachCell(live(env, t.sheet), r, (cell, row, col) => {
            if (readCell(cell).type === "Empty") return;
            const isFormula = String(readFormula(cell)).startsWith("=");
            if (isFormula === wanted) hits.push([row, col]);
          });
        if (hits.length === 0) throw new SimOfficeError("ItemNotFound", "No cells were found.");
        return { sheet: t.sheet, rects: areasOf(hits) } satisfies CellSet;
      },
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
      // Clearing visits existing cells only, so clearing a whole sheet costs what the sheet holds; in time slices.
      const cells = function* () {
        for (const r of t.rects) yield* env.book.cellsIn(t.sheet, r);
      };
      sliced(
        (function* () {
          for (const [, row, col] of cells()) {
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
            yield;
          }
        })(),
      );
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
    conditionalFormats: (self) => new SimConditionalFormatCollection(self.context, self, (p) => p as CellSet),
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
        // In time slices in the harness, like the values (Excel does this work off the pane's thread).
        sliced(
          (function* () {
            for (let row = r.top; row <= r.bottom; row++) {
              for (let col = r.left; col <= r.right; col++) {
                const f = at(row - r.top, col - r.left);
                if (typeof f !== "string")
                  throw invalidArgument(`Invalid number format ${JSON.stringify(f)}`);
                env.book.patchStyle(t.sheet, row, col, { numFmt: f === "General" ? undefined : f }, tx);
                yield;
              }
            }
          })(),
        );
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
