/* eslint-disable office-addins/load-object-before-read, office-addins/call-sync-before-read, office-addins/call-sync-after-load, office-addins/no-empty-load, office-addins/no-navigational-load -- these tests misuse the API on purpose, to prove the simulator refuses */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { book, simExcel } from "./helpers";

async function codeOf(p: Promise<unknown> | (() => unknown)): Promise<string | null> {
  try {
    if (typeof p === "function") p();
    else await p;
    return null;
  } catch (e) {
    return (e as { code?: string }).code ?? `no code: ${String(e)}`;
  }
}

describe("load and sync", () => {
  it("throws PropertyNotLoaded on a property that was never loaded", async () => {
    const { Excel } = simExcel(book({ S: [["a"]] }));
    await Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("S").getRange("A1");
      r.load("address");
      await ctx.sync();
      expect(r.address).toBe("S!A1");
      expect(await codeOf(() => r.values)).toBe("PropertyNotLoaded");
    });
  });

  it("throws before the sync that delivers a loaded property, and reads it after", async () => {
    const { Excel } = simExcel(book({ S: [["a", 2]] }));
    await Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("S").getRange("A1:B1");
      r.load("values");
      expect(await codeOf(() => r.values)).toBe("PropertyNotLoaded");
      await ctx.sync();
      expect(r.values).toEqual([["a", 2]]);
    });
  });

  it("accepts string, array and object load forms, and nested leaf paths", async () => {
    const { Excel } = simExcel(book({ S: [["a"]] }));
    await Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("S").getRange("A1");
      r.load(["rowCount", "columnCount"]);
      r.load({ address: true, format: { fill: { color: true }, font: { bold: true } } });
      r.load("format/wrapText, values");
      await ctx.sync();
      expect([r.rowCount, r.columnCount, r.address, r.values]).toEqual([1, 1, "S!A1", [["a"]]]);
      expect([r.format.fill.color, r.format.font.bold, r.format.wrapText]).toEqual(["#FFFFFF", false, false]);
    });
  });

  it("refuses an empty load and a navigational load (load only leaf properties)", async () => {
    const { Excel } = simExcel(book({ S: [["a"]] }));
    await Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("S").getRange("A1");
      expect(await codeOf(() => r.load())).toBe("InvalidArgument");
      expect(await codeOf(() => r.load("format"))).toBe("InvalidArgument");
      expect(await codeOf(() => ctx.workbook.worksheets.load("items"))).toBe("InvalidArgument");
      expect(await codeOf(() => r.load("nonsense"))).toBe("InvalidArgument");
    });
  });

  it("queues writes until sync; a read after the sync sees them, a read without reloading throws", async () => {
    const wb = book({ S: [["a"]] });
    const { Excel } = simExcel(wb);
    await Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("S").getRange("B2");
      r.values = [["x"]];
      r.format.fill.color = "#FF0000";
      expect(wb.getWorksheet("S")!.getCell("B2").value).toBeNull();
      expect(await codeOf(() => r.values)).toBe("PropertyNotLoaded");
      await ctx.sync();
      expect(wb.getWorksheet("S")!.getCell("B2").value).toBe("x");
      expect(await codeOf(() => r.values)).toBe("PropertyNotLoaded");
      r.load("values");
      r.format.fill.load("color");
      await ctx.sync();
      expect(r.values).toEqual([["x"]]);
      expect(r.format.fill.color).toBe("#FF0000");
    });
  });

  it("runs a batch in order: a load queued after a write sees the write", async () => {
    const { Excel } = simExcel(book({ S: [["a"]] }));
    await Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("S");
      const before = ws.getRange("A1");
      before.load("values");
      ws.getRange("A1").values = [["b"]];
      const after = ws.getRange("A1");
      after.load("values");
      await ctx.sync();
      expect(before.values).toEqual([["a"]]);
      expect(after.values).toEqual([["b"]]);
    });
  });

  it("counts syncs and queued operations, and Excel.run sends what is still queued", async () => {
    const { Excel, stats } = simExcel(book({ S: [["a"]] }));
    await Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("S").getRange("A1"); // 2 ops: getItem, getRange
      r.load("values"); // 1 op
      await ctx.sync();
      r.values = [["z"]]; // 1 op, left for Excel.run's final sync
    });
    expect(stats.syncs).toBe(2);
    expect(stats.operations).toBe(4);
    expect(stats.runs).toBe(1);
    expect(stats.log.map((l) => l.operations)).toEqual([3, 1]);
  });

  it("refuses a context used after its Excel.run ended", async () => {
    const { Excel } = simExcel(book({ S: [["a"]] }));
    let kept: Excel.RequestContext | null = null;
    await Excel.run(async (ctx) => {
      kept = ctx;
      await ctx.sync();
    });
    expect(await codeOf(() => kept!.workbook.worksheets.getItem("S"))).toBe("InvalidOperation");
  });
});

