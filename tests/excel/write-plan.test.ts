import { describe, expect, it } from "vitest";
import type { MarkPlan } from "../../src/core/marks";
import { type MarkState, type WorkbookStore, textHash } from "../../src/core/store";
import { AdapterError } from "../../src/excel/errors";
import { type MarkWriteInput, planMarkWrite } from "../../src/excel/plan-mark-write";
import {
  type FillNow,
  type Seen,
  type SheetEntry,
  cellKey,
  planInspection,
} from "../../src/excel/write-plan";

// planInspection and planMarkWrite on plain data: no simulator, no Office proxies.

const RM: SheetEntry = { name: "Дорожная карта", id: "{1}", visible: true };
const OTHER: SheetEntry = { name: "Лист2", id: "{2}", visible: true };
const RED = "F4B6B0";
const YELLOW = "FFE08A";
const HEADER = ["Дорожная карта", "Важность"];

function markPlan(
  fills: Record<string, string[]>,
  notes: Record<string, string> = {},
  sheet = RM.name,
): MarkPlan {
  return {
    sheets: [
      {
        sheet,
        fills: Object.entries(fills).map(([color, cells]) => ({
          severity: color === RED ? ("error" as const) : ("warning" as const),
          color: `#${color}`,
          cells,
        })),
        notes: Object.entries(notes).map(([address, text]) => ({ address, text })),
      },
    ],
    reportSheet: { name: "Проверка", linkColumn: 1, header: HEADER, rows: [], columnWidths: [] },
  };
}

function seen(parts: Partial<Seen> = {}): Seen {
  return {
    fills: new Map(),
    notes: new Map(),
    comments: new Map(),
    protectedSheets: [],
    reportHeader: null,
    reportProtected: false,
    ...parts,
  };
}

const solid = (color: string): FillNow => ({ color, pattern: "Solid", patternColor: null });
const k = (a: string, sheet = RM.name) => cellKey(sheet, a);

function input(parts: Partial<MarkWriteInput>): MarkWriteInput {
  return {
    old: oldState({}),
    stateExists: false,
    sheets: [RM, OTHER],
    workbookProtected: false,
    seen: seen(),
    plan: null,
    caps: { notes: true, comments: true },
    ...parts,
  };
}

function marks(parts: Partial<MarkState>): MarkState {
  return { report: null, cells: [], notes: [], comments: [], ...parts };
}

function oldState(parts: Partial<MarkState>, others: Partial<WorkbookStore> = {}): WorkbookStore {
  return { marks: marks(parts), acceptances: [], templates: [], ...others };
}

describe("planInspection", () => {
  it("asks for every cell to mark or restore, their notes, and the protection of every sheet written to", () => {
    const old = oldState({
      cells: [{ sheet: OTHER.name, sheetId: OTHER.id, address: "b2", mark: RED, original: "none" }],
      comments: [{ sheet: "Старое имя", sheetId: OTHER.id, address: "C3", hash: "x" }],
      report: { name: "Проверка", header: "h", columns: 9 },
    });
    const req = planInspection(
      old.marks,
      [RM, OTHER, { name: "Проверка", id: "{3}", visible: true }],
      markPlan({ [RED]: ["a1", "A2"] }, { A1: "текст" }),
    );
    expect([...req.fills]).toEqual([
      [RM.name, new Set(["A1", "A2"])],
      [OTHER.name, new Set(["B2"])],
    ]);
    expect([...req.notes]).toEqual([[RM.name, new Set(["A1"])]]);
    expect(req.sheets).toEqual([RM.name, OTHER.name]);
    expect(req.report).toEqual({ name: "Проверка", columns: 9 });
  });

  it("refuses a plan for a sheet that is gone", () => {
    expect(() => planInspection(marks({}), [OTHER], markPlan({ [RED]: ["A1"] }))).toThrow(AdapterError);
  });
});

