// A plan with a «Направление» column beside the measure column: the direction named on each row (or merged down over
// its rows) is the row's section, and the form's directions are matched by it, as by a heading row above them.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/grid";
import { checkSheet } from "../../../src/core/checks/sheet";
import { readRoadmaps } from "../../../src/core/reader";
import { grid } from "./layouts";

const TITLE =
  "Комплексный план мероприятий по организационно-методической поддержке центров «Точка роста» на 2026/2027 учебный год";
const HEADER = ["№ п/п", "Направление", "Мероприятие", "Срок проведения", "Ответственный", "Результат"];
// Direction titles as planners shorten them; the measures' own words do not name the form's directions.
const ROWS: [string, string, string][] = [
  ["Совместные мероприятия центров и школ", "Фестиваль «Научная осень»", "октябрь 2026 г."],
  ["Совместные мероприятия центров и школ", "Межшкольные практикумы по физике", "январь – март 2027 г."],
  [
    "Конференции, фестивали, форумы по обмену опытом",
    "Участие в «Точка роста: практики»",
    "до 20 мая 2027 г.",
  ],
  [
    "Участие в мероприятиях, организуемых Минпросвещения России и федеральным оператором",
    "Вебинары для руководителей",
    "в течение учебного года",
  ],
  ["Информационная кампания", "Публикации о работе центров на сайтах школ", "ежемесячно"],
  ["Сетевые программы", "Договоры о реализации программы «Химия в эксперименте»", "до 18 декабря 2026 г."],
  ["Наставничество", "«Ученик – ученик» в проектных группах", "в течение учебного года"],
  ["Профориентация", "Профпробы «Лаборант химического анализа»", "до 30 апреля 2027 г."],
  ["Проектная деятельность", "Конкурс «Первые шаги в науку»", "февраль 2027 г."],
  ["Поддержка школ с низкими результатами", "Методические десанты педагогов центров", "ноябрь 2026 г."],
  ["Демонстрация эффективного опыта", "Семинар «Цифровое оборудование на уроке»", "до 25 марта 2027 г."],
];

function sheet(merged: boolean): { values: CellValue[][]; merges: string[] } {
  const values: CellValue[][] = [[TITLE], HEADER];
  ROWS.forEach(([direction, measure, due], i) => {
    const repeat = merged && i > 0 && ROWS[i - 1]![0] === direction;
    values.push([
      String(i + 1),
      repeat ? null : direction,
      measure,
      due,
      "Методист ИМЦ",
      "Охват 40 обучающихся",
    ]);
  });
  return { values, merges: merged ? ["B3:B4"] : [] };
}

describe("a «Направление» column", () => {
  it.each([
    ["written on every row", false],
    ["merged down over a direction's rows", true],
  ])("%s: each row's direction is its section, and every direction of the form is covered", (_, merged) => {
    const { values, merges } = sheet(merged);
    const read = readRoadmaps(grid(values, merges));
    expect(read.roadmaps).toHaveLength(1);
    const r = read.roadmaps[0]!;
    expect(r.rows).toHaveLength(ROWS.length);
    expect(r.sections.map((s) => s.title)).toEqual([...new Set(ROWS.map((x) => x[0]))]);
    expect(r.rows[1]!.section).toBe(r.rows[0]!.section);
    const res = checkSheet(grid(values, merges), { checkDate: "2026-09-01" });
    const report = res.reports[0]!;
    expect(report.programme).toBe("complex-plan");
    expect(report.findings.filter((f) => f.severity !== "info").map((f) => `${f.code} ${f.itemId}`)).toEqual(
      [],
    );
  });

  it("a «Направление (по форме …)» column with the form's numbers in its cells, first in the table", () => {
    // No № column: the direction comes first, numbered as in the form, said once over its rows.
    const values: CellValue[][] = [
      [TITLE],
      [
        "Направление (по форме Минпросвещения России)",
        "Мероприятие",
        "Дата проведения",
        "Ответственный",
        "Результат",
      ],
    ];
    let last = "";
    ROWS.forEach(([direction, measure, due]) => {
      const n = [...new Set(ROWS.map((x) => x[0]))].indexOf(direction) + 1;
      values.push([
        direction === last ? "" : `${n}. ${direction}`,
        measure,
        due,
        "Методист ИМЦ",
        "Охват 40 обучающихся",
      ]);
      last = direction;
    });
    const r = readRoadmaps(grid(values)).roadmaps[0]!;
    expect(r.sections).toHaveLength(10);
    const res = checkSheet(grid(values), { checkDate: "2026-09-01" });
    expect(
      res.reports[0]!.findings.filter((f) => f.severity !== "info").map((f) => `${f.code} ${f.itemId}`),
    ).toEqual([]);
  });

  it("a «Направление, мероприятие» column is the measure column, not a direction", () => {
    const values: CellValue[][] = [
      [TITLE],
      ["№", "Направление, мероприятие", "Срок", "Ответственный"],
      ["1", "Фестиваль «Научная осень»", "октябрь 2026 г.", "Методист ИМЦ"],
    ];
    expect(readRoadmaps(grid(values)).roadmaps[0]!.sections).toEqual([]);
  });
});