describe("null objects and errors", () => {
  it("isNullObject is readable only after a sync", async () => {
    const { Excel } = simExcel(book({ S: [["a"]] }));
    await Excel.run(async (ctx) => {
      const missing = ctx.workbook.worksheets.getItemOrNullObject("Нет");
      const there = ctx.workbook.worksheets.getItemOrNullObject("s"); // names compare case-insensitively
      expect(await codeOf(() => missing.isNullObject)).toBe("PropertyNotLoaded");
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
      expect(there.isNullObject).toBe(false);
    });
  });

  it("chains null objects and reads their properties as null", async () => {
    const { Excel } = simExcel(book({ S: [["a"]] }));
    await Excel.run(async (ctx) => {
      const used = ctx.workbook.worksheets.getItemOrNullObject("Нет").getUsedRangeOrNullObject(true);
      used.load("values");
      await ctx.sync();
      expect(used.isNullObject).toBe(true);
      expect(used.values).toBeNull();
    });
  });

  it("reports ItemNotFound at sync with an OfficeExtension.Error-like shape", async () => {
    const { Excel } = simExcel(book({ S: [["a"]] }));
    const err = await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Нет").getRange("A1").load("values");
      return ctx.sync().then(
        () => null,
        (e: unknown) => e,
      );
    });
    const e = err as {
      code: string;
      name: string;
      message: string;
      debugInfo: { code: string; errorLocation?: string };
    };
    expect(e.code).toBe("ItemNotFound");
    expect(e.name).toBe("RichApi.Error");
    expect(e.debugInfo.code).toBe("ItemNotFound");
    expect(e.debugInfo.errorLocation).toBe("WorksheetCollection.getItem");
  });

  it("keeps what ran before a failing operation (Excel processes a batch in order)", async () => {
    const wb = book({ S: [["a"]] });
    const { Excel } = simExcel(wb);
    const code = await codeOf(
      Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("S").getRange("B1").values = [["first"]];
        ctx.workbook.worksheets.getItem("Нет").getRange("A1").values = [["never"]];
        await ctx.sync();
      }),
    );
    expect(code).toBe("ItemNotFound");
    expect(wb.getWorksheet("S")!.getCell("B1").value).toBe("first");
  });

  it("fails a chosen operation once on request (a test hook), keeping what ran before it", async () => {
    const wb = book({ S: [["a", "b", "c"]] });
    const sim = simExcel(wb);
    sim.failOperation("Range.values =", { skip: 1, code: "InvalidOperation" });
    const write = (ctx: Excel.RequestContext, value: string) => {
      const ws = ctx.workbook.worksheets.getItem("S");
      for (const a of ["A1", "B1", "C1"]) ws.getRange(a).values = [[value]];
    };
    const code = await codeOf(
      sim.Excel.run(async (ctx) => {
        write(ctx, "first");
        await ctx.sync();
      }),
    );
    expect(code).toBe("InvalidOperation");
    // The second write failed: the first was kept, the third never ran.
    expect(["A1", "B1", "C1"].map((a) => wb.getWorksheet("S")!.getCell(a).value)).toEqual([
      "first",
      "b",
      "c",
    ]);
    // Once only: the same batch goes through the next time.
    await sim.Excel.run(async (ctx) => {
      write(ctx, "second");
      await ctx.sync();
    });
    expect(["A1", "B1", "C1"].map((a) => wb.getWorksheet("S")!.getCell(a).value)).toEqual([
      "second",
      "second",
      "second",
    ]);
  });

  it("rejects a whole batch that writes to a protected sheet: nothing of it is applied", async () => {
    const wb = book({ Open: [["a"]], Locked: [["b"]] });
    (wb.getWorksheet("Locked") as unknown as { sheetProtection: unknown }).sheetProtection = { sheet: true };
    const { Excel } = simExcel(wb);
    const code = await codeOf(
      Excel.run(async (ctx) => {
        const open = ctx.workbook.worksheets.getItem("Open");
        open.getRange("A1").values = [["changed"]];
        open.getRange("A1").format.fill.color = "#00FF00";
        ctx.workbook.worksheets.add("New sheet");
        ctx.workbook.worksheets.getItem("Locked").getRange("A1").format.fill.color = "#FF0000";
        await ctx.sync();
      }),
    );
    expect(code).toBe("AccessDenied");
    expect(wb.getWorksheet("Open")!.getCell("A1").value).toBe("a");
    expect(wb.getWorksheet("Open")!.getCell("A1").fill).toBeUndefined();
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Open", "Locked"]);
  });

  it("reads protection from the file (exceljs sheetProtection)", async () => {
    const wb = book({ Locked: [["b"]] });
    await wb.getWorksheet("Locked")!.protect("", {});
    const { Excel } = simExcel(wb);
    const p = await Excel.run(async (ctx) => {
      const prot = ctx.workbook.worksheets.getItem("Locked").protection;
      prot.load("protected");
      await ctx.sync();
      return prot.protected;
    });
    expect(p).toBe(true);
  });
});

