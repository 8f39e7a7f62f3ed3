// Last year's sheet edited for the next year: the title still says «на 2026 год», but the act above it was signed in
// December 2026 and every deadline is for 2027. The roadmap is the 2027 one; its rows are not late against 2026.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/grid";
import { checkSheet } from "../../../src/core/checks/sheet";
import { readRoadmaps } from "../../../src/core/reader";
import { grid, templateRows } from "./layouts";

const HEAD = [
  "№ п/п",
  "Наименование мероприятия",
  "Ответственный исполнитель",
  "Результат",
  "Срок исполнения",
];
const title = (year: number) =>
  `Комплекс мер (дорожная карта) по созданию и функционированию центров «Точка роста» на ${year} год`;
const act = (date: string) => `Приложение к распоряжению Комитета по образованию от ${date} № 2231-р`;
const body = (year: number): CellValue[][] =>
  templateRows(year).map((r) => [r.number, r.title, r.responsible, r.result || "Приказ", r.deadlineText]);
const sheet = (above: CellValue[][], year: number) => grid([...above, HEAD, ...body(year)]);

describe("a title whose year no deadline falls in", () => {
  it("signed in the title's own year, every deadline a year later: the deadlines' year, the title named", () => {
    const g = sheet([[act("08.12.2026")], [title(2026)]], 2027);
    const r = readRoadmaps(g).roadmaps[0]!;
    expect(r.year.value).toBe(2027);
    expect(r.year.evidence.join(" ")).toContain("на 2026 год");
    const { reports } = checkSheet(g, { checkDate: "2026-12-10" });
    const wrong = reports[0]!.findings.filter((f) => f.severity !== "info").map((f) => f.code);
    expect(wrong).toEqual([]);
  });

  it("the report says the year came from the deadlines and the title's year needs a look; not when the planner set it", () => {
    const g = sheet([[act("08.12.2026")], [title(2026)]], 2027);
    const notes = (year?: number) => {
      const id = readRoadmaps(g).roadmaps[0]!.id;
      const overrides = year === undefined ? {} : { [id]: { targetYear: year } };
      return checkSheet(g, { checkDate: "2026-12-10", overrides }).reports[0]!.notes.map((n) => n.ru);
    };
    expect(notes().filter((n) => n.includes("в заголовке указан 2026 год"))).toHaveLength(1);
    expect(notes(2026).filter((n) => n.includes("в заголовке указан"))).toEqual([]);
  });

  it.each([
    ["signed the year before the title's", [[act("10.12.2025")], [title(2026)]], 2027],
    ["no act date above it", [[title(2026)]], 2027],
    ["deadlines in the title's year", [[act("08.12.2026")], [title(2026)]], 2026],
  ] as const)("keeps the title's year when %s", (_, above, rowsYear) => {
    expect(readRoadmaps(sheet(above as unknown as CellValue[][], rowsYear)).roadmaps[0]!.year.value).toBe(
      2026,
    );
  });
});

describe("a title over two lines, the second naming last year's roadmap", () => {
  it("«… в 2027 году» over «(актуализирован на основе дорожной карты на 2026 год)» is the 2027 roadmap", () => {
    const g = sheet(
      [
        [`${title(2027).replace(" на 2027 год", "")} в 2027 году`],
        ["(актуализирован на основе дорожной карты на 2026 год)"],
        [],
      ],
      2027,
    );
    const r = readRoadmaps(g).roadmaps[0]!;
    expect(r.year.value).toBe(2027);
    expect(r.title.split("\n")).toHaveLength(2);
    const late = checkSheet(g, { checkDate: "2026-12-10" }).reports[0]!.findings.filter(
      (f) => f.code === "late-vs-template" || f.code === "deadline-outside-plan",
    );
    expect(late).toEqual([]);
  });
});
