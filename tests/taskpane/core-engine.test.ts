import { describe, expect, it } from "vitest";
import { applyAcceptances, buildMarkPlan, checkSheet, readRoadmaps } from "../../src/core";
import type { Grid } from "../../src/core/grid";
import { Cancelled, createCoreEngine } from "../../src/taskpane/worker/engine";

// Node has no Worker: the engine runs its jobs in-thread, the fallback a host without workers gets.
const grid: Grid = {
  sheetName: "Лист1",
  origin: "A1",
  merges: [],
  values: [
    [
      "Комплекс мер (дорожная карта) по созданию детского технопарка «Кванториум» на 2024 год",
      null,
      null,
      null,
      null,
    ],
    [null, null, null, null, null],
    ["№ п/п", "Наименование мероприятия", "Ответственный", "Результат", "Срок"],
    ["1", "Утверждена дорожная карта", "Министерство", "Распорядительный акт", "до 01.12.2023"],
    ["2", "Закупка оборудования", "Министерство", "Контракты", "до 01.06.2024"],
  ],
};

describe("core engine (in-thread fallback)", () => {
  it("says where it runs", () => {
    expect(createCoreEngine().where()).toBe("main-thread");
    expect(createCoreEngine({ worker: false }).where()).toBe("main-thread");
  });

  it("answers a read and a check as the core does", async () => {
    const engine = createCoreEngine();
    expect(await engine.run({ kind: "read", grid })).toEqual(readRoadmaps(grid));
    const options = { checkDate: "2024-07-01" };
    const done = await engine.run({ kind: "check", grid, options, lang: "en" });
    // The engine applies the acceptances in force (none here) before planning the marks, as the add-in does.
    const checked = checkSheet(grid, options);
    const result = { ...checked, reports: applyAcceptances(checked.reports, []) };
    expect(done.result).toEqual(result);
    expect(done.plan).toEqual(buildMarkPlan(result.reports, "en"));
    expect(result.reports.length).toBeGreaterThan(0);
  });

  it("rejects a cancelled job with Cancelled (code «Cancelled»), before or while it is queued", async () => {
    const engine = createCoreEngine();
    const before = new AbortController();
    before.abort();
    await expect(engine.run({ kind: "read", grid }, before.signal)).rejects.toBeInstanceOf(Cancelled);
    const during = new AbortController();
    const job = engine.run({ kind: "read", grid }, during.signal);
    during.abort();
    await expect(job).rejects.toMatchObject({ code: "Cancelled" });
  });
});
