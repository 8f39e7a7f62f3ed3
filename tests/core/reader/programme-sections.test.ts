// Sections under one shared header that each name another programme («Раздел I. … школьного Кванториума», «Раздел
// II. … цифровой образовательной среды») are two roadmaps, each checked against its own form — not one roadmap whose
// second half looks like duplicates of the first.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/grid";
import { checkSheet } from "../../../src/core/checks/sheet";
import { readRoadmaps } from "../../../src/core/reader";
import { grid } from "./layouts";

function sheet(second: string): { values: CellValue[][]; merges: string[] } {
  return {
    values: [
      ["Дорожная карта реализации мероприятий региональных проектов в системе образования на 2027 год"],
      ["№", "Мероприятие", "Срок", "Ответственный", "Результат"],
      ["Раздел I. Создание и функционирование школьного Кванториума на базе МБОУ «СОШ № 1»"],
      [
        "1.1",
        "Утверждение дорожной карты по школьным Кванториумам",
        "до 29.12.2026",
        "Лыкова Е.Ф.",
        "распоряжение",
      ],
      ["1.2", "Размещение извещений о закупках оборудования", "до 15.02.2027", "Лыкова Е.Ф.", "извещения"],
      ["1.3", "Начало работы школьного Кванториума", "до 15.09.2027", "Лыкова Е.Ф.", "приказ"],
      [second],
      ["2.1", "Согласование и утверждение перечня школ", "до 29.12.2026", "Сёмин В.О.", "перечень"],
      ["2.2", "Объявление закупок оборудования", "до 15.02.2027", "Сёмин В.О.", "извещения"],
      ["2.3", "Мониторинг хода реализации мероприятий", "до 30.11.2027", "Сёмин В.О.", "справка"],
    ],
    merges: ["A1:E1", "A3:E3", "A7:E7"],
  };
}

describe("sections naming different programmes under one header", () => {
  it("are one roadmap per programme, each with its section's rows", () => {
    const { values, merges } = sheet(
      "Раздел II. Обновление МТБ в целях внедрения цифровой образовательной среды",
    );
    const rs = readRoadmaps(grid(values, merges)).roadmaps;
    expect(rs.map((r) => r.programme.value)).toEqual(["kvantorium", "cos"]);
    expect(rs.map((r) => r.rows.flatMap((row) => row.sheetRows))).toEqual([
      [4, 5, 6],
      [8, 9, 10],
    ]);
    expect(new Set(rs.map((r) => r.id)).size).toBe(2);
  });

  it("the second programme's procurement is no duplicate of the first's", () => {
    const { values, merges } = sheet("Раздел II. Обновление МТБ в целях внедрения ЦОС");
    const { reports } = checkSheet(grid(values, merges), { checkDate: "2026-12-14" });
    expect(reports.flatMap((r) => r.findings.map((f) => f.code))).not.toContain("duplicate-item");
  });

  it("a second section that names no programme stays in the one roadmap", () => {
    const { values, merges } = sheet("Раздел II. Оснащение и начало работы");
    const rs = readRoadmaps(grid(values, merges)).roadmaps;
    expect(rs).toHaveLength(1);
    expect(rs[0]!.rows).toHaveLength(6);
  });
});

describe("a programme's heading over the header and another programme's section further down", () => {
  // «I. …Кванториум» sits above the shared header, so the Кванториум rows have no section of their own.
  const values: CellValue[][] = [
    ["Комплексы мер («дорожные карты») в общеобразовательных организациях области на 2027 год"],
    [],
    ["I. Школьные технопарки «Кванториум»"],
    ["№", "Мероприятие", "Ответственный", "Результат", "Срок"],
    [
      "1",
      "Утверждение дорожной карты по школьным Кванториумам",
      "Министерство",
      "Распоряжение",
      "25.12.2026",
    ],
    ["2", "Объявление закупок для школьных Кванториумов", "Министерство", "Извещения", "12.02.2027"],
    [],
    ["II. Центры «Точка роста»"],
    ["№", "Мероприятие", "Ответственный", "Результат", "Срок"],
    [
      "1",
      "Утверждение дорожной карты по Центрам «Точка роста»",
      "Министерство",
      "Распоряжение",
      "25.12.2026",
    ],
    ["2", "Объявление закупок для Центров «Точка роста»", "Министерство", "Извещения", "12.02.2027"],
  ];
  it("are two roadmaps: the rows before the section are the heading's programme", () => {
    const rs = readRoadmaps(grid(values, ["A1:E1", "A3:E3", "A8:E8"])).roadmaps;
    expect(rs.map((r) => r.programme.value)).toEqual(["kvantorium", "tochka-rosta"]);
    expect(rs.map((r) => r.rows.flatMap((row) => row.sheetRows))).toEqual([
      [5, 6],
      [10, 11],
    ]);
  });
});

