import { type CellValue, type Grid, type RangePos, columnLetters } from "../core/grid";
import type { Bilingual } from "../core/lang";
import { SparseCells, sparseGrids } from "../core/sparse-grid";
import type { Capabilities } from "./capabilities";

/**
 * A sheet whose used range is huge because of a few far cells (a stray value at XFD10000): instead of the whole
 * rectangle, one sync asks Excel where the values and formulas are (Range.getSpecialCellsOrNullObject, ExcelApi
 * 1.9), the areas close to each other are joined into parts, and only those parts are read, at most CHUNK_CELLS cells
 * per sync. The grid is the core's sparse split of what was read (src/core/sparse-grid.ts, as the CLI does): the
 * piece holding most cells is checked, and a notice names the far ones.
 */

/** Areas this close (empty rows or columns between them) are read as one part. */
export const JOIN_GAP = 16;
/** More separate areas than this (a sheet of scattered single cells): not read this way. */
export const MAX_AREAS = 20_000;

export interface SparseRead {
  grid: Grid;
  /** Cells read, over all parts (what the read cost, instead of the used range's area). */
  cellsRead: number;
  syncs: number;
}

const addressOf = (r: RangePos) => `${columnLetters(r.left)}${r.top}:${columnLetters(r.right)}${r.bottom}`;

const near = (a: RangePos, b: RangePos) =>
  a.top <= b.bottom + JOIN_GAP + 1 &&
  b.top <= a.bottom + JOIN_GAP + 1 &&
  a.left <= b.right + JOIN_GAP + 1 &&
  b.left <= a.right + JOIN_GAP + 1;

/** Joins areas that lie within JOIN_GAP of each other into bounding parts, until no two parts are near. */
export function joinAreas(areas: readonly RangePos[]): RangePos[] {
  let parts = areas.map((a) => ({ ...a }));
  for (let changed = true; changed;) {
    changed = false;
    parts.sort((a, b) => a.top - b.top);
    const out: RangePos[] = [];
    for (const p of parts) {
      // Greedy: p joins the first part near it; passes repeat until one joins nothing.
      const hit = out.find((q) => near(q, p));
      if (hit) {
        hit.top = Math.min(hit.top, p.top);
        hit.left = Math.min(hit.left, p.left);
        hit.bottom = Math.max(hit.bottom, p.bottom);
        hit.right = Math.max(hit.right, p.right);
        changed = true;
      } else out.push(p);
    }
    parts = out;
  }
  return parts;
}

const areaOf = (r: RangePos) => (r.bottom - r.top + 1) * (r.right - r.left + 1);

function toCell(v: unknown, type: unknown): CellValue {
  if (type === "Empty" || v === "" || v === null || v === undefined) return null;
  if (type === "Error") return { error: String(v) };
  if (typeof v === "number" || typeof v === "boolean" || typeof v === "string") return v;
  return String(v);
}

export async function readSparse(
  context: Excel.RequestContext,
  caps: Capabilities,
  ws: Excel.Worksheet,
  name: string,
  used: RangePos,
  merges: string[],
  limits: { chunkCells: number; cellReadLimit: number },
  rangeOf: (a: string) => RangePos,
  splitAreas: (address: string) => string[],
  notices: Bilingual[],
): Promise<SparseRead | null> {
  if (!caps.rangeAreas || !caps.nullObjects) return null;
  const whole = ws.getRange(addressOf(used));
  const found = (["Constants", "Formulas"] as const).map((type) => {
    const areas = whole.getSpecialCellsOrNullObject(type);
    areas.load("address, areaCount");
    return areas;
  });
  await context.sync();
  let syncs = 1;
  const areas = found
    .filter((f) => !f.isNullObject)
    .flatMap((f) => (f.areaCount > MAX_AREAS ? [null] : splitAreas(f.address).map((a) => rangeOf(a))));
  if (areas.length === 0 || areas.includes(null)) return null;
  const parts = joinAreas(areas as RangePos[]);
  const total = parts.reduce((n, p) => n + areaOf(p), 0);
  if (total > limits.cellReadLimit) return null;

  // Read the parts, a sync per CHUNK_CELLS cells (a part larger than that in row blocks).
  const blocks: RangePos[] = [];
  for (const p of parts) {
    const step = Math.max(1, Math.floor(limits.chunkCells / (p.right - p.left + 1)));
    for (let top = p.top; top <= p.bottom; top += step)
      blocks.push({ ...p, top, bottom: Math.min(p.bottom, top + step - 1) });
  }
  const cells = new SparseCells();
  let pending: [RangePos, Excel.Range][] = [];
  let queued = 0;
  const flush = async () => {
    if (pending.length === 0) return;
    // One round trip per CHUNK_CELLS cells: the point is that each response stays small.
    await context.sync();
    syncs += 1;
    for (const [b, r] of pending) {
      const values = r.values;
      const types = r.valueTypes;
      values.forEach((line, i) =>
        line.forEach((v, j) => {
          const value = toCell(v, types[i]?.[j]);
          if (value !== null) cells.add(b.top + i, b.left + j, value);
        }),
      );
    }
    pending = [];
    queued = 0;
  };
  for (const b of blocks) {
    if (queued > 0 && queued + areaOf(b) > limits.chunkCells) await flush();
    const r = ws.getRange(addressOf(b));
    r.load("values, valueTypes");
    pending.push([b, r]);
    queued += areaOf(b);
  }
  await flush();
  const grids = sparseGrids(name, cells, merges);
  const filled = (g: Grid) => g.values.reduce((n, line) => n + line.filter((v) => v !== null).length, 0);
  const counts = grids.map(filled);
  const best = counts.indexOf(Math.max(...counts));
  const grid = grids[best]!;
  if (grids.length > 1) {
    const others = grids
      .filter((_, i) => i !== best)
      .map((g) => g.origin)
      .slice(0, 5)
      .join(", ");
    notices.push({
      ru: `На листе «${name}» есть ячейки далеко от таблицы (${others}): проверена таблица с ячейки ${grid.origin}, далёкие ячейки — нет.`,
      en: `Sheet “${name}” has cells far from the table (${others}): the table from cell ${grid.origin} was checked, the far cells were not.`,
    });
  }
  return { grid, cellsRead: total, syncs };
}