describe("limits", () => {
  it("getRanges refuses addresses over 8,192 characters and the wrong area separator", async () => {
    const wb = book({ S: [["a"]] });
    const areas = Array.from({ length: 1600 }, (_, i) => `A${i + 1}`).join(","); // 8,492 characters
    expect(areas.length).toBeGreaterThan(8192);
    const { Excel } = simExcel(wb);
    expect(
      await codeOf(
        Excel.run(async (ctx) => {
          ctx.workbook.worksheets.getItem("S").getRanges(areas).format.fill.color = "#FF0000";
          await ctx.sync();
        }),
      ),
    ).toBe("InvalidArgument");
    const semicolon = simExcel(wb, { listSeparator: ";" });
    expect(
      await codeOf(
        semicolon.Excel.run(async (ctx) => {
          ctx.workbook.worksheets.getItem("S").getRanges("A1,B2").format.fill.color = "#FF0000";
          await ctx.sync();
        }),
      ),
    ).toBe("InvalidArgument");
    const count = await semicolon.Excel.run(async (ctx) => {
      const ra = ctx.workbook.worksheets.getItem("S").getRanges("A1:A3;C2");
      ra.load("areaCount, cellCount");
      ra.format.fill.color = "#00FF00";
      await ctx.sync();
      return [ra.areaCount, ra.cellCount];
    });
    expect(count).toEqual([2, 4]);
    const ws = wb.getWorksheet("S")!;
    expect(["A1", "A3", "C2"].map((a) => (ws.getCell(a).fill as ExcelJS.FillPattern).fgColor?.argb)).toEqual([
      "FF00FF00",
      "FF00FF00",
      "FF00FF00",
    ]);
    expect(ws.getCell("B2").fill).toBeUndefined();
  });

  it("refuses a request over 5 MB on the web before applying anything; a desktop has no such limit", async () => {
    const rows = Array.from({ length: 60_000 }, (_, i) => [`строка ${i} `.repeat(8)]);
    const wb = book({ S: [["a"]] });
    const web = simExcel(wb, { platform: "OfficeOnline" });
    const code = await codeOf(
      web.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("S").getRange(`A1:A${rows.length}`).values = rows;
        await ctx.sync();
      }),
    );
    expect(code).toBe("RequestPayloadSizeLimitExceeded");
    expect(wb.getWorksheet("S")!.getCell("A1").value).toBe("a");
    const desktop = simExcel(wb, { platform: "PC" });
    await desktop.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("S").getRange(`A1:A${rows.length}`).values = rows;
      await ctx.sync();
    });
    expect(wb.getWorksheet("S")!.getCell("A60000").value).toBe(rows[59_999]![0]);
  });

  it("refuses a response over 5 MB", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S");
    for (let r = 1; r <= 40_000; r++) ws.getCell(r, 1).value = "длинный текст ячейки ".repeat(8);
    const { Excel } = simExcel(wb);
    const code = await codeOf(
      Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("S").getRange("A1:A40000").load("values");
        await ctx.sync();
      }),
    );
    expect(code).toBe("ResponsePayloadSizeLimitExceeded");
  });

  it("answers a read of more than 5,000,000 cells with null (or an error, if configured)", async () => {
    const wb = book({ S: [["a"]] });
    const { Excel } = simExcel(wb);
    const v = await Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("S").getRange("A2:F1048576"); // 6,291,450 cells
      r.load("values, rowCount");
      await ctx.sync();
      return [r.values, r.rowCount];
    });
    expect(v).toEqual([null, 1_048_575]);
    const strict = simExcel(wb, { overLimitRead: "throw" });
    expect(
      await codeOf(
        strict.Excel.run(async (ctx) => {
          ctx.workbook.worksheets.getItem("S").getRange("A2:F1048576").load("values");
          await ctx.sync();
        }),
      ),
    ).toBe("GeneralException");
  });

  it("reads whole columns' cell properties as null and refuses to set values on them", async () => {
    const { Excel } = simExcel(book({ S: [["a"]] }));
    await Excel.run(async (ctx) => {
      const col = ctx.workbook.worksheets.getItem("S").getRange("A:B");
      col.load("values, address");
      await ctx.sync();
      expect(col.values).toBeNull();
      expect(col.address).toBe("S!A:B");
    });
    expect(
      await codeOf(
        Excel.run(async (ctx) => {
          ctx.workbook.worksheets.getItem("S").getRange("A:A").values = [["x"]];
          await ctx.sync();
        }),
      ),
    ).toBe("InvalidArgument");
  });

  it("gates APIs by the simulated requirement set", async () => {
    const { Excel, Office } = simExcel(book({ S: [["a"]] }), { apiVersion: "1.8" });
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.8")).toBe(true);
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.9")).toBe(false);
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.10")).toBe(false);
    expect(
      await codeOf(
        Excel.run(async (ctx) => {
          ctx.workbook.worksheets.getItem("S").getRanges("A1,B1").load("address");
          await ctx.sync();
        }),
      ),
    ).toBe("ApiNotFound");
    const v11 = simExcel(book({ S: [["a"]] }), { apiVersion: "1.1" });
    expect(
      await codeOf(
        v11.Excel.run(async (ctx) => {
          ctx.workbook.worksheets.getItem("S").getUsedRange(true).load("address");
          await ctx.sync();
        }),
      ),
    ).toBe("ApiNotFound");
    const used = await v11.Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("S").getUsedRange();
      r.load("address");
      await ctx.sync();
      return r.address;
    });
    expect(used).toBe("S!A1");
  });

  it("has no requirements outside Office, as office.js loaded in a plain browser", () => {
    const { Office } = simExcel(book({ S: [["a"]] }), { outsideOffice: true });
    expect(Office.context.requirements).toBeUndefined();
  });
});

