import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import {
  acceptanceKey,
  acceptFinding,
  applyAcceptances,
  buildMarkPlan,
  checkSheet,
  type RoadmapReport,
} from "../../src/core";
import { type Acceptance, decodeStore } from "../../src/core/store";
import { checkAndMark, clearMarks, STATE_SHEET } from "../../src/excel";
import type { ReadSheetResult } from "../../src/excel";
import { acceptedBook, LATE_CODE, REASON_COLUMN, typeReason } from "./acceptance-book";
import { withSim } from "./helpers";

const CHECK_DATE = "2026-11-01";

/** The pane's check: core's checkSheet, the acceptances applied, the plan built from what remains. */
function checkWith(read: ReadSheetResult, acceptances: Acceptance[]) {
  const reports = applyAcceptances(checkSheet(read.grid, { checkDate: CHECK_DATE }).reports, acceptances);
  return { plan: buildMarkPlan(reports, "ru"), result: reports };
}

function stored(wb: ExcelJS.Workbook): Acceptance[] {
  const ws = wb.getWorksheet(STATE_SHEET)!;
  const column: unknown[] = [];
  ws.eachRow((row, n) => (column[n - 1] = row.getCell(1).value));
  return decodeStore(Array.from(column, (v) => v ?? ""))!.store.acceptances;
}

async function ok<T>(
  p: Promise<{ ok: true; value: T } | { ok: false; error: { debug: string } }>,
): Promise<T> {
  const r = await p;
  if (!r.ok) throw new Error(r.error.debug);
  return r.value;
}

const only = (reports: RoadmapReport[]) => reports[0]!;

describe("a reason typed in the «Проверка» sheet's reason column", () => {
  it("is collected into the store at the next check: the error is accepted, ready, three syncs", async () => {
    const wb = acceptedBook();
    await withSim(wb, {}, async (sim) => {
      const first = await ok(checkAndMark({ sheet: "Дорожная карта" }, checkWith));
      expect(only(first.result).verdict).toBe("has-errors");
      expect(wb.getWorksheet("Проверка")!.getRow(1).getCell(REASON_COLUMN).value).toBe("Причина принятия");
      typeReason(wb, "Проверка", LATE_CODE, "Письмо оператора № 12");

      sim.stats.reset();
      const second = await ok(
        checkAndMark({ sheet: "Дорожная карта", accept: { by: "Иванова" } }, checkWith),
      );
      expect(sim.stats.syncs).toBe(3);
      const r = only(second.result);
      expect(r.verdict).toBe("ready");
      expect(r.accepted!.map((a) => [a.finding.code, a.reason, a.by])).toEqual([
        [LATE_CODE, "Письмо оператора № 12", "Иванова"],
      ]);
      expect(stored(wb).map((a) => [a.code, a.reason, a.by])).toEqual([
        [LATE_CODE, "Письмо оператора № 12", "Иванова"],
      ]);
      // The new report lists it under «Принятые отклонения».
      const texts: string[] = [];
      wb.getWorksheet("Проверка")!.eachRow((row) => texts.push(String(row.getCell(1).value)));
      expect(texts).toContain("Принятые отклонения");
    });
  });

  it("does not add a sync however many reasons the report holds", async () => {
    const wb = acceptedBook({ extraRows: 60 });
    await withSim(wb, {}, async (sim) => {
      await ok(checkAndMark({ sheet: "Дорожная карта" }, checkWith));
      const ws = wb.getWorksheet("Проверка")!;
      let typed = 0;
      ws.eachRow((row, n) => {
        if (n > 1 && String(row.getCell(REASON_COLUMN + 3).value ?? "").startsWith("[")) {
          row.getCell(REASON_COLUMN).value = `Региональное мероприятие ${n}`;
          typed++;
        }
      });
      expect(typed).toBeGreaterThan(60);
      sim.stats.reset();
      const second = await ok(checkAndMark({ sheet: "Дорожная карта" }, checkWith));
      expect(sim.stats.syncs).toBe(3);
      expect(only(second.result).accepted!.length).toBe(typed);
      expect(only(second.result).findings).toEqual([]);
    });
  });

  it("is found through the store when the report took another name («Проверка (2)»): one more sync", async () => {
    const wb = acceptedBook();
    wb.addWorksheet("Проверка").getCell("A1").value = "Моя проверка";
    await withSim(wb, {}, async (sim) => {
      const first = await ok(checkAndMark({ sheet: "Дорожная карта" }, checkWith));
      expect(first.marks.reportSheet).toBe("Проверка (2)");
      typeReason(wb, "Проверка (2)", LATE_CODE, "Решение региона");
      sim.stats.reset();
      const second = await ok(checkAndMark({ sheet: "Дорожная карта" }, checkWith));
      expect(sim.stats.syncs).toBe(4);
      expect(only(second.result).verdict).toBe("ready");
      expect(wb.getWorksheet("Проверка")!.getCell("A1").value).toBe("Моя проверка");
    });
  });

  it("is collected from the English report (“Check report”) in the same three syncs", async () => {
    const wb = acceptedBook();
    const checkEn = (read: ReadSheetResult, acceptances: Acceptance[]) => {
      const { result } = checkWith(read, acceptances);
      return { plan: buildMarkPlan(result, "en"), result };
    };
    await withSim(wb, {}, async (sim) => {
      const first = await ok(checkAndMark({ sheet: "Дорожная карта" }, checkEn));
      expect(first.marks.reportSheet).toBe("Check report");
      typeReason(wb, "Check report", LATE_CODE, "Operator's letter No. 12");
      sim.stats.reset();
      const second = await ok(checkAndMark({ sheet: "Дорожная карта", accept: { by: "Ivanova" } }, checkEn));
      expect(sim.stats.syncs).toBe(3);
      expect(only(second.result).verdict).toBe("ready");
      expect(stored(wb).map((a) => [a.code, a.reason, a.by])).toEqual([
        [LATE_CODE, "Operator's letter No. 12", "Ivanova"],
      ]);
    });
  });

  it("is kept when the marks are removed: the state sheet stays, holding the acceptance", async () => {
    const wb = acceptedBook();
    await withSim(wb, {}, async () => {
      await ok(checkAndMark({ sheet: "Дорожная карта" }, checkWith));
      typeReason(wb, "Проверка", LATE_CODE, "Письмо");
      await ok(clearMarks({ by: "Петров" }));
      expect(wb.getWorksheet("Проверка")).toBeUndefined();
      expect(stored(wb).map((a) => [a.code, a.reason, a.by])).toEqual([[LATE_CODE, "Письмо", "Петров"]]);
      const again = await ok(checkAndMark({ sheet: "Дорожная карта" }, checkWith));
      expect(only(again.result).verdict).toBe("ready");
    });
  });
});