describe("planMarkWrite", () => {
  it("first marking: records each cell's previous fill (none, solid, pattern), adds notes, names the report", () => {
    const plan = markPlan({ [RED]: ["A1", "A2", "A3"], [YELLOW]: ["B1"] }, { A1: "Ошибка" });
    const w = planMarkWrite(
      input({
        plan,
        seen: seen({
          fills: new Map([
            [k("A1"), { color: "FFFFFF", pattern: "None", patternColor: null }],
            [k("A2"), solid("00FF00")],
            [k("A3"), { color: "FF0000", pattern: "Checker", patternColor: "#0000ff" }],
          ]),
          notes: new Map([[k("A1"), null]]),
        }),
      }),
    );
    expect(w.finalState!.marks.cells.map((c) => [c.address, c.mark, c.original])).toEqual([
      ["A1", RED, "none"],
      ["A2", RED, "00FF00"],
      ["A3", RED, ["Checker", "FF0000", "0000FF"]],
      ["B1", YELLOW, "none"], // not inspected: no fill
    ]);
    expect([...w.fills.get(RM.name)!]).toEqual([
      [RED, ["A1", "A2", "A3"]],
      [YELLOW, ["B1"]],
    ]);
    expect(w.annotations).toEqual([{ sheet: RM.name, address: "A1", text: "Ошибка", update: false }]);
    expect(w.finalState!.marks.notes).toEqual([
      { sheet: RM.name, sheetId: RM.id, address: "A1", hash: textHash("Ошибка") },
    ]);
    expect(w.report?.name).toBe("Проверка");
    expect(w.finalState!.marks.report).toEqual({
      name: "Проверка",
      header: textHash(HEADER.join("\t")),
      columns: 2,
    });
    expect(w.firstState).toEqual(w.finalState); // nothing old to undo
    expect(w.summary).toMatchObject({ marked: 4, notesAdded: 1, commentsAdded: 0, previous: null });
    expect(w.deleteStateSheet).toBe(false);
  });

  it("below ExcelApi 1.9 (no pattern) white is read as no fill", () => {
    const w = planMarkWrite(
      input({
        plan: markPlan({ [RED]: ["A1"] }),
        seen: seen({ fills: new Map([[k("A1"), { color: "FFFFFF", pattern: null, patternColor: null }]]) }),
      }),
    );
    expect(w.finalState!.marks.cells[0]!.original).toBe("none");
  });

  it("re-marking: restores our old marks, keeps a recoloured one, carries the true original of a cell marked again", () => {
    const old = oldState({
      cells: [
        { sheet: RM.name, sheetId: RM.id, address: "A1", mark: RED, original: "00FF00" }, // marked again, other colour
        { sheet: RM.name, sheetId: RM.id, address: "A2", mark: RED, original: "none" }, // no longer a finding
        { sheet: RM.name, sheetId: RM.id, address: "A3", mark: RED, original: "none" }, // planner recoloured it
      ],
    });
    const w = planMarkWrite(
      input({
        old,
        stateExists: true,
        plan: markPlan({ [YELLOW]: ["A1"] }),
        seen: seen({
          fills: new Map([
            [k("A1"), solid(RED)],
            [k("A2"), solid(RED)],
            [k("A3"), solid("123456")],
          ]),
        }),
      }),
    );
    expect(w.finalState!.marks.cells).toEqual([
      { sheet: RM.name, sheetId: RM.id, address: "A1", mark: YELLOW, original: "00FF00" },
    ]);
    expect(w.restore.get(RM.name)!.map((c) => c.address)).toEqual(["A2"]);
    // Until the write has gone through, the state also holds what it undoes.
    expect(w.firstState!.marks.cells.map((c) => `${c.address}:${c.mark}`)).toEqual([
      "A1:FFE08A",
      "A1:F4B6B0",
      "A2:F4B6B0",
    ]);
    expect(w.cleared).toMatchObject({ fillsRestored: 1, fillsKept: 1 });
    expect(w.summary!.previous).toBe(w.cleared);
  });

  it("notes: the add-in's unchanged note is updated or deleted, an edited one kept, a planner's own never touched", () => {
    const note = (address: string, text: string) => ({
      sheet: RM.name,
      sheetId: RM.id,
      address,
      hash: textHash(text),
    });
    const old = oldState({ notes: [note("A1", "старое"), note("A2", "старое"), note("A3", "старое")] });
    const w = planMarkWrite(
      input({
        old,
        stateExists: true,
        plan: markPlan({ [RED]: ["A1", "A4"] }, { A1: "новое", A4: "новое" }),
        seen: seen({
          notes: new Map<string, string | null>([
            [k("A1"), "старое"],
            [k("A2"), "старое"],
            [k("A3"), "правка планировщика"],
            [k("A4"), "своё примечание"],
          ]),
        }),
      }),
    );
    expect(w.annotations).toEqual([{ sheet: RM.name, address: "A1", text: "новое", update: true }]);
    expect(w.noteDeletes).toEqual([{ sheet: RM.name, address: "A2" }]);
    expect(w.cleared).toMatchObject({ notesRemoved: 1, annotationsKept: 1 });
    expect(w.summary).toMatchObject({ notesAdded: 1, annotationsSkipped: 1 });
    expect(w.notices.map((n) => n.en)).toEqual([
      expect.stringContaining("1 cells already have the planner's own notes"),
    ]);
    expect(w.notices[0]!.ru).toContain("есть на листе «Проверка»."); // the report's name as written now
  });

  it("comments mode (ExcelApi 1.10–1.17): old comments deleted by cell key, a planner's comment kept", () => {
    const old = oldState({
      comments: [{ sheet: RM.name, sheetId: RM.id, address: "B2", hash: textHash("наше") }],
    });
    const w = planMarkWrite(
      input({
        old,
        stateExists: true,
        caps: { notes: false, comments: true },
        plan: markPlan({ [RED]: ["C3"] }, { C3: "сообщение" }),
        seen: seen({
          comments: new Map([
            [k("B2"), "наше"],
            [k("C3"), "чужое"],
          ]),
        }),
      }),
    );
    expect(w.annotationsAs).toBe("comments");
    expect(w.commentDeletes).toEqual([k("B2")]);
    expect(w.annotations).toEqual([]);
    expect(w.summary).toMatchObject({ commentsAdded: 0, annotationsSkipped: 1 });
  });

  it("protection: a protected sheet or workbook structure refuses before anything is planned", () => {
    const plan = markPlan({ [RED]: ["A1"] });
    expect(() => planMarkWrite(input({ plan, seen: seen({ protectedSheets: [RM.name] }) }))).toThrow(
      expect.objectContaining({ code: "SheetProtected" }),
    );
    expect(() => planMarkWrite(input({ plan, workbookProtected: true }))).toThrow(
      expect.objectContaining({ code: "WorkbookProtected" }),
    );
    // Nothing to clear and nothing to add: the structure does not matter.
    expect(planMarkWrite(input({ workbookProtected: true })).deleteStateSheet).toBe(false);
  });

  it("the report: ours is rewritten in place, a planner's sheet of that name is kept and the new one takes a free name", () => {
    const report = { name: "Проверка", header: textHash(HEADER.join("\t")), columns: 2 };
    const sheets = [RM, { name: "Проверка", id: "{9}", visible: true }];
    const plan = markPlan({ [RED]: ["A1"] });
    const ours = planMarkWrite(
      input({
        old: oldState({ report }),
        stateExists: true,
        sheets,
        plan,
        seen: seen({ reportHeader: report.header }),
      }),
    );
    expect(ours.deleteReport).toBeNull();
    expect(ours.report).toMatchObject({ name: "Проверка", reuse: "Проверка" });
    // A store from before (name only) gains the sheet's id: from now on a rename does not lose it.
    expect(ours.firstState!.marks.report).toEqual({ ...report, id: "{9}" });
    expect(ours.cleared.reportSheetRemoved).toBe(true);
    const theirs = planMarkWrite(
      input({
        old: oldState({ report }),
        stateExists: true,
        sheets,
        plan,
        seen: seen({ reportHeader: "changed" }),
      }),
    );
    expect(theirs.deleteReport).toBeNull();
    expect(theirs.report).toMatchObject({ name: "Проверка (2)", reuse: null });
    expect(theirs.finalState!.marks.report!.id).toBeUndefined(); // recorded once the sheet is added
    expect(theirs.notices.map((n) => n.en)).toEqual([expect.stringContaining("was kept")]);
  });

  describe("a report the planner renamed is found by its id", () => {
    const report = { name: "Проверка", id: "{9}", header: textHash(HEADER.join("\t")), columns: 2 };
    // Renamed to «Замечания»; a new sheet of the planner's own now has the old name.
    const sheets = [
      RM,
      { name: "Проверка", id: "{5}", visible: true },
      { name: "Замечания", id: "{9}", visible: true },
    ];
    const plan = markPlan({ [RED]: ["A1"] });
    /** A write over the renamed report, its header as recorded; without a plan it is «Снять отметки». */
    const write = (over: { plan?: MarkWriteInput["plan"]; seen?: Partial<Seen> } = { plan }) =>
      planMarkWrite(
        input({
          old: oldState({ report }),
          stateExists: true,
          sheets,
          ...(over.plan !== undefined && { plan: over.plan }),
          seen: seen({ reportHeader: report.header, ...over.seen }),
        }),
      );

    it("asks for its header under its new name", () => {
      expect(planInspection(oldState({ report }).marks, sheets, plan).report).toEqual({
        name: "Замечания",
        columns: 2,
      });
    });

    it("a check rewrites it in place under the planner's name: no second «Проверка»", () => {
      const w = write();
      expect(w.report).toMatchObject({ name: "Замечания", reuse: "Замечания" });
      expect(w.deleteReport).toBeNull();
      expect(w.finalState!.marks.report).toEqual({ ...report, name: "Замечания" });
      expect(w.notices).toEqual([]);
    });

    it("a planner's own note kept: the notice names the report as the planner named it", () => {
      const w = write({
        plan: markPlan({ [RED]: ["A1"] }, { A1: "Ошибка" }),
        seen: { notes: new Map([[k("A1"), "своё примечание"]]) },
      });
      expect(w.notices.map((n) => n.ru)).toEqual([expect.stringContaining("есть на листе «Замечания».")]);
    });

    it("protected, it is replaced by a new sheet of the same name", () => {
      const w = write({ plan, seen: { reportProtected: true } });
      expect(w.deleteReport).toBe("Замечания");
      expect(w.report).toMatchObject({ name: "Замечания", reuse: null });
      expect(w.firstState!.marks.report).toEqual({ ...report, name: "Замечания" }); // the old one, until deleted
    });

    it("«Снять отметки» deletes it", () => {
      const w = write({});
      expect(w.deleteReport).toBe("Замечания");
      expect(w.cleared.reportSheetRemoved).toBe(true);
    });
  });

  it("clearing: restores, deletes the state sheet, no summary; marks on a vanished sheet are forgotten with a notice", () => {
    const old = oldState({
      cells: [
        {
          sheet: RM.name,
          sheetId: RM.id,
          address: "A1",
          mark: RED,
          original: ["Gray50", "000000", "FFFFFF"],
        },
        { sheet: "Удалён", sheetId: "{0}", address: "A1", mark: RED, original: "none" },
      ],
    });
    const w = planMarkWrite(
      input({ old, stateExists: true, seen: seen({ fills: new Map([[k("A1"), solid(RED)]]) }) }),
    );
    expect(w.restore.get(RM.name)).toEqual([old.marks.cells[0]]);
    expect(w.firstState).toBeNull();
    expect(w.finalState).toBeNull();
    expect(w.deleteStateSheet).toBe(true);
    expect(w.summary).toBeNull();
    expect(w.notices.map((n) => n.ru)).toEqual([expect.stringContaining("«Удалён»")]);
  });

  it("a sheet renamed since marking is found by its id", () => {
    const old = oldState({
      cells: [{ sheet: "Старое имя", sheetId: RM.id, address: "A1", mark: RED, original: "none" }],
    });
    const w = planMarkWrite(
      input({ old, stateExists: true, seen: seen({ fills: new Map([[k("A1"), solid(RED)]]) }) }),
    );
    expect(w.restore.get(RM.name)).toEqual([{ ...old.marks.cells[0], sheet: RM.name }]);
    expect(w.notices).toEqual([]);
  });

  it("clearing keeps the store's other sections: the state sheet stays, holding them", () => {
    const acceptance = {
      ...{ t: "a" as const, programme: "tochka-rosta", year: 2025, org: null, code: "late-vs-template" },
      ...{
        item: "item:1.2",
        reason: "Письмо оператора",
        by: "Иванова",
        at: "2026-12-03T10:00:00Z",
        label: "",
      },
    };
    const old = oldState(
      { cells: [{ sheet: RM.name, sheetId: RM.id, address: "A1", mark: RED, original: "none" }] },
      { acceptances: [acceptance] },
    );
    const w = planMarkWrite(
      input({ old, stateExists: true, seen: seen({ fills: new Map([[k("A1"), solid(RED)]]) }) }),
    );
    expect(w.deleteStateSheet).toBe(false);
    expect(w.finalState).toEqual({ marks: marks({}), acceptances: [acceptance], templates: [] });
    expect(w.firstState!.marks.cells).toEqual(old.marks.cells); // until the restore has gone through
  });
});
