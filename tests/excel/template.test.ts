import ExcelJS from "exceljs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkSheet, templateSheetFor } from "../../src/core";
import type { TemplateSheetPlan } from "../../src/core/templates/sheet";
import { insertTemplate, readSheet, selectCell } from "../../src/excel";
import { templateWorkbook } from "../../src/cli/template-book";
import { book } from "../sim/helpers";
import { dumpWorkbook, withSim } from "./helpers";

const EDITIONS = ["tochka-rosta-2024", "kvantorium-2024", "complex-plan-2024", "cos-2024"];

async function ok<T>(
  p: Promise<{ ok: true; value: T } | { ok: false; error: { debug: string } }>,
): Promise<T> {
  const r = await p;
  if (!r.ok) throw new Error(r.error.debug);
  return r.value;
}

describe("insertTemplate", () => {
  it("writes a formatted table on a new sheet: title, bold header, widths, wrapped text, status list", async () => {
    const plan = templateSheetFor("tochka-rosta-2024", 2027, "ru");
    const wb = book({ Лист1: [["что-то своё"]] });
    await withSim(wb, {}, async (sim) => {
      const name = await ok(insertTemplate(plan));
      expect(name).toBe(plan.sheetName);
      expect(sim.stats.syncs).toBe(2);
      expect(sim.book.activeSheet().name).toBe(name);
    });
    const ws = wb.getWorksheet(plan.sheetName)!;
    const headerRow = plan.headerRow + 1;
    expect(ws.getCell("A1").value).toBe(plan.titleLines[0]);
    expect(ws.getRow(headerRow).values).toEqual([undefined, ...plan.header]);
    expect(ws.getCell(headerRow, 1).font?.bold).toBe(true);
    // Body: every value as planned, text kept as text ("1.1" is not a date), wrapped.
    // (exceljs cells, not Office proxies: no load/sync involved)
    const at = (r: number, c: number) => ws.getCell(r, c);
    plan.rows.forEach((row, i) => {
      row.forEach((v, c) => {
        expect(at(headerRow + 1 + i, c + 1).value).toEqual(v === "" ? null : v);
        expect(at(headerRow + 1 + i, c + 1).alignment?.wrapText).toBe(true);
      });
    });
    plan.columnWidths.forEach((w, c) => expect(ws.getColumn(c + 1).width).toBeCloseTo(w, 1));
    const status = ws.getCell(headerRow + 1, plan.statusColumn + 1).dataValidation;
    expect(status).toMatchObject({ type: "list", formulae: [`"${plan.statusOptions.join(",")}"`] });
    expect(ws.getCell(headerRow + plan.rows.length, plan.statusColumn + 1).dataValidation?.type).toBe("list");
    expect(
      ws.getCell(headerRow + plan.rows.length + 1, plan.statusColumn + 1).dataValidation,
    ).toBeUndefined();
  });

  it("writes dates as dates shown dd.mm.yyyy, and item numbers as text", async () => {
    const plan: TemplateSheetPlan = {
      sheetName: "Шаблон",
      titleLines: ["Заголовок"],
      headerRow: 2,
      header: ["№ п/п", "Мероприятие", "Срок", "Отметка"],
      rows: [
        ["1.1", "Утверждение", new Date(Date.UTC(2027, 2, 1)), null],
        ["1.2", "=не формула", "до 1 марта 2027 года", null],
      ],
      columnWidths: [8, 40, 20, 16],
      statusColumn: 3,
      statusOptions: ["Выполнено", "Не выполнено"],
    };
    const wb = book({ S: [["x"]] });
    await withSim(wb, {}, async () => {
      await ok(insertTemplate(plan));
    });
    const ws = wb.getWorksheet("Шаблон")!;
    expect(ws.getCell("A4").value).toBe("1.1");
    expect(ws.getCell("A4").numFmt).toBe("@");
    expect(ws.getCell("C4").value).toEqual(new Date(Date.UTC(2027, 2, 1)));
    expect(ws.getCell("C4").numFmt).toBe("dd.mm.yyyy");
    expect(ws.getCell("B5").value).toBe("=не формула");
  });

  it("uses the list separator the probe found for the status list on a ';' desktop", async () => {
    const plan = templateSheetFor("kvantorium-2024", 2027, "ru");
    const wb = book({ S: [["x"]] });
    await withSim(wb, { platform: "PC", listSeparator: ";" }, async () => {
      await ok(insertTemplate(plan));
    });
    const ws = wb.getWorksheet(plan.sheetName)!;
    expect(ws.getCell(plan.headerRow + 2, plan.statusColumn + 1).dataValidation?.formulae).toEqual([
      `"${plan.statusOptions.join(";")}"`,
    ]);
  });

  it.each(EDITIONS)(
    "%s for 2027: the inserted sheet, read back and checked, has no errors",
    async (edition) => {
      const plan = templateSheetFor(edition, 2027, "ru");
      const wb = book({ Лист1: [["x"]] });
      await withSim(wb, {}, async () => {
        const name = await ok(insertTemplate(plan));
        const read = await ok(readSheet({ sheet: name }));
        expect(read.grid.values.length).toBe(plan.headerRow + 1 + plan.rows.length);
        const checked = checkSheet(read.grid, { checkDate: "2026-12-01" });
        expect(checked.reason).toBeNull();
        expect(checked.reports.length).toBe(1);
        const errors = checked.reports[0]!.findings.filter((f) => f.severity === "error");
        expect(errors.map((f) => `${f.code} ${f.address ?? ""} ${f.message.en}`)).toEqual([]);
      });
    },
  );

  it("picks a free name when the template's name is taken (case-insensitively)", async () => {
    const plan = templateSheetFor("tochka-rosta-2024", 2027, "ru");
    const wb = book({ [plan.sheetName.toUpperCase()]: [["старый лист"]] });
    const before = dumpWorkbook(wb);
    await withSim(wb, {}, async () => {
      const name = await ok(insertTemplate(plan));
      expect(name).toBe(`${plan.sheetName} (2)`);
    });
    const after = dumpWorkbook(wb);
    expect((after.sheets as Record<string, unknown>)[plan.sheetName.toUpperCase()]).toEqual(
      (before.sheets as Record<string, unknown>)[plan.sheetName.toUpperCase()],
    );
  });

  it("never changes a non-empty cell of any existing sheet (random pre-filled workbooks)", async () => {
    const plan = templateSheetFor("complex-plan-2024", 2027, "ru");
    const nameArb = fc.constantFrom(
      plan.sheetName,
      `${plan.sheetName} (2)`,
      "Лист1",
      "Проверка",
      "Дорожная карта 2026",
      "ДК 2027",
    );
    const cellArb = fc.record({
      row: fc.integer({ min: 1, max: 40 }),
      col: fc.integer({ min: 1, max: 8 }),
      value: fc.oneof(fc.string({ maxLength: 12 }), fc.integer(), fc.constant("1.1")),
      fill: fc.boolean(),
    });
    const bookArb = fc.uniqueArray(
      fc.record({ name: nameArb, cells: fc.array(cellArb, { maxLength: 30 }) }),
      {
        minLength: 1,
        maxLength: 4,
        selector: (s) => s.name.toLowerCase(),
      },
    );
    await fc.assert(
      fc.asyncProperty(bookArb, async (sheets) => {
        const wb = new ExcelJS.Workbook();
        for (const s of sheets) {
          const ws = wb.addWorksheet(s.name);
          for (const c of s.cells) {
            ws.getCell(c.row, c.col).value = c.value;
            if (c.fill)
              ws.getCell(c.row, c.col).fill = {
                type: "pattern",
                pattern: "solid",
                fgColor: { argb: "FFFFFF00" },
              };
          }
        }
        const before = dumpWorkbook(wb);
        let name = "";
        await withSim(wb, {}, async () => {
          name = await ok(insertTemplate(plan));
        });
        const after = dumpWorkbook(wb);
        const names = sheets.map((s) => s.name.toLowerCase());
        expect(names).not.toContain(name.toLowerCase());
        for (const s of sheets) {
          expect((after.sheets as Record<string, unknown>)[s.name]).toEqual(
            (before.sheets as Record<string, unknown>)[s.name],
          );
        }
        expect(after.order).toEqual([...(before.order as string[]), name]);
      }),
      { numRuns: 40 },
    );
  });

  it("a protected workbook structure: a message, nothing changed", async () => {
    const wb = book({ S: [["x"]] });
    const before = dumpWorkbook(wb);
    await withSim(wb, { structureProtected: true }, async () => {
      const r = await insertTemplate(templateSheetFor("tochka-rosta-2024", 2027, "ru"));
      expect(r.ok ? "ok" : r.error.code).toBe("WorkbookProtected");
    });
    expect(dumpWorkbook(wb)).toEqual(before);
  });

  it("degrades below ExcelApi 1.8: no list validation or widths, and says so", async () => {
    const plan = templateSheetFor("tochka-rosta-2024", 2027, "ru");
    const wb = book({ S: [["x"]] });
    await withSim(wb, { apiVersion: "1.1" }, async () => {
      const r = await insertTemplate(plan);
      expect(r.ok).toBe(true);
      expect(r.notices.map((n) => n.en).join(" ")).toMatch(/drop-down list.*Column widths/s);
    });
    const ws = wb.getWorksheet(plan.sheetName)!;
    expect(ws.getCell(plan.headerRow + 2, plan.statusColumn + 1).dataValidation).toBeUndefined();
    expect(ws.getCell(plan.headerRow + 2, 2).value).toBe(plan.rows[0]![1]);
  });
});

