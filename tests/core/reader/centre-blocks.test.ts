// A municipal list with one block per centre, headed by the centre and its base school («Центр «Точка роста» на базе
// МАОУ «Лицей № 1»»): each block is that school's roadmap, named by the school.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/grid";
import { checkSheet } from "../../../src/core/checks/sheet";
import { readRoadmaps } from "../../../src/core/reader";
import { organisationOf } from "../../../src/core/reader/table-end";
import { grid, templateRows, TITLE } from "./layouts";

const rows = templateRows();
const HEAD = ["№", "Наименование мероприятия", "Ответственный", "Результат", "Срок"];
const body = (): CellValue[][] =>
  rows.map((r) => [r.number, r.title, r.responsible, r.result || "Приказ", r.deadlineText]);

const blocks = [
  ["Центр «Точка роста» на базе МАОУ «Лицей № 1»", "МАОУ «Лицей № 1»"],
  ["Центр образования «Точка роста» на базе МБОУ «Школа № 12»", "МБОУ «Школа № 12»"],
] as const;

describe("a block headed «Центр … на базе <школа>»", () => {
  it("one roadmap per block, named by the base school, clean", () => {
    const values: CellValue[][] = [[TITLE], HEAD, ...blocks.flatMap(([heading]) => [[heading], ...body()])];
    const merges = [
      "A1:E1",
      ...blocks.map((_, k) => `A${3 + k * (rows.length + 1)}:E${3 + k * (rows.length + 1)}`),
    ];
    const r = readRoadmaps(grid(values, merges)).roadmaps;
    expect(r.map((x) => [x.organisation, x.rows.length])).toEqual(
      blocks.map(([, name]) => [name, rows.length]),
    );
    const res = checkSheet(grid(values, merges), { checkDate: "2026-01-10" });
    expect(res.reports.flatMap((x) => x.findings.filter((f) => f.severity !== "info"))).toEqual([]);
  });

  it("«<municipality> — центр «IT-куб» на базе <school>» names a block, as «<municipality> — <school>» does", () => {
    // h189-itcube-region-two-centres: the second centre's block was read as the first one's steps.
    const caption = "Бортневский муниципальный округ — центр «IT-куб» на базе МБУ ДО «Бортневский ЦДТ»";
    expect(organisationOf(caption)).toBe(caption);
  });

  it("a centre caption names its school; a step or a section about creating one names no organisation", () => {
    expect(organisationOf("Школьный Кванториум на базе МБОУ «СОШ № 3»")).toBe("МБОУ «СОШ № 3»");
    expect(
      organisationOf("Раздел I. Создание и функционирование школьного Кванториума на базе МБОУ «СОШ № 1»"),
    ).toBeNull();
    expect(
      organisationOf(
        "Раздел I. Создание и функционирование школьного Кванториума на базе МБОУ «Заречная СОШ № 1»",
      ),
    ).toBeNull();
    expect(organisationOf("Центр «IT-куб» на базе созданной инфраструктуры")).toBeNull();
    // A programme's section «на базе общеобразовательных организаций» names no school (h145-…-sections-late-result).
    expect(
      organisationOf(
        "II. Детские технопарки «Кванториум» на базе общеобразовательных организаций (Школьные Кванториумы)",
      ),
    ).toBeNull();
    expect(organisationOf("Школьные Кванториумы на базе образовательных организаций")).toBeNull();
  });
});

