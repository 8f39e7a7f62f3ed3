// Captions centred across the row instead of merged (the corpus variant «centred»): each read as when merged.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/grid";
import { readRoadmaps } from "../../../src/core/reader";
import { grid } from "./layouts";

const read = (values: CellValue[][]) => readRoadmaps(grid(values)).roadmaps;
const HEAD = ["№", "Мероприятие", "Срок", "Ответственный", "Результат"];
const step = (n: string, title: string, due = "01.09.2027"): CellValue[] => [
  n,
  title,
  due,
  "Директор",
  "Приказ",
];

describe("section headings alone in the № cell", () => {
  it("«Общие мероприятия (региональный уровень)» over unnumbered whole steps heads them, takes none of them", () => {
    // h125-kv-region-two-schools centred: the five common steps were read as one step's wrapped lines.
    const values: CellValue[][] = [
      ["Комплекс мер по созданию Школьных Кванториумов в 2027 году"],
      HEAD,
      ["Общие мероприятия (региональный уровень)"],
      [null, "Утверждение должностного лица", "29.12.2026", "Департамент", "Приказ"],
      [null, "Утверждение комплекса мер", "29.12.2026", "Департамент", "Приказ"],
      ["1. МБОУ «Гимназия № 3»"],
      step("1.1", "Объявление закупок"),
      step("1.2", "Начало работы Школьного Кванториума"),
    ];
    const [r] = read(values);
    expect(r!.rows.map((x) => x.sheetRows[0])).toEqual([4, 5, 7, 8]);
  });

  it("a programme's name alone in the № cell over numbered steps parts the sheet per programme", () => {
    // h161-tr-kv-cos-region-progress-sep2027-sections centred: one roadmap of 42 steps, two programmes not found.
    const values: CellValue[][] = [
      ["Отчёт об исполнении комплексов мер на 2027 год"],
      HEAD,
      ["Центры образования естественно-научной и технологической направленностей «Точка роста»"],
      step("1", "Утверждение должностного лица"),
      step("2", "Начало работы центров"),
      ["Детские технопарки «Кванториум» на базе общеобразовательных организаций"],
      step("3", "Утверждение должностного лица"),
      step("4", "Начало работы Школьных Кванториумов"),
    ];
    expect(read(values).map((r) => [r.programme.value, r.rows.length])).toEqual([
      ["tochka-rosta", 2],
      ["kvantorium", 2],
    ]);
  });
});

describe("an organisation's caption alone on its row", () => {
  const blocks = (first: string, second: string): CellValue[][] => [
    ["Сводный комплекс мер «IT-куб» на 2027 год"],
    HEAD,
    [first],
    step("2.1", "Объявление закупок"),
    step("2.2", "Открытие центра «IT-куб»"),
    [second],
    step("3.1", "Объявление закупок"),
    step("3.2", "Открытие центра «IT-куб»"),
  ];

  it.each([
    ["2. г. Краснолесск — центр «IT-куб» на базе МАОУ «Лицей № 12»", "3. город Старомостовск"],
    ["2. городской округ Красноборск", "3. Ясеневский муниципальный округ"],
  ])("«%s» and «%s» each head a block: a town's or municipality's kind in lower case first", (a, b) => {
    // h189-itcube-region-two-centres, h186-tr-region-mo-blocks, h186-itcube-region-city-blocks centred.
    expect(read(blocks(a, b)).map((r) => [r.organisation, r.rows.length])).toEqual([
      [a.slice(3), 2],
      [b.slice(3), 2],
    ]);
  });

  it("«08 — Ивняковский муниципальный округ»: a municipality after its code heads its block", () => {
    // h193-tr-region-mo-duplicate centred: both municipalities' blocks read as one roadmap.
    const rs = read(
      blocks("08 — Ивняковский муниципальный округ", "14 — Тростниковский муниципальный район"),
    );
    expect(rs.map((r) => r.rows.length)).toEqual([2, 2]);
    expect(rs[1]!.organisation).toContain("Тростниковский муниципальный район");
  });

  it("«II. МБОУ «…»» over its first direction's heading heads the school's block", () => {
    // h179-complex-plan-school-blocks-missing-direction centred.
    const values: CellValue[][] = [
      [
        "Комплексный план мероприятий по организационно-методической поддержке центров на 2026/2027 учебный год",
      ],
      HEAD,
      ["II. МБОУ «Бережковская СОШ»"],
      ["Направление 1. Совместные мероприятия для обучающихся и педагогов"],
      step("1.1", "Фестиваль для обучающихся"),
      ["III. МКОУ «Липовская ООШ»"],
      ["Направление 1. Совместные мероприятия для обучающихся и педагогов"],
      step("1.1", "Фестиваль для обучающихся"),
    ];
    expect(read(values).map((r) => r.organisation)).toEqual([
      "МБОУ «Бережковская СОШ»",
      "МКОУ «Липовская ООШ»",
    ]);
  });

  it("with no № column, «МКОУ «…»» alone in the title cell over a dated step heads the school's block", () => {
    // h54-cos-district-two-schools centred: one roadmap, every step of the second school a duplicate.
    const values: CellValue[][] = [
      ["План-график внедрения цифровой образовательной среды на 2027 год"],
      ["Мероприятие", "Срок", "Ответственный"],
      ["МКОУ «Дубравинская СОШ»"],
      ["Назначение ответственного за внедрение ЦОС", "до 15.12.2026", "директор школы"],
      ["Объявление закупок оборудования", "до 12.02.2027", "отдел образования"],
      ["МКОУ «Ракитянская ООШ»"],
      ["Назначение ответственного за внедрение ЦОС", "до 15.12.2026", "директор школы"],
      ["Объявление закупок оборудования", "до 12.02.2027", "отдел образования"],
    ];
    expect(read(values).map((r) => [r.organisation, r.rows.length])).toEqual([
      ["МКОУ «Дубравинская СОШ»", 2],
      ["МКОУ «Ракитянская ООШ»", 2],
    ]);
  });
});

