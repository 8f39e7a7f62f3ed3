// A block of a regional list headed by its organisation with a note in brackets after the name — the district after a
// school: the block is that organisation's roadmap, named without the note. The base school after a municipality
// («Белоярский муниципальный округ (МБОУ «… СОШ»)») is no note: the block is named by both (h146-kv-region-own-and-mo-steps).
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/grid";
import { checkSheet } from "../../../src/core/checks/sheet";
import { readRoadmaps } from "../../../src/core/reader";
import { grid, templateRows, TITLE } from "./layouts";

const rows = templateRows();
const HEAD = ["№", "Наименование мероприятия", "Ответственный", "Результат", "Срок"];
const body = (prefix: string): CellValue[][] =>
  rows.map((r) => [`${prefix}${r.number}`, r.title, r.responsible, r.result || "Приказ", r.deadlineText]);
const errorsAndWarnings = (values: CellValue[][], merges: string[]) =>
  checkSheet(grid(values, merges), { checkDate: "2026-01-10" }).reports.flatMap((r) =>
    r.findings.filter((f) => f.severity !== "info").map((f) => `${f.code} ${f.address}`),
  );

const blocks = [
  [
    "Белоярский муниципальный округ (МБОУ «Верхнеключевская СОШ»)",
    "Белоярский муниципальный округ (МБОУ «Верхнеключевская СОШ»)",
  ],
  [
    "Сосновский муниципальный район (МКОУ «Ольховская ООШ»)",
    "Сосновский муниципальный район (МКОУ «Ольховская ООШ»)",
  ],
  ["Заречный район (все школы района)", "Заречный район"],
  [
    "МАОУ «Гимназия № 2 г. Светлогорска» (Светлогорский городской округ)",
    "МАОУ «Гимназия № 2 г. Светлогорска»",
  ],
] as const;

describe("an organisation heading with a note in brackets", () => {
  it("«N. | name (note)» merged across over N.1, N.2: one roadmap per block, named without the note (with its school), clean", () => {
    const values: CellValue[][] = [
      [TITLE],
      HEAD,
      ...blocks.flatMap(([heading], k) => [[`${k + 1}.`, heading], ...body(`${k + 1}.`)]),
    ];
    const merges = [
      "A1:E1",
      ...blocks.map((_, k) => `B${3 + k * (rows.length + 1)}:E${3 + k * (rows.length + 1)}`),
    ];
    const r = readRoadmaps(grid(values, merges)).roadmaps;
    expect(r.map((x) => [x.organisation, x.rows.length, x.sections.length])).toEqual(
      blocks.map(([, name]) => [name, rows.length, 0]),
    );
    expect(errorsAndWarnings(values, merges)).toEqual([]);
  });

  it("a one-cell caption «name (note)» merged across: the same", () => {
    const values: CellValue[][] = [[TITLE], HEAD, ...blocks.flatMap(([heading]) => [[heading], ...body("")])];
    const merges = [
      "A1:E1",
      ...blocks.map((_, k) => `A${3 + k * (rows.length + 1)}:E${3 + k * (rows.length + 1)}`),
    ];
    const r = readRoadmaps(grid(values, merges)).roadmaps;
    expect(r.map((x) => [x.organisation, x.rows.length])).toEqual(
      blocks.map(([, name]) => [name, rows.length]),
    );
    expect(errorsAndWarnings(values, merges)).toEqual([]);
  });

  it("a direction with words in brackets is still a direction, not an organisation", () => {
    const r = readRoadmaps(
      grid([
        [TITLE],
        HEAD,
        ["1.", "Организационные мероприятия (нормативное обеспечение)"],
        ...body("1.").slice(0, 2),
      ]),
    ).roadmaps;
    expect(r.map((x) => [x.organisation, x.sections.length])).toEqual([[null, 1]]);
  });
});

describe("school blocks lettered «Раздел А | school» over «А.1», «А.2» …", () => {
  const schools = [
    [
      "А",
      "МАОУ «Гимназия № 2 г. Светлогорска» (Светлогорский городской округ)",
      "МАОУ «Гимназия № 2 г. Светлогорска»",
    ],
    ["Б", "МБОУ «Петровская СОШ» (Петровский муниципальный район)", "МБОУ «Петровская СОШ»"],
  ] as const;
  const values: CellValue[][] = [
    [TITLE],
    HEAD,
    ...schools.flatMap(([letter, heading]) => [[`Раздел ${letter}`, heading], ...body(`${letter}.`)]),
  ];
  const merges = [
    "A1:E1",
    ...schools.map((_, k) => `B${3 + k * (rows.length + 1)}:E${3 + k * (rows.length + 1)}`),
  ];

  it("each block is its school's roadmap with every lettered row, the last one too", () => {
    const r = readRoadmaps(grid(values, merges)).roadmaps;
    expect(r.map((x) => [x.organisation, x.rows.map((row) => row.number)])).toEqual(
      schools.map(([letter, , name]) => [name, rows.map((row) => `${letter}.${row.number}`)]),
    );
    expect(errorsAndWarnings(values, merges)).toEqual([]);
  });
});

