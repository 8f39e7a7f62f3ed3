// Plans over several years with a deadline column per year: «Срок: 2026/2027 уч. год | Срок: 2027/2028 уч. год», or
// the years alone over the dates («2027 | 2028 | 2029»); a row due in one year has a dash in the others. And a
// «2026/2027 учебный год» line over a year's rows is a heading, not a measure without a deadline.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/grid";
import { checkSheet } from "../../../src/core/checks/sheet";
import { readRoadmaps } from "../../../src/core/reader";
import { grid } from "./layouts";

const TITLE =
  "Дорожная карта по созданию и функционированию центра «Точка роста» на 2026/2027 и 2027/2028 учебные годы";

function problems(values: CellValue[][], checkDate = "2026-12-10"): string[] {
  return checkSheet(grid(values), { checkDate }).reports.flatMap((x) =>
    x.findings.filter((f) => f.severity !== "info").map((f) => `${f.code} ${f.address}`),
  );
}

describe("a deadline column per year", () => {
  it("«Срок: 2026/2027 уч. год | Срок: 2027/2028 уч. год»: a row's date is in whichever year's column has one", () => {
    const values: CellValue[][] = [
      [TITLE],
      [
        "№",
        "Мероприятие",
        "Срок: 2026/2027 уч. год",
        "Срок: 2027/2028 уч. год",
        "Ответственный",
        "Результат",
      ],
      ["1", "Назначение ответственного за создание центра", "до 29.12.2026", "—", "Директор", "Приказ"],
      ["2", "Объявление закупок для центра", "до 15.02.2027", "—", "Контрактный управляющий", "Извещения"],
      ["3", "Открытие центра «Точка роста»", "—", "до 01.09.2027", "Директор", "Приказ"],
    ];
    const r = readRoadmaps(grid(values)).roadmaps[0]!;
    expect(r.rows.map((x) => x.fields.deadline?.addresses[0])).toEqual(["C3", "C4", "D5"]);
    expect(r.columnRoles?.find((c) => c.column === "C")?.reason.en).toContain("another year's deadline");
    expect(problems(values).filter((p) => p.startsWith("deadline-missing"))).toEqual([]);
  });

  it("«2027 | 2028 | 2029» over the dates: the first year's column is the deadline, the others are read where it has a dash", () => {
    const values: CellValue[][] = [
      ["Комплекс мер (дорожная карта) по созданию центров «IT-куб» на 2027–2029 годы"],
      ["№", "Мероприятие", "2027 г.", "2028 г.", "2029 г.", "Ответственный", "Результат"],
      ["1", "Назначение ответственного", "до 29.12.2026", "—", "—", "Министерство", "Приказ"],
      [
        "2",
        "Повышение квалификации педагогов",
        "в течение года",
        "в течение года",
        "в течение года",
        "ЦНППМ",
        "Удостоверения",
      ],
      ["3", "Открытие второй очереди центров", "—", "до 01.09.2028", "—", "Министерство", "Приказы"],
    ];
    const r = readRoadmaps(grid(values)).roadmaps[0]!;
    expect(r.columns.deadline?.column).toBe("C");
    expect(r.rows.map((x) => x.fields.deadline?.addresses[0])).toEqual(["C3", "C4", "D5"]);
    expect(problems(values).filter((p) => p.startsWith("deadline-missing"))).toEqual([]);
  });

  it("«Срок исполнения» merged over «2027 | 2028 | 2029»: a row dated only in a later year is read there", () => {
    const values: CellValue[][] = [
      ["План мероприятий («дорожная карта») по созданию центров «IT-куб» на 2027–2029 годы"],
      ["№", "Мероприятие", "Срок исполнения", "", "", "Ответственный"],
      ["", "", "2027", "2028", "2029", null],
      ["1", "Закупка оборудования и мебели", "до 30.04.2027", "до 30.04.2028", "–", "Министерство"],
      ["2", "Региональный хакатон", "–", "март 2028", "март 2029", "Региональный центр"],
      ["3", "Оценка эффективности сети центров", "–", "–", "до 01.12.2029", "Министерство"],
    ];
    const g = grid(values, ["C2:E2", "A2:A3", "B2:B3", "F2:F3"]);
    const r = readRoadmaps(g).roadmaps[0]!;
    expect(r.rows.map((x) => x.fields.deadline?.addresses[0])).toEqual(["C4", "D5", "E6"]);
    const codes = checkSheet(g, { checkDate: "2026-12-10" }).reports.flatMap((x) =>
      x.findings.map((f) => f.code),
    );
    expect(codes).not.toContain("deadline-missing");
  });

  it("years over amounts are a funding table's, not deadlines", () => {
    const values: CellValue[][] = [
      ["Комплекс мер (дорожная карта) по созданию центров «Точка роста» на 2027–2029 годы"],
      ["№", "Мероприятие", "2027", "2028", "2029", "Ответственный"],
      ["1", "Закупка оборудования", "1 250,5", "980,0", "1 100,0", "Министерство"],
      ["2", "Ремонт помещений", "48215.3", "0", "0", "Министерство"],
    ];
    const r = readRoadmaps(grid(values)).roadmaps[0];
    expect(r?.columns.deadline).toBeUndefined();
  });

  it("a «2026/2027 учебный год» line over the rows is a year heading, not a measure", () => {
    const values: CellValue[][] = [
      [TITLE],
      ["№ п/п", "Наименование мероприятия", "Срок исполнения", "Ответственный", "Результат"],
      [null, "2026/2027 учебный год", null, null, null],
      ["1", "Назначение ответственного за создание центра", "до 29.12.2026", "Директор", "Приказ"],
      [null, "2027/2028 уч. год", null, null, null],
      ["2", "Открытие центра «Точка роста»", "до 01.09.2027", "Директор", "Приказ"],
    ];
    const r = readRoadmaps(grid(values)).roadmaps[0]!;
    expect(r.rows.map((x) => x.number)).toEqual(["1", "2"]);
    expect(r.skipped?.filter((x) => x.kind === "year-heading").map((x) => x.text)).toEqual([
      "2026/2027 учебный год",
      "2027/2028 уч. год",
    ]);
  });
});