describe("acceptances made and withdrawn in the pane", () => {
  it("are written with the check, and «Отменить» takes one back", async () => {
    const wb = acceptedBook();
    await withSim(wb, {}, async () => {
      const first = await ok(checkAndMark({ sheet: "Дорожная карта" }, checkWith));
      const r = only(first.result);
      const f = r.findings.find((x) => x.code === LATE_CODE)!;
      const a = acceptFinding(r, f, { reason: "Письмо", by: "Иванова", at: new Date().toISOString() }, "ru");
      const second = await ok(checkAndMark({ sheet: "Дорожная карта", accept: { add: [a] } }, checkWith));
      expect(only(second.result).verdict).toBe("ready");
      expect(stored(wb)).toEqual([a]);
      const third = await ok(
        checkAndMark({ sheet: "Дорожная карта", accept: { remove: [acceptanceKey(a)] } }, checkWith),
      );
      expect(only(third.result).verdict).toBe("has-errors");
      expect(stored(wb)).toEqual([]);
    });
  });
});

describe("round trips in the add-in (issue 16)", () => {
  /** Accepts item 3's late deadline by a reason typed on the report, as the planner does; returns its row on the roadmap. */
  async function acceptLate(wb: ExcelJS.Workbook): Promise<number> {
    await ok(checkAndMark({ sheet: "Дорожная карта" }, checkWith));
    typeReason(wb, "Проверка", LATE_CODE, "Письмо оператора № 12");
    const r = only(
      (await ok(checkAndMark({ sheet: "Дорожная карта", accept: { by: "Иванова" } }, checkWith))).result,
    );
    expect(r.verdict).toBe("ready");
    return Number(/\d+/.exec(r.accepted![0]!.finding.address!)![0]);
  }

  const reportColumnA = (wb: ExcelJS.Workbook) => {
    const texts: string[] = [];
    wb.getWorksheet("Проверка")!.eachRow((row) => texts.push(String(row.getCell(1).value ?? "")));
    return texts;
  };

  it("rows inserted above the accepted finding: the next check still accepts it, at its new address", async () => {
    const wb = acceptedBook();
    await withSim(wb, {}, async () => {
      const row = await acceptLate(wb);
      // The planner inserts three rows above the table and re-checks.
      wb.getWorksheet("Дорожная карта")!.spliceRows(2, 0, [], [], []);
      const r = only((await ok(checkAndMark({ sheet: "Дорожная карта" }, checkWith))).result);
      expect(r.verdict).toBe("ready");
      expect(r.counts.error).toBe(0);
      expect(r.accepted!.map((a) => [a.finding.code, a.finding.address, a.reason])).toEqual([
        [LATE_CODE, `E${row + 3}`, "Письмо оператора № 12"],
      ]);
      expect(r.staleAcceptances).toEqual([]);
      expect(reportColumnA(wb)).toContain("Принятые отклонения");
    });
  });

  it("the accepted finding fixed on the sheet: the next check lists the acceptance as stale, on the report too", async () => {
    const wb = acceptedBook();
    await withSim(wb, {}, async () => {
      const row = await acceptLate(wb);
      wb.getWorksheet("Дорожная карта")!.getCell(`E${row}`).value = "не позднее 1 февраля 2027 года";
      const r = only((await ok(checkAndMark({ sheet: "Дорожная карта" }, checkWith))).result);
      expect(r.verdict).toBe("ready");
      expect(r.accepted).toEqual([]);
      expect(r.staleAcceptances!.map((a) => [a.code, a.reason, a.by])).toEqual([
        [LATE_CODE, "Письмо оператора № 12", "Иванова"],
      ]);
      const texts = reportColumnA(wb);
      expect(texts).toContain("Устаревшие принятия (отклонение больше не найдено)");
      expect(texts).not.toContain("Принятые отклонения");
      // The store keeps the acceptance: it is the planner's to withdraw, not the checker's to forget.
      expect(stored(wb).map((a) => a.reason)).toEqual(["Письмо оператора № 12"]);
    });
  });
});