describe("a «Направление» column alternating two programmes row by row", () => {
  it("makes one roadmap per programme, not one per change of programme", () => {
    const values: CellValue[][] = [
      ["Дорожная карта реализации в 2027 году мероприятий по созданию центров"],
      ["№", "Направление", "Мероприятие", "Срок", "Ответственный", "Результат"],
      ["1", "Центры «Точка роста»", "Назначение ответственного лица", "до 29.12.2026", "УО", "Постановление"],
      [
        "2",
        "Мобильный технопарк «Кванториум»",
        "Назначение ответственного",
        "до 29.12.2026",
        "УО",
        "Постановление",
      ],
      [
        "3",
        "Центры «Точка роста»",
        "Инфраструктурные листы",
        "по графику федерального оператора",
        "УО",
        "Лист",
      ],
      [
        "4",
        "Мобильный технопарк «Кванториум»",
        "Инфраструктурный лист",
        "по графику федерального оператора",
        "УО",
        "Лист",
      ],
    ];
    const rs = readRoadmaps(grid(values, [])).roadmaps;
    expect(rs.map((r) => [r.programme.value, r.rows.map((x) => x.number)])).toEqual([
      ["tochka-rosta", ["1", "3"]],
      ["kvantorium", ["2", "4"]],
    ]);
  });
});

describe("a section of common steps above the programmes' sections", () => {
  // «1. Общие мероприятия (для всех направлений)» over steps written once for every programme (h145-…-common-block).
  const values: CellValue[][] = [
    ["Дорожная карта реализации мероприятий региональных проектов в системе образования на 2027 год"],
    ["№", "Мероприятие", "Срок", "Ответственный", "Результат"],
    ["1. Общие мероприятия (для всех направлений)"],
    [
      "1.1",
      "Утверждение должностных лиц, ответственных за создание центров",
      "до 29.12.2026",
      "Лыкова Е.Ф.",
      "приказ",
    ],
    ["1.2", "Объявление закупок оборудования", "до 15.02.2027", "Лыкова Е.Ф.", "извещения"],
    ["2. Школьные Кванториумы"],
    ["2.1", "Начало работы школьного Кванториума", "до 15.09.2027", "Лыкова Е.Ф.", "приказ"],
    ["3. Цифровая образовательная среда"],
    ["3.1", "Мониторинг хода реализации мероприятий", "до 30.11.2027", "Сёмин В.О.", "справка"],
  ];
  const merges = ["A1:E1", "A3:E3", "A6:E6", "A8:E8"];

  it("its rows are every programme's", () => {
    const rs = readRoadmaps(grid(values, merges)).roadmaps;
    expect(rs.map((r) => [r.programme.value, r.rows.flatMap((row) => row.sheetRows)])).toEqual([
      ["kvantorium", [4, 5, 7]],
      ["cos", [4, 5, 9]],
    ]);
    expect(rs.map((r) => r.rows.map((x) => x.index))).toEqual([
      [0, 1, 2],
      [0, 1, 2],
    ]);
  });

  // The centred corpus variant (h147-tr-kv-cos-sections-region): the headings centred across the row, not merged,
  // an unnumbered common heading alone in the № cell over steps numbered «1.», «2.».
  it.each([
    ["numbered", values],
    [
      "unnumbered",
      values.map((v, i) =>
        i === 2
          ? ["Общие мероприятия (для всех направлений)"]
          : i === 3 || i === 4
            ? [`${i - 2}.`, ...v.slice(1)]
            : v,
      ),
    ],
  ])("%s, centred instead of merged: its rows are every programme's", (_, rows) => {
    const rs = readRoadmaps(grid(rows, [])).roadmaps;
    expect(rs.map((r) => [r.programme.value, r.rows.flatMap((row) => row.sheetRows)])).toEqual([
      ["kvantorium", [4, 5, 7]],
      ["cos", [4, 5, 9]],
    ]);
  });

  it("a first section that names no programme and is not common stays with the first programme", () => {
    const own = values.map((v, i) => (i === 2 ? ["1. Подготовительный этап"] : v));
    const rs = readRoadmaps(grid(own, merges)).roadmaps;
    expect(rs.map((r) => r.rows.flatMap((row) => row.sheetRows))).toEqual([[4, 5, 7], [9]]);
  });
});

describe("a «Направление» column naming each row's programmes", () => {
  // «все направления» for every programme, «Точка роста, Кванториум» for both (h145-multi-region-2027-programme-column).
  const values: CellValue[][] = [
    [
      "Комплекс мер (дорожная карта) по созданию центров «Точка роста», Школьных Кванториумов и внедрению ЦОС на 2027 год",
    ],
    ["№", "Наименование мероприятия", "Направление", "Срок", "Ответственный"],
    ["1", "Утверждение должностного лица", "все направления", "до 29.12.2026", "Варенцова Л.П."],
    [
      "2",
      "Утверждение перечня общеобразовательных организаций",
      "Точка роста",
      "до 29.12.2026",
      "Варенцова Л.П.",
    ],
    ["3", "Утверждение реестра образовательных организаций", "Кванториум", "до 29.12.2026", "Варенцова Л.П."],
    ["4", "Согласование перечня образовательных организаций", "ЦОС", "до 29.12.2026", "Глинский Р.Т."],
    [
      "5",
      "Сформирован проект дизайна и зонирования помещений",
      "Точка роста, Кванториум",
      "до 01.02.2027",
      "Варенцова Л.П.",
    ],
    ["6", "Объявлены закупки товаров, работ, услуг", "все направления", "до 13.02.2027", "Глинский Р.Т."],
  ];

  it("a row for all goes to every programme, a row for two to both", () => {
    const rs = readRoadmaps(grid(values, ["A1:E1"])).roadmaps;
    expect(rs.map((r) => [r.programme.value, r.rows.flatMap((row) => row.sheetRows)])).toEqual([
      ["tochka-rosta", [3, 4, 7, 8]],
      ["kvantorium", [3, 5, 7, 8]],
      ["cos", [3, 6, 8]],
    ]);
  });
});
