import { columnLetters, rangeAddress, stripSheet } from "../core/grid";
import { Batch, estimate } from "./batch";
import { coalesce } from "./blocks";
import type { Capabilities } from "./capabilities";
import { paced } from "./pace";
import { textHash } from "../core/store";
import { type InspectRequest, type Seen, cellKey, hex } from "./write-plan";

/** Sync B of marking: reads what planInspection asked for — fills, notes, comments, protection, the old report. */

export interface Inspection {
  seen: Seen;
  /** The comment proxies behind `seen.comments`, by cell key, to update or delete them in sync C. */
  comments: Map<string, Excel.Comment>;
}

/** Proxies queued for sync B, read only after it. */
interface Queued {
  protections: { name: string; protection: Excel.WorksheetProtection }[];
  blockProps: {
    sheet: string;
    top: number;
    left: number;
    props: OfficeExtension.ClientResult<Excel.CellProperties[][]>;
  }[];
  cellFills: { k: string; fill: Excel.RangeFill }[];
  notes: { k: string; note: Excel.Note }[];
  locations: { comment: Excel.Comment; range: Excel.Range }[];
  headers: { range: Excel.Range }[];
  /** The old report's protection (ExcelApi 1.2): a protected report is replaced, not rewritten in place. */
  reportProtection: Excel.WorksheetProtection | null;
}

export async function inspect(
  context: Excel.RequestContext,
  caps: Capabilities,
  allComments: Excel.CommentCollection | null,
  req: InspectRequest,
): Promise<Inspection> {
  const batch = new Batch(context, caps.payloadBudget);
  const q = await queueReads(batch, context, caps, allComments, req);
  await batch.sync();
  return paced(collect(q));
}

async function queueReads(
  batch: Batch,
  context: Excel.RequestContext,
  caps: Capabilities,
  allComments: Excel.CommentCollection | null,
  req: InspectRequest,
): Promise<Queued> {
  const q: Queued = {
    ...{ protections: [], blockProps: [], cellFills: [], notes: [], locations: [], headers: [] },
    reportProtection: null,
  };
  const { protections, blockProps, cellFills, notes, locations, headers } = q;
  const proxies = new Map<string, Excel.Worksheet>();
  const wsOf = (name: string) => {
    let ws = proxies.get(name);
    if (!ws) proxies.set(name, (ws = context.workbook.worksheets.getItem(name)));
    return ws;
  };
  if (caps.protection) {
    for (const name of req.sheets) {
      const protection = wsOf(name).protection;
      await batch.add(estimate(name), 40, () => protection.load("protected"));
      protections.push({ name, protection });
    }
  }
  for (const [name, cells] of req.fills) {
    const ws = wsOf(name);
    if (caps.cellProperties) {
      for (const block of coalesce([...cells])) {
        const addr = rangeAddress(block);
        const n = (block.bottom - block.top + 1) * (block.right - block.left + 1);
        await batch.add(estimate(addr), 90 * n, () => {
          const props = ws
            .getRange(addr)
            .getCellProperties({ format: { fill: { color: true, pattern: true, patternColor: true } } });
          blockProps.push({ sheet: name, top: block.top, left: block.left, props });
        });
      }
    } else {
      for (const a of cells) {
        const fill = ws.getRange(a).format.fill;
        await batch.add(estimate(a), 40, () => fill.load("color"));
        cellFills.push({ k: cellKey(name, a), fill });
      }
    }
  }
  if (caps.notes) {
    for (const [name, cells] of req.notes) {
      const ws = wsOf(name);
      for (const a of cells) {
        const note = ws.notes.getItemOrNullObject(a);
        await batch.add(estimate(a), 200, () => note.load("content"));
        notes.push({ k: cellKey(name, a), note });
      }
    }
  }
  if (allComments) {
    for (const comment of allComments.items) {
      const range = comment.getLocation();
      await batch.add(estimate(comment.id), 80, () => range.load("address"));
      locations.push({ comment, range });
    }
  }
  if (req.report) {
    const ws = wsOf(req.report.name);
    const range = ws.getRange(`A1:${columnLetters(req.report.columns)}1`);
    await batch.add(estimate(req.report.name), 2000, () => range.load("values"));
    headers.push({ range });
    if (caps.protection) {
      const protection = ws.protection;
      await batch.add(estimate(req.report.name), 40, () => protection.load("protected"));
      q.reportProtection = protection;
    }
  }
  return q;
}

/** Sync B's answers as plain data; yields every few blocks or cells, where the pane may take its turn (pace.ts). */
function* collect({
  protections,
  blockProps,
  cellFills,
  notes,
  locations,
  headers,
  reportProtection,
}: Queued): Generator<void, Inspection> {
  const seen: Seen = {
    fills: new Map(),
    notes: new Map(),
    comments: new Map(),
    protectedSheets: [],
    reportHeader: null,
    // Unknown below ExcelApi 1.2: taken as protected, so an old report is replaced (as before) rather than written into.
    reportProtected: reportProtection?.protected ?? headers.length > 0,
  };
  const commentProxies = new Map<string, Excel.Comment>();
  for (const p of protections) if (p.protection.protected) seen.protectedSheets.push(p.name);
  for (const b of blockProps) {
    yield;
    const lines = b.props.value;
    for (let i = 0; i < lines.length; i++) {
      // A block can be a whole column of a 10,000-row sheet: a turn for the pane every 256 lines within it too.
      if (i % 256 === 255) yield;
      const line = lines[i]!;
      for (let j = 0; j < line.length; j++) {
        const f = line[j]!.format?.fill;
        const a = rangeAddress({ top: b.top + i, left: b.left + j, bottom: b.top + i, right: b.left + j });
        seen.fills.set(cellKey(b.sheet, a), {
          color: hex(f?.color),
          pattern: f?.pattern ?? "None",
          patternColor: f?.patternColor ?? null,
        });
      }
    }
  }
  yield;
  for (const c of cellFills)
    seen.fills.set(c.k, { color: hex(c.fill.color), pattern: null, patternColor: null });
  for (const n of notes) seen.notes.set(n.k, n.note.isNullObject ? null : n.note.content);
  yield;
  for (const l of locations) {
    const address = l.range.address;
    let sheet = address.slice(0, address.lastIndexOf("!"));
    if (sheet.startsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
    const k = cellKey(sheet, stripSheet(address).split(":")[0]!);
    seen.comments.set(k, l.comment.content);
    commentProxies.set(k, l.comment);
  }
  for (const h of headers) seen.reportHeader = textHash((h.range.values[0] ?? []).map(String).join("\t"));
  return { seen, comments: commentProxies };
}
