// A regional list whose second part repeats the same steps per site under numbered captions the reader cannot tell
// for organisations («2.1. Первая площадка» over 2.1.1…, «2.2. Вторая площадка» over 2.2.1…): the repetition itself
// says the blocks are per organisation, so each is its own roadmap with the region's steps above, not one roadmap
// with every repeated step a duplicate (h159-kv-region-2027-region-and-mo-sections, before its dash was read).
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/grid";
import { checkSheet } from "../../../src/core/checks/sheet";
import { readRoadmaps } from "../../../src/core/reader";
import { grid, templateRows, TITLE } from "./layouts";

const rows = templateRows();
const HEAD = ["№", "Наименование мероприятия", "Срок", "Ответственный", "Результат"];
const [region, sites] = [rows.slice(0, 6), rows.slice(6)];
const line = (n: string, r: (typeof rows)[number]): CellValue[] => [
  n,
  r.title,
  r.deadlineText,
  r.responsible,
  r.result || "Приказ",
];

function sheet(captions: string[], repeat = true): { values: CellValue[][]; merges: string[] } {
  const values: CellValue[][] = [[TITLE], HEAD, ["Раздел 1. Мероприятия регионального уровня"]];
  region.forEach((r, i) => values.push(line(`1.${i + 1}`, r)));
  values.push(["Раздел 2. Мероприятия на площадках"]);
  const merges = ["A1:E1", "A3:E3", `A${values.length}:E${values.length}`];
  captions.forEach((c, k) => {
    values.push([`2.${k + 1}. ${c}`]);
    merges.push(`A${values.length}:E${values.length}`);
    (repeat || k === 0
      ? sites
      : sites
          .slice()
          .reverse()
          .map((r) => ({ ...r, title: `${r.title} (этап ${k})` }))
    ).forEach((r, i) => values.push(line(`2.${k + 1}.${i + 1}`, r)));
  });
  return { values, merges };
}

const findings = (values: CellValue[][], merges: string[]) =>
  checkSheet(grid(values, merges), { checkDate: "2026-12-10" }).reports.map((r) =>
    r.findings.filter((f) => f.severity !== "info").map((f) => f.code),
  );

describe("the same steps repeated under numbered captions that name no known organisation", () => {
  it("one roadmap per caption, the region's steps in each, clean", () => {
    const { values, merges } = sheet(["Первая площадка", "Вторая площадка", "Третья площадка"]);
    const rs = readRoadmaps(grid(values, merges)).roadmaps;
    expect(rs.map((r) => [r.organisation, r.rows.filter((x) => x.fields.title).length])).toEqual([
      ["Первая площадка", rows.length],
      ["Вторая площадка", rows.length],
      ["Третья площадка", rows.length],
    ]);
    expect(findings(values, merges)).toEqual([[], [], []]);
  });

  it("blocks whose steps differ are parts of one roadmap, not organisations", () => {
    const { values, merges } = sheet(["Первый этап", "Второй этап"], false);
    const rs = readRoadmaps(grid(values, merges)).roadmaps;
    expect(rs.map((r) => r.organisation)).toEqual([null]);
  });
});