describe("a block headed by a centre named in its own right, its base in brackets", () => {
  // h146-itcube-region-two-centres-draft: «1. Центр … «IT-куб» г. Озёрска (на базе МАОУ «СОШ № 4 г. Озёрска»)».
  const captions = [
    "1. Центр цифрового образования детей «IT-куб» г. Озёрска (на базе МАОУ «СОШ № 4 г. Озёрска»)",
    "2. Центр «Точка роста» г. Каменска (на базе МАУ ДО «Дом детского творчества» г. Каменска)",
  ];

  it("names the block by the whole caption: the centre and its base", () => {
    expect(captions.map(organisationOf)).toEqual(captions.map((c) => c.slice(3)));
    expect(organisationOf("Центры «Точка роста» (на базе общеобразовательных организаций)")).toBeNull();
  });

  it("one roadmap per block, clean", () => {
    const values: CellValue[][] = [[TITLE], HEAD, ...captions.flatMap((c) => [[c], ...body()])];
    const merges = [
      "A1:E1",
      ...captions.map((_, k) => `A${3 + k * (rows.length + 1)}:E${3 + k * (rows.length + 1)}`),
    ];
    const r = readRoadmaps(grid(values, merges)).roadmaps;
    expect(r.map((x) => [x.organisation, x.rows.length])).toEqual(
      captions.map((c) => [c.slice(3), rows.length]),
    );
    // Each block is the roadmap of the centre its caption names: the IT-куб one has no federal item list.
    expect(r.map((x) => x.programme.value)).toEqual(["it-cube", "tochka-rosta"]);
    const res = checkSheet(grid(values, merges), { checkDate: "2026-01-10" });
    expect(
      res.reports.map((x) => x.findings.filter((f) => f.severity !== "info").map((f) => f.code)),
    ).toEqual([["no-template"], []]);
  });
});

describe("blocks of one list captioned by centres of two programmes", () => {
  // «Центр «Точка роста» на базе СОШ № 1», «… на базе СОШ № 2», «Школьный Кванториум на базе СОШ № 1»: the school's
  // Кванториум block is its Кванториум roadmap, not 11 duplicates in its «Точка роста» one.
  it.each([
    [["Центр «Точка роста» на базе МБОУ «СОШ № 1»", "Центр «Точка роста» на базе МБОУ «СОШ № 2»"]],
    [["Центр «Точка роста» на базе МБОУ «СОШ № 1»", "Школьный Кванториум на базе МБОУ «СОШ № 1»"]],
    [
      [
        "1. Центр «Точка роста» на базе МБОУ «СОШ № 1»",
        "2. Центр «Точка роста» на базе МБОУ «СОШ № 2»",
        "3. Школьный Кванториум на базе МБОУ «СОШ № 1»",
      ],
    ],
  ])("%j: a roadmap per school and programme, no duplicates", (caps) => {
    const values: CellValue[][] = [[TITLE], HEAD, ...caps.flatMap((c) => [[c], ...body()])];
    const merges = [
      "A1:E1",
      ...caps.map((_, k) => `A${3 + k * (rows.length + 1)}:E${3 + k * (rows.length + 1)}`),
    ];
    const r = readRoadmaps(grid(values, merges)).roadmaps;
    expect(r.map((x) => [x.programme.value, x.organisation, x.rows.length])).toEqual(
      caps.map((c) => [/Кванториум/.test(c) ? "kvantorium" : "tochka-rosta", organisationOf(c), rows.length]),
    );
    const res = checkSheet(grid(values, merges), { checkDate: "2026-01-10" });
    expect(res.reports.flatMap((x) => x.findings.filter((f) => f.code === "duplicate-item"))).toEqual([]);
  });
});

describe("a block headed by an institution of additional education: «2. ГАУ ДО «…» (г. Озёрск)», «3. МАУ ДО «…»»", () => {
  // h159-itcube-region-2027-two-centres: «ДО» after the legal form, the centres' hosts.
  it("names the block by the institution, without the note in brackets", () => {
    expect(organisationOf("2. ГАУ ДО «Северо-Озёрский центр технического творчества» (г. Озёрск)")).toBe(
      "ГАУ ДО «Северо-Озёрский центр технического творчества»",
    );
    expect(organisationOf("3. МАУ ДО «Дом детского творчества» г. Старолесска")).toBe(
      "МАУ ДО «Дом детского творчества» г. Старолесска",
    );
    expect(organisationOf("МБУ ДО «Центр детского творчества»")).toBe("МБУ ДО «Центр детского творчества»");
    // h160-itcube-region-2027-two-centres: a college of the professional education, «ГАПОУ».
    expect(organisationOf("Центр «IT-куб» на базе ГАПОУ «Кедровский политехнический колледж»")).toBe(
      "ГАПОУ «Кедровский политехнический колледж»",
    );
  });
});

