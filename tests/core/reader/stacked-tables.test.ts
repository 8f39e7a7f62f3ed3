// Several roadmaps stacked on one sheet, each table with its own columns: the next table's header shares words with
// this one's («Мероприятие», «Ответственный») but names another field over one of its columns («№» over «Срок»), so
// it ends this table and opens the next, rather than being read as this header repeated at a page break.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/grid";
import { readRoadmaps } from "../../../src/core/reader";
import { grid } from "./layouts";

const values: CellValue[][] = [
  ["Комплекс мер (дорожная карта) области на 2027 год"],
  ["Раздел 1. Центры «Точка роста»"],
  ["Срок", "Мероприятие", "Ответственный"],
  ["24.12.2026", "Назначение ответственного должностного лица", "Министерство"],
  ["01.09.2027", "Открытие центров «Точка роста»", "Министерство"],
  [],
  ["Раздел 2. Школьные Кванториумы"],
  ["№", "Мероприятие", "Ответственный", "Результат", "Срок"],
  [1, "Утверждение должностного лица", "Министерство", "приказ", "25.12.2026"],
  [2, "Утверждение комплекса мер (дорожной карты)", "Министерство", "распоряжение", "25.12.2026"],
  [3, "Начало работы Школьного Кванториума", "Министерство", "приказ", "01.09.2027"],
];

describe("two roadmaps stacked on one sheet with different columns", () => {
  it("the second header opens a second roadmap with its own columns and rows", () => {
    const rs = readRoadmaps(grid(values)).roadmaps;
    expect(rs.map((r) => [r.programme.value, r.headerAddress])).toEqual([
      ["tochka-rosta", "A3"],
      ["kvantorium", "A8"],
    ]);
    expect(rs[0]!.rows.map((r) => r.sheetRows[0])).toEqual([4, 5]);
    expect(rs[1]!.rows.map((r) => [r.sheetRows[0], r.fields.deadline?.addresses[0]])).toEqual([
      [9, "E9"],
      [10, "E10"],
      [11, "E11"],
    ]);
  });

  it("a header repeated at a page break, the same fields over the same columns, still continues the table", () => {
    const repeated = [
      ...values.slice(0, 5),
      ["Срок", "Мероприятие", "Ответственный"],
      ["15.02.2027", "Объявление закупок", "Министерство"],
    ];
    const rs = readRoadmaps(grid(repeated)).roadmaps;
    expect(rs).toHaveLength(1);
    expect(rs[0]!.rows.map((r) => r.sheetRows[0])).toEqual([4, 5, 7]);
  });
});

describe("one roadmap printed in two parts, its title and header repeated over the second", () => {
  const TITLE = "Дорожная карта по созданию центров «Точка роста» в муниципальном районе";
  const HEAD = ["№ п/п", "Мероприятие", "Ответственный", "Результат", "Срок исполнения"];
  const parts = (second: number): CellValue[][] => [
    [TITLE],
    ["2026 год"],
    HEAD,
    [1, "Утверждение должностного лица", "Управление образования", "приказ", "24.12.2026"],
    [2, "Утверждение комплекса мер", "Управление образования", "приказ", "24.12.2026"],
    [],
    [TITLE],
    ["2027 год"],
    HEAD,
    [second, "Объявление закупок", "Управление образования", "извещения", "10.02.2027"],
    [second + 1, "Открытие центров", "Управление образования", "приказ", "01.09.2027"],
  ];

  it("the numbering going on (2, then 3) makes it one roadmap of both parts", () => {
    const rs = readRoadmaps(grid(parts(3), ["A1:E1", "A2:E2", "A7:E7", "A8:E8"])).roadmaps;
    expect(rs).toHaveLength(1);
    expect(rs[0]!.rows.map((r) => r.sheetRows[0])).toEqual([4, 5, 10, 11]);
  });

  it("numbering that starts again (1) is the next roadmap", () => {
    const rs = readRoadmaps(grid(parts(1), ["A1:E1", "A2:E2", "A7:E7", "A8:E8"])).roadmaps;
    expect(rs.map((r) => r.rows.map((x) => x.sheetRows[0]))).toEqual([
      [4, 5],
      [10, 11],
    ]);
  });
});

