import { describe, expect, it } from "vitest";
import { initialPaneState, paneReducer, type PaneAction, type PaneState } from "../../src/taskpane/paneState";
import type { CheckOutcome, EditionSummary } from "../../src/taskpane/services";
import { EDITIONS, EMPTY_READING, OUTCOME, READING } from "./fakes";

const reduce = (actions: PaneAction[], from: PaneState = initialPaneState()) =>
  actions.reduce(paneReducer, from);

const KV = READING.roadmaps[0]!.id;
const COS = READING.roadmaps[2]!.id;
const OLD = { ru: "Excel старше 1.9: отметки проще.", en: "Excel older than 1.9: simpler marks." };
const AT = "2026-12-03T20:25:00.000Z";
const ERROR = { code: "ItemNotFound", message: { ru: "Нет листа", en: "No sheet" }, debug: "" };

describe("pane reducer", () => {
  it("starts on the given tab, not ready, with nothing read and the default settings", () => {
    const s = initialPaneState("settings");
    expect(s).toMatchObject({ tab: "settings", ready: false, reading: null, outcome: null, busy: null });
    expect(s.settings).toEqual({ checkDate: null, disabled: [] });
  });

  it("an operation's start clears the previous error, confirmation and host notices", () => {
    const s = reduce([
      { type: "started", busy: "clear" },
      { type: "cleared", nothing: false },
      { type: "failed", error: ERROR },
      { type: "finished", notices: [OLD] },
      { type: "started", busy: "check" },
    ]);
    expect(s).toMatchObject({ busy: "check", error: null, notice: null, hostNotices: [] });
  });

  it("finishing keeps the error and shows each host notice once", () => {
    const s = reduce([
      { type: "started", busy: "read" },
      { type: "failed", error: ERROR },
      { type: "finished", notices: [OLD, { ...OLD }, { ru: "Другое", en: "Other" }] },
    ]);
    expect(s.busy).toBeNull();
    expect(s.error).toEqual(ERROR);
    expect(s.hostNotices.map((n) => n.ru)).toEqual([OLD.ru, "Другое"]);
  });

  it("the first load keeps the default settings when none were stored", () => {
    const s = reduce([{ type: "loaded", settings: null, editions: EDITIONS }]);
    expect(s.settings).toEqual(initialPaneState().settings);
    expect(s.editions).toBe(EDITIONS);
    const stored = reduce([
      { type: "loaded", settings: { checkDate: "2026-11-21", disabled: [] }, editions: [] },
    ]);
    expect(stored.settings.checkDate).toBe("2026-11-21");
  });

  it("choices merge per roadmap, and a new reading drops them", () => {
    const s = reduce([
      { type: "read", reading: READING },
      { type: "choice", roadmapId: KV, patch: { editionId: "kvantorium-2021" } },
      { type: "choice", roadmapId: KV, patch: { targetYear: 2023 } },
    ]);
    expect(s.choices).toEqual({ [KV]: { editionId: "kvantorium-2021", targetYear: 2023 } });
    expect(paneReducer(s, { type: "read", reading: READING }).choices).toEqual({});
  });

  it("a check result keeps the choices on the same sheet and drops them for another sheet", () => {
    const chosen = reduce([
      { type: "read", reading: READING },
      { type: "choice", roadmapId: KV, patch: { targetYear: 2023 } },
      { type: "timeline", roadmapId: KV, timeline: null },
    ]);
    const same = paneReducer(chosen, { type: "checked", outcome: OUTCOME, at: AT });
    expect(same.outcome).toBe(OUTCOME);
    expect(same.choices).toEqual(chosen.choices);
    expect(same.timelines).toEqual({});
    const other: CheckOutcome = { reading: EMPTY_READING, reports: [], markedCells: 0 };
    const moved = paneReducer(chosen, { type: "checked", outcome: other, at: AT });
    expect(moved.reading).toBe(EMPTY_READING);
    expect(moved.choices).toEqual({});
  });

  it("clearing marks drops the result and its timelines and confirms", () => {
    const s = reduce([
      { type: "checked", outcome: OUTCOME, at: AT },
      { type: "timeline", roadmapId: KV, timeline: null },
      { type: "cleared", nothing: false },
    ]);
    expect(s).toMatchObject({ outcome: null, timelines: {}, notice: { kind: "cleared" } });
  });

  it("an inserted template's check replaces the result, resets choices and returns to the check tab", () => {
    const s = reduce([
      { type: "tab", tab: "template" },
      { type: "read", reading: READING },
      { type: "choice", roadmapId: KV, patch: { targetYear: 2023 } },
      { type: "inserted", outcome: OUTCOME, sheet: "ДК 2027", at: AT },
    ]);
    expect(s).toMatchObject({
      tab: "check",
      outcome: OUTCOME,
      choices: {},
      notice: { kind: "inserted", sheet: "ДК 2027" },
    });
  });

  it("a parsed sheet template replaces an edition of the same id; a refused one leaves the list", () => {
    const custom: EditionSummary = { ...EDITIONS[0]!, id: "custom-it", programme: "it-cube", custom: true };
    const base = reduce([{ type: "loaded", settings: null, editions: EDITIONS }]);
    const once = paneReducer(base, {
      type: "parsed",
      parsed: { ok: true, edition: custom, itemCount: 4, sheet: "Шаблон" },
    });
    const twice = paneReducer(once, {
      type: "parsed",
      parsed: { ok: true, edition: { ...custom, confidence: "confirmed" }, itemCount: 5, sheet: "Шаблон" },
    });
    expect(twice.editions.filter((e) => e.id === "custom-it")).toHaveLength(1);
    expect(twice.editions.at(-1)!.confidence).toBe("confirmed");
    const refused = paneReducer(base, { type: "parsed", parsed: { ok: false, errors: [], sheet: "Шаблон" } });
    expect(refused.editions).toBe(base.editions);
    expect(refused.parsed).toMatchObject({ ok: false, sheet: "Шаблон" });
  });

  it("choosing a sheet edition applies it to the roadmaps of its programme only (by the planner's programme)", () => {
    const cosEdition: EditionSummary = { ...EDITIONS[3]!, id: "custom-cos", custom: true };
    const s = reduce([
      { type: "tab", tab: "template" },
      { type: "read", reading: READING },
      // The planner says the Kvantorium column is in fact ЦОС.
      { type: "choice", roadmapId: KV, patch: { programme: "cos" } },
      { type: "editionChosen", edition: cosEdition, title: "ЦОС, мой шаблон" },
    ]);
    expect(s.choices).toEqual({
      [KV]: { programme: "cos", editionId: "custom-cos" },
      [COS]: { editionId: "custom-cos" },
    });
    expect(s).toMatchObject({ tab: "check", notice: { kind: "templateUsed", title: "ЦОС, мой шаблон" } });
  });

  it("timelines go pending then hold the answer; saved settings confirm; dismissals clear", () => {
    const s = reduce([
      { type: "timelinePending", roadmapId: KV },
      { type: "timelinePending", roadmapId: COS },
      { type: "timeline", roadmapId: KV, timeline: null },
      { type: "settingsSaved", settings: { checkDate: "2025-01-01", disabled: ["overdue"] } },
      { type: "failed", error: ERROR },
    ]);
    expect(s.timelines).toEqual({ [KV]: null, [COS]: "pending" });
    expect(s.settings.disabled).toEqual(["overdue"]);
    expect(s.notice).toEqual({ kind: "saved" });
    const d = reduce([{ type: "dismissError" }, { type: "dismissNotice" }], s);
    expect(d.error).toBeNull();
    expect(d.notice).toBeNull();
  });

  it("a result records when it was computed; a change to the checked sheet marks it stale until the next check", () => {
    const checked = reduce([
      { type: "read", reading: READING },
      { type: "checked", outcome: OUTCOME, at: AT },
    ]);
    expect(checked).toMatchObject({ checkedAt: AT, stale: false });
    // A change on another sheet says nothing about this result.
    expect(paneReducer(checked, { type: "sheetChanged", sheet: "Лист2" })).toBe(checked);
    const stale = paneReducer(checked, { type: "sheetChanged", sheet: READING.sheetName });
    expect(stale.stale).toBe(true);
    const again = paneReducer(stale, { type: "checked", outcome: OUTCOME, at: "2026-12-03T20:30:00.000Z" });
    expect(again).toMatchObject({ stale: false, checkedAt: "2026-12-03T20:30:00.000Z" });
    expect(paneReducer(stale, { type: "cleared", nothing: false })).toMatchObject({
      stale: false,
      checkedAt: null,
      outcome: null,
    });
    // Nothing to go stale before a check.
    expect(reduce([{ type: "sheetChanged", sheet: READING.sheetName }]).stale).toBe(false);
  });

  it("following the active sheet keeps the result and the choices made on the same sheet, drops them for another", () => {
    const s = reduce([
      { type: "read", reading: READING },
      { type: "choice", roadmapId: KV, patch: { targetYear: 2023 } },
      { type: "checked", outcome: OUTCOME, at: AT },
    ]);
    const same = paneReducer(s, { type: "activeSheet", reading: READING });
    expect(same.choices).toEqual(s.choices);
    const other = paneReducer(s, { type: "activeSheet", reading: EMPTY_READING });
    expect(other).toMatchObject({ reading: EMPTY_READING, choices: {}, outcome: OUTCOME, checkedAt: AT });
  });

  it("clearing with no marks in the workbook says so instead of confirming a removal", () => {
    const s = reduce([{ type: "cleared", nothing: true }]);
    expect(s.notice).toEqual({ kind: "nothingToClear" });
  });

  it("never mutates the state it is given", () => {
    const s = Object.freeze(reduce([{ type: "read", reading: READING }]));
    const choices = Object.freeze(s.choices);
    expect(() =>
      paneReducer({ ...s, choices }, { type: "choice", roadmapId: KV, patch: { targetYear: 2020 } }),
    ).not.toThrow();
  });
});

describe("the offer to delete the inserted sheet", () => {
  const inserted = (): PaneState => ({
    ...initialPaneState(),
    notice: { kind: "inserted", sheet: "ДК 2027" },
  });
  it("survives the pane's own re-read of the sheet it activated, not another command", () => {
    expect(paneReducer(inserted(), { type: "started", busy: "read" }).notice).toEqual({
      kind: "inserted",
      sheet: "ДК 2027",
    });
    expect(paneReducer(inserted(), { type: "started", busy: "check" }).notice).toBeNull();
  });
  it("is withdrawn once the planner changes that sheet; deleting it clears its result", () => {
    expect(paneReducer(inserted(), { type: "sheetChanged", sheet: "ДК 2027" }).notice).toBeNull();
    expect(paneReducer(inserted(), { type: "sheetChanged", sheet: "Другой" }).notice).not.toBeNull();
    const removed = paneReducer(inserted(), { type: "insertRemoved", sheet: "ДК 2027" });
    expect(removed.outcome).toBeNull();
    expect(removed.notice).toEqual({ kind: "insertRemoved", sheet: "ДК 2027" });
  });
});
