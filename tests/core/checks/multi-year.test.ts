// A roadmap «на 2027–2029 годы» under the national project «Молодёжь и дети» writes the form out once per year: its
// period runs to the last year it names, and a step written again in a later year's block is that year's step, not a
// copy of the first year's.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/grid";
import { checkSheet } from "../../../src/core/checks/sheet";
import { readRoadmaps } from "../../../src/core/reader";
import { grid, templateRows } from "../reader/layouts";

const TITLE_3Y =
  "Комплекс мер (дорожная карта) по созданию и функционированию центров «Точка роста» в Северной области на 2027–2029 годы";
const block = (year: number, major: number): CellValue[][] => [
  [`${major}.`, `Мероприятия по созданию центров «Точка роста» в ${year} году`, null, null, null],
  ...templateRows(year).map((r, i) => [
    `${major}.${i + 1}`,
    r.title,
    r.deadlineText,
    r.responsible,
    r.result || "Приказ",
  ]),
];
const sheet = (title: string, years: number[]): CellValue[][] => [
  [title],
  ["№ п/п", "Наименование мероприятия", "Срок", "Ответственный", "Результат"],
  ...years.flatMap((y, i) => block(y, i + 1)),
];
const findings = (values: CellValue[][]) =>
  checkSheet(grid(values), { checkDate: "2026-12-08" })
    .reports.flatMap((r) => r.findings)
    .filter((f) => f.severity !== "info")
    .map((f) => `${f.code} ${f.address}`);

describe("a roadmap for several years", () => {
  it("«на 2027–2029 годы», the form written out for each year: clean", () => {
    expect(findings(sheet(TITLE_3Y, [2027, 2028, 2029]))).toEqual([]);
  });

  it("a one-year roadmap with next year's block pasted under it still warns (the period and the copies)", () => {
    const one = TITLE_3Y.replace("на 2027–2029 годы", "на 2027 год");
    const f = findings(sheet(one, [2027, 2028]));
    expect(f.some((x) => x.startsWith("deadline-outside-plan"))).toBe(true);
    expect(f.some((x) => x.startsWith("duplicate-item"))).toBe(true);
  });

  it("a deadline after the last year named is still outside the plan", () => {
    const values = sheet(TITLE_3Y, [2027, 2028]);
    values[5]![2] = "до 15.02.2031";
    expect(findings(values)).toContain("deadline-outside-plan C6");
  });

  it("year captions «2028 год» alone on their rows: each year's monitoring is its own, and the caption is no row", () => {
    const rows = templateRows(2027);
    const values: CellValue[][] = [
      [TITLE_3Y],
      ["№ п/п", "Наименование мероприятия", "Срок", "Ответственный", "Результат"],
      ["2027 год", null, null, null, null],
      ...rows.map((r, i) => [`1.${i + 1}`, r.title, r.deadlineText, r.responsible, r.result || "Приказ"]),
      ["2028 год", null, null, null, null],
      [
        "2.1",
        "Мониторинг выполнения показателей деятельности центров",
        "ежеквартально",
        "Министерство",
        "Отчёт",
      ],
      ["2029 год", null, null, null, null],
      [
        "3.1",
        "Мониторинг выполнения показателей деятельности центров",
        "ежеквартально",
        "Министерство",
        "Отчёт",
      ],
    ];
    expect(findings(values)).toEqual([]);
    const [m] = readRoadmaps(grid(values)).roadmaps;
    expect(m!.rows.map((r) => r.number)).not.toContain("2028 год");
    expect(m!.skipped!.filter((k) => k.kind === "year-heading").map((k) => k.text)).toEqual([
      "2027 год",
      "2028 год",
      "2029 год",
    ]);
  });
});
