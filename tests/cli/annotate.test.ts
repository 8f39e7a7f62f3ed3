import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { annotateWorkbook, linkFormula } from "../../src/cli/annotate";
import { buildMarkPlan, type MarkPlan } from "../../src/core/marks";
import { STORE_SHEET, decodeStore, emptyStore, encodeStore } from "../../src/core/store";
import { clearMarks } from "../../src/excel";
import { dumpWorkbook, withSim } from "../excel/helpers";

/** What a planner sees: sheets in order, each cell's value, fill and note (the font a style clone spells out aside). */
function planner(wb: ExcelJS.Workbook) {
  const dump = dumpWorkbook(wb) as {
    order: string[];
    sheets: Record<string, { cells: Record<string, unknown> }>;
  };
  const sheets = Object.fromEntries(
    Object.entries(dump.sheets).map(([name, sheet]) => [
      name,
      Object.fromEntries(
        Object.entries(sheet.cells).map(([a, c]) => {
          const { value, note, style } = c as { value: unknown; note: unknown; style?: { fill?: unknown } };
          return [a, { value, note, fill: style?.fill ?? null }];
        }),
      ),
    ]),
  );
  return { order: dump.order, sheets };
}
import { finding, report } from "./helpers";

async function bytesOf(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(bytes.buffer as ArrayBuffer);
  return back;
}

/** The plan applied to the workbook's package, read back with exceljs. */
async function annotated(wb: ExcelJS.Workbook, plan: MarkPlan) {
  const result = annotateWorkbook(await bytesOf(wb), plan);
  return { result, back: await load(result.bytes) };
}

function sampleWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Лист1");
  ws.getCell("A5").value = "№";
  ws.getCell("B5").value = "Мероприятие";
  ws.getCell("B6").value = "Утверждение дорожной карты";
  ws.getCell("C7").value = "Отв.";
  ws.getCell("D8").value = "до 1 марта";
  ws.getCell("D8").note = "заметка планировщика";
  wb.addWorksheet("Данные").getCell("A1").value = 1;
  return wb;
}

const findings = [
  finding({
    code: "overdue",
    severity: "error",
    address: "B6",
    marksCell: true,
    message: { ru: "срок прошёл", en: "overdue" },
  }),
  finding({
    code: "non-working-day",
    severity: "warning",
    address: "B6",
    marksCell: true,
    message: { ru: "выходной", en: "weekend" },
  }),
  finding({
    code: "responsible-missing",
    severity: "warning",
    address: "C7",
    marksCell: true,
    message: { ru: "нет ответственного", en: "no responsible" },
  }),
  finding({
    code: "extra-row",
    severity: "info",
    address: "D8",
    marksCell: true,
    message: { ru: "лишняя строка", en: "extra row" },
  }),
  finding({
    code: "missing-item",
    severity: "error",
    address: "B20",
    marksCell: false,
    itemTitle: { ru: "Инфраструктурный лист", en: "Infrastructure list" },
    message: { ru: "нет пункта", en: "missing item" },
  }),
];

