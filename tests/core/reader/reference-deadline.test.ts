// A plan made by copying last year's sheet often keeps last year's dates in a column beside the new ones
// («срок 2026 (справочно)» | «Срок 2027»): the plan's deadline is the new column, so nothing is read as overdue.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/grid";
import { checkSheet } from "../../../src/core/checks/sheet";
import { readRoadmaps } from "../../../src/core/reader";
import { grid, templateRows, TITLE } from "./layouts";

const rows = templateRows(2027);
const lastYear = templateRows(2026);

function sheet(head: [string, string]): CellValue[][] {
  return [
    [TITLE],
    ["№", "Мероприятие", ...head, "Ответственный", "Результат"],
    ...rows.map((r, i) => {
      const old = lastYear[i]!.deadlineText;
      const cur = r.deadlineText;
      const [first, second] = head[0].includes("2027") ? [cur, old] : [old, cur];
      return [r.number, r.title, first, second, r.responsible, r.result || "Приказ"];
    }),
  ];
}

describe("last year's deadlines kept beside the plan's", () => {
  it.each([
    [["срок 2026 (справочно)", "Срок 2027"]],
    [["Срок (для справки)", "Срок исполнения"]],
    [["Срок 2026 г.", "Срок 2027 г."]],
    [["Срок 2027", "Срок 2026 (прошлый год)"]],
  ] as [[string, string]][])("%j: the plan's column is read, clean", (head) => {
    const g = grid(sheet(head));
    const [roadmap] = readRoadmaps(g).roadmaps;
    const planned = head.find((h) => !/справ|2026/.test(h))!;
    expect(roadmap!.columns.deadline?.header).toBe(planned);
    const found = checkSheet(g, { checkDate: "2026-12-09" }).reports.flatMap((x) =>
      x.findings.filter((f) => f.severity !== "info").map((f) => `${f.code} ${f.address}`),
    );
    expect(found).toEqual([]);
  });
});

describe("an amended roadmap's deadline columns, before and after the change", () => {
  it.each([
    [["Срок (в редакции приказа от 30.11.2026 № 2110)", "Срок (в редакции приказа от 16.12.2026 № 2274)"], 1],
    [["Срок (в редакции приказа от 16.12.2026 № 2274)", "Срок (в редакции приказа от 30.11.2026 № 2110)"], 0],
    [["Срок первоначальный", "Срок уточнённый"], 1],
    [["Срок (исходный)", "Срок с учётом изменений"], 1],
    [["Новый срок", "Прежний срок"], 0],
  ] as [[string, string], number][])("%j: the amended column (%i) is the deadline", (head, amended) => {
    const values: CellValue[][] = [
      [TITLE],
      ["№", "Мероприятие", ...head, "Ответственный", "Результат"],
      ...rows.map((r) => [
        r.number,
        r.title,
        r.deadlineText,
        r.deadlineText,
        r.responsible,
        r.result || "Приказ",
      ]),
    ];
    const [roadmap] = readRoadmaps(grid(values)).roadmaps;
    expect(roadmap!.columns.deadline?.header).toBe(head[amended]);
  });
});

describe("an amended column filled only where a date changed", () => {
  // The amended dates are later than the form allows for none of the rows: the changes stay inside the form's deadlines.
  const changed = new Map([[2, "до 20.12.2026"]]);
  it.each([
    [["Срок", "Уточнённый срок"], 2, 3],
    [["Уточнённый срок", "Срок"], 3, 2],
    [["Срок первоначальный", "Срок уточнённый"], 2, 3],
    [["Срок исполнения", "Срок с учётом изменений"], 2, 3],
    // h166-tr-school-amended-column-apr2027: the school's re-sent roadmap, its changed dates in a column of their own.
    [["Срок по дорожной карте", "Скорректированный срок"], 2, 3],
    [["Срок", "Перенесённый срок"], 2, 3],
  ] as [[string, string], number, number][])(
    "%j: the amended date where written, else the other",
    (head, o, a) => {
      const values: CellValue[][] = [
        [TITLE],
        ["№", "Мероприятие", ...head, "Ответственный", "Результат"],
        ...rows.map((r, i) => {
          const cells: CellValue[] = [r.number, r.title, null, null, r.responsible, r.result || "Приказ"];
          cells[o] = r.deadlineText;
          cells[a] = changed.get(i) ?? (i === 4 ? "—" : null);
          return cells;
        }),
      ];
      const g = grid(values);
      const [roadmap] = readRoadmaps(g).roadmaps;
      expect(roadmap!.rows.map((r) => r.fields.deadline?.text)).toEqual(
        rows.map((r, i) => changed.get(i) ?? r.deadlineText),
      );
      const role = roadmap!.columnRoles!.find((c) => c.header === head[o === 2 ? 0 : 1])!;
      expect(role.role).toBe("deadline");
      expect(role.reason.ru).toContain("срок до уточнения");
      const found = checkSheet(g, { checkDate: "2026-12-09" }).reports.flatMap((x) =>
        x.findings.filter((f) => f.severity !== "info").map((f) => `${f.code} ${f.address}`),
      );
      expect(found).toEqual([]);
    },
  );

  it("«Срок» merged over «утверждённый | уточнённый»: the amended date where written, else the approved one", () => {
    // h192-tr-amended-deadlines-may2027: the approved column alone was read, three amended dates lost.
    const values: CellValue[][] = [
      [TITLE],
      ["№", "Мероприятие", "Ответственный", "Результат", "Срок", null],
      [null, null, null, null, "утверждённый", "уточнённый"],
      ...rows.map((r, i) => [
        r.number,
        r.title,
        r.responsible,
        r.result || "Приказ",
        r.deadlineText,
        changed.get(i) ?? null,
      ]),
    ];
    const merges = ["A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:F2"];
    const [roadmap] = readRoadmaps(grid(values, merges)).roadmaps;
    expect(roadmap!.rows.map((r) => r.fields.deadline?.text)).toEqual(
      rows.map((r, i) => changed.get(i) ?? r.deadlineText),
    );
    // «Срок» centred over both instead of merged (h192 in the corpus variant «centred»): read the same.
    const [centred] = readRoadmaps(grid(values, merges.slice(0, 4))).roadmaps;
    expect(centred!.rows.map((r) => r.fields.deadline?.text)).toEqual(
      rows.map((r, i) => changed.get(i) ?? r.deadlineText),
    );
    const roles = roadmap!.columnRoles!.filter((c) => c.column === "E" || c.column === "F");
    expect(roles.map((c) => [c.column, c.role, c.header])).toEqual([
      ["E", "deadline", "Срок / утверждённый"],
      ["F", "deadline", "Срок / уточнённый"],
    ]);
  });

  it.each([["Срок (справочно)"], ["Deadline (previous)"]])(
    "last year's dates for reference («%s») are not read where this year's cell is empty",
    (old) => {
      const values: CellValue[][] = [
        [TITLE],
        ["№", "Мероприятие", old, "Уточнённый срок", "Ответственный", "Результат"],
        ...rows.map((r, i) => [
          r.number,
          r.title,
          lastYear[i]!.deadlineText,
          i === 1 ? null : r.deadlineText,
          r.responsible,
          r.result || "Приказ",
        ]),
      ];
      const [roadmap] = readRoadmaps(grid(values)).roadmaps;
      expect(roadmap!.rows[1]!.fields.deadline).toBeUndefined();
    },
  );
});
