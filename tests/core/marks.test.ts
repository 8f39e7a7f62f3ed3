import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildMarkPlan, EXCEL_CELL_LIMIT, MARK_FILLS, splitForCell } from "../../src/core/marks";
import type { Finding, RoadmapReport } from "../../src/core/report";
import { countFindings, RoadmapReportSchema, verdictOf } from "../../src/core/report";

function finding(p: Partial<Finding>): Finding {
  return {
    code: "overdue",
    severity: "warning",
    sheet: "Лист1",
    address: "B5",
    marksCell: true,
    rowIndex: 0,
    itemId: null,
    itemTitle: null,
    message: { ru: "Срок прошёл", en: "Overdue" },
    expected: null,
    actual: null,
    rule: null,
    match: null,
    ...p,
  };
}

function report(findings: Finding[]): RoadmapReport {
  const { counts, byCode } = countFindings(findings);
  return RoadmapReportSchema.parse({
    roadmapId: "Лист1!A3",
    sheet: "Лист1",
    title: "Комплекс мер",
    layout: "table",
    programme: "kvantorium",
    editionId: "kvantorium-2024",
    editionTitle: { ru: "Кванториум 2024", en: "Kvantorium 2024" },
    editionConfidence: "reconstructed",
    editionGeneration: 2024,
    templateHash: "0123456789ab",
    targetYear: 2024,
    checkDate: "2024-11-21",
    rowsRead: 3,
    matches: [],
    findings,
    counts,
    byCode,
    verdict: verdictOf(counts),
    notes: [],
  });
}

describe("mark plan", () => {
  it("gives each cell one fill, the most severe, and joins its messages in one note", () => {
    const plan = buildMarkPlan(
      [
        report([
          finding({ address: "E5", severity: "warning", message: { ru: "Просрочено", en: "Overdue" } }),
          finding({
            address: "E5",
            severity: "error",
            code: "late-vs-template",
            message: { ru: "Позже шаблона", en: "Later than template" },
          }),
          finding({ address: "C6", severity: "info", code: "responsible-name-variant" }),
        ]),
      ],
      "ru",
    );
    expect(plan.sheets).toHaveLength(1);
    const fills = Object.fromEntries(plan.sheets[0]!.fills.map((f) => [f.severity, f.cells]));
    expect(fills).toEqual({ error: ["E5"], info: ["C6"] });
    expect(plan.sheets[0]!.fills.find((f) => f.severity === "error")!.color).toBe(MARK_FILLS.error);
    const note = plan.sheets[0]!.notes.find((n) => n.address === "E5")!;
    expect(note.text.split("\n")).toEqual(["Ошибка: Позже шаблона", "Предупреждение: Просрочено"]);
  });

  it("lists missing items in the report sheet without marking a cell", () => {
    const plan = buildMarkPlan(
      [report([finding({ code: "missing-item", severity: "error", address: "B9", marksCell: false })])],
      "en",
    );
    expect(plan.sheets).toEqual([]);
    // The roadmap's template row, then the finding.
    expect(plan.reportSheet.rows).toHaveLength(2);
    expect(plan.reportSheet.rows[1]!.link).toBeNull();
    expect(plan.reportSheet.rows[1]!.cells[1]).toBe("Error");
    expect(plan.reportSheet.header).toHaveLength(plan.reportSheet.rows[1]!.cells.length);
  });

  it("keeps marks of roadmaps on different sheets apart", () => {
    const plan = buildMarkPlan(
      [report([finding({ sheet: "A" })]), report([finding({ sheet: "B", address: "C3" })])],
      "ru",
    );
    expect(plan.sheets.map((s) => s.sheet)).toEqual(["A", "B"]);
    expect(plan.reportSheet.rows.map((r) => r.link)).toEqual([
      null,
      { sheet: "A", address: "B5" },
      null,
      { sheet: "B", address: "C3" },
    ]);
  });

  it("names the form that judged each roadmap in an unmarked row before its findings, also with no findings", () => {
    const withEdition = report([]);
    const without = {
      ...report([finding({})]),
      editionId: null,
      editionGeneration: null,
      templateHash: null,
    };
    for (const lang of ["ru", "en"] as const) {
      const plan = buildMarkPlan([withEdition, without], lang);
      // The roadmap without an edition gets no such row: only its finding.
      expect(plan.reportSheet.rows).toHaveLength(2);
      const row = plan.reportSheet.rows[0]!;
      expect(row.severity).toBeNull();
      expect(row.link).toBeNull();
      expect(row.cells).toHaveLength(plan.reportSheet.header.length);
      expect(row.cells[0]).toBe("Комплекс мер");
      expect(row.cells[3]).toBe(
        lang === "ru"
          ? "Шаблон kvantorium-2024, поколение 2024 года, хэш данных шаблона 0123456789ab"
          : "Template kvantorium-2024, 2024 generation, template data hash 0123456789ab",
      );
      expect(row.cells[4]).toBe(lang === "ru" ? "Кванториум 2024" : "Kvantorium 2024");
      expect(plan.reportSheet.rows[1]!.severity).toBe("warning");
    }
  });

  it("calls a report with errors not ready, and one with warnings only ready", () => {
    expect(verdictOf({ error: 1, warning: 0, info: 0 })).toBe("has-errors");
    expect(verdictOf({ error: 0, warning: 5, info: 2 })).toBe("ready");
  });
});

