import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import {
  buildMarkPlan,
  checkSheet,
  MARK_FILLS,
  type MarkPlan,
  type RoadmapReport,
  type Severity,
} from "../../src/core";
import { applyMarks, checkAndMark, clearMarks, hasMarks, STATE_SHEET } from "../../src/excel";
import type { SimulatedOfficeOptions } from "../../src/sim";
import { FIXTURES } from "../fixtures";
import { book } from "../sim/helpers";
import { changedCells, dumpWorkbook, loadFixture, withSim } from "./helpers";

const CHECK_DATE = "2024-06-01";

function checkWith(read: { grid: Parameters<typeof checkSheet>[0] }) {
  const result = checkSheet(read.grid, { checkDate: CHECK_DATE });
  return { plan: buildMarkPlan(result.reports, "ru"), result };
}

/** A hand-made report: one finding per given cell (for workbooks that are not roadmaps). */
function reportOf(
  sheet: string,
  cells: { address: string; severity: Severity; text?: string }[],
): RoadmapReport {
  const findings = cells.map((c, i) => ({
    code: "deadline-unreadable" as const,
    severity: c.severity,
    sheet,
    address: c.address,
    marksCell: true,
    rowIndex: i,
    itemId: null,
    itemTitle: null,
    message: { ru: c.text ?? `Замечание ${i + 1}`, en: c.text ?? `Finding ${i + 1}` },
    expected: null,
    actual: null,
    rule: null,
    match: null,
  }));
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return {
    roadmapId: `${sheet}!A1`,
    sheet,
    title: "Тест",
    layout: "table",
    programme: "tochka-rosta",
    editionId: null,
    editionTitle: null,
    editionConfidence: null,
    editionGeneration: null,
    templateHash: null,
    targetYear: 2024,
    checkDate: CHECK_DATE,
    rowsRead: cells.length,
    matches: [],
    findings,
    counts,
    byCode: { "deadline-unreadable": cells.length },
    verdict: counts.error > 0 ? "has-errors" : "ready",
    notes: [],
  };
}

function planOf(sheet: string, cells: { address: string; severity: Severity; text?: string }[]): MarkPlan {
  return buildMarkPlan([reportOf(sheet, cells)], "ru");
}

function fillOf(wb: ExcelJS.Workbook, sheet: string, address: string): string | null {
  const f = wb.getWorksheet(sheet)!.getCell(address).fill as ExcelJS.FillPattern | undefined;
  if (!f || f.pattern === "none") return null;
  return `${f.pattern}:${f.fgColor?.argb ?? ""}:${f.bgColor?.argb ?? ""}`;
}

async function expectOk<T>(
  p: Promise<{ ok: true; value: T } | { ok: false; error: { debug: string } }>,
): Promise<T> {
  const r = await p;
  if (!r.ok) throw new Error(r.error.debug);
  return r.value;
}

describe("every fixture: read → check → mark → clear restores the workbook exactly", () => {
  it.each(FIXTURES.map((f) => [f.file, f] as const))("%s", async (_file, f) => {
    const wb = await loadFixture(f.file);
    const before = dumpWorkbook(wb);
    await withSim(wb, {}, async (sim) => {
      const done = await expectOk(checkAndMark({ sheet: f.sheet }, checkWith));
      const { plan } = checkWith(done.read);
      const cells = plan.sheets.flatMap((s) => s.fills.flatMap((g) => g.cells));
      expect(cells.length).toBeGreaterThan(0);
      // Three, and one more for the new report sheet's id.
      expect(sim.stats.syncs).toBe(4);
      expect(done.marks.marked).toBe(cells.length);
      expect(done.marks.notesAdded).toBe(plan.sheets.reduce((n, s) => n + s.notes.length, 0));
      // The marks are there: fills by severity, notes with the messages, the report and the hidden state.
      for (const s of plan.sheets) {
        for (const g of s.fills)
          for (const a of g.cells) expect(fillOf(wb, s.sheet, a)).toBe(`solid:FF${g.color.slice(1)}:`);
        for (const n of s.notes) expect(wb.getWorksheet(s.sheet)!.getCell(n.address).note).toBe(n.text);
      }
      expect(wb.getWorksheet("Проверка")!.rowCount).toBe(plan.reportSheet.rows.length + 1);
      expect(wb.getWorksheet(STATE_SHEET)!.state).toBe("veryHidden");
      const marked = dumpWorkbook(wb);
      expect(changedCells(before, marked, f.sheet).sort()).toEqual([...new Set(cells)].sort());

      sim.stats.reset();
      const cleared = await expectOk(clearMarks());
      expect(sim.stats.syncs).toBe(3);
      expect(cleared).toMatchObject({
        fillsRestored: cells.length,
        fillsKept: 0,
        annotationsKept: 0,
        reportSheetRemoved: true,
      });
    });
    expect(dumpWorkbook(wb)).toEqual(before);
  });
});

