import { describe, expect, it } from "vitest";
import type { ColumnRole } from "../../src/core/reader/types";
import { COLUMN_ROLES } from "../../src/core/reader/types";
import {
  COLUMN_FIELDS,
  applyColumnChange,
  columnLines,
  columnsOverride,
  fieldOfRole,
  letterSpan,
  type ColumnChange,
  type ColumnChoices,
} from "../../src/taskpane/columnChoices";
import { initialPaneState, paneReducer, type PaneAction } from "../../src/taskpane/paneState";
import type { SheetReading } from "../../src/taskpane/services";
import { READING } from "./fakes";

const role = (column: string, r: ColumnRole["role"], header: string): ColumnRole => ({
  column,
  role: r,
  header,
  reason: { ru: `заголовок «${header}»`, en: `header «${header}»` },
});

/** The 2027 draft's table as the reader reads it: № | Мероприятие | Срок | Ответственный | Результат. */
const ROLES: ColumnRole[] = [
  role("A", "number", "№"),
  role("B", "measure", "Мероприятие"),
  role("C", "deadline", "Срок исполнения"),
  role("D", "responsible", "Ответственный исполнитель"),
  role("E", "result", "Результат"),
];

const apply = (changes: ColumnChange[], from: ColumnChoices = {}) => changes.reduce(applyColumnChange, from);

describe("column choices → core's column override", () => {
  it("every role the reader shows maps to a field the picker offers", () => {
    for (const r of COLUMN_ROLES) expect(COLUMN_FIELDS).toContain(fieldOfRole(r));
    expect(fieldOfRole("measure")).toBe("title");
    expect(fieldOfRole("deadline-start")).toBe("start");
    expect(fieldOfRole("deadline-end")).toBe("deadline");
  });

  it("a column given another field sets that field there; «not used» drops the field it had", () => {
    const note = apply([{ column: "C", field: "note", current: "deadline" }]);
    expect(note).toEqual({ C: { field: "note", was: "deadline" } });
    expect(columnsOverride(note)).toEqual({ note: "C" });
    const dropped = apply([{ column: "C", field: null, current: "deadline" }]);
    expect(columnsOverride(dropped)).toEqual({ deadline: null });
  });

  it("choosing the reader's own field again, or «Сбросить», removes the decision", () => {
    const c = apply([{ column: "C", field: "note", current: "deadline" }]);
    // The card shows «note» now; the first decision's «was» is kept.
    expect(apply([{ column: "C", field: "deadline", current: "note" }], c)).toEqual({});
    expect(apply([{ column: "C", field: "reset", current: "note" }], c)).toEqual({});
    expect(columnsOverride({})).toBeUndefined();
  });

  it("a field feeds one column: giving it to a second column replaces the first decision", () => {
    const c = apply([
      { column: "E", field: "deadline", current: "result" },
      { column: "D", field: "deadline", current: "responsible" },
    ]);
    expect(c).toEqual({ D: { field: "deadline", was: "responsible" } });
    expect(columnsOverride(c)).toEqual({ deadline: "D" });
  });

  it("a field dropped in one column and given to another is set there, not dropped", () => {
    const c = apply([
      { column: "C", field: null, current: "deadline" },
      { column: "E", field: "deadline", current: "result" },
    ]);
    expect(columnsOverride(c)).toEqual({ deadline: "E" });
  });

  it("the measure column is never dropped (core keeps its measures)", () => {
    expect(columnsOverride({ B: { field: null, was: "title" } })).toBeUndefined();
  });

  it("lists every column of the range, the unread ones too, and marks the planner's", () => {
    expect(letterSpan("Y", "AB")).toEqual(["Y", "Z", "AA", "AB"]);
    const roles = ROLES.filter((r) => r.column !== "D");
    const lines = columnLines("A7:E17", roles, { C: { field: "note", was: "deadline" } });
    expect(lines.map((l) => [l.column, l.field, l.byPlanner])).toEqual([
      ["A", "number", false],
      ["B", "title", false],
      ["C", "deadline", true],
      ["D", null, false],
      ["E", "result", false],
    ]);
    // A column the planner dropped at the table's edge left the range: it is still listed, to be reset.
    const edge = columnLines("A7:D17", ROLES.slice(0, 4), { E: { field: null, was: "result" } });
    expect(edge.map((l) => [l.column, l.field, l.byPlanner])).toContainEqual(["E", null, true]);
  });
});

describe("pane reducer: column roles", () => {
  const reading: SheetReading = {
    ...READING,
    roadmaps: [{ ...READING.roadmaps[0]!, layout: "table", tableRange: "A7:E17", columns: ROLES }],
  };
  const id = reading.roadmaps[0]!.id;
  const reduce = (actions: PaneAction[]) => actions.reduce(paneReducer, initialPaneState());

  it("a column change keeps the roadmap's other choices and sets core's override", () => {
    const s = reduce([
      { type: "read", reading },
      { type: "choice", roadmapId: id, patch: { targetYear: 2027 } },
      { type: "column", roadmapId: id, change: { column: "C", field: null, current: "deadline" } },
    ]);
    expect(s.choices[id]).toEqual({
      targetYear: 2027,
      columns: { deadline: null },
      columnChoices: { C: { field: null, was: "deadline" } },
    });
  });

  it("a reset takes the override away; a new reading of another sheet drops the decisions", () => {
    const set = reduce([
      { type: "read", reading },
      { type: "column", roadmapId: id, change: { column: "C", field: "note", current: "deadline" } },
    ]);
    const reset = paneReducer(set, {
      type: "column",
      roadmapId: id,
      change: { column: "C", field: "reset", current: "note" },
    });
    expect(reset.choices[id]).toEqual({});
    const other = paneReducer(set, { type: "activeSheet", reading: { ...reading, sheetName: "Другой" } });
    expect(other.choices).toEqual({});
    const same = paneReducer(set, { type: "activeSheet", reading });
    expect(same.choices[id]?.columns).toEqual({ note: "C" });
  });
});
