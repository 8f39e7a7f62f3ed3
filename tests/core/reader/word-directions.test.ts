// A plan whose directions put their word and number in the № cell («Направление 1.») and their title beside it
// (merged across the other columns or not): each is a section of the plan, not a measure without a deadline.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/grid";
import { checkSheet } from "../../../src/core/checks/sheet";
import { readRoadmaps } from "../../../src/core/reader";
import { grid } from "./layouts";

const TITLE =
  "Единый комплексный план мероприятий по организационно-методической поддержке центров «Точка роста», Школьных " +
  "Кванториумов, центра «IT-куб» на 2026/2027 учебный год";
const JOINT =
  "Проведение совместных мероприятий для обучающихся и педагогических работников центров и общеобразовательных организаций";
const PRACTICE = "Демонстрация эффективного опыта реализации программ общего и дополнительного образования";

const values: CellValue[][] = [
  [TITLE],
  ["№ п/п", "Наименование мероприятия", "Сроки проведения", "Ответственные", "Ожидаемый результат"],
  ["Направление 1.", JOINT, null, null, null],
  [
    "1.1",
    "Межмуниципальный турнир по робототехнике",
    "ноябрь 2026 г.",
    "Институт развития образования",
    "Справка",
  ],
  ["1.2", "Научно-практическая лаборатория для учителей", "март 2027 г.", "Руководители центров", "Отчет"],
  ["Раздел II", PRACTICE, null, null, null],
  [
    "2.1",
    "Региональный конкурс лучших практик центров",
    "до 25.05.2027",
    "Институт развития образования",
    "Приказ",
  ],
];

describe("directions written «Направление N.» in the № cell", () => {
  it.each([
    ["merged across", ["B3:E3", "B6:E6"]],
    ["not merged", []],
  ])("are sections, their rows its measures (%s)", (_, merges) => {
    const r = readRoadmaps(grid(values, merges)).roadmaps[0]!;
    expect(r.sections.map((s) => [s.number, s.title, s.address])).toEqual([
      ["1", JOINT, "B3"],
      ["2", PRACTICE, "B6"],
    ]);
    expect(r.rows.map((row) => [row.number, row.section])).toEqual([
      ["1.1", "1"],
      ["1.2", "1"],
      ["2.1", "2"],
    ]);
  });

  it("need no deadline, responsible or result of their own", () => {
    const { reports } = checkSheet(grid(values, ["B3:E3", "B6:E6"]), { checkDate: "2026-08-28" });
    const onDirections = reports[0]!.findings.filter(
      (f) => f.address !== null && /^[A-E](3|6)$/.test(f.address),
    );
    expect(onDirections.map((f) => f.code)).toEqual([]);
  });

  it("a school's block headed «Раздел 1 | МБОУ «… СОШ»» is no direction", () => {
    const r = readRoadmaps(
      grid([
        ["Комплекс мер (дорожная карта) по созданию центров «Точка роста» в 2027 году"],
        ["№", "Мероприятие", "Срок", "Ответственный"],
        ["Раздел 1", "МБОУ «Лесная средняя школа»", null, null],
        ["1.1", "Утверждение положения о центре", "до 1 марта 2027 г.", "Директор"],
      ]),
    ).roadmaps[0]!;
    expect(r.sections).toEqual([]);
  });
});

describe("directions lettered «Раздел А» in the № cell over «А.1», «А.2»", () => {
  it("are sections too, the lettered rows their measures", () => {
    const r = readRoadmaps(
      grid([
        [TITLE],
        ["№ п/п", "Наименование мероприятия", "Сроки проведения", "Ответственные"],
        ["Раздел А", JOINT, null, null],
        [
          "А.1",
          "Межмуниципальный турнир по робототехнике",
          "ноябрь 2026 г.",
          "Институт развития образования",
        ],
        ["Раздел Б", PRACTICE, null, null],
        [
          "Б.1",
          "Региональный конкурс лучших практик центров",
          "до 25.05.2027",
          "Институт развития образования",
        ],
      ]),
    ).roadmaps[0]!;
    expect(r.sections.map((s) => [s.number, s.title])).toEqual([
      ["А", JOINT],
      ["Б", PRACTICE],
    ]);
    expect(r.rows.map((row) => [row.number, row.section])).toEqual([
      ["А.1", "А"],
      ["Б.1", "Б"],
    ]);
  });
});

describe("«Направление 1: …» merged across, the number closed by a colon", () => {
  const colonValues: CellValue[][] = [
    [TITLE],
    ["№", "Наименование мероприятия", "Сроки", "Ответственный", "Информация о выполнении"],
    [`Направление 1: ${JOINT}`],
    [
      "1.",
      "Областной слёт юных исследователей",
      "19–20.11.2026",
      "Институт развития образования",
      "Проведён",
    ],
    [`Направление 10: ${PRACTICE}`],
    [
      "2.",
      "Фестиваль открытых уроков педагогов центров",
      "23.04.2027",
      "Институт развития образования",
      "Проведён",
    ],
  ];
  const merges = ["A1:E1", "A3:E3", "A5:E5"];

  it("each is a section with its number, not a measure", () => {
    const r = readRoadmaps(grid(colonValues, merges)).roadmaps[0]!;
    expect(r.sections.map((x) => x.number)).toEqual(["1", "10"]);
    expect(r.rows.map((x) => [x.number, x.section])).toEqual([
      ["1.", "1"],
      ["2.", "10"],
    ]);
  });

  it("a colon line without a section's word («Приложение 2: …») is no section", () => {
    const other = colonValues.map((row) => [...row]);
    other[2] = ["Приложение 2: перечень общеобразовательных организаций"];
    const r = readRoadmaps(grid(other, merges)).roadmaps[0]!;
    expect(r.sections.map((x) => x.number)).toEqual(["10"]);
  });
});
