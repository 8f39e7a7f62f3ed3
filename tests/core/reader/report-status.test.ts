// A year-end report on the plan: «Информация об исполнении» beside each step says it was done, so a step past its day
// is not overdue — the column is the completion mark, as «Отметка о выполнении» is.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/grid";
import { checkSheet } from "../../../src/core/checks/sheet";
import { readRoadmaps } from "../../../src/core/reader";
import { grid, templateRows, TITLE } from "./layouts";

const rows = templateRows(2027);

function sheet(statusHead: string): CellValue[][] {
  return [
    [TITLE],
    ["№", "Мероприятие", "Срок по дорожной карте", "Исполнитель", "Результат", statusHead],
    ...rows.map((r) => [r.number, r.title, r.deadlineText, r.responsible, r.result || "Приказ", "Исполнено"]),
  ];
}

describe("a report's column on how each step was done", () => {
  // «Информация МО» / «Информация ОО»: what the municipality (school) reports on each step (h144-itcube-…-info-mo).
  it.each([
    "Информация об исполнении",
    "Информация о ходе исполнения",
    "Сведения об исполнении",
    "Информация МО",
    "Информация ОО",
  ])("«%s» is the completion mark: nothing overdue after every deadline", (head) => {
    const g = grid(sheet(head));
    const [roadmap] = readRoadmaps(g).roadmaps;
    expect(roadmap!.columns.status?.header).toBe(head);
    const found = checkSheet(g, { checkDate: "2028-01-20" }).reports.flatMap((x) =>
      x.findings.filter((f) => f.severity !== "info").map((f) => `${f.code} ${f.address}`),
    );
    expect(found).toEqual([]);
  });
});

describe("a region's report with a count of schools done beside each step's status", () => {
  // «Выполнено (количество ОО) | Статус» (h144-kv-region-counts): the count is «—» on the region's own steps, which
  // the status says are «исполнено»; the status column is the step's mark, the count only detail.
  it.each([
    ["Выполнено (количество ОО)", "Статус"],
    ["Статус", "Выполнено (количество ОО)"],
    ["Исполнено (кол-во МО)", "Отметка о выполнении"],
    ["Доля ОО, выполнивших (%)", "Статус"],
    ["Выполнено ОО (из 12)", "Статус"],
    ["Статус", "Исполнено МО (из 7)"],
  ])("«%s | %s»: the status column is the mark, nothing overdue", (first, second) => {
    const g = grid([
      [TITLE],
      ["№", "Мероприятие", "Срок", "Исполнитель", "Результат", first, second],
      ...rows.map((r) => {
        const count = "—";
        const status = "исполнено";
        const [a, b] =
          first === "Статус" || first === "Отметка о выполнении" ? [status, count] : [count, status];
        return [r.number, r.title, r.deadlineText, r.responsible, r.result || "Приказ", a, b];
      }),
    ]);
    const [roadmap] = readRoadmaps(g).roadmaps;
    expect(roadmap!.columns.status?.header).toMatch(/Статус|Отметка/);
    const found = checkSheet(g, { checkDate: "2028-01-20" }).reports.flatMap((x) =>
      x.findings.filter((f) => f.severity !== "info").map((f) => `${f.code} ${f.address}`),
    );
    expect(found).toEqual([]);
  });
});

describe("a region's summary counting the organisations that have done each step", () => {
  // «Исполнено ОО (из 3)» with «3 из 3» (h162-kv-region-2027-counts-two-levels): the count is the completion mark.
  it.each(["Исполнено ОО (из 3)", "Выполнено МО", "Исполнено школами"])(
    "«%s»: «3 из 3» is done, «1 из 3» is not",
    (head) => {
      const g = grid([
        [TITLE],
        ["№", "Мероприятие", "Срок", "Исполнитель", "Результат", head],
        ...rows.map((r, i) => [
          r.number,
          r.title,
          r.deadlineText,
          r.responsible,
          r.result || "Приказ",
          i === 0 ? "1 из 3" : "3 из 3",
        ]),
      ]);
      const [roadmap] = readRoadmaps(g).roadmaps;
      expect(roadmap!.columns.status?.header).toBe(head);
      const found = checkSheet(g, { checkDate: "2028-01-20" }).reports.flatMap((x) =>
        x.findings.filter((f) => f.severity !== "info").map((f) => f.code),
      );
      expect(found).toEqual(["overdue"]);
    },
  );
});
