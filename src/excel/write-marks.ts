import { columnLetters, quoteSheet, rangeAddress } from "../core/grid";
import type { MarkPlan, ReportSheetPlan } from "../core/marks";
import { Batch, estimate, rowSlices } from "./batch";
import { chunkAddresses, coalesce } from "./blocks";
import type { Capabilities } from "./capabilities";
import { charsToPoints } from "./units";
import { type MarkedCell, encodeHead, encodeStore } from "../core/store";
import { STATE_SHEET, writeState } from "./state";
import { type WritePlan, cellKey, push } from "./write-plan";

/**
 * Sync C of marking: carries out a WritePlan. First a state that also holds every old record still to be undone
 * (Excel keeps what ran before a failing operation, so a failure half-way can still be cleared), then restore,
 * fills, notes, report, and last the plain new state — all in one sync unless the payload budget splits it.
 */

async function fillCells(
  batch: Batch,
  ws: Excel.Worksheet,
  caps: Capabilities,
  cells: readonly string[],
  apply: (fill: Excel.RangeFill) => void,
): Promise<void> {
  const blocks = coalesce(cells);
  if (caps.rangeAreas) {
    for (const chunk of chunkAddresses(blocks, caps.areaSeparator)) {
      await batch.add(estimate(chunk), 0, () => apply(ws.getRanges(chunk).format.fill));
    }
  } else {
    // Below ExcelApi 1.9 there is no RangeAreas: one range per block (still never one per cell when they touch).
    for (const b of blocks) {
      const addr = rangeAddress(b);
      await batch.add(estimate(addr), 0, () => apply(ws.getRange(addr).format.fill));
    }
  }
}

async function restoreFills(
  batch: Batch,
  ws: Excel.Worksheet,
  caps: Capabilities,
  cells: MarkedCell[],
): Promise<void> {
  const none: string[] = [];
  const solid = new Map<string, string[]>();
  const patterned: MarkedCell[] = [];
  for (const c of cells) {
    if (c.original === "none") none.push(c.address);
    else if (typeof c.original === "string") push(solid, c.original, c.address);
    else patterned.push(c);
  }
  // «No fill» is restored with clear(), never by painting white (office-js #2349).
  if (none.length) await fillCells(batch, ws, caps, none, (f) => f.clear());
  for (const [color, list] of solid) await fillCells(batch, ws, caps, list, (f) => (f.color = `#${color}`));
  for (const c of patterned) {
    const [pattern, color, patternColor] = c.original as [string, string, string];
    const props = [
      [
        {
          format: {
            fill: {
              pattern: pattern as Excel.FillPattern,
              color: `#${color}`,
              patternColor: `#${patternColor}`,
            },
          },
        },
      ],
    ];
    await batch.add(estimate(c.address, props), 0, () => ws.getRange(c.address).setCellProperties(props));
  }
}