describe("a school's block captioned «Раздел 1. МБОУ «…»» merged across", () => {
  it("is that school's roadmap, not a section of one roadmap", () => {
    const named = [
      ["Раздел 1. МБОУ «Лесная СОШ» (Сосновский район)", "МБОУ «Лесная СОШ»"],
      ["Раздел Б. МАОУ «Гимназия № 2»", "МАОУ «Гимназия № 2»"],
    ] as const;
    const values: CellValue[][] = [[TITLE], HEAD, ...named.flatMap(([caption]) => [[caption], ...body("")])];
    const merges = [
      "A1:E1",
      ...named.map((_, k) => `A${3 + k * (rows.length + 1)}:E${3 + k * (rows.length + 1)}`),
    ];
    const r = readRoadmaps(grid(values, merges)).roadmaps;
    expect(r.map((x) => [x.organisation, x.rows.length, x.sections.length])).toEqual(
      named.map(([, name]) => [name, rows.length, 0]),
    );
    expect(errorsAndWarnings(values, merges)).toEqual([]);
  });
});

describe("a school's full name with its short name in brackets", () => {
  it("the bracket opening with the same legal form is the short name its rows use: each block is named by it", () => {
    const named = [
      ["МБОУ «Заречная средняя общеобразовательная школа» (МБОУ «Заречная СОШ»)", "МБОУ «Заречная СОШ»"],
      [
        "МКОУ «Степановская основная общеобразовательная школа» (МКОУ «Степановская ООШ»)",
        "МКОУ «Степановская ООШ»",
      ],
      ["МАОУ «Гимназия № 2 г. Светлогорска» (МБОУ «Лесная СОШ»)", "МАОУ «Гимназия № 2 г. Светлогорска»"],
    ] as const;
    const values: CellValue[][] = [[TITLE], HEAD, ...named.flatMap(([caption]) => [[caption], ...body("")])];
    const merges = [
      "A1:E1",
      ...named.map((_, k) => `A${3 + k * (rows.length + 1)}:E${3 + k * (rows.length + 1)}`),
    ];
    const r = readRoadmaps(grid(values, merges)).roadmaps;
    expect(r.map((x) => [x.organisation, x.rows.length])).toEqual(
      named.map(([, name]) => [name, rows.length]),
    );
  });
});

describe("a block captioned by a municipality and its school joined by a dash", () => {
  // h159-kv-region-2027-region-and-mo-sections: «2.1. Зареченский городской округ — МАОУ «Лицей № 3»».
  it("is that school's roadmap, named by both", () => {
    const named = [
      "Зареченский городской округ — МАОУ «Лицей № 3»",
      "Прибрежный муниципальный район – МБОУ «Прибрежная СОШ № 1»",
      "МКОУ «Ольховская ООШ» - Сосновский МР",
      "Заречный городской округ, МАОУ «Лицей № 4»",
    ];
    const values: CellValue[][] = [
      [TITLE],
      HEAD,
      ...named.flatMap((caption, k) => [[`2.${k + 1}. ${caption}`], ...body(`2.${k + 1}.`)]),
    ];
    const merges = [
      "A1:E1",
      ...named.map((_, k) => `A${3 + k * (rows.length + 1)}:E${3 + k * (rows.length + 1)}`),
    ];
    const r = readRoadmaps(grid(values, merges)).roadmaps;
    expect(r.map((x) => [x.organisation, x.rows.length])).toEqual(named.map((n) => [n, rows.length]));
    expect(errorsAndWarnings(values, merges)).toEqual([]);
  });

  it("a direction with a dash is no organisation", () => {
    const r = readRoadmaps(
      grid([
        [TITLE],
        HEAD,
        ["1. Организационные мероприятия — муниципальный уровень"],
        ...body("1.").slice(0, 2),
      ]),
    ).roadmaps;
    expect(r.map((x) => x.organisation)).toEqual([null]);
  });
});