describe("a report sheet the planner renamed is found through the store (its id), not by its name", () => {
  const sheetNames = (wb: ExcelJS.Workbook) => wb.worksheets.map((ws) => ws.name);
  const columnA = (wb: ExcelJS.Workbook, sheet: string) => {
    const texts: string[] = [];
    wb.getWorksheet(sheet)!.eachRow((row) => texts.push(String(row.getCell(1).value ?? "")));
    return texts;
  };
  /** The store's head record (row 1 of the state sheet), as JSON. */
  const head = (wb: ExcelJS.Workbook) =>
    JSON.parse(String(wb.getWorksheet(STATE_SHEET)!.getCell("A1").value)) as {
      report: { name: string; id?: string };
    };

  it("a reason typed on it is collected at the next check, which rewrites it in place: no second «Проверка»", async () => {
    const wb = acceptedBook();
    await withSim(wb, {}, async (sim) => {
      const first = await ok(checkAndMark({ sheet: "Дорожная карта" }, checkWith));
      expect(first.marks.reportSheet).toBe("Проверка");
      const id = head(wb).report.id;
      expect(id).toBe(sim.book.byKey("Проверка")!.id);
      wb.getWorksheet("Проверка")!.name = "Отклонения региона";
      typeReason(wb, "Отклонения региона", LATE_CODE, "Решение регионального штаба");

      sim.stats.reset();
      const second = await ok(
        checkAndMark({ sheet: "Дорожная карта", accept: { by: "Сидорова" } }, checkWith),
      );
      // One more sync than under its usual name: the renamed report's reasons are read on their own.
      expect(sim.stats.syncs).toBe(4);
      const r = only(second.result);
      expect(r.verdict).toBe("ready");
      expect(r.accepted!.map((a) => [a.finding.code, a.reason, a.by])).toEqual([
        [LATE_CODE, "Решение регионального штаба", "Сидорова"],
      ]);
      expect(stored(wb).map((a) => [a.code, a.reason, a.by])).toEqual([
        [LATE_CODE, "Решение регионального штаба", "Сидорова"],
      ]);
      expect(second.marks.reportSheet).toBe("Отклонения региона");
      expect(sheetNames(wb).filter((n) => n !== "Дорожная карта" && n !== STATE_SHEET)).toEqual([
        "Отклонения региона",
      ]);
      expect(sim.book.byKey("Отклонения региона")!.id).toBe(id);
      expect(head(wb).report).toMatchObject({ name: "Отклонения региона", id });
      expect(columnA(wb, "Отклонения региона")).toContain("Принятые отклонения");
    });
  });

  it("«Снять отметки» collects its reasons and removes it", async () => {
    const wb = acceptedBook();
    const before = sheetNames(wb);
    await withSim(wb, {}, async () => {
      await ok(checkAndMark({ sheet: "Дорожная карта" }, checkWith));
      wb.getWorksheet("Проверка")!.name = "Отклонения региона";
      typeReason(wb, "Отклонения региона", LATE_CODE, "Письмо");
      const cleared = await ok(clearMarks({ by: "Петров" }));
      expect(cleared.reportSheetRemoved).toBe(true);
      expect(sheetNames(wb)).toEqual([...before, STATE_SHEET]); // the state sheet keeps the acceptance
      expect(stored(wb).map((a) => [a.code, a.reason, a.by])).toEqual([[LATE_CODE, "Письмо", "Петров"]]);
      const again = await ok(checkAndMark({ sheet: "Дорожная карта" }, checkWith));
      expect(only(again.result).verdict).toBe("ready");
      expect(again.marks.reportSheet).toBe("Проверка");
    });
  });

  it("renamed again after a check, still found; a planner's own sheet under the old name is left alone", async () => {
    const wb = acceptedBook();
    await withSim(wb, {}, async () => {
      await ok(checkAndMark({ sheet: "Дорожная карта" }, checkWith));
      wb.getWorksheet("Проверка")!.name = "Замечания";
      wb.addWorksheet("Проверка").getCell("A1").value = "Мои заметки";
      await ok(checkAndMark({ sheet: "Дорожная карта" }, checkWith));
      wb.getWorksheet("Замечания")!.name = "Замечания 2";
      typeReason(wb, "Замечания 2", LATE_CODE, "Письмо оператора");
      const r = only((await ok(checkAndMark({ sheet: "Дорожная карта" }, checkWith))).result);
      expect(r.accepted!.map((a) => a.reason)).toEqual(["Письмо оператора"]);
      expect(wb.getWorksheet("Проверка")!.getCell("A1").value).toBe("Мои заметки");
      expect(columnA(wb, "Замечания 2")).toContain("Принятые отклонения");
      expect(wb.getWorksheet("Замечания")).toBeUndefined();
    });
  });

  it("a store from before (the report's name only) still works, and gains the id at the next check", async () => {
    const wb = acceptedBook();
    await withSim(wb, {}, async (sim) => {
      await ok(checkAndMark({ sheet: "Дорожная карта" }, checkWith));
      // As an earlier version (or the CLI) wrote it: no id in the head record.
      const cell = wb.getWorksheet(STATE_SHEET)!.getCell("A1");
      const old = head(wb);
      delete old.report.id;
      cell.value = JSON.stringify(old);
      typeReason(wb, "Проверка", LATE_CODE, "Письмо оператора № 12");
      const r = only((await ok(checkAndMark({ sheet: "Дорожная карта" }, checkWith))).result);
      expect(r.verdict).toBe("ready");
      expect(r.accepted!.map((a) => a.reason)).toEqual(["Письмо оператора № 12"]);
      expect(head(wb).report.id).toBe(sim.book.byKey("Проверка")!.id);
      // Now a rename does not lose it.
      wb.getWorksheet("Проверка")!.name = "Отклонения";
      const again = await ok(checkAndMark({ sheet: "Дорожная карта" }, checkWith));
      expect(again.marks.reportSheet).toBe("Отклонения");
      expect(wb.getWorksheet("Проверка")).toBeUndefined();
    });
  });
});