/** What makes the sheet a working spreadsheet, as a saved file holds it (xlsx round trip). */
async function tableOf(wb: ExcelJS.Workbook, sheet: string) {
  const again = new ExcelJS.Workbook();
  await again.xlsx.load((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  const ws = again.getWorksheet(sheet)!;
  const view = ws.views?.[0] as { state?: string; ySplit?: number } | undefined;
  const cells: unknown[] = [];
  ws.eachRow((row, r) =>
    row.eachCell((c, col) =>
      cells.push([r, col, c.value instanceof Date ? c.value.toISOString() : c.value, c.numFmt ?? null]),
    ),
  );
  // The status drop-down, by cell: the list and whether another value is refused.
  const validations: unknown[] = [];
  for (let r = 1; r <= ws.rowCount; r++)
    for (let col = 1; col <= ws.columnCount; col++) {
      const v = ws.getCell(r, col).dataValidation;
      if (v) validations.push([r, col, v.type, v.formulae, v.allowBlank ?? null, v.showErrorMessage ?? null]);
    }
  return {
    autoFilter: ws.autoFilter ?? null,
    validations,
    frozen: view?.state === "frozen" ? view.ySplit : null,
    conditional: (ws as unknown as { conditionalFormattings: unknown[] }).conditionalFormattings ?? [],
    print: {
      orientation: ws.pageSetup.orientation,
      fitToPage: ws.pageSetup.fitToPage,
      fitToWidth: ws.pageSetup.fitToWidth,
      fitToHeight: ws.pageSetup.fitToHeight,
      printTitlesRow: ws.pageSetup.printTitlesRow,
    },
    cells,
  };
}

describe("insertTemplate: a real table", () => {
  it("deadlines as dates «не позднее dd.mm.yyyy», filter, frozen header, overdue format, print setup — in two syncs", async () => {
    const plan = templateSheetFor("tochka-rosta-2024", 2027, "ru");
    const wb = book({ Лист1: [["x"]] });
    let notices: string[] = [];
    await withSim(wb, { apiVersion: "1.18" }, async (sim) => {
      const r = await insertTemplate(plan);
      if (!r.ok) throw new Error(r.error.debug);
      notices = r.notices.map((n) => n.en);
      expect(sim.stats.syncs).toBe(2);
    });
    expect(notices).toEqual([]);
    const t = await tableOf(wb, plan.sheetName);
    const last = plan.headerRow + 1 + plan.rows.length;
    expect(t.autoFilter).toBe(`A3:F${last}`);
    expect(t.frozen).toBe(3);
    expect(t.conditional).toMatchObject([
      {
        ref: `A4:F${last}`,
        rules: [
          {
            type: "expression",
            formulae: ['AND(ISNUMBER($E4),$E4<TODAY(),$F4<>"Выполнено")'],
            style: { fill: { bgColor: { argb: "FFFFC7CE" } }, font: { color: { argb: "FF9C0006" } } },
          },
        ],
      },
    ]);
    expect(t.print).toEqual({
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: "3:3",
    });
    type Cell = [number, number, unknown, string | null];
    const deadlines = (t.cells as Cell[]).filter(([r, c]) => c === 5 && r > 3);
    expect(deadlines.some(([, , v, f]) => typeof v === "string" && f === "@")).toBe(true);
    const dated = deadlines.filter(([, , , f]) => f === '"не позднее "dd.mm.yyyy');
    expect(dated.length).toBeGreaterThan(0);
    for (const [, , v] of dated) expect(v).toMatch(/^2027-|^2026-/);
    // The status column keeps its drop-down on every body row of the filtered range.
    type Validation = [number, number, string, string[], boolean | null, boolean | null];
    const lists = t.validations as Validation[];
    expect(lists.map(([r, c]) => [r, c])).toEqual(
      plan.rows.map((_, i) => [plan.headerRow + 2 + i, plan.statusColumn + 1]),
    );
    for (const [, , type, formulae, , refuses] of lists) {
      expect(type).toBe("list");
      expect(formulae[0]).toContain("Выполнено");
      expect(refuses).toBe(true);
    }
  });

  it("the CLI's template writer produces the same sheet as the add-in", async () => {
    const plan = templateSheetFor("kvantorium-2024", 2027, "ru");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Лист1").getCell("A1").value = "x";
    await withSim(wb, { apiVersion: "1.18" }, async () => {
      await ok(insertTemplate(plan));
    });
    const cli = templateWorkbook(plan);
    expect(await tableOf(wb, plan.sheetName)).toEqual(await tableOf(cli, plan.sheetName));
  });

  it.each([
    [
      "1.5",
      /Overdue rows.*frozen.*Column filters and print setup/s,
      { cf: false, frozen: false, filter: false },
    ],
    ["1.8", /Column filters and print setup/, { cf: true, frozen: true, filter: false }],
  ] as const)(
    "below ExcelApi 1.9 (%s): what exists is written, the rest is said, still two syncs",
    async (api, said, has) => {
      const plan = templateSheetFor("tochka-rosta-2024", 2027, "ru");
      const wb = book({ S: [["x"]] });
      await withSim(wb, { apiVersion: api }, async (sim) => {
        const r = await insertTemplate(plan);
        if (!r.ok) throw new Error(r.error.debug);
        expect(r.notices.map((n) => n.en).join(" ")).toMatch(said);
        expect(sim.stats.syncs).toBe(2);
      });
      const t = await tableOf(wb, plan.sheetName);
      expect(t.conditional.length > 0).toBe(has.cf);
      expect(t.frozen !== null).toBe(has.frozen);
      expect(t.autoFilter !== null).toBe(has.filter);
      expect(t.print.printTitlesRow ?? null).toBeNull();
    },
  );
});

describe("selectCell", () => {
  it("activates the sheet and selects the cell, in one sync", async () => {
    const wb = book({ Первый: [["a"]], Второй: [["b"]] });
    await withSim(wb, {}, async (sim) => {
      await ok(selectCell("Второй", "B7"));
      expect(sim.stats.syncs).toBe(1);
      expect(sim.book.activeSheet().name).toBe("Второй");
      expect(sim.book.selectionOf(sim.book.activeSheet())).toEqual({ top: 7, left: 2, bottom: 7, right: 2 });
      const r = await selectCell("Нет", "A1");
      expect(r.ok ? "ok" : r.error.code).toBe("ItemNotFound");
    });
  });
});
