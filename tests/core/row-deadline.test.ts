// A programme's own roadmap titled for a school year («на 2026/2027 учебный год») runs from that September: a day or
// month written without a year from September on falls in the school year's first year, as in the complex plan.
import { describe, expect, it } from "vitest";
import { checkSheet } from "../../src/core/checks/sheet";
import { readRoadmaps } from "../../src/core/reader";
import { rowDeadline } from "../../src/core/row-deadline";
import { grid } from "./reader/layouts";

function sheet(period: string) {
  return grid(
    [
      [`Дорожная карта по созданию центра «Точка роста» на базе МБОУ «Ключевская СОШ» ${period}`],
      ["№", "Мероприятие", "Срок", "Ответственный", "Результат"],
      ["1", "Приказ о назначении ответственного за создание центра", "до 15 декабря", "Директор", "Приказ"],
      ["2", "Утверждение дорожной карты", "до 15 декабря", "Директор", "Приказ"],
      ["3", "Разработка дизайн-проекта помещений центра", "январь", "Директор", "Дизайн-проект"],
      ["4", "Открытие центра", "1 сентября 2027 г.", "Директор", "Информация на сайте"],
    ],
    [],
  );
}

const dues = (period: string) => {
  const [roadmap] = readRoadmaps(sheet(period)).roadmaps;
  return roadmap!.rows.map((r) => rowDeadline(r.fields.deadline, roadmap!, roadmap!.year.value, null)?.due);
};

describe("a roadmap titled for a school year", () => {
  it("«на 2026/2027 учебный год»: December is 2026, January 2027", () => {
    expect(dues("на 2026/2027 учебный год")).toEqual([
      "2026-12-15",
      "2026-12-15",
      "2027-01-31",
      "2027-09-01",
    ]);
    const late = checkSheet(sheet("на 2026/2027 учебный год"), { checkDate: "2026-12-07" })
      .reports.flatMap((r) => r.findings)
      .filter((f) => f.code === "late-vs-template");
    expect(late).toEqual([]);
  });

  it("«на 2027 год» and «в 2027 году» stay calendar years: December is 2027", () => {
    expect(dues("на 2027 год")).toEqual(["2027-12-15", "2027-12-15", "2027-01-31", "2027-09-01"]);
  });
});

describe("a complex plan titled for a calendar year", () => {
  const plan = (period: string) =>
    grid(
      [
        [`Мероприятия центра «Точка роста» МБОУ «СОШ № 2» для единого комплексного плана ${period}`],
        ["Содержание работы", "Срок", "Ответственный", "Результат"],
        ["Профпробы на заводе для 8–9 классов", "октябрь", "Руководитель центра", "Отчёт"],
        ["Защита проектов учащихся", "до 25 мая", "Руководитель центра", "Отчёт"],
      ],
      [],
    );
  // The complex plan's form runs over a school year from September (planYearFrom = 9).
  const dues = (period: string) => {
    const [roadmap] = readRoadmaps(plan(period)).roadmaps;
    return roadmap!.rows.map((r) => rowDeadline(r.fields.deadline, roadmap!, roadmap!.year.value, 9)?.due);
  };

  it("«на 2027 год» runs January to December: «октябрь» is October 2027", () => {
    expect(dues("на 2027 год")).toEqual(["2027-10-31", "2027-05-25"]);
  });

  it("«на 2026/2027 учебный год» runs from September: «октябрь» is October 2026", () => {
    expect(dues("на 2026/2027 учебный год")).toEqual(["2026-10-31", "2027-05-25"]);
  });
});
