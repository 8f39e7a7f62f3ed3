/* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load -- the rule misses the sync awaited between statements it does not model (timers, pushes) */
import { describe, expect, it } from "vitest";
import { book, simExcel } from "./helpers";

// The harness's simulated Excel (sliceMs): a sync's work runs in short tasks, one sync at a time, and applies
// exactly what an unsliced sync applies.

/** A 2,000 × 4 write, a fill over every cell and a read back, on a simulator with or without slices. */
async function bigBatch(sliceMs: number | undefined) {
  const { Excel, stats, book: simBook } = simExcel(book({ S: [["x"]] }), { sliceMs });
  let tasksDuring = 0;
  let stop = false;
  // A macrotask ticker: it can run only when the sync gives the thread back.
  const tick = () => {
    if (stop) return;
    tasksDuring += 1;
    setTimeout(tick, 0);
  };
  const values = Array.from({ length: 2000 }, (_, r) => [`a${r}`, r, `c${r}`, r * 2]);
  const out = await Excel.run(async (ctx) => {
    const range = ctx.workbook.worksheets.getItem("S").getRange("A1:D2000");
    range.values = values;
    range.format.fill.color = "#FFC7CE";
    const back = ctx.workbook.worksheets.getItem("S").getRange("A1999:D2000");
    back.load("values");
    tasksDuring = 0;
    setTimeout(tick, 0);
    await ctx.sync();
    stop = true;
    return back.values;
  });
  const sheet = simBook.byKey("S")!;
  const fill = simBook.cell(sheet, 1500, 3)?.style.fill as { fgColor?: { argb?: string } } | undefined;
  return { out, tasksDuring, syncs: stats.syncs, fill: fill?.fgColor?.argb };
}

describe("sliced syncs (the harness's host thread)", () => {
  it("give the thread back during a long sync and apply the same batch as an unsliced sync", async () => {
    const whole = await bigBatch(undefined);
    const sliced = await bigBatch(1);
    expect(sliced.out).toEqual(whole.out);
    expect(sliced.out).toEqual([
      ["a1998", 1998, "c1998", 3996],
      ["a1999", 1999, "c1999", 3998],
    ]);
    expect(sliced.fill).toBe("FFFFC7CE");
    expect(sliced.fill).toBe(whole.fill);
    expect(sliced.syncs).toBe(whole.syncs);
    // Unsliced, the batch runs in the task that called sync; sliced, other tasks run between its slices.
    expect(whole.tasksDuring).toBe(0);
    expect(sliced.tasksDuring).toBeGreaterThan(2);
  });

  it("run one sync at a time: a second context's sync waits for the first to finish", async () => {
    const { Excel } = simExcel(book({ S: [["x"]] }), { sliceMs: 1 });
    const seen: unknown[] = [];
    const values = Array.from({ length: 3000 }, (_, r) => [r]);
    const writer = Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("S").getRange("A1:A3000").values = values;
      await ctx.sync();
    });
    const reader = Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("S").getRange("A3000");
      r.load("values");
      await ctx.sync();
      seen.push(r.values[0]![0]);
    });
    await Promise.all([writer, reader]);
    // Had the reader's sync run between the writer's slices, it could have read A3000 before it was written.
    expect(seen).toEqual([2999]);
  });

  it("keep an error's place: a rejected sliced batch throws as the unsliced one does, and a write stays unreadable", async () => {
    for (const sliceMs of [undefined, 1]) {
      const { Excel } = simExcel(book({ S: [["x"]] }), { sliceMs });
      const code = await Excel.run(async (ctx) => {
        const range = ctx.workbook.worksheets.getItem("S").getRange("A1:B2");
        range.values = [[1, 2]];
        try {
          await ctx.sync();
          return null;
        } catch (e) {
          return (e as { code?: string }).code;
        }
      });
      expect(code).toBe("InvalidArgument");
    }
  });
});