function hyperlinkFormula(sheet: string, address: string): string {
  const target = `#${quoteSheet(sheet)}!${address}`.replace(/"/g, '""');
  return `=HYPERLINK("${target}","${address}")`;
}

/** Writes the report into the old one, emptied (`reuse`: its current name), or a new sheet; returns the sheet. */
async function writeReport(
  batch: Batch,
  context: Excel.RequestContext,
  caps: Capabilities,
  report: ReportSheetPlan,
  target: NonNullable<WritePlan["report"]>,
): Promise<Excel.Worksheet> {
  const { name, fills, reuse } = target;
  let ws: Excel.Worksheet;
  if (reuse) {
    ws = context.workbook.worksheets.getItem(reuse);
    await batch.add(estimate(reuse), 0, () => ws.getRange().clear());
    if (name !== reuse) await batch.add(estimate(name), 0, () => (ws.name = name));
  } else {
    ws = context.workbook.worksheets.add(name);
    // Its id is recorded in the store once known (recordReportId): the report is found by it after a rename.
    await batch.add(estimate(name), 40, () => ws.load("id"));
  }
  const ncols = report.header.length;
  const last = columnLetters(ncols);
  const isLink = (row: ReportSheetPlan["rows"][number], c: number) => c === report.linkColumn && !!row.link;
  function* lines(): Generator<(string | number)[]> {
    yield report.header;
    for (const row of report.rows) {
      const line = row.cells
        .slice(0, ncols)
        .map((v, c) => (isLink(row, c) ? hyperlinkFormula(row.link!.sheet, row.link!.address) : v));
      while (line.length < ncols) line.push("");
      yield line;
    }
  }
  // Made and measured a slice at a time: the pane gets its turn between slices (Batch.add).
  for (const [start, slice, bytes] of rowSlices(lines())) {
    const addr = `A${start + 1}:${last}${start + slice.length}`;
    // Text is written as text ("@") so Excel never turns «1.1» into a date or «=…» into a formula; links stay formulas.
    const fmt = slice.map((line, k) => {
      const row = start + k === 0 ? null : report.rows[start + k - 1]!;
      return line.map((v, c) => ((row && isLink(row, c)) || typeof v === "number" ? "General" : "@"));
    });
    await batch.add(estimate(fmt) + bytes, 0, () => {
      const target = ws.getRange(addr);
      target.numberFormat = fmt;
      target.formulas = slice;
    });
  }
  await batch.add(estimate(last), 0, () => (ws.getRange(`A1:${last}1`).format.font.bold = true));
  const n = report.rows.length;
  for (let c = 0; c < ncols; c++) {
    const L = columnLetters(c + 1);
    const w = report.columnWidths[c];
    if (caps.columnWidth && w !== undefined)
      await batch.add(
        estimate(L, w),
        0,
        () => (ws.getRange(`${L}:${L}`).format.columnWidth = charsToPoints(w)),
      );
    if (n > 0 && w !== undefined && w >= 30)
      await batch.add(estimate(L), 0, () => (ws.getRange(`${L}2:${L}${n + 1}`).format.wrapText = true));
  }
  // Rows tinted by severity, grouped into row blocks, like the marks on the sheet.
  const bySeverity = new Map<string, number[]>();
  report.rows.forEach((row, i) => {
    if (row.severity) push(bySeverity, row.severity, i + 2);
  });
  for (const [severity, rows] of bySeverity) {
    const color = fills[severity];
    if (!color) continue;
    const blocks: { top: number; bottom: number; left: number; right: number }[] = [];
    for (const r of rows) {
      const lastBlock = blocks[blocks.length - 1];
      if (lastBlock && lastBlock.bottom === r - 1) lastBlock.bottom = r;
      else blocks.push({ top: r, bottom: r, left: 1, right: ncols });
    }
    if (caps.rangeAreas) {
      for (const chunk of chunkAddresses(blocks, caps.areaSeparator)) {
        await batch.add(estimate(chunk), 0, () => (ws.getRanges(chunk).format.fill.color = color));
      }
    } else {
      for (const b of blocks)
        await batch.add(estimate(b), 0, () => (ws.getRange(rangeAddress(b)).format.fill.color = color));
    }
  }
  return ws;
}

/**
 * Queues the whole plan in order and syncs once (more only when the payload budget splits it). Returns a newly added
 * report sheet, its id loaded (null when the old one was rewritten in place, or there is none).
 */
export async function carryOut(
  context: Excel.RequestContext,
  caps: Capabilities,
  write: WritePlan,
  plan: MarkPlan | null,
  comments: Map<string, Excel.Comment>,
): Promise<Excel.Worksheet | null> {
  const batch = new Batch(context, caps.payloadBudget);
  const proxies = new Map<string, Excel.Worksheet>();
  const wsOf = (name: string) => {
    let ws = proxies.get(name);
    if (!ws) proxies.set(name, (ws = context.workbook.worksheets.getItem(name)));
    return ws;
  };
  // Nothing pending (a first marking): the two states are one (planMarkWrite), encoded once.
  const first = write.firstState && encodeStore(write.firstState);
  if (write.firstState) await writeState(batch, context, write.stateExists, write.firstState, first!);
  for (const [sheet, cells] of write.restore) await restoreFills(batch, wsOf(sheet), caps, cells);
  for (const d of write.noteDeletes) {
    const ws = wsOf(d.sheet);
    await batch.add(estimate(d.address), 0, () => ws.notes.getItem(d.address).delete());
  }
  for (const k of write.commentDeletes) {
    const c = comments.get(k)!;
    await batch.add(estimate(), 0, () => c.delete());
  }
  for (const [sheet, byColor] of write.fills) {
    for (const [color, cells] of byColor)
      await fillCells(batch, wsOf(sheet), caps, cells, (f) => (f.color = `#${color}`));
  }
  for (const n of write.annotations) {
    const ws = wsOf(n.sheet);
    if (write.annotationsAs === "notes") {
      await batch.add(estimate(n.address, n.text), 0, () => {
        if (n.update) ws.notes.getItem(n.address).content = n.text;
        else ws.notes.add(n.address, n.text);
      });
    } else {
      const existing = comments.get(cellKey(n.sheet, n.address));
      await batch.add(estimate(n.address, n.text), 0, () => {
        if (n.update && existing) existing.content = n.text;
        else ws.comments.add(n.address, n.text);
      });
    }
  }
  const oldReport = write.deleteReport;
  if (oldReport) {
    await batch.add(estimate(oldReport), 0, () => context.workbook.worksheets.getItem(oldReport).delete());
  }
  const report =
    plan && write.report ? await writeReport(batch, context, caps, plan.reportSheet, write.report) : null;
  if (write.deleteStateSheet) {
    await batch.add(estimate(STATE_SHEET), 0, () =>
      context.workbook.worksheets.getItem(STATE_SHEET).delete(),
    );
  }
  // Everything above went through in order: now the state holds only the new marks (same sync, no extra trip).
  if (write.finalState) {
    const final = write.finalState === write.firstState ? first! : encodeStore(write.finalState);
    await writeState(batch, context, true, write.finalState, final);
  }
  await batch.sync();
  return write.report?.reuse ? null : report;
}

/**
 * One more sync after a new report sheet was added: its id into the store's head record (row 1), so the report is
 * found by it once the planner renames it. The rest of the store is as carryOut wrote it.
 */
export async function recordReportId(
  context: Excel.RequestContext,
  write: WritePlan,
  added: Excel.Worksheet,
): Promise<void> {
  const report = write.finalState?.marks.report;
  if (!report) return;
  const head = context.workbook.worksheets.getItem(STATE_SHEET).getRange("A1");
  head.numberFormat = [["@"]];
  head.values = [[encodeHead({ ...report, id: added.id })]];
  await context.sync();
}
