// A table with no «Срок» column whose measures carry their deadline on the line under them, in the measure's own
// column («Наименование мероприятия / срок» over «Назначение …» / «(срок – до 15.12.2026)»): that line is the row's
// deadline, not more of its title.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/grid";
import { checkSheet } from "../../../src/core/checks/sheet";
import { readRoadmaps } from "../../../src/core/reader";
import { grid, templateRows, TITLE } from "./layouts";

const rows = templateRows();
const values = (line: (deadline: string) => string): CellValue[][] => [
  [TITLE],
  ["№ п/п", "Наименование мероприятия / срок", "Ответственный исполнитель", "Результат"],
  ...rows.flatMap((r) => [
    [r.number, r.title, r.responsible, r.result || "Приказ"],
    [null, line(r.deadlineText), null, null],
  ]),
];

describe("the deadline on the line under the measure", () => {
  it.each([
    (d: string) => `(срок – ${d})`,
    (d: string) => `Срок: ${d}`,
    (d: string) => `срок исполнения — ${d}`,
  ])("%s: each row has its deadline and its title alone; the roadmap is clean", (line) => {
    const [m] = readRoadmaps(grid(values(line))).roadmaps;
    expect(m!.rows.map((x) => x.fields.deadline?.text)).toEqual(rows.map((r) => r.deadlineText));
    expect(m!.rows.map((x) => x.fields.title?.text)).toEqual(rows.map((r) => r.title));
    expect(m!.rows[0]!.fields.deadline!.addresses).toEqual(["B4"]);
    const found = checkSheet(grid(values(line)), { checkDate: "2026-01-10" })
      .reports.flatMap((x) => x.findings)
      .filter((f) => f.severity !== "info")
      .map((f) => `${f.code} ${f.address}`);
    expect(found).toEqual([]);
  });

  it("«Срок:» alone under the measure, its date (an Excel date) in the next cell: that cell is the deadline", () => {
    const v: CellValue[][] = [
      [TITLE],
      ["№ п/п", "Мероприятие", "Исполнитель", "Форма завершения"],
      ...rows.flatMap((r, i) => [
        [r.number, r.title, r.responsible, r.result || "Приказ"],
        [
          null,
          "Срок:",
          i === 1 ? "по графику федерального оператора" : new Date(Date.UTC(2027, 0, 20 + i)),
          null,
        ],
      ]),
    ];
    const [m] = readRoadmaps(grid(v)).roadmaps;
    expect(m!.rows[0]!.fields.deadline!.value).toEqual(new Date(Date.UTC(2027, 0, 20)));
    expect(m!.rows[0]!.fields.deadline!.addresses).toEqual(["C4"]);
    expect(m!.rows[1]!.fields.deadline!.text).toBe("по графику федерального оператора");
    expect(m!.rows.map((x) => x.fields.title?.text)).toEqual(rows.map((r) => r.title));
  });

  it("a second line that is not a deadline stays part of the title", () => {
    const v = values(() => "(в том числе в малокомплектных школах)");
    const [m] = readRoadmaps(grid(v)).roadmaps;
    expect(m!.rows[0]!.fields.deadline).toBeUndefined();
    expect(m!.rows[0]!.fields.title!.text).toContain("малокомплектных");
  });
});