describe("the report sheet is named in the plan's language", () => {
  const checkIn = (lang: "ru" | "en") => (read: { grid: Parameters<typeof checkSheet>[0] }) => {
    const result = checkSheet(read.grid, { checkDate: CHECK_DATE });
    return { plan: buildMarkPlan(result.reports, lang), result };
  };

  it("English: «Check report» with English headers; a Russian check then replaces it, and removal finds either", async () => {
    const f = FIXTURES[0]!;
    const wb = await loadFixture(f.file);
    const before = dumpWorkbook(wb);
    await withSim(wb, {}, async () => {
      await expectOk(checkAndMark({ sheet: f.sheet }, checkIn("en")));
      const en = wb.getWorksheet("Check report")!;
      expect(en.getRow(1).getCell(1).value).toBe("Roadmap");
      expect(wb.getWorksheet("Проверка")).toBeUndefined();
      // The next check in Russian removes the English sheet by the name the store recorded.
      await expectOk(checkAndMark({ sheet: f.sheet }, checkIn("ru")));
      expect(wb.getWorksheet("Check report")).toBeUndefined();
      expect(wb.getWorksheet("Проверка")!.getRow(1).getCell(1).value).toBe("Дорожная карта");
      await expectOk(checkAndMark({ sheet: f.sheet }, checkIn("en")));
      expect(wb.getWorksheet("Проверка")).toBeUndefined();
      expect(await expectOk(clearMarks())).toMatchObject({ reportSheetRemoved: true });
    });
    expect(dumpWorkbook(wb)).toEqual(before);
  });
});

describe("every fixture: mark twice, clear once", () => {
  it.each(FIXTURES.map((f) => [f.file, f] as const))("%s", async (_file, f) => {
    const wb = await loadFixture(f.file);
    const before = dumpWorkbook(wb);
    await withSim(wb, {}, async (sim) => {
      const first = await expectOk(checkAndMark({ sheet: f.sheet }, checkWith));
      const once = dumpWorkbook(wb);
      sim.stats.reset();
      const second = await expectOk(checkAndMark({ sheet: f.sheet }, checkWith));
      expect(sim.stats.syncs).toBe(3);
      // Running the check again first undoes the previous marks, so the workbook looks exactly as after one run.
      expect(second.marks.previous).not.toBeNull();
      expect(second.marks.marked).toBe(first.marks.marked);
      expect(dumpWorkbook(wb)).toEqual(once);
      await expectOk(clearMarks());
      expect(await expectOk(hasMarks())).toBe(false);
    });
    expect(dumpWorkbook(wb)).toEqual(before);
  });
});

