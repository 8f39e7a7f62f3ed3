import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { listFormula, templateWorkbook } from "../../src/cli/template-book";
import { buildTemplateSheet } from "../../src/core/templates/sheet";
import type { TemplateRow } from "../../src/core/templates/types";

const rows: TemplateRow[] = [
  {
    itemId: "k1",
    number: "1",
    section: null,
    title: "Утверждение комплекса мер (дорожной карты)",
    responsible: "Региональный координатор",
    result: "Распорядительный акт",
    deadlineText: "не позднее 29 декабря 2026 года",
    due: "2026-12-29",
  },
  {
    itemId: "k2",
    number: "2",
    section: null,
    title: "Формирование инфраструктурного листа",
    responsible: "Региональный координатор, Федеральный оператор",
    result: "Письмо",
    deadlineText: "Согласно графику, направляемому федеральным оператором",
    due: null,
  },
];

describe("templateWorkbook", () => {
  it("writes title, bold header, body, widths, wrap and the status list", async () => {
    const plan = buildTemplateSheet(rows, {
      year: 2027,
      programmeShort: "Кванториум",
      title: "Комплекс мер на 2027 год",
      lang: "ru",
    });
    const buf = await templateWorkbook(plan).xlsx.writeBuffer();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as ArrayBuffer);
    // «Дорожная карта 2027 — Кванториум» is 32 characters, over Excel's 31: the plan falls back to «ДК».
    expect(wb.worksheets.map((w) => w.name)).toEqual(["ДК 2027 — Кванториум"]);
    const ws = wb.worksheets[0]!;
    expect(ws.getCell("A1").value).toBe("Комплекс мер на 2027 год");
    expect(ws.getCell("A2").value).toBeNull();
    // headerRow 2 (0-based) → sheet row 3.
    expect(ws.getRow(3).values).toEqual([
      undefined,
      "№ п/п",
      "Наименование мероприятия",
      "Ответственный",
      "Результат",
      "Срок",
      "Отметка о выполнении",
    ]);
    expect(ws.getCell("B3").font?.bold).toBe(true);
    expect(ws.getCell("B3").alignment?.wrapText).toBe(true);
    expect(ws.getCell("A1").font?.bold).toBe(true);
    // Numbers like «1» stay text, as the add-in writes them.
    expect(ws.getCell("A4").numFmt).toBe("@");
    expect(ws.getCell("A4").value).toBe("1");
    expect(ws.getCell("E4").value).toBe("не позднее 29 декабря 2026 года");
    expect(ws.getCell("B5").value).toBe("Формирование инфраструктурного листа");
    expect(ws.getCell("B5").alignment?.wrapText).toBe(true);
    expect(ws.getCell("F4").value).toBeNull();
    expect(ws.getCell("F4").dataValidation).toMatchObject({
      type: "list",
      formulae: ['"Выполнено,В работе,Не выполнено"'],
    });
    expect(ws.getCell("F5").dataValidation).toMatchObject({ type: "list" });
    expect(ws.getCell("F6").dataValidation).toBeUndefined();
    expect(ws.columns.map((c) => c.width)).toEqual([8, 60, 28, 40, 30, 20]);
  });

  it("quotes list options safely", () => {
    expect(listFormula(["Да", 'Сказал "нет"', "а,б"])).toBe('"Да,Сказал ""нет"",а б"');
  });
});
