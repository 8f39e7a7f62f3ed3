// A complex plan whose directions are plain «N. | direction» rows (every other cell empty, nothing merged) over rows
// numbered N.1, N.2: each direction is a section of the plan, as when it is merged across, so the matcher takes the
// direction by its own words even when its one measure is worded the region's way.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/grid";
import { checkSheet } from "../../../src/core/checks/sheet";
import { readRoadmaps } from "../../../src/core/reader";
import { grid } from "./layouts";

const TITLE =
  "Единый комплексный план мероприятий по организационно-методической поддержке центров «Точка роста», детских " +
  "технопарков «Кванториум» и центров «IT-куб» на 2025/2026 учебный год";

const values: CellValue[][] = [
  [TITLE],
  ["№", "Мероприятие", "Срок", "Ответственный"],
  ["1.", "Проведение совместных мероприятий для обучающихся и педагогических работников центров", null, null],
  ["1.1.", "Региональные соревнования по робототехнике", "ноябрь 2025 г.", "Институт развития образования"],
  ["1.2.", "Областной слёт юных исследователей", "март 2026 г.", "Институт развития образования"],
  [
    "2.",
    "Демонстрация эффективного опыта реализации программ общего и дополнительного образования",
    null,
    null,
  ],
  [
    "2.1.",
    "Региональная выставка лучших практик центров",
    "до 25 августа 2026 г.",
    "Министерство образования",
  ],
];

describe("numbered directions as plain rows over N.1, N.2", () => {
  it("the «N. | direction» rows are sections, their numbered rows its measures", () => {
    const r = readRoadmaps(grid(values)).roadmaps[0]!;
    expect(r.sections.map((s) => [s.number, s.title, s.address])).toEqual([
      ["1", "Проведение совместных мероприятий для обучающихся и педагогических работников центров", "B3"],
      ["2", "Демонстрация эффективного опыта реализации программ общего и дополнительного образования", "B6"],
    ]);
    expect(r.rows.map((row) => [row.number, row.section])).toEqual([
      ["1.1.", "1"],
      ["1.2.", "1"],
      ["2.1.", "2"],
    ]);
  });

  it("the directions they name are not reported missing", () => {
    const { reports } = checkSheet(grid(values), { checkDate: "2025-08-20" });
    const missing = reports[0]!.findings.filter((f) => f.code === "missing-item").map((f) => f.itemId);
    expect(missing).not.toContain("joint-events");
    expect(missing).not.toContain("effective-practice");
  });

  it("«8. Проектная деятельность» alone in the № cell over 8.1 is a direction too", () => {
    const inNumberCell: CellValue[][] = [
      [TITLE],
      ["№ п/п", "Мероприятие", "Сроки", "Ответственный"],
      ["1. Совместные мероприятия для обучающихся и педагогов центра и других школ", null, null, null],
      [
        "1.1",
        "Неделя естественных наук совместно с МБОУ «СОШ № 9»",
        "декабрь 2025 г.",
        "Руководитель центра",
      ],
      ["2. Проектная деятельность", null, null, null],
      [
        "2.1",
        "Школьная научно-практическая конференция «Старт в науку»",
        "до 20 марта 2026 г.",
        "Руководитель центра",
      ],
    ];
    const r = readRoadmaps(grid(inNumberCell)).roadmaps[0]!;
    expect(r.sections.map((x) => [x.number, x.title, x.address])).toEqual([
      ["1", "Совместные мероприятия для обучающихся и педагогов центра и других школ", "A3"],
      ["2", "Проектная деятельность", "A5"],
    ]);
    expect(r.rows.map((row) => [row.number, row.section])).toEqual([
      ["1.1", "1"],
      ["2.1", "2"],
    ]);
    const { reports } = checkSheet(grid(inNumberCell), { checkDate: "2025-08-20" });
    const missing = reports[0]!.findings.filter((f) => f.code === "missing-item").map((f) => f.itemId);
    expect(missing).not.toContain("project-work");
    // Over a row that is not its sub-step, a numbered line in the № cell stays what it was.
    const notOver = readRoadmaps(
      grid([
        [TITLE],
        ["№ п/п", "Мероприятие", "Сроки", "Ответственный"],
        ["1. Совместные мероприятия", null, null, null],
        ["2", "Неделя естественных наук", "декабрь 2025 г.", "Руководитель центра"],
      ]),
    ).roadmaps[0]!;
    expect(notOver.sections).toEqual([]);
  });

  it("a lead-in ending in «:» and a school's block heading are not directions", () => {
    const r = readRoadmaps(
      grid([
        ["Комплекс мер (дорожная карта) по созданию и функционированию центров «Точка роста» в 2026 году"],
        ["№", "Мероприятие", "Срок", "Ответственный"],
        ["1.", "МБОУ «Лесная средняя школа»", null, null],
        ["1.1.", "Утверждение положения о центре", "до 1 марта 2026 г.", "Директор"],
        ["2.", "Утверждение документов:", null, null],
        ["2.1.", "положения о центре", "до 1 марта 2026 г.", "Директор"],
      ]),
    ).roadmaps[0]!;
    expect(r.sections).toEqual([]);
  });
});

describe("«N. direction» alone in the title cell over events numbered through the plan", () => {
  const plan = (headings: string[]): CellValue[][] => [
    [TITLE],
    ["№", "Мероприятие", "Участники", "Срок"],
    ...headings.flatMap((h, i) => [
      [null, h, null, null],
      [String(i + 1), `Районное мероприятие ${i + 1} на базе центров`, "обучающиеся", `март 2026 г.`],
    ]),
  ];

  it("«1. Совместные мероприятия …», «2. Конференции, фестивали, форумы» are sections, not measures or continuations", () => {
    const r = readRoadmaps(
      grid(
        plan([
          "1. Совместные мероприятия центров и образовательных организаций",
          "2. Конференции, фестивали, форумы",
          "3. Проектная деятельность",
        ]),
      ),
    ).roadmaps[0]!;
    expect(r.sections.map((s) => [s.number, s.title])).toEqual([
      ["1", "Совместные мероприятия центров и образовательных организаций"],
      ["2", "Конференции, фестивали, форумы"],
      ["3", "Проектная деятельность"],
    ]);
    expect(r.rows.map((row) => [row.number, row.section, row.fields.title?.text])).toEqual([
      ["1", "1", "Районное мероприятие 1 на базе центров"],
      ["2", "2", "Районное мероприятие 2 на базе центров"],
      ["3", "3", "Районное мероприятие 3 на базе центров"],
    ]);
  });

  it("one such line alone (a title broken across a page, «2. Показателей …») is no section", () => {
    const r = readRoadmaps(grid(plan(["2. Показатели деятельности центров"]))).roadmaps[0]!;
    expect(r.sections).toEqual([]);
  });
});
