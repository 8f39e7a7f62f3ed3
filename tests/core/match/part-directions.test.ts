// A school's plan for the complex plan with no numbers: each direction is a short heading alone on its row
// («Наставничество», «Профориентация»), the events under it in their own words. The headings are the plan's
// directions, as numbered «Направление N» rows are; their events need not name the direction again.
import { describe, expect, it } from "vitest";
import { checkSheet } from "../../../src/core/checks/sheet";
import type { CellValue } from "../../../src/core/grid";
import { grid } from "../reader/layouts";

const PARTS: [string, string, string][] = [
  ["Совместные мероприятия", "Городской квест «Инженерные каникулы» для учащихся", "март"],
  ["Конференции и фестивали", "Участие в фестивале технического творчества «Техносфера»", "май"],
  [
    "Мероприятия Минпросвещения и федерального оператора",
    "Всероссийский форум центров, вебинары",
    "в течение года",
  ],
  ["Информационная кампания", "Видеоролик о центре, статьи в районной газете", "апрель"],
  ["Сетевые программы", "Программа «Робототехника» с МБОУ «СОШ № 4» (договор)", "до 1 сентября"],
  ["Наставничество", "Пары «студент – ученик» с политехническим колледжем", "сентябрь – декабрь"],
  ["Профориентация", "Профпробы на заводе для 8–9 классов", "ноябрь"],
  ["Проектная деятельность", "Защита проектов учащихся", "до 25 мая"],
  ["Поддержка школ с низкими результатами", "Выездные практикумы в МБОУ «СОШ № 6»", "февраль – апрель"],
  ["Демонстрация опыта", "Мастер-классы педагогов центра для учителей района", "октябрь"],
];

function sheet(parts: [string, string, string][]) {
  const rows: CellValue[][] = [
    [
      "Мероприятия центра «Точка роста» МБОУ «СОШ № 2» для единого комплексного плана на 2026/2027 учебный год",
    ],
    ["Содержание работы", "Срок", "Ответственный", "Результат"],
  ];
  const merges: string[] = [];
  for (const [heading, event, when] of parts) {
    rows.push([heading, null, null, null]);
    merges.push(`A${rows.length}:D${rows.length}`);
    rows.push([event, when, "Руководитель центра", "Отчёт"]);
  }
  return grid(rows, merges);
}

const missing = (parts: [string, string, string][]) =>
  checkSheet(sheet(parts), { checkDate: "2026-10-01" })
    .reports.flatMap((r) => r.findings)
    .filter((f) => f.code === "missing-item")
    .map((f) => f.itemId);

describe("a plan's directions written as short headings alone on their rows", () => {
  it("each heading covers its direction through the events under it", () => {
    expect(missing(PARTS)).toEqual([]);
  });

  it("a direction with no heading and no event naming it is still missing", () => {
    expect(missing(PARTS.filter(([h]) => h !== "Профориентация"))).toEqual(["career-guidance"]);
  });
});

describe("numbered direction headings over events numbered «1)», «2)» in each", () => {
  // «7.» | «Направление 7. Профориентация» over «1) Профпробы …»: the heading is the direction, its events restart at 1).
  function numbered(parts: [string, string, string][]) {
    const rows: CellValue[][] = [
      [
        "Комплексный план мероприятий по организационно-методической поддержке центров на 2026/2027 учебный год",
      ],
      ["№", "Наименование мероприятия", "Сроки", "Ответственный", "Ожидаемый результат"],
    ];
    parts.forEach(([heading, event, when], i) => {
      rows.push([`${i + 1}.`, `Направление ${i + 1}. ${heading}`, null, null, null]);
      rows.push(["1)", event, when, "Институт развития образования", "Отчёт"]);
    });
    return grid(rows, []);
  }
  const missingIn = (parts: [string, string, string][]) =>
    checkSheet(numbered(parts), { checkDate: "2026-08-20" })
      .reports.flatMap((r) => r.findings)
      .filter((f) => f.code === "missing-item")
      .map((f) => f.itemId);

  it("each heading covers its direction through the events under it", () => {
    expect(missingIn(PARTS)).toEqual([]);
  });

  it("a direction left out is still missing", () => {
    expect(missingIn(PARTS.filter(([h]) => h !== "Профориентация"))).toEqual(["career-guidance"]);
  });
});
