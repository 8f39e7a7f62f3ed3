// A school's complex-plan share with the date column first and no № column: each direction is «N) …» alone in the
// first cell of its row (not merged), over the events dated in that column. The heading is a section, not a measure
// whose «deadline» is the direction's name.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/grid";
import { checkSheet } from "../../../src/core/checks/sheet";
import { readRoadmaps } from "../../../src/core/reader";
import { grid } from "./layouts";

const DIRECTIONS: [string, string, string][] = [
  ["1) Совместные мероприятия для обучающихся и педагогов", "25.09.2026", "Открытие учебного года в центре"],
  ["2) Конференции, фестивали, форумы", "16.04.2027", "Участие в муниципальном фестивале центров района"],
  ["3) Мероприятия Минпросвещения России и федерального оператора", "в течение учебного года", "Вебинары ФО"],
  ["4) Информационные кампании", "01.10.2026", "Публикация плана работы центра на сайте школы"],
  [
    "5) Сетевые образовательные программы",
    "01.02.2027 – 30.04.2027",
    "Сетевая программа «Практическая биология»",
  ],
  ["6) Наставничество", "20.10.2026", "Закрепление наставников за обучающимися"],
  ["7) Профориентация", "12.03.2027", "Встреча с выпускниками — студентами колледжа"],
  ["8) Проектная деятельность", "09.04.2027", "Школьная конференция проектов"],
  ["9) Поддержка обучающихся с низкими результатами", "27.11.2026", "Консультации по химии для 9 классов"],
  [
    "10) Демонстрация эффективного опыта",
    "24.03.2027",
    "Открытые уроки педагогов центра для учителей района",
  ],
];

function sheet(): CellValue[][] {
  const rows: CellValue[][] = [
    ["План мероприятий центра «Точка роста» МКОУ «Борисовская СОШ» на 2026/2027 учебный год"],
    ["Дата проведения", "Мероприятие", "Ответственный", "Результат"],
  ];
  for (const [heading, date, event] of DIRECTIONS) {
    rows.push([heading]);
    rows.push([date, event, "Руководитель центра", "Отчёт"]);
  }
  return rows;
}

describe("directions «N) …» alone in the date column of a plan with no № column", () => {
  it("are sections over their events, and no direction is missing", () => {
    const [roadmap] = readRoadmaps(grid(sheet(), [])).roadmaps;
    expect(roadmap!.sections.map((x) => x.number)).toEqual(DIRECTIONS.map((_, i) => String(i + 1)));
    expect(roadmap!.rows).toHaveLength(DIRECTIONS.length);
    const found = checkSheet(grid(sheet(), []), { checkDate: "2026-09-10" })
      .reports.flatMap((r) => r.findings)
      .filter((f) => f.severity !== "info")
      .map((f) => `${f.code} ${f.address}`);
    expect(found).toEqual([]);
  });
});
