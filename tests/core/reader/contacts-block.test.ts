// A block of the responsible people's contacts under the roadmap («III. Контактные данные ответственных», «Контактная
// информация», «Контакты исполнителей») ends the table: its rows («1 | Региональный координатор | … тел. …») are not
// measures, even when the heading is numbered like the plan's sections.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/grid";
import { checkSheet } from "../../../src/core/checks/sheet";
import { readRoadmaps } from "../../../src/core/reader";
import { grid } from "./layouts";

const TITLE =
  "Единый комплексный план мероприятий по организационно-методической поддержке центров «Точка роста», детских " +
  "технопарков «Кванториум» и центров «IT-куб» на 2025/2026 учебный год";

function plan(heading: string): { values: CellValue[][]; merges: string[] } {
  return {
    values: [
      [TITLE],
      ["№ п/п", "Мероприятия", "Сроки проведения", "Ответственный", "Результат"],
      ["I. Проведение совместных мероприятий для обучающихся и педагогических работников центров"],
      [
        "1.1",
        "Региональный турнир юных химиков",
        "ноябрь 2025 г.",
        "Институт развития образования",
        "Протокол",
      ],
      ["II. Демонстрация эффективного опыта реализации образовательных программ"],
      [
        "2.1",
        "Региональная выставка лучших практик центров",
        "до 20 марта 2026 г.",
        "Министерство",
        "Каталог",
      ],
      [heading],
      ["1", "Региональный координатор", null, "Бойко Н.С., тел. 8 (8452) 21-40-07", null],
      ["2", "Методист института развития образования", null, "Лосева Г.А., тел. 2-14-56", null],
    ],
    merges: ["A1:E1", "A3:E3", "A5:E5", "A7:E7"],
  };
}

describe("a contacts block under the roadmap", () => {
  for (const heading of [
    "III. Контактные данные ответственных",
    "Контактная информация ответственных лиц",
    "3. Контакты исполнителей",
  ])
    it(`«${heading}» ends the table`, () => {
      const { values, merges } = plan(heading);
      const r = readRoadmaps(grid(values, merges)).roadmaps[0]!;
      expect(r.rows.map((row) => row.number)).toEqual(["1.1", "2.1"]);
      expect(r.sections).toHaveLength(2);
    });

  it("«3. | Контактные данные ответственных» in the № and title cells, unmerged, ends the table too", () => {
    const { values, merges } = plan("");
    values.splice(6, 1, ["3.", "Контактные данные ответственных", null, null, null]);
    const r = readRoadmaps(grid(values, merges.slice(0, 3))).roadmaps[0]!;
    expect(r.rows.map((row) => row.number)).toEqual(["1.1", "2.1"]);
  });

  it("its rows get no deadline-missing or result-missing", () => {
    const { values, merges } = plan("III. Контактные данные ответственных");
    const { reports } = checkSheet(grid(values, merges), { checkDate: "2025-09-01" });
    const codes = reports[0]!.findings.map((f) => f.code);
    expect(codes).not.toContain("deadline-missing");
    expect(codes).not.toContain("result-missing");
  });

  it("a section and a measure about contacts are still read", () => {
    const { values, merges } = plan("III. Информационное сопровождение");
    values.splice(7, 2, [
      "3.1",
      "Размещение контактных данных центров на сайте министерства",
      "сентябрь 2025 г.",
      "Министерство",
      "Страница",
    ]);
    const r = readRoadmaps(grid(values, merges)).roadmaps[0]!;
    expect(r.rows.map((row) => row.number)).toEqual(["1.1", "2.1", "3.1"]);
    expect(r.sections.map((s) => s.title)).toContain("Информационное сопровождение");
  });
});
