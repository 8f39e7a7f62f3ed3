// A regional summary that repeats «Муниципальное образование» on every row and heads each municipality's block with a
// row holding only its name in that column: the heading opens the block, it does not continue the measure above.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/grid";
import { checkSheet } from "../../../src/core/checks/sheet";
import { readRoadmaps } from "../../../src/core/reader";
import { grid, templateRows, TITLE } from "./layouts";

const rows = templateRows();

function sheet(orgs: readonly string[]): CellValue[][] {
  const values: CellValue[][] = [
    [TITLE],
    [],
    ["№", "Муниципальное образование", "Мероприятие", "Срок", "Ответственный", "Результат"],
  ];
  for (const org of orgs) {
    values.push(["", org, "", "", "", ""]);
    rows.forEach((r, i) =>
      values.push([String(i + 1), org, r.title, r.deadlineText, r.responsible, r.result || "Приказ"]),
    );
  }
  return values;
}

describe("a heading row in the organisation column", () => {
  it.each([
    [["Каменский муниципальный округ", "Городской округ Ольховск"]],
    // A bare name the column alone says is an organisation.
    [["Каменский", "Ольховск"]],
  ])("%j: one roadmap per block with every measure, clean", (orgs) => {
    const g = grid(sheet(orgs));
    const read = readRoadmaps(g).roadmaps;
    expect(read.map((x) => [x.organisation, x.rows.length])).toEqual(orgs.map((o) => [o, rows.length]));
    // Each block's last measure is one sheet row: the next heading is not glued to it.
    for (const x of read) expect(x.rows.at(-1)!.sheetRows).toHaveLength(1);
    const found = checkSheet(g, { checkDate: "2026-01-10" }).reports.flatMap((x) =>
      x.findings.filter((f) => f.severity === "error").map((f) => `${f.code} ${f.address}`),
    );
    expect(found).toEqual([]);
  });

  it("a name alone in the column above a measure of another organisation still continues the row", () => {
    const values = sheet(["Каменский муниципальный округ"]);
    // A wrapped organisation cell («… и Ольховск») continued on the next sheet row, a measure of another block below.
    values.splice(5, 0, ["", "и городской округ Ольховск", "", "", "", ""]);
    const read = readRoadmaps(grid(values)).roadmaps;
    expect(read.flatMap((x) => x.rows.map((r) => r.sheetRows.join("+")))).toContain("5+6");
  });
});

describe("a column of the municipalities that take part in each step", () => {
  // «Муниципальные образования — участники» (h146-complex-plan-region-mo-coverage): who takes part in a step of the
  // region's one plan, «все МО» or a few of them; not an organisation whose own steps the rows are.
  it.each(["Муниципальные образования — участники", "МО-участники", "Школы – участники", "ОО (участники)"])(
    "«%s»: one roadmap of the region, clean",
    (head) => {
      const lists = ["все МО", "Заречный МР, Озёрский ГО, Каменский ГО", "Озёрский ГО, Каменский ГО"];
      const g = grid([
        [TITLE],
        ["№", "Мероприятие", "Срок", "Ответственный", head, "Результат"],
        ...rows.map((r, i) => [
          String(i + 1),
          r.title,
          r.deadlineText,
          r.responsible,
          lists[i % lists.length]!,
          r.result || "Приказ",
        ]),
      ]);
      const read = readRoadmaps(g).roadmaps;
      expect(read.map((x) => [x.organisation, x.rows.length])).toEqual([[null, rows.length]]);
      const found = checkSheet(g, { checkDate: "2026-01-10" }).reports.flatMap((x) =>
        x.findings.filter((f) => f.severity === "error").map((f) => `${f.code} ${f.address}`),
      );
      expect(found).toEqual([]);
    },
  );
});

describe("an organisation column headed «… — участник»", () => {
  // Review of 8cace0e: it read every header with «участник» as the audience, so a per-school table headed «ОО —
  // участник проекта» became one roadmap with each step «repeated». A cell listing several organisations is what
  // names the participants («Заречный МР, Озёрский ГО»); one name per cell is still whose steps the rows are.
  it("«ОО — участник проекта» with one school per cell: one roadmap per school, clean", () => {
    const values: CellValue[][] = [
      [TITLE],
      ["№", "ОО — участник проекта", "Мероприятие", "Срок", "Ответственный", "Результат"],
    ];
    for (const org of ["МБОУ «СОШ № 1»", "МБОУ «СОШ № 2»"])
      rows.forEach((r, i) =>
        values.push([String(i + 1), org, r.title, r.deadlineText, r.responsible, r.result || "Приказ"]),
      );
    const g = grid(values);
    expect(readRoadmaps(g).roadmaps.map((x) => x.organisation)).toEqual(["МБОУ «СОШ № 1»", "МБОУ «СОШ № 2»"]);
    const found = checkSheet(g, { checkDate: "2026-01-10" }).reports.flatMap((x) =>
      x.findings.filter((f) => f.severity !== "info").map((f) => `${f.code} ${f.address}`),
    );
    expect(found).toEqual([]);
  });
});
