// A town's list that names each step's school in the step's own text («Закупка оборудования для МБОУ «СОШ № 2»»,
// the same step again for «СОШ № 5»), with the steps for all written once: one roadmap per school, the common steps in
// each, and a school's late step is that school's.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/grid";
import { checkSheet } from "../../../src/core/checks/sheet";
import { readRoadmaps } from "../../../src/core/reader";
import { grid, templateRows } from "./layouts";

const rows = templateRows(2027);
const PER_SCHOOL = new Set([
  "procurement",
  "design-zoning",
  "info-reference",
  "acceptance-register",
  "photo-monitoring",
  "start",
]);
const TITLE =
  "План мероприятий («дорожная карта») по созданию центров «Точка роста» в Заречном городском округе в 2027 году";
const HEAD = ["№", "Мероприятие", "Срок", "Ответственный", "Ожидаемый результат"];
const SCHOOLS = ["МБОУ «СОШ № 2»", "МБОУ «СОШ № 5»"];

/** A list with a numbered line per step: `add(title, deadline)` appends one, `done()` gives the sheet. */
function list(title = TITLE) {
  const values: CellValue[][] = [[title], HEAD];
  let n = 0;
  const add = (t: string, deadline: string) =>
    values.push([++n, t, deadline, "Управление образования", "Отчёт"]);
  return { add, done: () => ({ values, merges: ["A1:E1"] }) };
}

/** The common steps once, then each per-school step once for each school, named in its text. */
function sheet(schools = SCHOOLS, late = false): { values: CellValue[][]; merges: string[] } {
  const { add, done } = list();
  for (const r of rows.filter((x) => !PER_SCHOOL.has(x.itemId))) add(r.title, r.deadlineText);
  for (const r of rows.filter((x) => PER_SCHOOL.has(x.itemId)))
    schools.forEach((school, k) =>
      add(
        `${r.title} в ${school}`,
        late && k === 1 && r.itemId === "start" ? "не позднее 1 октября 2027 года" : r.deadlineText,
      ),
    );
  return done();
}

const found = (values: CellValue[][], merges: string[]) =>
  checkSheet(grid(values, merges), { checkDate: "2026-12-04" }).reports.map((r) =>
    r.findings.filter((f) => f.severity !== "info" || f.code === "numbering-gap").map((f) => f.code),
  );

describe("schools named in the steps' own text", () => {
  it("one roadmap per school, the steps written once for all in each", () => {
    const { values, merges } = sheet();
    const rs = readRoadmaps(grid(values, merges)).roadmaps;
    expect(rs.map((r) => [r.organisation, r.rows.length])).toEqual(SCHOOLS.map((s) => [s, rows.length]));
    expect(found(values, merges)).toEqual([[], []]);
  });

  it("a step late for one school is that school's", () => {
    const { values, merges } = sheet(SCHOOLS, true);
    expect(found(values, merges)).toEqual([[], ["late-vs-template"]]);
  });

  it("a school named with its town («МБОУ «СОШ № 2» г. Петровска») is the same school in every step", () => {
    const { values } = sheet(["МБОУ «СОШ № 2» г. Петровска", "МБОУ «Покровская СОШ»"]);
    const rs = readRoadmaps(grid(values, ["A1:E1"])).roadmaps;
    expect(rs.map((r) => [r.organisation, r.rows.length])).toEqual([
      ["МБОУ «СОШ № 2»", rows.length],
      ["МБОУ «Покровская СОШ»", rows.length],
    ]);
  });

  it("a plan for two years naming its 2027 school and its 2028 school stays one plan", () => {
    const { add, done } = list(TITLE.replace("в 2027 году", "на 2027–2028 годы"));
    for (const r of rows)
      add(PER_SCHOOL.has(r.itemId) ? `${r.title} в ${SCHOOLS[0]}` : r.title, r.deadlineText);
    for (const r of rows.filter((x) => PER_SCHOOL.has(x.itemId)))
      add(`${r.title} в ${SCHOOLS[1]}`, r.deadlineText.replace("2027", "2028"));
    const rs = readRoadmaps(grid(done().values, ["A1:E1"])).roadmaps;
    expect(rs.map((r) => [r.organisation ?? null, r.rows.length])).toEqual([
      [null, rows.length + PER_SCHOOL.size],
    ]);
  });

  it("a regional list naming a school here and there stays one roadmap", () => {
    const values: CellValue[][] = [[TITLE], HEAD];
    rows.forEach((r, i) =>
      values.push([i + 1, r.title, r.deadlineText, "Министерство образования", "Отчёт"]),
    );
    values.push([
      rows.length + 1,
      "Региональный семинар на базе МБОУ «СОШ № 1»",
      "до 1 марта 2027 г.",
      "ИРО",
      "Программа",
    ]);
    values.push([
      rows.length + 2,
      "Выставка проектов обучающихся в МАОУ «Лицей № 3»",
      "до 1 мая 2027 г.",
      "ИРО",
      "Отчёт",
    ]);
    values.push([
      rows.length + 3,
      "Стажировка педагогов в МБОУ «СОШ № 1»",
      "до 1 июня 2027 г.",
      "ИРО",
      "Отчёт",
    ]);
    const rs = readRoadmaps(grid(values, ["A1:E1"])).roadmaps;
    expect(rs.map((r) => [r.organisation ?? null, r.rows.length])).toEqual([[null, rows.length + 3]]);
  });
});