describe("what the marks look like", () => {
  it("writes one report row per finding with a working link to the cell, coloured by severity", async () => {
    const wb = book({
      "Дорожная карта": [
        ["№", "Мероприятие"],
        [1, "a"],
        [2, "b"],
      ],
    });
    const plan = planOf("Дорожная карта", [
      { address: "B2", severity: "error", text: "Срок пропущен" },
      { address: "B3", severity: "warning", text: "Нет ответственного" },
    ]);
    await withSim(wb, {}, async () => {
      const m = await expectOk(applyMarks(plan));
      expect(m.reportSheet).toBe("Проверка");
    });
    const rep = wb.getWorksheet("Проверка")!;
    expect(rep.getRow(1).values).toEqual([undefined, ...plan.reportSheet.header]);
    const link = plan.reportSheet.linkColumn + 1;
    expect(rep.getCell(2, link).value).toEqual({
      formula: `HYPERLINK("#'Дорожная карта'!B2","B2")`,
      result: "B2",
    });
    expect(rep.getCell(3, link).value).toEqual({
      formula: `HYPERLINK("#'Дорожная карта'!B3","B3")`,
      result: "B3",
    });
    expect(rep.getCell(2, 4).value).toBe("Срок пропущен");
    expect(rep.getCell(1, 1).font?.bold).toBe(true);
    expect(fillOf(wb, "Проверка", "A2")).toBe(`solid:FF${MARK_FILLS.error.slice(1)}:`);
    expect(fillOf(wb, "Проверка", "I3")).toBe(`solid:FF${MARK_FILLS.warning.slice(1)}:`);
    // Message column (70 characters wide) wraps; widths follow the plan.
    expect(rep.getCell(2, 4).alignment?.wrapText).toBe(true);
    expect(rep.getColumn(4).width).toBeCloseTo(70, 1);
  });

  it("keeps text that looks like a number or a formula as text in the report", async () => {
    const wb = book({ S: [["x"]] });
    const plan = planOf("S", [{ address: "A1", severity: "info", text: "=SUM(1)" }]);
    plan.reportSheet.rows[0]!.cells[2] = "1.1";
    await withSim(wb, {}, async () => {
      await expectOk(applyMarks(plan));
    });
    const rep = wb.getWorksheet("Проверка")!;
    expect(rep.getCell("C2").value).toBe("1.1");
    expect(rep.getCell("D2").value).toBe("=SUM(1)");
  });

  it("leaves a planner's own note alone, says so, and still lists the finding", async () => {
    const wb = book({ S: [["a", "b"]] });
    wb.getWorksheet("S")!.getCell("A1").note = "Моё примечание";
    const before = dumpWorkbook(wb);
    await withSim(wb, {}, async () => {
      const r = await applyMarks(
        planOf("S", [
          { address: "A1", severity: "error" },
          { address: "B1", severity: "error" },
        ]),
      );
      if (!r.ok) throw new Error(r.error.debug);
      expect(r.value).toMatchObject({ notesAdded: 1, annotationsSkipped: 1 });
      expect(r.notices.some((n) => n.ru.includes("примечания планировщика"))).toBe(true);
      expect(wb.getWorksheet("S")!.getCell("A1").note).toBe("Моё примечание");
      expect(wb.getWorksheet("Проверка")!.rowCount).toBe(3);
      await expectOk(clearMarks());
    });
    expect(dumpWorkbook(wb)).toEqual(before);
  });

  it("keeps a fill or a note the planner changed after marking, and restores the rest", async () => {
    const wb = book({ S: [["a", "b", "c"]] });
    const before = dumpWorkbook(wb);
    await withSim(wb, {}, async () => {
      await expectOk(
        applyMarks(
          planOf(
            "S",
            ["A1", "B1", "C1"].map((address) => ({ address, severity: "warning" as const })),
          ),
        ),
      );
      await Excel.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem("S");
        ws.getRange("B1").format.fill.color = "#00B050"; // the planner recolours a marked cell
        ws.notes.getItem("C1").content = "Исправлено, см. приказ"; // and answers in our note
        await ctx.sync();
      });
      const c = await expectOk(clearMarks());
      expect(c).toMatchObject({ fillsRestored: 2, fillsKept: 1, notesRemoved: 2, annotationsKept: 1 });
    });
    const after = dumpWorkbook(wb);
    expect(changedCells(before, after, "S")).toEqual(["B1", "C1"]);
    expect(fillOf(wb, "S", "B1")).toBe("solid:FF00B050:");
    expect(wb.getWorksheet("S")!.getCell("C1").note).toBe("Исправлено, см. приказ");
  });

  it("never deletes a planner's own «Проверка» sheet: the report takes a free name", async () => {
    const wb = book({ S: [["a"]], Проверка: [["мои заметки"]] });
    const before = dumpWorkbook(wb);
    await withSim(wb, {}, async () => {
      const m = await expectOk(applyMarks(planOf("S", [{ address: "A1", severity: "error" }])));
      expect(m.reportSheet).toBe("Проверка (2)");
      const again = await expectOk(applyMarks(planOf("S", [{ address: "A1", severity: "info" }])));
      expect(again.reportSheet).toBe("Проверка (2)");
      expect(wb.worksheets.map((w) => w.name)).toEqual(["S", "Проверка", STATE_SHEET, "Проверка (2)"]);
      await expectOk(clearMarks());
    });
    expect(dumpWorkbook(wb)).toEqual(before);
  });

  it("restores no fill, white, solid and patterned fills exactly (ExcelApi 1.9+)", async () => {
    const wb = book({ S: [["none", "white", "yellow", "pattern"]] });
    const ws = wb.getWorksheet("S")!;
    ws.getCell("B1").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFFFF" } };
    ws.getCell("C1").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
    ws.getCell("D1").fill = {
      type: "pattern",
      pattern: "darkGrid",
      fgColor: { argb: "FF0000FF" },
      bgColor: { argb: "FFFFCC99" },
    };
    const before = dumpWorkbook(wb);
    await withSim(wb, {}, async () => {
      await expectOk(
        applyMarks(
          planOf(
            "S",
            ["A1", "B1", "C1", "D1"].map((address) => ({ address, severity: "error" as const })),
          ),
        ),
      );
      expect(["A1", "B1", "C1", "D1"].map((a) => fillOf(wb, "S", a))).toEqual(
        Array(4).fill(`solid:FF${MARK_FILLS.error.slice(1)}:`),
      );
      await expectOk(clearMarks());
    });
    expect(dumpWorkbook(wb)).toEqual(before);
  });

  it("below ExcelApi 1.9 cannot tell white from no fill: white comes back as no fill, and the pane is told", async () => {
    const wb = book({ S: [["white", "yellow"]] });
    wb.getWorksheet("S")!.getCell("A1").fill = {
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: "FFFFFFFF" },
    };
    wb.getWorksheet("S")!.getCell("B1").fill = {
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: "FFFFFF00" },
    };
    await withSim(wb, { apiVersion: "1.8" }, async () => {
      const r = await applyMarks(
        planOf("S", [
          { address: "A1", severity: "error" },
          { address: "B1", severity: "error" },
        ]),
      );
      expect(r.ok).toBe(true);
      expect(r.notices.some((n) => n.en.includes("cannot tell a white fill from no fill"))).toBe(true);
      await expectOk(clearMarks());
    });
    expect(fillOf(wb, "S", "A1")).toBeNull();
    expect(fillOf(wb, "S", "B1")).toBe("solid:FFFFFF00:");
  });
});