describe("cells", () => {
  it("reads «no fill» as #FFFFFF like Excel, tells it from white only through the pattern, and clear() restores it", async () => {
    const wb = book({ S: [["none", "white"]] });
    wb.getWorksheet("S")!.getCell("B1").fill = {
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: "FFFFFFFF" },
    };
    const { Excel } = simExcel(wb);
    const out = await Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("S");
      const a = ws.getRange("A1").format.fill;
      const b = ws.getRange("B1").format.fill;
      a.load("color, pattern");
      b.load("color, pattern");
      const props = ws
        .getRange("A1:B1")
        .getCellProperties({ format: { fill: { color: true, pattern: true } } });
      await ctx.sync();
      return [
        a.color,
        a.pattern,
        b.color,
        b.pattern,
        props.value.map((l) => l.map((p) => p.format?.fill?.pattern)),
      ];
    });
    expect(out).toEqual(["#FFFFFF", "None", "#FFFFFF", "Solid", [["None", "Solid"]]]);
    await Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("S").getRange("A1");
      r.format.fill.color = "#F4B6B0";
      await ctx.sync();
      r.format.fill.clear();
      await ctx.sync();
    });
    expect(wb.getWorksheet("S")!.getCell("A1").fill).toBeUndefined();
  });

  it("never edits a style object shared between cells read from one file", async () => {
    const src = book({ S: [["a", "b"]] });
    const s = src.getWorksheet("S")!;
    s.getCell("A1").font = { bold: true };
    s.getCell("B1").font = { bold: true };
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await src.xlsx.writeBuffer());
    const b1Before = structuredClone(wb.getWorksheet("S")!.getCell("B1").style);
    const { Excel } = simExcel(wb);
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("S").getRange("A1").format.fill.color = "#FF0000";
      await ctx.sync();
    });
    expect((wb.getWorksheet("S")!.getCell("A1").fill as ExcelJS.FillPattern).fgColor).toEqual({
      argb: "FFFF0000",
    });
    expect(wb.getWorksheet("S")!.getCell("B1").style).toEqual(b1Before);
  });

  it("parses text written to General cells like typed input, but keeps it as text in '@' cells", async () => {
    const wb = book({ S: [[null]] });
    const { Excel } = simExcel(wb, { culture: "ru-RU" });
    await Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("S");
      ws.getRange("A1:C1").values = [["1.1", "12,5", '=HYPERLINK("#S!A1","A1")']];
      const text = ws.getRange("A2:B2");
      text.numberFormat = [["@", "@"]];
      text.values = [["1.1", "=1+1"]];
      await ctx.sync();
    });
    const ws = wb.getWorksheet("S")!;
    expect(ws.getCell("A1").value).toEqual(new Date(Date.UTC(new Date().getUTCFullYear(), 0, 1)));
    expect(ws.getCell("B1").value).toBe(12.5);
    expect(ws.getCell("C1").value).toEqual({ formula: 'HYPERLINK("#S!A1","A1")', result: "A1" });
    expect(ws.getCell("A2").value).toBe("1.1");
    expect(ws.getCell("B2").value).toBe("=1+1");
  });

  it("computes the used range from values and formatting, or values only", async () => {
    const wb = book({
      S: [
        ["a", null],
        [null, "b"],
      ],
    });
    wb.getWorksheet("S")!.getCell("D1048576").fill = {
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: "FFFFFF00" },
    };
    const { Excel } = simExcel(wb);
    const out = await Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("S");
      const all = ws.getUsedRange();
      const vals = ws.getUsedRange(true);
      all.load("address");
      vals.load("address, values, valueTypes");
      await ctx.sync();
      return [all.address, vals.address, vals.values, vals.valueTypes];
    });
    // Rows 1 to 1,048,576 are whole columns: Excel writes the address as "A:D".
    expect(out).toEqual([
      "S!A:D",
      "S!A1:B2",
      [
        ["a", ""],
        ["", "b"],
      ],
      [
        ["String", "Empty"],
        ["Empty", "String"],
      ],
    ]);
  });

  it("reports errors, dates, formulas and merged cells as Office.js does", async () => {
    const wb = book({ S: [[null]] });
    const ws = wb.getWorksheet("S")!;
    ws.getCell("A1").value = { error: "#REF!" } as ExcelJS.CellErrorValue;
    ws.getCell("B1").value = new Date(Date.UTC(2024, 2, 1));
    ws.getCell("C1").value = { formula: "1+1", result: 2 } as ExcelJS.CellFormulaValue;
    ws.getCell("A2").value = "merged";
    ws.mergeCells("A2:C2");
    const { Excel } = simExcel(wb);
    const out = await Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("S").getRange("A1:C2");
      r.load("values, valueTypes, formulas");
      const merged = r.getMergedAreasOrNullObject();
      merged.load("address, areaCount");
      await ctx.sync();
      return [r.values, r.valueTypes, r.formulas, merged.address, merged.areaCount];
    });
    // 1 March 2024 is serial 45352 in Excel's 1900 system.
    expect(out).toEqual([
      [
        ["#REF!", 45352, 2],
        ["merged", "", ""],
      ],
      [
        ["Error", "Double", "Double"],
        ["String", "Empty", "Empty"],
      ],
      [
        ["#REF!", 45352, "=1+1"],
        ["merged", "", ""],
      ],
      "S!A2:C2",
      1,
    ]);
  });

  it("adds, finds and deletes notes; comments live beside the workbook model", async () => {
    const wb = book({ S: [["a", "b"]] });
    const sim = simExcel(wb, { comments: [{ sheet: "S", address: "B1", content: "Планировщик" }] });
    const out = await sim.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("S");
      ws.notes.add("A1", "проверка");
      const none = ws.notes.getItemOrNullObject("B1");
      none.load("content");
      const comments = ctx.workbook.comments;
      comments.load("items/id, items/content");
      await ctx.sync();
      const first = ws.notes.getItem("A1");
      first.load("content");
      const loc = comments.items[0]!.getLocation();
      loc.load("address");
      await ctx.sync();
      const r = [none.isNullObject, first.content, comments.items.map((c) => c.content), loc.address];
      first.delete();
      await ctx.sync();
      return r;
    });
    expect(out).toEqual([true, "проверка", ["Планировщик"], "S!B1"]);
    expect(wb.getWorksheet("S")!.getCell("A1").note).toBeUndefined();
  });
});

describe("Office.context", () => {
  it("keeps document settings until saveAsync and persists them after", async () => {
    const sim = simExcel(book({ S: [["a"]] }), { settings: { k: 1 } });
    const settings = sim.Office.context.document.settings;
    expect(settings.get("k")).toBe(1);
    settings.set("k", 2);
    expect(sim.savedSettings()).toEqual({ k: 1 });
    const status = await new Promise<string>((resolve) =>
      settings.saveAsync((r) => resolve(String(r.status))),
    );
    expect(status).toBe("succeeded");
    expect(sim.savedSettings()).toEqual({ k: 2 });
  });
});
