import type { DataValidation, Font } from "exceljs";
import { fillFromOffice, fillView, isOfficePattern, parseOfficeColor, resolveColor } from "./colors";
import { type PropDef, SimObject, defineClass } from "./proxy";
import { SimOfficeError, invalidArgument } from "./errors";
import { type CellSet, charsToPoints, eachPos, live, pointsToChars, styleOf, uniform } from "./cells";

/** Range formats of the simulated Excel: fill, font, the format itself (widths, wrap, alignment) and data validation. */

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
export const bool = (v: unknown) => {
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