describe("«Раздел N.» captions: a programme's part of the document, or a school's block", () => {
  const sheet = (captions: readonly string[], merged = true) => {
    const values: CellValue[][] = [[TITLE], HEAD];
    const merges = ["A1:E1"];
    captions.forEach((caption, k) => {
      values.push([caption]);
      if (merged) merges.push(`A${values.length}:E${values.length}`);
      rows.forEach((r, i) =>
        values.push([`${k + 1}.${i + 1}`, r.title, r.responsible, r.result || "Приказ", r.deadlineText]),
      );
    });
    return grid(values, merges);
  };
  const duplicates = (captions: readonly string[]) =>
    checkSheet(sheet(captions), { checkDate: "2026-12-10" }).reports.flatMap((x) =>
      x.findings.filter((f) => f.code === "duplicate-item"),
    );

  it("between the parts of other programmes, «… Кванториум» on a named base is that programme's part", () => {
    // h161-tr-kv-cos-municipal-2027-sections-planted: the Кванториум part had been read as a school block of the
    // «Точка роста» roadmap (7 false duplicates, the Кванториум roadmap not found).
    const captions = [
      "Раздел 1. Центры образования естественно-научной и технологической направленностей «Точка роста»",
      "Раздел 2. Детский технопарк «Кванториум» на базе МБОУ «Каменская СОШ № 1» (Школьный Кванториум)",
      "Раздел 3. Цифровая образовательная среда",
    ];
    expect(readRoadmaps(sheet(captions)).roadmaps.map((x) => [x.programme.value, x.rows.length])).toEqual([
      ["tochka-rosta", rows.length],
      ["kvantorium", rows.length],
      ["cos", rows.length],
    ]);
    expect(duplicates(captions)).toEqual([]);
  });

  it("«Часть I. … «IT-куб»», «Часть II. … «Кванториум»» left unmerged (centred, or its merge lost): each is its programme's part", () => {
    // h172-itcube-kv-parts-unreadable, centred: «Часть» was no section word, so each caption read as a measure row.
    const captions = [
      "Часть I. Центр цифрового образования «IT-куб» (на базе МБУ ДО «Центр детского технического творчества»)",
      "Часть II. Детский технопарк «Кванториум» на базе общеобразовательной организации (МАОУ «СОШ № 7»)",
    ];
    for (const merged of [true, false])
      expect(
        readRoadmaps(sheet(captions, merged)).roadmaps.map((x) => [x.programme.value, x.rows.length]),
      ).toEqual([
        ["it-cube", rows.length],
        ["kvantorium", rows.length],
      ]);
  });

  it("the same programme's caption for each school heads that school's block", () => {
    const captions = [
      "Раздел 1. Центр «Точка роста» на базе МБОУ «СОШ № 1»",
      "Раздел 2. Центр «Точка роста» на базе МБОУ «СОШ № 2»",
    ];
    expect(readRoadmaps(sheet(captions)).roadmaps.map((x) => [x.organisation, x.rows.length])).toEqual([
      ["МБОУ «СОШ № 1»", rows.length],
      ["МБОУ «СОШ № 2»", rows.length],
    ]);
    expect(duplicates(captions)).toEqual([]);
  });

  it("two programmes on one base, a part each", () => {
    const captions = [
      "Раздел 1. Центр «Точка роста» на базе МБОУ «СОШ № 1»",
      "Раздел 2. Школьный Кванториум на базе МБОУ «СОШ № 1»",
    ];
    expect(readRoadmaps(sheet(captions)).roadmaps.map((x) => x.programme.value)).toEqual([
      "tochka-rosta",
      "kvantorium",
    ]);
    expect(duplicates(captions)).toEqual([]);
  });
});