describe("a table of counts under the plan", () => {
  it("«Количество мероприятий по направлениям» over «Направление | Количество» ends the plan: its rows are no measures", () => {
    const values: CellValue[][] = [
      [
        "Единый комплексный план мероприятий по организационно-методической поддержке центров на 2026/2027 учебный год",
      ],
      ["№", "Мероприятие", "Срок", "Ответственный"],
      ["1.1", "Региональный турнир по робототехнике", "ноябрь 2026 г.", "ИРО"],
      ["1.2", "Фестиваль проектов", "март 2027 г.", "ИРО"],
      [],
      ["Количество мероприятий по направлениям"],
      ["Направление", "Количество"],
      [1, 2],
      [2, 2],
      ["Итого", 4],
    ];
    const r = readRoadmaps(grid(values, ["A1:D1", "A6:D6"])).roadmaps[0]!;
    expect(r.rows.map((x) => x.sheetRows[0])).toEqual([3, 4]);
  });
});

describe("a summary under the roadmap", () => {
  it("«Сводные сведения» over «Центр | Мест | Сумма, тыс. руб.» ends it: the centres' lines are no measures", () => {
    const values: CellValue[][] = [
      ["Комплекс мер по созданию центра «IT-куб» на 2027 год"],
      ["№", "Мероприятие", "Срок", "Ответственный", "Результат"],
      ["1.", "Назначение ответственного за создание центра", "25.12.2026", "директор", "приказ"],
      ["2.", "Открытие центра «IT-куб»", "15.09.2027", "директор", "приказ"],
      [],
      ["Сводные сведения"],
      ["Центр", "Мест", "Сумма, тыс. руб."],
      ["Предгорный ЦТТ", 480, 14200],
      ["Лицей № 7", 420, 13650],
    ];
    const r = readRoadmaps(grid(values)).roadmaps[0]!;
    expect(r.rows.map((x) => x.sheetRows[0])).toEqual([3, 4]);
  });

  it("«Справочно: …» over «Общеобразовательная организация | Ноутбуки | МФУ» ends it: that header is no measure", () => {
    // h173-cos-municipal-duplicate-delivery: the header row was read as a measure whose «срок» was «МФУ» (unreadable).
    const values: CellValue[][] = [
      ["Комплекс мер по внедрению цифровой образовательной среды на 2027 год"],
      ["№", "Мероприятие", "Ответственный", "Срок", "Примечание"],
      ["1.", "Объявление закупок оборудования", "Управление образования", "до 15.02.2027", ""],
      [
        "2.",
        "Мониторинг хода реализации мероприятий (ноябрь)",
        "Управление образования",
        "до 30.11.2027",
        "",
      ],
      [],
      ["Справочно: распределение оборудования по общеобразовательным организациям"],
      [null, "Общеобразовательная организация", "Ноутбуки", "МФУ", "Интерактивные панели"],
      [null, "МБОУ «Усть-Вельская СОШ № 1»", 25, 2, 1],
      [null, "МБОУ «Заборская ООШ»", 12, 1, 1],
    ];
    const r = readRoadmaps(grid(values)).roadmaps[0]!;
    expect(r.rows.map((x) => x.sheetRows[0])).toEqual([3, 4]);
  });
});

