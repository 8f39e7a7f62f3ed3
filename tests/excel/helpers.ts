import ExcelJS from "exceljs";
import {
  createSimulatedOffice,
  installSimulatedOffice,
  type SimulatedOffice,
  type SimulatedOfficeOptions,
} from "../../src/sim";
import { fixturePath } from "../fixtures";

export async function loadFixture(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(fixturePath(file));
  return wb;
}

/** Runs `fn` with the simulated Excel installed as the globals the adapter uses. */
export async function withSim<T>(
  wb: ExcelJS.Workbook,
  options: SimulatedOfficeOptions,
  fn: (sim: SimulatedOffice) => Promise<T>,
): Promise<T> {
  const sim = createSimulatedOffice(wb, options);
  const uninstall = installSimulatedOffice(sim);
  try {
    return await fn(sim);
  } finally {
    uninstall();
  }
}

function clean(o: unknown): unknown {
  if (o instanceof Date) return o.toISOString();
  if (Array.isArray(o)) return o.map(clean);
  if (typeof o === "object" && o !== null) {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(o).sort()) {
      const v = clean((o as Record<string, unknown>)[k]);
      if (v === undefined) continue;
      if (typeof v === "object" && v !== null && !Array.isArray(v) && Object.keys(v).length === 0) continue;
      out[k] = v;
    }
    return out;
  }
  return o;
}

function normStyle(style: Partial<ExcelJS.Style> | undefined): unknown {
  const s: Record<string, unknown> = { ...(style ?? {}) };
  const fill = s.fill as ExcelJS.Fill | undefined;
  // A "none" pattern and no fill are the same cell in Excel (fillId 0).
  if (fill && fill.type === "pattern" && fill.pattern === "none") delete s.fill;
  if (s.numFmt === "General") delete s.numFmt;
  return clean(s);
}

export interface CellDump {
  value: unknown;
  style: unknown;
  note: unknown;
}

/**
 * Everything the add-in could touch, cell by cell: value, style (fill, font, border, number format, alignment,
 * protection), note; plus sheets (names, order, visibility), merges, data validations, column widths.
 */
export function dumpWorkbook(wb: ExcelJS.Workbook): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const ws of wb.worksheets) {
    const cells: Record<string, CellDump> = {};
    // Walk exceljs's sparse rows directly: eachRow({ includeEmpty }) would create a million rows on a tall sheet.
    const rows = (ws as unknown as { _rows: (ExcelJS.Row | undefined)[] })._rows;
    rows.forEach((row) => {
      if (!row) return;
      (row as unknown as { _cells: (ExcelJS.Cell | undefined)[] })._cells.forEach((cell) => {
        if (!cell) return;
        const d: CellDump = {
          value: clean(cell.value),
          style: normStyle(cell.style),
          note: clean((cell as unknown as { _comment?: { note?: unknown } })._comment?.note),
        };
        if (d.value === null && d.note === undefined && JSON.stringify(d.style) === "{}") return;
        cells[cell.address] = d;
      });
    });
    const widths: Record<number, unknown> = {};
    for (let c = 1; c <= Math.max(ws.columnCount, 30); c++) {
      const w = ws.getColumn(c).width;
      if (w !== undefined) widths[c] = w;
    }
    out[ws.name] = clean({
      state: ws.state,
      cells,
      merges: [...((ws.model as { merges?: string[] }).merges ?? [])].sort(),
      validations: (ws as unknown as { dataValidations: { model: unknown } }).dataValidations.model,
      widths,
    });
  }
  return { order: wb.worksheets.map((w) => w.name), sheets: out };
}

/** Cell addresses whose dump differs between two snapshots of one sheet. */
export function changedCells(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  sheet: string,
): string[] {
  const a = ((before.sheets as Record<string, { cells?: Record<string, unknown> }>)[sheet]?.cells ??
    {}) as Record<string, unknown>;
  const b = ((after.sheets as Record<string, { cells?: Record<string, unknown> }>)[sheet]?.cells ??
    {}) as Record<string, unknown>;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k])).sort();
}
