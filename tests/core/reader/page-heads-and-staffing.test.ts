// Three things planners' sheets hold between or under the roadmap rows: a page's running head before the header
// repeated at a page break, a staffing table or a course schedule below, and column numbers right of a leading direction column.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/grid";
import { readRoadmaps } from "../../../src/core/reader";
import { grid } from "./layouts";

const head: CellValue[] = ["№", "Мероприятие", "Срок", "Ответственный", "Результат"];
const row = (n: number, title: string, due: string): CellValue[] => [
  `${n}.`,
  title,
  due,
  "Министерство",
  "Приказ",
];
const numbers = (rows: CellValue[][]) => readRoadmaps(grid(rows, [])).roadmaps[0]!.rows.map((r) => r.number);

describe("rows that are not measures", () => {
  it("«Приложение к распоряжению … | стр. 2» over a repeated header is a running head, not a measure", () => {
    const rows: CellValue[][] = [
      ["Комплекс мер («дорожная карта») по созданию центров «Точка роста» на 2027 год"],
      head,
      row(1, "Назначение ответственного должностного лица", "до 29.12.2026"),
      ["Приложение к распоряжению от 01.12.2026 № 540-рп", null, "стр. 2", null, null],
      head,
      row(2, "Объявление закупок", "до 15.02.2027"),
    ];
    expect(numbers(rows)).toEqual(["1.", "2."]);
  });

  it.each([
    ["Страница 2"],
    ["Страница 2 из 3"],
    ["стр. 2 из 3"],
    ["Page 2 of 3"],
    // h194-kv-region-2027-word-colnums: a Word table's page number alone in the № cell read as a step «2».
    ["2"],
    // h194-tr-region-2027-word-pages: the page number over the next page's running head.
    ["3", "Продолжение приложения"],
    // h218-kv-municipal-no-design-empty-resp: «Приложение 2 к постановлению …» (its number without «№») read as no
    // running head: the page number joined the deadline above, a false overdue warning.
    ["2", "Приложение 2 к постановлению от 03.12.2026 № 1318"],
  ])(
    "«%s» over a repeated header is a page number: the row broken across the page continues",
    (page, runningHead?: string) => {
      const rows: CellValue[][] = [
        ["Комплекс мер («дорожная карта») по созданию центров «Точка роста» на 2027 год"],
        head,
        row(1, "Назначение ответственного должностного лица", "до 29.12.2026"),
        [
          "2.",
          "Объявление закупок на проведение ремонта кабинетов и",
          "12.02.2027",
          "Сычёв П.П.",
          "Извещения",
        ],
        [page, null, null, null, null],
        ...(runningHead === undefined ? [] : [[null, null, null, null, runningHead]]),
        head,
        [null, "приобретение мебели", null, "Фомина Е.Е.", "в ЕИС"],
        row(3, "Информационная справка", "30.06.2027"),
      ];
      const r = readRoadmaps(grid(rows, [])).roadmaps[0]!;
      expect(r.rows.map((x) => x.number)).toEqual(["1.", "2.", "3."]);
      expect(r.rows[1]!.sheetRows).toEqual([4, runningHead === undefined ? 7 : 8]);
    },
  );

  it("«Страница 2 из 2» centred under the deadline column is a page number too: an empty deadline stays empty", () => {
    const rows: CellValue[][] = [
      ["Комплекс мер («дорожная карта») по созданию центров «Точка роста» на 2027 год"],
      head,
      row(1, "Назначение ответственного должностного лица", "до 29.12.2026"),
      ["2.", "Объявление закупок", null, "Сычёв П.П.", "Извещения"],
      [null, null, "Страница 2 из 2", null, null],
      head,
      row(3, "Информационная справка", "30.06.2027"),
    ];
    const r = readRoadmaps(grid(rows, [])).roadmaps[0]!;
    expect(r.rows.map((x) => [x.number, x.fields.deadline?.text ?? null])).toEqual([
      ["1.", "до 29.12.2026"],
      ["2.", null],
      ["3.", "30.06.2027"],
    ]);
  });

  it("a staffing table below («Должность | Количество ставок | Срок укомплектования») ends the roadmap", () => {
    const rows: CellValue[][] = [
      ["Комплекс мер («дорожная карта») по созданию школьного Кванториума на 2027 год"],
      head,
      row(1, "Назначение ответственного должностного лица", "до 29.12.2026"),
      row(2, "Открытие Кванториума", "01.09.2027"),
      [],
      ["Кадровое обеспечение"],
      ["Должность", "Количество ставок", "Срок укомплектования"],
      ["Педагог дополнительного образования", "4", "до 01.08.2027"],
    ];
    expect(numbers(rows)).toEqual(["1.", "2."]);
  });

  it("a teachers' course schedule below («№ | ФИО педагога | Предмет | Сроки курсов») ends the roadmap", () => {
    const rows: CellValue[][] = [
      ["Дорожная карта создания центра «Точка роста» на 2027 год"],
      head,
      row(1, "Назначение руководителя центра", "до 20.12.2026"),
      row(2, "Открытие центра", "01.09.2027"),
      [],
      [null, "График курсовой подготовки педагогов центра"],
      ["№", "ФИО педагога", "Предмет", "Сроки курсов", "Организатор"],
      ["1", "Лаптев Д.И.", "физика", "15.03.2027 – 02.04.2027", "ФО"],
      ["2", "Сорокина Т.А.", "химия, биология", "октябрь 2027", "ИРО"],
    ];
    expect(numbers(rows)).toEqual(["1.", "2."]);
  });

  it("column numbers «2 | 3 | 4 …» right of a direction column numbered «1» are no measure", () => {
    const rows: CellValue[][] = [
      ["Муниципальный единый комплексный план организационно-методической поддержки на 2027 год"],
      [],
      ["Направление", "№", "Мероприятие", "Дата проведения", "Ответственный"],
      ["1", "2", "3", "4", "5"],
      ["Совместные мероприятия", "1", "Межшкольный турнир по робототехнике", "12.02.2027", "Смирнягин О.Л."],
      [
        "Конференции, фестивали, форумы",
        "2",
        "Районный фестиваль «Юные исследователи»",
        "16.04.2027",
        "Лобанова Г.Е.",
      ],
    ];
    const r = readRoadmaps(grid(rows, [])).roadmaps[0]!;
    expect(r.rows.map((x) => x.fields.title?.text)).toEqual([
      "Межшкольный турнир по робототехнике",
      "Районный фестиваль «Юные исследователи»",
    ]);
  });
});