describe("programme parts headed «1. …», «2. …» over the same header printed again", () => {
  it("«2. Школьные Кванториумы» merged across over the repeated header heads a second roadmap", () => {
    const head = ["№", "Мероприятие", "Срок", "Ответственный", "Результат", "Отметка об исполнении"];
    const values: CellValue[][] = [
      ["Информация о ходе исполнения дорожных карт области по состоянию на 12.07.2027"],
      ["1. Центры «Точка роста»"],
      head,
      ["1", "Утверждение должностного лица", "22.12.2026", "Департамент", "приказ", "исполнено"],
      ["2", "Открытие центров «Точка роста»", "01.09.2027", "Департамент", "приказ", ""],
      ["2. Школьные Кванториумы"],
      head,
      ["1", "Утверждение должностного лица", "22.12.2026", "Департамент", "приказ", "исполнено"],
      ["2", "Начало работы Школьного Кванториума", "01.09.2027", "Департамент", "приказ", ""],
    ];
    const rs = readRoadmaps(grid(values, ["A1:F1", "A2:F2", "A6:F6"])).roadmaps;
    expect(rs.map((r) => [r.programme.value, r.rows.map((x) => x.sheetRows[0])])).toEqual([
      ["tochka-rosta", [4, 5]],
      ["kvantorium", [8, 9]],
    ]);
  });
});

describe("programme parts numbered in Roman figures, their items numbered 1.1 again in each", () => {
  it("«II. Школьные Кванториумы» and «III. Цифровая образовательная среда» stay two parts, two roadmaps", () => {
    const head = ["№ п/п", "Наименование мероприятия", "Срок исполнения", "Ответственный исполнитель"];
    const values: CellValue[][] = [
      [
        "Комплекс мер (дорожная карта) по созданию центров «Точка роста», школьных Кванториумов и ЦОС на 2027 год",
      ],
      ["I. Центры «Точка роста»"],
      head,
      ["1.1", "Утверждение должностного лица", "до 25 декабря 2026 г.", "Министерство"],
      ["2", "Начало работы центров «Точка роста»", "до 1 сентября 2027 г.", "Министерство"],
      ["II. Школьные Кванториумы"],
      head,
      ["1.1", "Назначение ответственного лица", "25.12.2026", "Министерство"],
      ["2", "Начало работы школьного Кванториума", "01.09.2027", "Министерство"],
      ["III. Цифровая образовательная среда"],
      head,
      ["1.1", "Утверждение должностного лица по внедрению ЦОС", "23.12.2026", "Министерство"],
      ["2", "Объявление закупок оборудования для ЦОС", "15.02.2027", "Министерство"],
    ];
    const rs = readRoadmaps(grid(values, ["A1:D1", "A2:D2", "A6:D6", "A10:D10"])).roadmaps;
    expect(rs.map((r) => [r.programme.value, r.rows.map((x) => x.sheetRows[0])])).toEqual([
      ["tochka-rosta", [4, 5]],
      ["kvantorium", [8, 9]],
      ["cos", [12, 13]],
    ]);
  });
});

describe("an indicators table under the roadmap", () => {
  it("«Показатели …» over «Центр | Обучающиеся, чел. | Программ, ед.» ends it: its caption and header are no measures", () => {
    // h179-itcube-region-start-end: the header row read as a step whose «срок» was «Программ …, ед.» (two false warnings).
    const values: CellValue[][] = [
      ["Комплекс мер по созданию центров «IT-куб» на 2027 год"],
      ["№", "Мероприятие", "Дата начала", "Дата окончания", "Ответственный", "Результат"],
      ["1", "Объявление закупок оборудования", "15.01.2027", "10.02.2027", "Директор", "Извещения"],
      ["2", "Торжественное открытие центра «IT-куб»", "01.09.2027", null, "Директор", "Информация в СМИ"],
      [],
      ["Показатели центров «IT-куб» на 2027 год"],
      [null, "Центр", "Обучающиеся, чел.", "Программ дополнительного образования, ед.", "Педагогов, чел."],
      [null, "МАОУ «Лицей № 2»", 400, 8, 7],
      [null, "Итого", 400, 8, 7],
    ];
    const r = readRoadmaps(grid(values)).roadmaps[0]!;
    expect(r.rows.map((x) => x.sheetRows[0])).toEqual([3, 4]);
  });
});
