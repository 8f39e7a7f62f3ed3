import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { createSimulatedOffice } from "../../src/sim";
import type { SimRequestContext } from "../../src/sim/context";

type Ctx = Excel.RequestContext;
const as = (c: SimRequestContext) => c as unknown as Ctx;

function book(apiVersion = "1.18") {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("А").getCell("A1").value = "x";
  wb.addWorksheet("Б");
  return createSimulatedOffice(wb, { apiVersion });
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe("simulated worksheet events", () => {
  it("onActivated: registered by a sync, called after the activating sync returns, once per real change", async () => {
    const sim = book();
    const seen: unknown[] = [];
    await sim.Excel.run(async (c) => {
      as(c).workbook.worksheets.onActivated.add(async (e) => void seen.push(e));
      await c.sync();
    });
    let duringSync = -1;
    await sim.userRun(async (c) => {
      as(c).workbook.worksheets.getItem("Б").activate();
      await c.sync();
      duringSync = seen.length;
      // Activating the active sheet again is not an event.
      as(c).workbook.worksheets.getItem("Б").activate();
      await c.sync();
    });
    await tick();
    expect(duringSync).toBe(0);
    expect(seen).toEqual([
      { type: "WorksheetActivated", worksheetId: sim.book.byKey("Б")!.id, source: "Local" },
    ]);
  });

  it("a handler added without a sync is never registered; remove() on its own context stops it", async () => {
    const sim = book();
    const seen: string[] = [];
    await sim.Excel.run(async (c) => {
      as(c)
        .workbook.worksheets.getItem("А")
        .onChanged.add(async () => void seen.push("unsynced"));
      // Excel.run's closing sync registers it: the handler outlives the run.
    });
    let result: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs> | null = null;
    await sim.Excel.run(async (c) => {
      result = as(c)
        .workbook.worksheets.getItem("А")
        .onChanged.add(async (e) => void seen.push(e.address));
      await c.sync();
    });
    await sim.userRun(async (c) => {
      as(c).workbook.worksheets.getItem("А").getRange("B2:C3").values = [
        ["1", "2"],
        ["3", "4"],
      ];
      as(c).workbook.worksheets.getItem("Б").getRange("A1").values = [["other sheet"]];
      await c.sync();
    });
    await tick();
    expect(seen).toEqual(["unsynced", "B2:C3"]);
    const r = result! as unknown as { context: Ctx; remove(): void };
    await sim.Excel.run(r.context as never, async (c: SimRequestContext) => {
      r.remove();
      await c.sync();
    });
    seen.length = 0;
    await sim.userRun(async (c) => {
      as(c).workbook.worksheets.getItem("А").getRange("A1").values = [["y"]];
      await c.sync();
    });
    await tick();
    expect(seen).toEqual(["unsynced"]);
  });

  it("triggerSource tells the add-in's writes from the planner's on ExcelApi 1.14, and is absent below", async () => {
    for (const [version, expected] of [
      ["1.14", ["ThisLocalAddin", "Unknown"]],
      ["1.13", [undefined, undefined]],
    ] as const) {
      const sim = book(version);
      const seen: unknown[] = [];
      await sim.Excel.run(async (c) => {
        as(c)
          .workbook.worksheets.getItem("А")
          .onChanged.add(async (e) => void seen.push(e.triggerSource));
        await c.sync();
        as(c).workbook.worksheets.getItem("А").getRange("A2").values = [["add-in"]];
        await c.sync();
      });
      await sim.userRun(async (c) => {
        as(c).workbook.worksheets.getItem("А").getRange("A3").values = [["planner"]];
        await c.sync();
      });
      await tick();
      expect(seen).toEqual(expected);
    }
  });

  it("events need ExcelApi 1.7; a rolled-back batch (protected sheet) fires nothing", async () => {
    const old = book("1.6");
    await expect(
      old.Excel.run(async (c) => {
        as(c).workbook.worksheets.onActivated.add(async () => undefined);
        await c.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });

    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("А");
    const sim = createSimulatedOffice(wb);
    const seen: unknown[] = [];
    await sim.Excel.run(async (c) => {
      as(c)
        .workbook.worksheets.getItem("А")
        .onChanged.add(async (e) => void seen.push(e));
      await c.sync();
    });
    await ws.protect("", {});
    await expect(
      sim.userRun(async (c) => {
        as(c).workbook.worksheets.getItem("А").getRange("A1").values = [["x"]];
        await c.sync();
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
    await tick();
    expect(seen).toEqual([]);
  });
});