describe("a write that fails half-way can still be cleared", () => {
  // First marks A1:C1 (errors, with notes); the second run restores A1 (no fill) and C1 (a pattern), deletes their
  // notes, recolours B1 and updates its note, marks D1 and replaces the report — and one of those operations fails.
  const failures: [string, number][] = [
    ["RangeFill.clear", 0], // restoring A1's «no fill»
    ["Range.setCellProperties", 0], // restoring C1's pattern
    ["Note.delete", 0], // A1's note
    ["Note.delete", 1], // C1's note, after A1's went
    ["RangeFill.color =", 0], // the new fills
    ["Note.content =", 0], // B1's note text
    ["Range.clear", 1], // emptying the old report, rewritten in place (the first is the state sheet's)
  ];
  const cases = failures.flatMap(([label, skip]) =>
    (["clear", "mark again, then clear"] as const).map((next) => [label, skip, next] as const),
  );
  it.each(cases)(
    "%s (after %i like it) fails, then %s: every fill and note restored",
    async (label, skip, next) => {
      const wb = book({ S: [["none", "yellow", "pattern", "none too"]] });
      const ws = wb.getWorksheet("S")!;
      ws.getCell("B1").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
      ws.getCell("C1").fill = {
        type: "pattern",
        pattern: "darkGrid",
        fgColor: { argb: "FF0000FF" },
        bgColor: { argb: "FFFFCC99" },
      };
      const before = dumpWorkbook(wb);
      await withSim(wb, {}, async (sim) => {
        await expectOk(
          applyMarks(
            planOf(
              "S",
              ["A1", "B1", "C1"].map((address) => ({ address, severity: "error" as const })),
            ),
          ),
        );
        expect(["A1", "B1", "C1"].map((a) => ws.getCell(a).note)).toEqual([
          "Ошибка: Замечание 1",
          "Ошибка: Замечание 2",
          "Ошибка: Замечание 3",
        ]);
        sim.failOperation(label, { skip });
        sim.stats.reset();
        const r = await applyMarks(
          planOf("S", [
            { address: "B1", severity: "warning", text: "Другое" },
            { address: "D1", severity: "warning" },
          ]),
        );
        expect(r.ok ? "ok" : r.error.code).toBe("GeneralException");
        expect(sim.stats.log.map((l) => l.error)).toEqual([null, null, "GeneralException"]);
        if (next === "mark again, then clear") {
          const again = await expectOk(
            applyMarks(
              planOf("S", [
                { address: "B1", severity: "warning", text: "Другое" },
                { address: "D1", severity: "warning" },
              ]),
            ),
          );
          expect(again.marked).toBe(2);
          expect(fillOf(wb, "S", "A1")).toBeNull();
          expect(fillOf(wb, "S", "C1")).toBe("darkGrid:FF0000FF:FFFFCC99");
          expect(fillOf(wb, "S", "B1")).toBe(`solid:FF${MARK_FILLS.warning.slice(1)}:`);
          expect(["A1", "B1", "C1", "D1"].map((a) => ws.getCell(a).note)).toEqual([
            undefined,
            "Предупреждение: Другое",
            undefined,
            "Предупреждение: Замечание 2",
          ]);
        }
        await expectOk(clearMarks());
        expect(await expectOk(hasMarks())).toBe(false);
      });
      const after = dumpWorkbook(wb);
      expect(changedCells(before, after, "S")).toEqual([]);
      expect(after).toEqual(before);
    },
  );
});

