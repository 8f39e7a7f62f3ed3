// Each programme's label merged over its own «срок | ответственный» (h145-multi-municipal-2027-srok-otv): one roadmap
// per programme, each with its own deadline and responsible, and only the rows its «срок» holds a date for.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/grid";
import { checkSheet } from "../../../src/core/checks/sheet";
import { readRoadmaps } from "../../../src/core/reader";
import { grid } from "./layouts";

const values: CellValue[][] = [
  [
    "Комплекс мер (дорожная карта) по созданию центров «Точка роста», Школьного Кванториума и внедрению ЦОС на 2027 год",
  ],
  ["№", "Мероприятие", "Центры «Точка роста»", null, "Школьный Кванториум", null, "ЦОС", null],
  [null, null, "срок", "ответственный", "срок", "ответственный", "срок", "ответственный"],
  [
    1,
    "Утверждение должностного лица",
    "25.12.2026",
    "Кислицына Е.В.",
    "25.12.2026",
    "Кислицына Е.В.",
    "25.12.2026",
    "Тумашева Г.Н.",
  ],
  [
    2,
    "Объявлены закупки товаров, работ, услуг",
    "05.02.2027",
    "Сорокин А.А.",
    "12.02.2027",
    "Сорокин А.А.",
    "15.02.2027",
    "Тумашева Г.Н.",
  ],
  [3, "Обеспечено наличие базового набора оборудования", "—", "—", "01.03.2027", "руководители ОО", "—", "—"],
  [
    4,
    "Мониторинг хода реализации мероприятий по внедрению ЦОС",
    "—",
    "—",
    "—",
    "—",
    "25.08.2027; 30.11.2027",
    "Тумашева Г.Н.",
  ],
];
const merges = ["A2:A3", "B2:B3", "C2:D2", "E2:F2", "G2:H2"];

describe("a programme's label merged over its «срок | ответственный»", () => {
  it("one roadmap per programme with its own deadlines and responsibles", () => {
    const rs = readRoadmaps(grid(values, merges)).roadmaps;
    expect(
      rs.map((r) => [
        r.programme.value,
        r.rows.map((x) => [x.sheetRows[0], x.fields.deadline?.text, x.fields.responsible?.text]),
      ]),
    ).toEqual([
      [
        "tochka-rosta",
        [
          [4, "25.12.2026", "Кислицына Е.В."],
          [5, "05.02.2027", "Сорокин А.А."],
        ],
      ],
      [
        "kvantorium",
        [
          [4, "25.12.2026", "Кислицына Е.В."],
          [5, "12.02.2027", "Сорокин А.А."],
          [6, "01.03.2027", "руководители ОО"],
        ],
      ],
      [
        "cos",
        [
          [4, "25.12.2026", "Тумашева Г.Н."],
          [5, "15.02.2027", "Тумашева Г.Н."],
          [7, "25.08.2027; 30.11.2027", "Тумашева Г.Н."],
        ],
      ],
    ]);
  });

  it("each roadmap shows its own columns, and a blank responsible is marked in the programme's own cell", () => {
    const blank = values.map((v, i) => (i === 3 ? v.map((x, c) => (c === 5 ? null : x)) : v));
    const res = checkSheet(grid(blank, merges), { checkDate: "2026-12-10" });
    expect(res.roadmaps.map((r) => [r.columns.deadline?.column, r.columns.responsible?.column])).toEqual([
      ["C", "D"],
      ["E", "F"],
      ["G", "H"],
    ]);
    const missing = res.reports.flatMap((r) => r.findings.filter((f) => f.code === "responsible-missing"));
    expect(missing.map((f) => f.address)).toEqual(["F4"]);
  });

  // The centred corpus variant: each label centred across its «срок | ответственный» instead of merged
  // (h147-tr-kv-cos-srok-otv-matrix), the cell right of it blank.
  it("labels centred across their pairs instead of merged read the same", () => {
    const rs = readRoadmaps(grid(values, ["A2:A3", "B2:B3"])).roadmaps;
    expect(
      rs.map((r) => [r.programme.value, r.columns.deadline?.column, r.columns.responsible?.column]),
    ).toEqual([
      ["tochka-rosta", "C", "D"],
      ["kvantorium", "E", "F"],
      ["cos", "G", "H"],
    ]);
    expect(rs.map((r) => r.rows.length)).toEqual([2, 3, 3]);
  });

  // h152-tr-region-2027-srok-otv-gaps: the Кванториум's «срок» left empty on a row its «ответственный» names someone
  // for: the programme's step with no deadline (deadline-missing), not a step it does not have.
  it("an empty «срок» beside a filled «ответственный» is the programme's step with no deadline", () => {
    const gap = values.map((v, i) => (i === 3 ? v.map((x, c) => (c === 4 ? null : x)) : v));
    const res = checkSheet(grid(gap, merges), { checkDate: "2026-12-10" });
    expect(res.roadmaps.map((r) => r.rows.length)).toEqual([2, 3, 3]);
    expect(res.roadmaps[1]!.rows[0]!.fields.deadline).toBeUndefined();
    const missing = res.reports.flatMap((r) => r.findings.filter((f) => f.code === "deadline-missing"));
    expect(missing.map((f) => f.address)).toEqual(["E4"]);
  });

  it("a column-number row under the sub-headers leaves each responsible's header its own words", () => {
    const numbered = [...values.slice(0, 3), [1, 2, 3, 4, 5, 6, 7, 8], ...values.slice(3)];
    const rs = readRoadmaps(grid(numbered, merges)).roadmaps;
    expect(rs.map((r) => [r.columns.responsible?.header, r.columns.responsible?.address])).toEqual([
      ["ответственный", "D3"],
      ["ответственный", "F3"],
      ["ответственный", "H3"],
    ]);
    expect(rs.map((r) => r.rows.length)).toEqual([2, 3, 3]);
  });
});

describe("«срок | отметка» under each programme's label", () => {
  // h152-cos-progress-2027-09-srok-mark-matrix: each programme's own completion mark beside its deadline.
  const values: CellValue[][] = [
    [
      "Информация об исполнении комплекса мер по созданию центров «Точка роста» и Школьных Кванториумов на 2027 год",
    ],
    ["№", "Мероприятие", "Ответственный", "Точка роста", null, "Кванториум", null],
    [null, null, null, "срок", "отметка", "срок", "отметка"],
    [
      1,
      "Утверждение дорожной карты на 2027 год",
      "Гусева М.А.",
      "24.12.2026",
      "исполнено",
      "24.12.2026",
      "исполнено",
    ],
    [
      2,
      "Обеспечено наличие базового набора оборудования",
      "Гусева М.А.",
      "—",
      "—",
      "01.03.2027",
      "исполнено",
    ],
    [3, "Утверждение планов мероприятий центров", "Гусева М.А.", "—", "—", "25.08.2027", null],
  ];
  const merges = ["A2:A3", "B2:B3", "C2:C3", "D2:E2", "F2:G2"];

  it("each programme's mark is its own status column: done steps are not overdue, the unmarked one is", () => {
    const res = checkSheet(grid(values, merges), { checkDate: "2027-09-06" });
    expect(
      res.roadmaps.map((r) => [r.programme.value, r.columns.deadline?.column, r.columns.status?.column]),
    ).toEqual([
      ["tochka-rosta", "D", "E"],
      ["kvantorium", "F", "G"],
    ]);
    const overdue = res.reports.map((r) =>
      r.findings.filter((f) => f.code === "overdue").map((f) => f.address),
    );
    expect(overdue).toEqual([[], ["F6"]]);
  });
});
