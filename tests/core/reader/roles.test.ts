// The column-role model: which column is what, from the header words (Russian or English, one row or a merged group
// over sub-headers), with the start/end of a period told apart; correct roadmaps in those layouts come back clean.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/grid";
import { checkSheet } from "../../../src/core/checks/sheet";
import { readRoadmaps, type Roadmap } from "../../../src/core/reader";
import { grid, ruDate, templateRows, TITLE } from "./layouts";

const rows = templateRows();

function only(values: CellValue[][], merges: string[] = []): Roadmap {
  const r = readRoadmaps(grid(values, merges));
  expect(r.reason).toBeNull();
  expect(r.roadmaps).toHaveLength(1);
  return r.roadmaps[0]!;
}

function errorsAndWarnings(values: CellValue[][], merges: string[], checkDate: string): string[] {
  const res = checkSheet(grid(values, merges), { checkDate });
  expect(res.reports).toHaveLength(1);
  return res.reports[0]!.findings.filter((f) => f.severity !== "info").map((f) => `${f.code} ${f.address}`);
}

const roles = (r: Roadmap) => Object.fromEntries((r.columnRoles ?? []).map((c) => [c.column, c.role]));

describe("English headers", () => {
  const values: CellValue[][] = [
    [TITLE],
    [],
    ["No.", "Activity", "Responsible", "Output", "Deadline", "Status"],
    ...rows.map((r) => [r.number, r.title, r.responsible, r.result || "Order", r.deadlineText, null]),
  ];
  it("reads the table and says why each column got its role", () => {
    const r = only(values);
    expect(roles(r)).toEqual({
      A: "number",
      B: "measure",
      C: "responsible",
      D: "result",
      E: "deadline",
      F: "status",
    });
    expect(r.rows).toHaveLength(rows.length);
    expect(r.columnRoles![4]!.reason.en).toContain("«Deadline»");
  });
  it("a correct roadmap comes back clean", () => {
    expect(errorsAndWarnings(values, [], "2026-01-10")).toEqual([]);
  });
  it.each(["Lead", "Lead by", "In charge", "Person in charge"])("«%s» is the responsible column", (lead) => {
    const r = only([
      ["No.", "Activity", lead, "Deliverable", "Due"],
      ["1", "Kick-off", "Coordinator", "Order", "15.03.2027"],
    ]);
    expect(roles(r)).toMatchObject({ C: "responsible", D: "result", E: "deadline" });
  });
  it("Start | End: the end is the deadline", () => {
    const r = only([
      ["No.", "Activity", "Start", "End", "Responsible"],
      ["1", "Kick-off", "01.02.2027", "15.03.2027", "Coordinator"],
    ]);
    expect(roles(r)).toMatchObject({ C: "deadline-start", D: "deadline-end" });
    expect(r.rows[0]!.fields.deadline!.addresses).toEqual(["D2"]);
    expect(r.rows[0]!.fields.start!.text).toBe("01.02.2027");
  });
});

