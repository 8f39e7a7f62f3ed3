// A plan grouped by deadline: merged label rows «Срок: до 29 декабря 2026 года» stand over the measures due then, and
// the table has no «Срок» column — each measure's deadline is its label's.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/grid";
import { checkSheet } from "../../../src/core/checks/sheet";
import { rowDeadline } from "../../../src/core/row-deadline";
import { readRoadmaps } from "../../../src/core/reader";
import { grid, templateRows, TITLE } from "./layouts";

const rows = templateRows(2027);

function sheet(label: (d: string) => string): { values: CellValue[][]; merges: string[] } {
  const values: CellValue[][] = [[TITLE], ["№", "Мероприятие", "Ответственный", "Результат"]];
  const merges = ["A1:D1"];
  let last = "";
  rows.forEach((r, i) => {
    if (r.deadlineText !== last) {
      values.push([label(r.deadlineText)]);
      merges.push(`A${values.length}:D${values.length}`);
      last = r.deadlineText;
    }
    values.push([String(i + 1), r.title, r.responsible, r.result || "Приказ"]);
  });
  return { values, merges };
}

describe("deadline label rows over their measures", () => {
  it.each([
    ["Срок: %s", (d: string) => `Срок: ${d}`],
    ["Срок исполнения — %s", (d: string) => `Срок исполнения — ${d}`],
  ])("«%s»: every measure takes its label's deadline, clean", (_, label) => {
    const { values, merges } = sheet(label);
    const g = grid(values, merges);
    const [roadmap] = readRoadmaps(g).roadmaps;
    expect(roadmap!.rows.length).toBe(rows.length);
    expect(
      roadmap!.rows.map((r) => rowDeadline(r.fields.deadline, roadmap!, 2027, null)?.due ?? null),
    ).toEqual(rows.map((r) => r.due));
    const found = checkSheet(g, { checkDate: "2026-01-10" }).reports.flatMap((x) =>
      x.findings.filter((f) => f.severity !== "info").map((f) => `${f.code} ${f.address}`),
    );
    expect(found).toEqual([]);
  });
});