describe("annotateWorkbook patches the package", () => {
  it("fills each marked cell with its highest severity's colour, writes notes, leaves unmarked cells alone", async () => {
    const { result, back } = await annotated(sampleWorkbook(), buildMarkPlan([report(findings)], "ru"));
    expect(result.notesKept).toBe(1);
    const ws = back.getWorksheet("Лист1")!;
    const fg = (a: string) => (ws.getCell(a).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
    // B6 has an error and a warning: the error's colour wins.
    expect(fg("B6")).toBe("FFF4B6B0");
    expect(fg("C7")).toBe("FFFFE08A");
    expect(fg("D8")).toBe("FFCFE2F3");
    expect((ws.getCell("B6").fill as ExcelJS.FillPattern).pattern).toBe("solid");
    // The missing item only says where it belongs: nothing is marked there.
    expect(ws.getCell("B20").fill).toBeUndefined();
    expect(ws.getCell("B5").fill).toBeUndefined();
    // Values stay.
    expect(ws.getCell("B6").value).toBe("Утверждение дорожной карты");
    expect(ws.getCell("D8").value).toBe("до 1 марта");
    const note = (a: string) => {
      const n = ws.getCell(a).note;
      return typeof n === "string" ? n : (n?.texts ?? []).map((t) => t.text).join("");
    };
    expect(note("B6")).toBe("Ошибка: срок прошёл\nПредупреждение: выходной");
    expect(note("C7")).toBe("Предупреждение: нет ответственного");
    // The planner's own note stays as it is (the add-in does the same): the message is on the report sheet.
    expect(note("D8")).toBe("заметка планировщика");
  });

  it("adds the «Проверка» sheet: header, one row per finding, links to marked cells, coloured severity", async () => {
    const { result, back } = await annotated(sampleWorkbook(), buildMarkPlan([report(findings)], "ru"));
    expect(result.reportSheet).toBe("Проверка");
    expect(back.worksheets.map((w) => w.name)).toEqual(["Лист1", "Данные", STORE_SHEET, "Проверка"]);
    const rs = back.getWorksheet("Проверка")!;
    expect(rs.getRow(1).getCell(1).value).toBe("Дорожная карта");
    expect(rs.getRow(1).getCell(6).value).toBe("Ячейка");
    expect(rs.getRow(1).getCell(1).font?.bold).toBe(true);
    // Row 2 names the form that judged the roadmap; five findings → rows 3..7, most severe first.
    expect(rs.rowCount).toBe(7);
    expect(String(rs.getRow(2).getCell(4).value)).toMatch(/^Шаблон .*хэш данных шаблона [0-9a-f]{12}$/);
    const codes = [3, 4, 5, 6, 7].map((r) => rs.getRow(r).getCell(3).value);
    expect(codes).toEqual(["overdue", "missing-item", "non-working-day", "responsible-missing", "extra-row"]);
    const link = rs.getRow(3).getCell(6).value as ExcelJS.CellFormulaValue;
    // Cyrillic sheet names are quoted (Excel quotes anything outside [A-Za-z0-9_.]).
    expect(link.formula).toBe(`HYPERLINK("#'Лист1'!B6","B6")`);
    expect(link.result).toBe("B6");
    // The missing item has an address but no link (nothing to jump to).
    expect(rs.getRow(4).getCell(6).value).toBe("B20");
    expect(rs.getRow(4).getCell(5).value).toBe("Инфраструктурный лист");
    // Whole rows are tinted by severity, as the add-in does.
    const tint = (r: number, c: number) =>
      (rs.getRow(r).getCell(c).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
    for (let c = 1; c <= 9; c++) {
      expect([tint(3, c), tint(4, c), tint(5, c), tint(7, c)]).toEqual([
        "FFF4B6B0",
        "FFF4B6B0",
        "FFFFE08A",
        "FFCFE2F3",
      ]);
    }
    expect(tint(1, 1)).toBeUndefined();
    expect(rs.getColumn(4).width).toBe(70);
    // Wide columns (≥ 30) wrap; narrow ones do not.
    expect(rs.getRow(3).getCell(4).alignment?.wrapText).toBe(true);
    expect(rs.getRow(3).getCell(2).alignment?.wrapText).toBeUndefined();
    expect(rs.getRow(3).getCell(4).numFmt).toBe("@");
  });

  it("never replaces a planner's «Проверка» sheet", async () => {
    const foreign = sampleWorkbook();
    foreign.addWorksheet("Проверка").getCell("A1").value = "Мои заметки";
    const { result, back } = await annotated(foreign, buildMarkPlan([report(findings)], "ru"));
    expect(result.reportSheet).toBe("Проверка (2)");
    expect(back.getWorksheet("Проверка")!.getCell("A1").value).toBe("Мои заметки");
    expect(back.getWorksheet("Проверка (2)")!.getCell("A1").value).toBe("Дорожная карта");
  });

  it("annotates a copy that already carries marks: earlier marks undone, the planner's fills recorded, not ours", async () => {
    const original = sampleWorkbook();
    original.getWorksheet("Лист1")!.getCell("C7").fill = {
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: "FF92D050" },
    };
    original.addWorksheet("Проверка").getCell("A1").value = "Мои заметки";
    const first = annotateWorkbook(await bytesOf(original), buildMarkPlan([report(findings)], "ru"));
    // The second check finds only C7 (B6 and D8 were fixed): B6's mark and note go, C7 is marked again.
    const second = buildMarkPlan([report(findings.filter((f) => f.address === "C7"))], "ru");
    const result = annotateWorkbook(first.bytes, second);
    const back = await load(result.bytes);
    // The earlier report sheet is replaced in place; the planner's «Проверка» is untouched.
    expect(result.reportSheet).toBe("Проверка (2)");
    expect(back.worksheets.map((w) => w.name)).toEqual([
      "Лист1",
      "Данные",
      "Проверка",
      STORE_SHEET,
      "Проверка (2)",
    ]);
    const codes: unknown[] = [];
    back.getWorksheet("Проверка (2)")!.eachRow((row) => codes.push(row.getCell(3).value));
    expect(codes.filter((c) => c !== "" && c !== null)).toEqual(["Код", "responsible-missing"]);
    expect(back.getWorksheet("Проверка")!.getCell("A1").value).toBe("Мои заметки");
    const ws = back.getWorksheet("Лист1")!;
    const fg = (a: string) => (ws.getCell(a).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb ?? null;
    const note = (a: string) => {
      const n = ws.getCell(a).note;
      return n === undefined ? null : typeof n === "string" ? n : (n.texts ?? []).map((t) => t.text).join("");
    };
    expect([fg("B6"), fg("C7"), fg("D8")]).toEqual([null, "FFFFE08A", null]);
    expect([note("B6"), note("C7"), note("D8")]).toEqual([
      null,
      "Предупреждение: нет ответственного",
      "заметка планировщика",
    ]);
    const column: unknown[] = [];
    back.getWorksheet(STORE_SHEET)!.eachRow((row, r) => (column[r - 1] = row.getCell(1).value));
    const store = decodeStore(column)!.store;
    // C7's original is the planner's green recorded by the first copy, never the first copy's own mark.
    expect(store.marks.cells.map((c) => [c.address, c.original])).toEqual([["C7", "92D050"]]);
    expect(store.marks.notes.map((n) => n.address)).toEqual(["C7"]);

    // «Снять отметки» with the add-in's own code gives back the planner's workbook.
    await withSim(back, { platform: "PC" }, async () => {
      const cleared = await clearMarks();
      expect(cleared.ok, JSON.stringify(cleared)).toBe(true);
    });
    expect(planner(back)).toEqual(planner(await load(await bytesOf(original))));
  });

  it("keeps the store's accepted deviations, saved templates and unknown records; collects reasons typed on the report", async () => {
    const wb = sampleWorkbook();
    const acceptance = {
      t: "a",
      programme: "tochka-rosta",
      year: 2027,
      org: null,
      code: "overdue",
      item: "item:tr-1",
      reason: "Письмо оператора",
      by: "Иванова",
      at: "2026-11-01T10:00:00.000Z",
      label: "срок прошёл",
    };
    const later = JSON.stringify({ t: "z", future: true });
    const records = [
      ...encodeStore({
        ...emptyStore(),
        acceptances: [acceptance as never],
        templates: [
          {
            id: "own",
            name: "Своя",
            savedAt: "2026-11-01T10:00:00.000Z",
            source: { kind: "file", name: "f.json" },
            json: "{}",
          },
        ],
      }),
      later,
    ];
    const store = wb.addWorksheet(STORE_SHEET, { state: "veryHidden" });
    records.forEach((r, i) => (store.getCell(i + 1, 1).value = r));
    const first = annotateWorkbook(await bytesOf(wb), buildMarkPlan([report(findings)], "ru"));
    const copy = await load(first.bytes);
    const read = () => {
      const column: unknown[] = [];
      copy.getWorksheet(STORE_SHEET)!.eachRow((row, r) => (column[r - 1] = row.getCell(1).value));
      return decodeStore(column)!;
    };
    const s1 = read();
    expect(s1.skipped).toBe(0);
    expect(s1.store.acceptances).toEqual([acceptance]);
    expect(s1.store.templates.map((t) => t.id)).toEqual(["own"]);
    expect(s1.store.other).toEqual([later]);
    expect(s1.store.marks.cells.length).toBeGreaterThan(0);

    // A reason typed on the copy's report sheet is not lost when the copy is annotated again.
    const rs = copy.getWorksheet(first.reportSheet)!;
    let typedRow = 0;
    rs.eachRow((row, n) => (typedRow = typedRow || (row.getCell(3).value === "responsible-missing" ? n : 0)));
    rs.getCell(typedRow, 10).value = "Назначим после конкурса";
    const again = annotateWorkbook(await bytesOf(copy), buildMarkPlan([report(findings)], "ru"));
    const back = await load(again.bytes);
    const column: unknown[] = [];
    back.getWorksheet(STORE_SHEET)!.eachRow((row, r) => (column[r - 1] = row.getCell(1).value));
    const s2 = decodeStore(column)!.store;
    expect(s2.acceptances.map((a) => [a.code, a.reason])).toEqual([
      ["overdue", "Письмо оператора"],
      ["responsible-missing", "Назначим после конкурса"],
    ]);
    expect(s2.acceptances[1]!.label).toBe("нет ответственного");
    expect(s2.other).toEqual([later]);
  });

  it("two records for one cell (a store written half-way): the one whose mark the cell shows gives the original", async () => {
    const wb = sampleWorkbook();
    wb.getWorksheet("Лист1")!.getCell("C7").fill = {
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: "FFFFE08A" },
    };
    const cell = (mark: string, original: string) =>
      ({ sheet: "Лист1", sheetId: "{1}", address: "C7", mark, original }) as const;
    const records = encodeStore({
      ...emptyStore(),
      marks: {
        report: null,
        cells: [cell("F4B6B0", "none"), cell("FFE08A", "92D050")],
        notes: [],
        comments: [],
      },
    });
    const store = wb.addWorksheet(STORE_SHEET, { state: "veryHidden" });
    records.forEach((r, i) => (store.getCell(i + 1, 1).value = r));
    const bytes = await bytesOf(wb);
    // Not marked again: the planner's green comes back.
    const none = await load(annotateWorkbook(bytes, buildMarkPlan([report([])], "ru")).bytes);
    const fg = (b: ExcelJS.Workbook) =>
      (b.getWorksheet("Лист1")!.getCell("C7").fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
    expect(fg(none)).toBe("FF92D050");
    // Marked again: the green is recorded as the original, not the earlier mark.
    const again = await load(annotateWorkbook(bytes, buildMarkPlan([report(findings)], "ru")).bytes);
    const column: unknown[] = [];
    again.getWorksheet(STORE_SHEET)!.eachRow((row, r) => (column[r - 1] = row.getCell(1).value));
    const c7 = decodeStore(column)!.store.marks.cells.find((c) => c.address === "C7")!;
    expect([c7.mark, c7.original]).toEqual(["FFE08A", "92D050"]);
  });

  it("quotes sheet names in link formulas as Excel does", () => {
    expect(linkFormula("Sheet1", "C3")).toBe('HYPERLINK("#Sheet1!C3","C3")');
    expect(linkFormula("Лист 1", "C3")).toBe(`HYPERLINK("#'Лист 1'!C3","C3")`);
    expect(linkFormula("O'Brien", "A1")).toBe(`HYPERLINK("#'O''Brien'!A1","A1")`);
  });

  it("colours only the planned cells when cells share one style", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Лист1");
    for (const a of ["B2", "B3", "B4", "C2"]) {
      ws.getCell(a).value = a;
      ws.getCell(a).font = { italic: true };
    }
    const plan = buildMarkPlan(
      [report([finding({ code: "overdue", severity: "error", address: "B3", marksCell: true })])],
      "ru",
    );
    const { back } = await annotated(wb, plan);
    const fg = (a: string) =>
      (back.getWorksheet("Лист1")!.getCell(a).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb ?? null;
    expect(["B2", "B3", "B4", "C2"].map(fg)).toEqual([null, "FFF4B6B0", null, null]);
    // The cell keeps its own formatting under the mark.
    expect(back.getWorksheet("Лист1")!.getCell("B3").font?.italic).toBe(true);
  });
});