describe("one programme's caption over the header printed again", () => {
  it("«2. Школьные Кванториумы» over the header again opens that programme's roadmap, merged across or not", () => {
    // h72-tr-kv-progress-jul2027 centred: the Кванториум roadmap read as the Точка роста one's duplicates.
    const values: CellValue[][] = [
      ["Информация о ходе исполнения дорожных карт на 12.07.2027"],
      ["1. Центры «Точка роста»"],
      HEAD,
      step("1", "Утверждение должностного лица"),
      step("2", "Начало работы центров"),
      [],
      ["2. Школьные Кванториумы"],
      HEAD,
      step("1", "Утверждение должностного лица"),
      step("2", "Начало работы Школьных Кванториумов"),
    ];
    expect(read(values).map((r) => [r.programme.value, r.rows.length])).toEqual([
      ["tochka-rosta", 2],
      ["kvantorium", 2],
    ]);
  });
});

describe("a complex plan's directions in capitals alone in the № cell", () => {
  it("head their events, as when merged across", () => {
    // h24-complex-plan-dec2026-progress centred: the first direction's events read as nobody's, the direction missing.
    const values: CellValue[][] = [
      ["Информация об исполнении Единого комплексного плана мероприятий на 2026/2027 учебный год"],
      HEAD,
      ["ОРГАНИЗАЦИЯ И ПРОВЕДЕНИЕ СОВМЕСТНЫХ МЕРОПРИЯТИЙ ДЛЯ ОБУЧАЮЩИХСЯ И ПЕДАГОГИЧЕСКИХ РАБОТНИКОВ"],
      step("1.", "Краевая неделя естественно-научной грамотности"),
      ["ПРОВЕДЕНИЕ КОНФЕРЕНЦИЙ, ФЕСТИВАЛЕЙ, ФОРУМОВ, СЕМИНАРОВ"],
      step("2.", "Краевой форум «Инфраструктура будущего»"),
    ];
    const [r] = read(values);
    expect(r!.sections.map((x) => x.title.slice(0, 24))).toEqual([
      "ОРГАНИЗАЦИЯ И ПРОВЕДЕНИЕ",
      "ПРОВЕДЕНИЕ КОНФЕРЕНЦИЙ, ",
    ]);
    expect(r!.rows.map((x) => x.sheetRows[0])).toEqual([4, 6]);
  });
});

describe("a complex plan's numbered directions in the first cell of a table whose № column is last", () => {
  it("head their events, not the responsible cell of the event above", () => {
    // h76-complex-plan-municipal-order-planted centred: «2. Конференции…» read as the wrapped tail of step 1's
    // responsible, the direction «3. Мероприятия Минпросвещения…» lost and its event unmatched.
    const ev = (n: string, title: string): CellValue[] => [
      "Управление образования",
      title,
      "май 2027 г.",
      "Отчёт",
      n,
    ];
    const values: CellValue[][] = [
      [
        "Комплексный план организационно-методической поддержки центров «Точка роста» на 2026/2027 учебный год",
      ],
      ["Ответственный", "Мероприятие", "Срок", "Результат", "№"],
      ["1. Совместные мероприятия центров и школ"],
      ev("1", "Совместная неделя центров и школ округа"),
      ["2. Конференции, фестивали, форумы"],
      ev("2", "Муниципальный форум центров"),
    ];
    const [r] = read(values);
    expect(r!.sections.map((x) => [x.number, x.address])).toEqual([
      ["1", "A3"],
      ["2", "A5"],
    ]);
    expect(r!.rows.map((x) => [x.sheetRows, x.fields.responsible?.text])).toEqual([
      [[4], "Управление образования"],
      [[6], "Управление образования"],
    ]);
  });
});