describe("fills are written by colour, not cell by cell", () => {
  it("one RangeAreas per colour chunk on ExcelApi 1.9+, one range per block below", async () => {
    // 200 cells on alternate rows: nothing coalesces, so below 1.9 each is its own range.
    const cells = Array.from({ length: 200 }, (_, i) => ({
      address: `B${2 * i + 1}`,
      severity: "warning" as Severity,
    }));
    const writeOps: Record<string, number> = {};
    for (const apiVersion of ["1.9", "1.8"]) {
      const wb = book({ S: [["x"]] });
      await withSim(wb, { apiVersion }, async (sim) => {
        await expectOk(applyMarks(planOf("S", cells)));
        writeOps[apiVersion] = sim.stats.log.at(-2)!.operations; // sync C (D records the new report's id)
      });
      expect(fillOf(wb, "S", "B399")).toBe(`solid:FF${MARK_FILLS.warning.slice(1)}:`);
      expect(fillOf(wb, "S", "B2")).toBeNull();
    }
    expect(writeOps["1.9"]).toBeLessThan(80);
    expect(writeOps["1.8"]).toBeGreaterThan(400);
  });
});

describe("requirement sets: the same round trip with the degraded paths", () => {
  const levels: [string, number][] = [
    // Below 1.4 the state and then the report sheet (for reasons typed in it) need a read each: no null objects.
    // The first check adds one for the new report's id; below 1.2 (protection unknown) every check replaces the report.
    ["1.1", 7], // values read in a second sync too
    ["1.3", 5],
    ["1.4", 4],
    ["1.8", 4], // no RangeAreas: one range per block
    ["1.9", 4],
    ["1.12", 4], // comments instead of notes
    ["1.18", 4],
  ];
  it.each(levels)(
    "ExcelApi %s: mark twice and clear, at most %i syncs per command",
    async (apiVersion, maxSyncs) => {
      const f = FIXTURES[2]!;
      const wb = await loadFixture(f.file);
      const before = dumpWorkbook(wb);
      await withSim(wb, { apiVersion }, async (sim) => {
        const counts: number[] = [];
        for (const command of [
          () => checkAndMark({ sheet: f.sheet }, checkWith),
          () => checkAndMark({ sheet: f.sheet }, checkWith),
          () => clearMarks(),
        ]) {
          sim.stats.reset();
          const r = await command();
          if (!r.ok) throw new Error(r.error.debug);
          counts.push(sim.stats.syncs);
        }
        expect(Math.max(...counts)).toBeLessThanOrEqual(maxSyncs);
        if (apiVersion === "1.12") expect(sim.book.commentsOf(null)).toEqual([]);
      });
      expect(dumpWorkbook(wb)).toEqual(before);
    },
  );

  it("ExcelApi 1.12: messages become comments, a planner's comment is kept", async () => {
    const wb = book({ S: [["a", "b"]] });
    await withSim(
      wb,
      { apiVersion: "1.12", comments: [{ sheet: "S", address: "A1", content: "Вопрос коллеге" }] },
      async (sim) => {
        const m = await expectOk(
          applyMarks(
            planOf("S", [
              { address: "A1", severity: "error" },
              { address: "B1", severity: "error" },
            ]),
          ),
        );
        expect(m).toMatchObject({ commentsAdded: 1, notesAdded: 0, annotationsSkipped: 1 });
        expect(sim.book.commentsOf(null).map((c) => [c.key, c.comment.content])).toEqual([
          ["A1", "Вопрос коллеге"],
          ["B1", "Ошибка: Замечание 2"],
        ]);
        const c = await expectOk(clearMarks());
        expect(c.commentsRemoved).toBe(1);
        expect(sim.book.commentsOf(null).map((x) => x.key)).toEqual(["A1"]);
      },
    );
  });
});

