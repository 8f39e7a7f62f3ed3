import type { Cell, Style } from "exceljs";
import { type Rect, intersects, isUnbounded, qualified, rectAddress, rectCells } from "./address";
import type { Journal, SimSheet } from "./book";
import { sliced } from "./host-thread";
import { fillView, resolveColor } from "./colors";
import type { SimEnv } from "./env";
import { SimOfficeError, invalidArgument } from "./errors";
import { parseWrite } from "./values";

/** Ranges as sets of cells on a sheet, and the reads and writes every range-like object of the simulated Excel shares. */

export interface CellSet {
  sheet: SimSheet;
  rects: Rect[];
}

// ------------------------------------------------------------------ helpers

export function live(env: SimEnv, s: SimSheet): SimSheet {
  if (!env.book.alive(s)) throw new SimOfficeError("ItemNotFound", "The worksheet no longer exists.");
  return s;
}

export function eachPos(set: CellSet, fn: (row: number, col: number) => void): void {
  sliced(
    (function* () {
      for (const r of set.rects) {
        if (isUnbounded(r)) {
          throw new SimOfficeError(
            "NotImplemented",
            `simulator: cell writes to whole columns or rows (${rectAddress(r)}) are not simulated`,
          );
        }
        for (let row = r.top; row <= r.bottom; row++)
          for (let col = r.left; col <= r.right; col++) yield fn(row, col);
      }
    })(),
  );
}

/** The value of `fn` if every cell of the set agrees, else null (as Office.js reports mixed formats). */
export function uniform<V>(env: SimEnv, set: CellSet, fn: (cell: Cell | undefined) => V): V | null {
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

export function matrix<V>(env: SimEnv, t: CellSet, fn: (cell: Cell | undefined) => V): V[][] | null {
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
export function cellInput(v: unknown, r: Rect): (i: number, j: number) => unknown {
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

export function writeValues(t: CellSet, v: unknown, tx: Journal, env: SimEnv): void {
  const r = t.rects[0]!;
  if (isUnbounded(r)) throw invalidArgument("Cell values cannot be set on whole columns or rows.");
  env.book.checkCellsWritable(t.sheet);
  const at = cellInput(v, r);
  sliced(
    (function* () {
      for (let row = r.top; row <= r.bottom; row++) {
        for (let col = r.left; col <= r.right; col++) {
          const raw = at(row - r.top, col - r.left);
          const cell = env.book.cell(t.sheet, row, col);
          const parsed = parseWrite(raw, cell?.numFmt, env.book.culture);
          env.book.setValue(t.sheet, row, col, parsed.value, tx);
          if (parsed.numFmt) env.book.patchStyle(t.sheet, row, col, { numFmt: parsed.numFmt }, tx);
          yield;
        }
      }
    })(),
  );
}

export function styleOf(cell: Cell | undefined): Partial<Style> {
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

export const CELL_PROPS = new Set([
  "address",
  "format/fill/color",
  "format/fill/pattern",
  "format/fill/patternColor",
  "format/font/bold",
  "format/font/color",
  "format/wrapText",
]);

export function flattenProps(spec: unknown, prefix = ""): string[] {
  if (typeof spec !== "object" || spec === null) return [];
  const out: string[] = [];
  for (const [k, v] of Object.entries(spec as Record<string, unknown>)) {
    if (v === true) out.push(prefix + k);
    else out.push(...flattenProps(v, `${prefix}${k}/`));
  }
  return out;
}

export function cellProperties(
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

export function single(t: CellSet): Rect {
  return t.rects[0]!;
}

export function sub(t: CellSet, r: Rect): CellSet {
  if (r.top < 1 || r.left < 1 || r.bottom > 1_048_576 || r.right > 16_384)
    throw invalidArgument("The range is outside the sheet.");
  return { sheet: t.sheet, rects: [r] };
}

export function usedWithin(env: SimEnv, t: CellSet, valuesOnly: boolean): CellSet {
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
