// A plan's directions written as unnumbered headings in capitals, merged across the table, over events numbered
// through the plan: each heading is a section (the direction), not a measure without a deadline.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/grid";
import { readRoadmaps } from "../../../src/core/reader";
import { matchRoadmap } from "../../../src/core/match";
import { getEdition } from "../../../src/core/templates/library";
import { grid } from "./layouts";

const values: CellValue[][] = [
  [
    "Единый комплексный план мероприятий по организационно-методической поддержке центров на 2026/2027 учебный год",
  ],
  ["№", "Мероприятие", "Срок", "Ответственный исполнитель", "Результат"],
  ["ОРГАНИЗАЦИЯ И ПРОВЕДЕНИЕ СОВМЕСТНЫХ МЕРОПРИЯТИЙ ДЛЯ ОБУЧАЮЩИХСЯ И ПЕДАГОГИЧЕСКИХ РАБОТНИКОВ ЦЕНТРОВ"],
  ["1.", "Краевая неделя естественно-научной грамотности", "23.10.2026", "ИРО", "Охват 2 000 обучающихся"],
  ["2.", "Краевой хакатон школьных команд", "16.04.2027", "ИРО", "Протокол"],
  ["ПРОВЕДЕНИЕ КОНФЕРЕНЦИЙ, ФЕСТИВАЛЕЙ, ФОРУМОВ ПО РАСПРОСТРАНЕНИЮ ОПЫТА РАБОТЫ СОЗДАННОЙ ИНФРАСТРУКТУРЫ"],
  ["3.", "Краевой форум «Инфраструктура будущего»", "ноябрь 2026", "ИРО", "Резолюция"],
];
const merges = ["A1:E1", "A3:E3", "A6:E6"];

describe("unnumbered direction headings in capitals, merged across", () => {
  it("each heads a section and is no measure; the events below are its measures", () => {
    const r = readRoadmaps(grid(values, merges)).roadmaps[0]!;
    expect(r.sections.map((s) => s.title.slice(0, 34))).toEqual([
      "ОРГАНИЗАЦИЯ И ПРОВЕДЕНИЕ СОВМЕСТНЫ",
      "ПРОВЕДЕНИЕ КОНФЕРЕНЦИЙ, ФЕСТИВАЛЕЙ",
    ]);
    expect(r.rows.map((row) => row.number)).toEqual(["1.", "2.", "3."]);
    const [a, b] = r.sections;
    expect(r.rows.map((row) => row.section)).toEqual([a!.number, a!.number, b!.number]);
  });

  it("the directions are matched through their headings", () => {
    const r = readRoadmaps(grid(values, merges)).roadmaps[0]!;
    const m = matchRoadmap(r, getEdition("complex-plan-2024")!, { targetYear: 2027 });
    expect([...m.byItem.keys()].sort()).toEqual(["conferences", "joint-events"]);
  });

  it("a heading in ordinary case, or one not followed by a numbered event, stays as it was", () => {
    const lower = values.map((row, i) => (i === 2 || i === 5 ? [String(row[0]).toLowerCase()] : row));
    expect(readRoadmaps(grid(lower, merges)).roadmaps[0]!.sections).toEqual([]);
    const last = values.slice(0, 6);
    expect(readRoadmaps(grid(last, merges)).roadmaps[0]!.sections.map((x) => x.title.slice(0, 12))).toEqual([
      "ОРГАНИЗАЦИЯ ",
    ]);
  });
});

describe("unnumbered direction headings in plain letters, merged over the whole row past the № column", () => {
  const plain: CellValue[][] = [
    ["Отчёт о выполнении единого комплексного плана на 2026/2027 учебный год"],
    ["№", "Мероприятие", "Срок", "Ответственный", "Отметка об исполнении"],
    [null, "Совместные мероприятия обучающихся и педагогов центров и школ"],
    [1, "Областной турнир юных исследователей", "октябрь 2026 г.", "ИРО", "проведено"],
    [2, "Хакатон для обучающихся центров", "март 2027 г.", "IT-куб", "проведено"],
    [null, "Наставничество"],
    [3, "Программа наставничества «Старт в инженерию»", "январь — май 2027 г.", "Центры", "исполнено"],
  ];
  const plainMerges = ["A1:E1", "B3:E3", "B6:E6"];

  it("each heads a section (no line of the measure above), and its events cover the direction", () => {
    const r = readRoadmaps(grid(plain, plainMerges)).roadmaps[0]!;
    expect(r.sections.map((s) => s.title)).toEqual([
      "Совместные мероприятия обучающихся и педагогов центров и школ",
      "Наставничество",
    ]);
    expect(r.rows.map((row) => [row.sheetRows, row.section])).toEqual([
      [[4], "§3"],
      [[5], "§3"],
      [[7], "§6"],
    ]);
    const m = matchRoadmap(r, getEdition("complex-plan-2024")!, { targetYear: 2027 });
    expect(m.byItem.has("joint-events")).toBe(true);
  });

  it("a merge that stops short of the last column is no such heading (a wrapped line may be merged so)", () => {
    const short = readRoadmaps(grid(plain, ["A1:E1", "B3:D3", "B6:D6"])).roadmaps[0]!;
    expect(short.sections).toEqual([]);
  });
});

describe("numbered direction headings merged across, over events numbered through the plan", () => {
  const numbered: CellValue[][] = [
    [
      "Единый комплексный план мероприятий по организационно-методической поддержке центров на 2026/2027 учебный год",
    ],
    ["№", "Мероприятие", "Дата проведения", "Ответственный", "Отметка"],
    ["1. Совместные мероприятия центров и школ района"],
    ["1", "Районная игра «Эрудит» для команд центров и школ района", "18.11.2026", "РМК", "проведено"],
    ["2. Участие в мероприятиях Минпросвещения России и федерального оператора"],
    [
      "2",
      "Участие руководителей центров в федеральных вебинарах",
      "по графику федерального оператора",
      "РМК",
      "",
    ],
    ["3", "Совещание Минпросвещения России с руководителями центров", "ноябрь 2026", "РМК", ""],
  ];
  const at = ["A1:E1", "A3:E3", "A5:E5"];

  it("each heads a section with its own number; the events below are its measures", () => {
    const r = readRoadmaps(grid(numbered, at)).roadmaps[0]!;
    expect(r.sections.map((s) => [s.number, s.title.slice(0, 24)])).toEqual([
      ["1", "Совместные мероприятия ц"],
      ["2", "Участие в мероприятиях М"],
    ]);
    expect(r.rows.map((row) => [row.number, row.section])).toEqual([
      ["1", "1"],
      ["2", "2"],
      ["3", "2"],
    ]);
  });

  it("the directions are matched through their headings", () => {
    const r = readRoadmaps(grid(numbered, at)).roadmaps[0]!;
    const m = matchRoadmap(r, getEdition("complex-plan-2024")!, { targetYear: 2027 });
    expect([...m.byItem.keys()].sort()).toEqual(["federal-events", "joint-events"]);
  });

  it("a numbered line merged over the title only (a wrapped measure) heads nothing", () => {
    const r = readRoadmaps(grid(numbered, ["A1:E1", "A3:B3", "A5:B5"])).roadmaps[0]!;
    expect(r.sections).toEqual([]);
  });
});