describe("clear outcomes, nothing changed", () => {
  for (const apiVersion of ["1.18", "1.1"]) {
    it(`a protected sheet (ExcelApi ${apiVersion}): a message, and the workbook is untouched`, async () => {
      const f = FIXTURES[1]!;
      const wb = await loadFixture(f.file);
      await wb.getWorksheet(f.sheet)!.protect("", {});
      const before = dumpWorkbook(wb);
      await withSim(wb, { apiVersion }, async () => {
        const r = await checkAndMark({ sheet: f.sheet }, checkWith);
        expect(r.ok).toBe(false);
        if (r.ok) return;
        // With ExcelApi 1.2+ the adapter sees the protection first; on 1.1 Excel refuses the batch.
        expect(r.error.code).toBe(apiVersion === "1.1" ? "AccessDenied" : "SheetProtected");
        expect(r.error.message.ru).toContain("Книга не изменена");
      });
      expect(dumpWorkbook(wb)).toEqual(before);
    });
  }

  it("a sheet protected after marking: clearing refuses and changes nothing", async () => {
    const wb = book({ S: [["a", "b"]] });
    await withSim(wb, {}, async () => {
      await expectOk(applyMarks(planOf("S", [{ address: "A1", severity: "error" }])));
      await wb.getWorksheet("S")!.protect("", {});
      const marked = dumpWorkbook(wb);
      const r = await clearMarks();
      expect(r.ok ? "ok" : r.error.code).toBe("SheetProtected");
      const again = await applyMarks(planOf("S", [{ address: "B1", severity: "error" }]));
      expect(again.ok ? "ok" : again.error.code).toBe("SheetProtected");
      expect(dumpWorkbook(wb)).toEqual(marked);
    });
  });

  it("a protected workbook structure: a message, nothing changed", async () => {
    for (const apiVersion of ["1.18", "1.4"]) {
      const wb = book({ S: [["a"]] });
      const before = dumpWorkbook(wb);
      await withSim(wb, { apiVersion, structureProtected: true }, async () => {
        const r = await applyMarks(planOf("S", [{ address: "A1", severity: "error" }]));
        expect(r.ok ? "ok" : r.error.code).toBe(apiVersion === "1.18" ? "WorkbookProtected" : "AccessDenied");
      });
      expect(dumpWorkbook(wb)).toEqual(before);
    }
  });

  it("an empty sheet: a message, nothing changed", async () => {
    const wb = book({ Пусто: [] });
    const before = dumpWorkbook(wb);
    await withSim(wb, {}, async (sim) => {
      const r = await checkAndMark({}, checkWith);
      expect(r.ok ? "ok" : r.error.code).toBe("EmptySheet");
      expect(sim.stats.syncs).toBe(1);
    });
    expect(dumpWorkbook(wb)).toEqual(before);
  });

  it("a sheet with #REF! errors: checked, marked and restored", async () => {
    const wb = book({
      "Дорожная карта": [
        ["№ п/п", "Наименование мероприятия", "Ответственный", "Срок"],
        [1, "Утверждение дорожной карты", "Министерство", null],
        [2, "Закупка оборудования", null, "до 1 августа 2024 года"],
      ],
    });
    wb.getWorksheet("Дорожная карта")!.getCell("D2").value = { error: "#REF!" } as ExcelJS.CellErrorValue;
    const before = dumpWorkbook(wb);
    await withSim(wb, {}, async () => {
      const r = await expectOk(checkAndMark({}, checkWith));
      expect(r.read.grid.values[1]![3]).toEqual({ error: "#REF!" });
      await expectOk(clearMarks());
    });
    expect(dumpWorkbook(wb)).toEqual(before);
  });

  it("a range formatted down to row 1,048,576: four syncs (one the report's id), only the filled cells read, restored", async () => {
    const f = FIXTURES[3]!;
    const wb = await loadFixture(f.file);
    const ws = wb.getWorksheet(f.sheet)!;
    for (let c = 1; c <= 5; c++)
      ws.getCell(1_048_576, c).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
    const before = dumpWorkbook(wb);
    await withSim(wb, {}, async (sim) => {
      const r = await expectOk(checkAndMark({ sheet: f.sheet }, checkWith));
      expect(sim.stats.syncs).toBe(4);
      expect(r.read.grid.values.length).toBeLessThan(200);
      expect(sim.stats.maxResponseBytes).toBeLessThan(200_000);
      await expectOk(clearMarks());
    });
    expect(dumpWorkbook(wb)).toEqual(before);
  });

  it("checking the add-in's own report sheet: a message, the report stays", async () => {
    const f = FIXTURES[2]!;
    const wb = await loadFixture(f.file);
    await withSim(wb, {}, async () => {
      await expectOk(checkAndMark({ sheet: f.sheet }, checkWith));
      const marked = dumpWorkbook(wb);
      const r = await checkAndMark({ sheet: "Проверка" }, checkWith);
      expect(r.ok ? "ok" : r.error.code).toBe("ReportSheetSelected");
      expect(dumpWorkbook(wb)).toEqual(marked);
    });
  });

  it("nothing to clear: one sync, no change", async () => {
    const wb = book({ S: [["a"]] });
    const before = dumpWorkbook(wb);
    await withSim(wb, {}, async (sim) => {
      expect(await expectOk(clearMarks())).toMatchObject({ fillsRestored: 0, reportSheetRemoved: false });
      expect(sim.stats.syncs).toBe(1);
    });
    expect(dumpWorkbook(wb)).toEqual(before);
  });
});