describe("mark plan within Excel's cell limit", () => {
  const huge = "Ж".repeat(EXCEL_CELL_LIMIT * 2 + 10);

  it("splits an over-long message over continuation rows, every piece within the limit and the whole text kept", () => {
    const plan = buildMarkPlan([report([finding({ actual: huge, message: { ru: huge, en: huge } })])], "ru");
    const rows = plan.reportSheet.rows.slice(1);
    expect(rows.length).toBe(3);
    for (const r of rows)
      for (const c of r.cells) expect(String(c).length).toBeLessThanOrEqual(EXCEL_CELL_LIMIT);
    const message = rows.map((r) => String(r.cells[3])).join("");
    expect(message.replaceAll("…", "")).toBe(huge);
    expect(String(rows[0]!.cells[3]).endsWith("…")).toBe(true);
    expect(rows[0]!.link).not.toBeNull();
    expect(rows[1]!.link).toBeNull();
    expect(rows[1]!.cells[0]).toBe("(продолжение) Комплекс мер");
  });

  it("cuts an over-long note with «…» and points at the report sheet", () => {
    const plan = buildMarkPlan([report([finding({ message: { ru: huge, en: huge } })])], "en");
    const note = plan.sheets[0]!.notes[0]!.text;
    expect(note.length).toBeLessThanOrEqual(EXCEL_CELL_LIMIT);
    expect(note).toMatch(/…\n\(full text on sheet “Check report”\)$/);
  });

  it("leaves texts within the limit as they are", () => {
    const plan = buildMarkPlan([report([finding({})])], "ru");
    expect(plan.reportSheet.rows).toHaveLength(2);
    expect(plan.sheets[0]!.notes[0]!.text).toBe("Предупреждение: Срок прошёл");
  });

  it("splitForCell: pieces fit, never split a surrogate pair, and rejoin to the text", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme", maxLength: 300 }),
        fc.integer({ min: 4, max: 40 }),
        (t, limit) => {
          const parts = splitForCell(t, limit);
          for (const p of parts) expect(p.length).toBeLessThanOrEqual(limit);
          for (const p of parts.slice(0, -1)) expect(p.endsWith("…")).toBe(true);
          expect(parts.map((p, i) => (i < parts.length - 1 ? p.slice(0, -1) : p)).join("")).toBe(t);
          for (const p of parts)
            expect(/[\ud800-\udbff]…?$/.test(p) && !/[\ud800-\udbff][\udc00-\udfff]…?$/.test(p)).toBe(false);
        },
      ),
    );
  });
});
