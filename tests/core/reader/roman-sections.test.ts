// A plan's directions merged across as «I. …» … «X. …»: every one is a section, the one-letter numbers I, V, X too.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/grid";
import { readRoadmaps } from "../../../src/core/reader";
import { grid } from "./layouts";

const dirs = ["I", "II", "V", "X"];
const values: CellValue[][] = [
  [
    "Единый комплексный план мероприятий по организационно-методической поддержке центров на 2025/2026 учебный год",
  ],
  ["№", "Наименование мероприятия", "Ответственные", "Сроки проведения"],
  ...dirs.flatMap((d, i): CellValue[][] => [
    [`${d}. Направление номер ${i + 1}`, null, null, null],
    [`${i + 1}.1`, `Мероприятие ${i + 1}`, "Руководители центров", "октябрь 2025 г."],
  ]),
];
const merges = dirs.map((_, i) => `A${3 + 2 * i}:D${3 + 2 * i}`);

describe("Roman-numbered directions merged across", () => {
  it("«I.», «V.», «X.» are sections like «II.», not measures", () => {
    const r = readRoadmaps(grid(values, merges)).roadmaps[0]!;
    expect(r.sections.map((s) => s.title)).toEqual(dirs.map((_, i) => `Направление номер ${i + 1}`));
    expect(r.rows.map((row) => row.number)).toEqual(["1.1", "2.1", "3.1", "4.1"]);
  });
});

describe("Roman-numbered directions written in the № and title cells, not merged", () => {
  const plain: CellValue[][] = [
    [
      "Комплексный план мероприятий по организационно-методической поддержке центров на 2026/2027 учебный год",
    ],
    [],
    ["№", "Мероприятие", "Дата проведения", "Ответственный", "Статус"],
    ["I.", "Совместные мероприятия для обучающихся и педагогов", null, null, null],
    [1, "Районный турнир «Юный химик»", "16.10.2026", "Рябинина А.С.", "проведено"],
    [2, "Неделя естественных наук", "12.02.2027", "Рябинина А.С.", "запланировано"],
    ["II", "Конференции, фестивали, форумы", null, null, null],
    [3, "Участие педагогов в региональном фестивале", "26.11.2026", "Кольцова Е.В.", "проведено"],
  ];

  it("«I. | title» over numbered events heads a section; the events are the measures", () => {
    const r = readRoadmaps(grid(plain, ["A1:E1"])).roadmaps[0]!;
    expect(r.sections.map((s) => [s.number, s.title])).toEqual([
      ["I", "Совместные мероприятия для обучающихся и педагогов"],
      ["II", "Конференции, фестивали, форумы"],
    ]);
    expect(r.rows.map((row) => [row.number, row.section])).toEqual([
      ["1", "I"],
      ["2", "I"],
      ["3", "II"],
    ]);
  });

  it("a Roman number over a row with no number of its own is not a section", () => {
    const values: CellValue[][] = plain.map((row, i) => (i === 4 ? [null, ...row.slice(1)] : row));
    const r = readRoadmaps(grid(values, ["A1:E1"])).roadmaps[0]!;
    expect(r.sections.map((s) => s.number)).toEqual(["II"]);
  });
});

describe("Roman-numbered directions written whole in the № cell, not merged", () => {
  it("«I. Совместные мероприятия» alone in the № cell over numbered rows is a section; a lone cell over no number is not", () => {
    const rows = (next: CellValue): CellValue[][] => [
      [
        "Единый комплексный план мероприятий по организационно-методической поддержке на 2026/2027 учебный год",
      ],
      [],
      ["№", "Мероприятие", "Площадка (ОО)", "Дата / период"],
      ["I. Совместные мероприятия"],
      [next, "Фестиваль «Кванториада» для учащихся школ округа", "МАОУ «СОШ № 1»", "23.10.2026"],
      ["X. Демонстрация эффективного опыта"],
      [2, "Открытый показ занятий центров для директоров школ", "центры округа", "до 10.06.2027"],
    ];
    const r = readRoadmaps(grid(rows(1), [])).roadmaps[0]!;
    expect(r.sections.map((s) => [s.number, s.title])).toEqual([
      ["I", "Совместные мероприятия"],
      ["X", "Демонстрация эффективного опыта"],
    ]);
    expect(r.rows.map((row) => row.number)).toEqual(["1", "2"]);
    // The row under the first is not numbered: «I. …» there is no heading of numbered events.
    const loose = readRoadmaps(grid(rows(null), [])).roadmaps[0]!;
    expect(loose.sections.map((s) => s.number)).toEqual(["X"]);
  });
});