describe("what the add-in remembers lives in the workbook", () => {
  it("closing and reopening the file still allows clearing", async () => {
    const f = FIXTURES[0]!;
    const original = await loadFixture(f.file);
    // Compare like with like: the file as Excel would save it untouched.
    const pristine = new ExcelJS.Workbook();
    await pristine.xlsx.load(await original.xlsx.writeBuffer());
    const before = dumpWorkbook(pristine);
    await withSim(original, {}, async () => {
      await expectOk(checkAndMark({ sheet: f.sheet }, checkWith));
    });
    const reopened = new ExcelJS.Workbook();
    await reopened.xlsx.load(await original.xlsx.writeBuffer());
    expect(reopened.getWorksheet(STATE_SHEET)!.state).toBe("veryHidden");
    await withSim(reopened, {}, async () => {
      expect(await expectOk(hasMarks())).toBe(true);
      await expectOk(clearMarks());
    });
    const saved = new ExcelJS.Workbook();
    await saved.xlsx.load(await reopened.xlsx.writeBuffer());
    expect(dumpWorkbook(saved)).toEqual(before);
  });
});

describe("a fixed number of syncs, whatever the size", () => {
  it.each([10, 1000, 5000])(
    "%i rows: read → check → mark in 4 syncs (one the new report's id)",
    async (rows) => {
      const data: (string | number | null)[][] = [["№", "Мероприятие", "Ответственный", "Срок"]];
      for (let i = 1; i <= rows; i++)
        data.push([i, `Мероприятие ${i}`, i % 3 === 0 ? null : "Минобр", `до ${(i % 28) + 1}.03.2024`]);
      const wb = book({ S: data });
      await withSim(wb, {}, async (sim) => {
        await expectOk(
          checkAndMark({}, () => ({
            plan: planOf(
              "S",
              data.flatMap((_, r) =>
                r > 0 && r % 3 === 0
                  ? [
                      { address: `C${r + 1}`, severity: "error" as Severity },
                      { address: `D${r + 1}`, severity: "warning" as Severity },
                    ]
                  : [],
              ),
            ),
            result: null,
          })),
        );
        expect(sim.stats.syncs).toBe(4);
        sim.stats.reset();
        await expectOk(clearMarks());
        expect(sim.stats.syncs).toBe(3);
      });
    },
  );

  it("splits a write that would pass 5 MB instead of failing (Excel on the web)", async () => {
    const rows = 12_000;
    const data: (string | number | null)[][] = [["№", "Текст"]];
    for (let i = 1; i <= rows; i++) data.push([i, "x"]);
    const wb = book({ S: data });
    const long = "Очень длинное сообщение о проблеме в строке, ".repeat(6);
    const plan = planOf(
      "S",
      Array.from({ length: rows }, (_, i) => ({
        address: `B${i + 2}`,
        severity: "error" as Severity,
        text: `${long}${i}`,
      })),
    );
    const opts: SimulatedOfficeOptions = {};
    await withSim(wb, opts, async (sim) => {
      await expectOk(applyMarks(plan));
      expect(sim.stats.log.every((l) => l.error === null)).toBe(true);
      expect(sim.stats.maxRequestBytes).toBeLessThan(5 * 1024 * 1024);
      expect(sim.stats.syncs).toBeGreaterThan(3);
    });
  });
});