describe("start and end dates", () => {
  // Row 1 started before the check date (2026-12-20) and is due after it: read as the deadline, the start would be overdue.
  const twoColumns = (start: string, end: string): CellValue[][] => [
    [TITLE],
    ["№", "Наименование мероприятия", start, end, "Ответственный", "Результат"],
    ...rows.map((r) => [
      r.number,
      r.title,
      r.due ? ruDate(r.due, -40) : null,
      r.deadlineText,
      r.responsible,
      r.result || "Приказ",
    ]),
  ];
  it.each([
    ["Дата начала", "Дата окончания"],
    ["Срок начала", "Срок окончания"],
  ])("«%s» / «%s»: the deadline is the end", (a, b) => {
    const values = twoColumns(a, b);
    const r = only(values);
    expect(roles(r)).toMatchObject({ A: "number", B: "measure", C: "deadline-start", D: "deadline-end" });
    expect(r.rows[2]!.fields.deadline!.addresses).toEqual(["D5"]);
    expect(errorsAndWarnings(values, [], "2026-12-20")).toEqual([]);
  });

  it("a schedule written in the start column, the end left empty, is the row's deadline", () => {
    const values = twoColumns("Дата начала", "Дата окончания").map((v, i) =>
      i >= 2 && v[2] === null ? [0, 1, 3, -1, 4, 5].map((k) => v[k] ?? null) : v,
    );
    const moved = values.findIndex((v, i) => i >= 2 && v[3] === null);
    expect(moved).toBeGreaterThan(1); // the form has an item due «согласно графику …»
    const r = only(values);
    expect(r.rows[moved - 2]!.fields.deadline!.addresses).toEqual([`C${moved + 1}`]);
    expect(r.rows[moved - 2]!.fields.start).toBeUndefined();
    expect(errorsAndWarnings(values, [], "2026-12-20")).toEqual([]);
  });

  it("a period, a «до …» or a lone date in the start column with the end empty is the deadline", () => {
    const r = only([
      ["№", "Мероприятие", "Дата начала", "Дата окончания", "Ответственный"],
      ["1", "Повышение квалификации педагогов", "в течение 2027 года", null, "Институт"],
      ["2", "Объявление закупок", "до 15.02.2027", null, "Министерство"],
      ["3", "Мониторинг (промежуточный)", "25.08.2027", null, "Отдел образования"],
      ["4", "Мониторинг (итоговый)", new Date(Date.UTC(2027, 10, 30)), "", "Отдел образования"],
      ["5", "Ремонт помещений", "01.03.2027", "30.06.2027", "Школа"],
      ["6", "Закупка оборудования", "—", null, "Школа"],
    ]);
    expect(r.rows.map((x) => x.fields.deadline?.text ?? null)).toEqual([
      "в течение 2027 года",
      "до 15.02.2027",
      "25.08.2027",
      "30.11.2027",
      "30.06.2027",
      null,
    ]);
    expect(r.rows.map((x) => x.fields.start?.text ?? null)).toEqual([
      null,
      null,
      null,
      null,
      "01.03.2027",
      "—",
    ]);
  });

  it("a merged «Сроки реализации» over «начало | окончание», header rows merged, a column-number row", () => {
    const values: CellValue[][] = [
      [TITLE],
      ["№ п/п", "Мероприятие", "Сроки реализации", null, "Ответственный исполнитель", "Результат"],
      [null, null, "начало", "окончание", null, null],
      [1, 2, 3, 4, 5, 6],
      ...twoColumns("x", "y").slice(2),
    ];
    const merges = ["A2:A3", "B2:B3", "C2:D2", "E2:E3", "F2:F3"];
    const r = only(values, merges);
    expect(roles(r)).toMatchObject({ C: "deadline-start", D: "deadline-end", E: "responsible", F: "result" });
    expect(r.columnRoles!.find((c) => c.column === "D")!.reason.ru).toContain("«Сроки реализации»");
    expect(r.rows).toHaveLength(rows.length);
    expect(r.rows[0]!.fields.deadline!.addresses).toEqual(["D5"]);
    expect(errorsAndWarnings(values, merges, "2026-12-20")).toEqual([]);
  });

  /** The rows under a merged «group» over «plan | fact», done three days before each due day already past `check`. */
  const planFact = (group: string, plan: string, fact: string, check: string): CellValue[][] => [
    [TITLE],
    ["№", "Наименование мероприятия", group, null, "Ответственный", "Результат"],
    [null, null, plan, fact, null, null],
    ...rows.map((r) => [
      r.number,
      r.title,
      r.deadlineText,
      r.due && r.due < check ? ruDate(r.due, -3) : null,
      r.responsible,
      r.result || "Приказ",
    ]),
  ];

  it("«Срок исполнения» over «план | факт»: a «факт» date is the completion mark", () => {
    const check = "2027-03-01";
    const values = planFact("Срок исполнения", "план", "факт", check);
    const merges = ["C2:D2"];
    const r = only(values, merges);
    expect(roles(r)).toMatchObject({ C: "deadline-end", D: "actual" });
    expect(errorsAndWarnings(values, merges, check)).toEqual([]);
    // Without the «факт» dates the same rows are overdue.
    const undone = values.map((row, i) => (i >= 3 ? row.map((v, k) => (k === 3 ? null : v)) : row));
    expect(errorsAndWarnings(undone, merges, check).filter((f) => f.startsWith("overdue")).length).toBe(3);
  });

  // The plan and completion columns under a merged «Срок исполнения» or «Срок» (tune11's and tune12's wordings).
  it.each([
    ["Срок исполнения", "по плану", "фактически"],
    ["Срок исполнения", "по плану", "по факту"],
    ["Срок исполнения", "planned", "actual"],
    ["Срок", "по плану", "выполнено"],
    ["Срок", "по плану", "исполнено"],
    ["Срок", "план", "выполнение"],
  ])(
    "«%s» over «%s | %s»: the plan is the deadline, the other date the completion mark",
    (group, plan, fact) => {
      const check = "2027-03-01";
      const values = planFact(group, plan, fact, check);
      const merges = ["C2:D2"];
      expect(roles(only(values, merges))).toMatchObject({ C: "deadline-end", D: "actual" });
      expect(errorsAndWarnings(values, merges, check)).toEqual([]);
    },
  );
});

describe("other columns are read, never checked as deadlines", () => {
  it("note, cost, organisation and «Исполнено» get their own roles", () => {
    const r = only([
      [
        "№",
        "Мероприятие",
        "Срок",
        "Ответственный",
        "Общеобразовательная организация",
        "Стоимость, тыс. руб.",
        "Исполнено",
        "Примечание",
      ],
      ["1", "Закупка оборудования", "до 15.02.2027", "Директор", "МБОУ СОШ № 1", "1 250,5", "", ""],
    ]);
    expect(roles(r)).toEqual({
      A: "number",
      B: "measure",
      C: "deadline",
      D: "responsible",
      E: "organisation",
      F: "cost",
      G: "status",
      H: "note",
    });
  });
});
