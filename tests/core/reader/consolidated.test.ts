// Consolidated sheets gathering several organisations' steps (holdout184): how their organisations are told apart.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/grid";
import { readRoadmaps } from "../../../src/core/reader";
import { organisationOf } from "../../../src/core/reader/table-end";
import { grid } from "./layouts";

const read = (values: CellValue[][], merges: string[] = []) => readRoadmaps(grid(values, merges)).roadmaps;
const orgsAndRows = (values: CellValue[][], merges: string[] = []) =>
  read(values, merges).map((r) => [r.organisation, r.rows.map((x) => x.sheetRows[0])]);

describe("a numbered caption per school with a municipality's code beside it", () => {
  it("«2.1 | 07 | Каменский округ — МБОУ «…»» heads that school's block, as without the code", () => {
    // h184-tr-region-mo-blocks: the code's cell made the caption a third filled cell, so no block was found.
    const values: CellValue[][] = [
      ["Сводный комплекс мер «Точка роста» на 2027 год"],
      ["№", "Код МО", "Мероприятие", "Ответственный", "Срок"],
      ["1.1", "все МО", "Утверждение должностного лица", "Министерство", "до 25.12.2026"],
      ["2.1", "07", "Каменский округ — МБОУ «Ольховская СОШ»"],
      ["2.1.1", "07", "Подготовка информационной справки", "Управление образования", "до 30.06.2027"],
      ["2.1.2", "07", "Начало работы центра", "Директор", "01.09.2027"],
      ["2.2", "11", "Березниковский район — МКОУ «Сухоловская ООШ»"],
      ["2.2.1", "11", "Подготовка информационной справки", "Отдел образования", "до 30.06.2027"],
      ["2.2.2", "11", "Начало работы центра", "Директор", "01.09.2027"],
    ];
    const merges = ["C4:E4", "C7:E7"];
    expect(orgsAndRows(values, merges)).toEqual([
      ["Каменский округ — МБОУ «Ольховская СОШ»", [3, 5, 6]],
      ["Березниковский район — МКОУ «Сухоловская ООШ»", [3, 8, 9]],
    ]);
  });
});

describe("a deadline column per school under «Срок исполнения по ОО»", () => {
  const values: CellValue[][] = [
    ["Сводная дорожная карта центров «Точка роста» на 2027 год"],
    ["№", "Мероприятие", "Ответственный", "Срок исполнения по ОО", null],
    [null, null, null, "МБОУ «Заречная СОШ № 2»", "МКОУ «Луговская ООШ»"],
    ["1", "Объявление закупок", "Управление образования", "10.02.2027", "01.03.2027"],
    ["2", "Начало работы центра", "Руководители ОО", "01.09.2027", "01.09.2027"],
    [],
    [null, "Всего ОО: 2"],
    [null, "Сроки согласованы с руководителями ОО на совещании 30.11.2026 (протокол № 11)."],
  ];
  const merges = ["A2:A3", "B2:B3", "C2:C3", "D2:E2"];

  it("makes a roadmap per school, due by its own column", () => {
    // h184-tr-municipal-school-columns: one roadmap read the first school's dates only.
    const rs = read(values, merges);
    expect(rs.map((r) => [r.organisation, r.rows.map((x) => x.fields.deadline?.text)])).toEqual([
      ["МБОУ «Заречная СОШ № 2»", ["10.02.2027", "01.09.2027"]],
      ["МКОУ «Луговская ООШ»", ["01.03.2027", "01.09.2027"]],
    ]);
    expect(rs[1]!.columnRoles?.find((c) => c.column === "E")?.role).toBe("deadline");
  });

  it("ends at a sentence below the totals line: a note, not a step", () => {
    expect(read(values, merges)[0]!.rows.map((x) => x.sheetRows[0])).toEqual([4, 5]);
  });

  it("a date merged across the schools' columns (a step done by all at once) is each school's", () => {
    // h200-tr-municipal-school-date-columns: the common steps' dates merged over E:G were the first school's only,
    // the other two judged «ЕСТЬ ОШИБКИ» with 6 false deadline-missing errors each.
    const common: CellValue[][] = [
      ["0", "Утверждение должностного лица", "Управление образования", "до 25.12.2026", null],
      ...values.slice(3),
    ];
    const rs = read([...values.slice(0, 3), ...common], [...merges, "D4:E4"]);
    expect(rs.map((r) => [r.organisation, r.rows.map((x) => x.fields.deadline?.text)])).toEqual([
      ["МБОУ «Заречная СОШ № 2»", ["до 25.12.2026", "10.02.2027", "01.09.2027"]],
      ["МКОУ «Луговская ООШ»", ["до 25.12.2026", "01.03.2027", "01.09.2027"]],
    ]);
  });
});

describe("a municipality's caption with its code and what it holds", () => {
  it("«2.1. Муниципальное образование «Залесный округ» (код 05): МБОУ «…», МБОУ «…»» heads the municipality's block", () => {
    // h200-tr-region-mo-blocks: the list of schools after the colon named no one organisation; one roadmap, 8 false
    // duplicates, three roadmaps not found.
    const values: CellValue[][] = [
      ["Сводный комплекс мер «Точка роста» на 2027 год"],
      ["№", "Мероприятие", "Срок", "Ответственный"],
      [
        "2.1. Муниципальное образование «Залесный муниципальный округ» (код 05): МБОУ «Сосновская СОШ», МБОУ «Луговская ООШ»",
      ],
      ["2.1.1", "Подготовка информационной справки", "до 30.06.2027", "Управление образования"],
      ["2.1.2", "Начало работы центров", "01.09.2027", "Руководители ОО"],
      ["2.2. Муниципальное образование «Город Усольск» (код 11): МАОУ «СОШ № 4 г. Усольска»"],
      ["2.2.1", "Подготовка информационной справки", "до 25.06.2027", "Комитет по образованию"],
      ["2.2.2", "Открытие центра", "15.09.2027", "Директор"],
    ];
    expect(orgsAndRows(values, ["A3:D3", "A6:D6"])).toEqual([
      ["Муниципальное образование «Залесный муниципальный округ»", [4, 5]],
      ["Муниципальное образование «Город Усольск»", [7, 8]],
    ]);
  });

  it("«2. Петровский муниципальный округ (код 14), центр «IT-куб» на базе МБОУ «…»» heads the next block", () => {
    // h200-itcube-region-mo-blocks: the second caption named no organisation, its steps the first block's.
    const caption = (mo: string, school: string) => `${mo}, центр «IT-куб» на базе ${school}`;
    const values: CellValue[][] = [
      ["Комплекс мер «IT-куб» на 2027 год (в разрезе муниципальных образований)"],
      ["№", "Мероприятие", "Срок", "Ответственный"],
      [`1. ${caption("Муниципальное образование «Город Сосногорье» (код 03)", "МАОУ ДО «ЦДТ»")}`],
      ["1", "Ремонт помещений центра", "апрель – июнь 2027 г.", "Управление образования"],
      ["2", "Открытие центра «IT-куб»", "до 15.09.2027", "Директор"],
      [`2. ${caption("Петровский муниципальный округ (код 14)", "МБОУ «Петровская СОШ № 2»")}`],
      ["1", "Ремонт помещений центра", "май – июль 2027 г.", "Отдел образования"],
      ["2", "Открытие центра «IT-куб»", "01.09.2027", "Директор"],
    ];
    expect(read(values, ["A3:D3", "A6:D6"]).map((r) => r.rows.map((x) => x.sheetRows[0]))).toEqual([
      [4, 5],
      [7, 8],
    ]);
  });
});

describe("a municipality, a colon and its one school", () => {
  it("«2.1. Кедровский муниципальный округ: МБОУ «Кедровская СОШ»» heads that school's block", () => {
    // h212-tr-region-sections-mo-blocks: only «Городской округ …: МБОУ «…»» was read so (the kind first); two of
    // three blocks were no roadmap, their steps another school's (8 false duplicates).
    const values: CellValue[][] = [
      ["Сводный комплекс мер «Точка роста» на 2027 год"],
      ["№", "Мероприятие", "Срок", "Ответственный"],
      ["2.1. Кедровский муниципальный округ: МБОУ «Кедровская СОШ»"],
      ["2.1.1", "Подготовка информационной справки", "до 30.06.2027", "Управление образования"],
      ["2.2. Городской округ Усть-Белобор: МБОУ «Средняя школа № 4 г. Усть-Белобора»"],
      ["2.2.1", "Подготовка информационной справки", "до 25.06.2027", "Комитет по образованию"],
      ["2.3. Жигаловский муниципальный район: МКОУ «Тальниковская ООШ»"],
      ["2.3.1", "Подготовка информационной справки", "до 30.06.2027", "Отдел образования"],
    ];
    expect(orgsAndRows(values, ["A3:D3", "A5:D5", "A7:D7"])).toEqual([
      ["МБОУ «Кедровская СОШ»", [4]],
      ["МБОУ «Средняя школа № 4 г. Усть-Белобора»", [6]],
      ["МКОУ «Тальниковская ООШ»", [8]],
    ]);
  });

  it("a municipality's colon before no school names no block («Кедровский муниципальный округ: мероприятия»)", () => {
    expect(organisationOf("Кедровский муниципальный округ: мероприятия по созданию центров")).toBeNull();
  });
});

describe("a complex plan's organisation column naming each event's host", () => {
  const plan = (hosts: string[]): CellValue[][] => [
    [
      "Единый комплексный план мероприятий по организационно-методической поддержке центров на 2026/2027 учебный год",
    ],
    ["№", "Мероприятие", "Муниципальное образование", "Срок", "Ответственный"],
    ...hosts.flatMap((host, k): CellValue[][] => [
      [`Направление ${k + 1}. Направление номер ${k + 1}`],
      [`${k + 1}.1`, `Мероприятие направления ${k + 1}`, host, "март 2027 г.", "ИРО"],
    ]),
  ];
  const merges = (n: number) => Array.from({ length: n }, (_, k) => `A${3 + 2 * k}:E${3 + 2 * k}`);

  it("stays one plan when split per host some host would lack two directions or more", () => {
    // h184-cp-region-mo-column: each municipality hosted a few events; split, each lacked directions.
    const hosts = ["Заречный МО", "Озёрский МО", "все МО", "Заречный МО", "Озёрский МО", "все МО"];
    expect(read(plan(hosts), merges(hosts.length)).map((r) => [r.programme.value, r.organisation])).toEqual([
      ["complex-plan", null],
    ]);
  });

  it("is a plan per organisation when each covers every direction (its own or «все МО»), or all but one", () => {
    const hosts = ["все МО", "все МО", "Заречный МО", "Озёрский МО", "все МО"];
    const values = plan(hosts);
    // Direction 4 is Озёрский's alone: Заречный lacks one direction, which a split keeps (a gap to report).
    expect(read(values, merges(hosts.length)).map((r) => r.organisation)).toEqual([
      "Заречный МО",
      "Озёрский МО",
    ]);
  });
});

describe("an organisation column saying who does each step", () => {
  it("«ОО (исполнитель)» beside «Ответственный» splits nothing; «Ответственный» is the responsible", () => {
    // h184-cos-municipal-oo-column-duplicate: «комитет» and «региональный уровень» made two roadmaps.
    const values: CellValue[][] = [
      ["Дорожная карта по внедрению ЦОС на 2027 год"],
      ["№", "Мероприятие", "ОО (исполнитель)", "Срок", "Ответственный", "Результат"],
      [
        "1",
        "Утверждение должностного лица",
        "региональный уровень",
        "до 29.12.2026",
        "Министерство",
        "Распоряжение",
      ],
      ["2", "Объявление закупок оборудования", "комитет", "до 12.02.2027", "Комитет", "Извещения"],
      [
        "3",
        "Закупка и наладка оборудования",
        "МБОУ «СОШ № 1», МКОУ «Пристанская ООШ»",
        "до 25.08.2027",
        "ОО",
        "Акты",
      ],
    ];
    const rs = read(values);
    expect(rs.map((r) => [r.organisation, r.rows.length])).toEqual([[null, 3]]);
    expect(rs[0]!.columns.responsible?.column).toBe("E");
  });

  describe("a municipality column beside one numbering 1…N", () => {
    const values = (numbers: string[], steps: string[]): CellValue[][] => [
      ["Дорожная карта по созданию Школьных Кванториумов на 2027 год (свод по МО)"],
      ["Код МО", "Муниципальное образование", "№ п/п", "Мероприятие", "Срок", "Ответственный"],
      ...steps.map((step, k): CellValue[] => {
        const mo = (["Тарская область", "Ковыльский МР", "г. Тара", "Тарская область"] as const)[k]!;
        return [String(k), mo, numbers[k]!, step, "до 25.08.2027", "Министерство"];
      }),
    ];
    const steps = ["Утверждение должностного лица", "Объявление закупок", "Начало работы", "Мониторинг"];

    it("is one roadmap when the numbers run on and no step is written for two municipalities", () => {
      // h188-kv-region-codes-late-procurement: each municipality's few steps were read as its own roadmap.
      expect(read(values(["1", "2", "3", "4"], steps)).map((r) => [r.organisation, r.rows.length])).toEqual([
        [null, 4],
      ]);
    });

    it("is a roadmap per municipality when the numbers start again or a step repeats", () => {
      const restart = read(values(["1", "1", "1", "2"], steps)).map((r) => r.organisation);
      expect(restart).toEqual(["Тарская область", "Ковыльский МР", "г. Тара"]);
      // The same step for two, their bracketed details aside.
      const repeated = [
        "Объявление закупок оборудования",
        "Объявление закупок оборудования (ноутбуки, МФУ)",
        "Начало работы",
        "Начало работы",
      ];
      expect(read(values(["1", "2", "3", "4"], repeated)).map((r) => r.organisation)).toEqual([
        "Тарская область",
        "Ковыльский МР",
        "г. Тара",
      ]);
    });
  });

  it("«областной уровень» is every organisation's step, and «г. Северо-Озёрск; Приморский МО» names two", () => {
    // h184-itcube-region-mo: both had been read as one organisation each, two roadmaps.
    const values: CellValue[][] = [
      ["Комплекс мер по созданию центров «IT-куб» в 2027 году"],
      ["№", "Мероприятие", "Муниципальное образование", "Срок", "Ответственный"],
      ["1", "Утверждение регионального координатора", "областной уровень", "до 25.12.2026", "Министерство"],
      ["2", "Объявление закупок", "г. Северо-Озёрск; Приморский МО", "до 15.03.2027", "Центр закупок"],
      ["3", "Открытие центров", "г. Северо-Озёрск; Приморский МО", "01.09.2027", "Министерство"],
      ["4", "Мониторинг показателей", "областной уровень", "ежеквартально", "Министерство"],
    ];
    expect(read(values).map((r) => [r.organisation, r.rows.length])).toEqual([[null, 4]]);
  });
});

describe("organisations' names under a header group, the header's other cells not merged down", () => {
  it("«Срок исполнения по ОО» over a row of schools: the row is the header's, a roadmap per school", () => {
    // h186-cos-municipal-school-date-columns: the names' row was read as a step due «МБОУ «СОШ № 2»».
    const values: CellValue[][] = [
      ["План-график внедрения ЦОС на 2027 год"],
      ["№", "Мероприятие", "Ответственный", "Срок исполнения по ОО", null],
      [null, null, null, "МБОУ «СОШ № 2»", "МКОУ «Лесновская ООШ»"],
      ["1", "Объявление закупок оборудования", "Руководители ОО", "01.02.2027", "15.02.2027"],
      ["2", "Закупка, доставка и наладка оборудования", "Руководители ОО", "20.08.2027", "25.08.2027"],
    ];
    expect(orgsAndRows(values, ["D2:E2"])).toEqual([
      ["МБОУ «СОШ № 2»", [4, 5]],
      ["МКОУ «Лесновская ООШ»", [4, 5]],
    ]);
  });
});

describe("a municipality's caption naming its kind before its name", () => {
  it("«Раздел 4. Код МО 27 — городской округ Усть-Верейск» heads that municipality's block", () => {
    // h186-cos-region-mo-codes-missing: the third block was read as the second's, its steps as duplicates.
    const values: CellValue[][] = [
      ["Дорожная карта по внедрению ЦОС в 2027 году (свод по МО)"],
      ["№", "Мероприятие", "Срок", "Ответственный"],
      ["Раздел 1. Код МО 11 — Заозёрный муниципальный округ"],
      ["1.1", "Закупка, доставка и наладка оборудования", "до 20.08.2027", "Управление образования"],
      ["1.2", "Мониторинг (август)", "до 25.08.2027", "Управление образования"],
      ["Раздел 2. Код МО 27 — городской округ Усть-Верейск"],
      ["2.1", "Закупка, доставка и наладка оборудования", "до 25.08.2027", "Департамент образования"],
      ["2.2", "Мониторинг (август)", "до 25.08.2027", "Департамент образования"],
    ];
    expect(orgsAndRows(values, ["A3:D3", "A6:D6"])).toEqual([
      ["Код МО 11 — Заозёрный муниципальный округ", [4, 5]],
      ["Код МО 27 — городской округ Усть-Верейск", [7, 8]],
    ]);
  });
});

describe("a list of schools with their municipalities' codes below the roadmap", () => {
  it("«Код | Муниципальное образование / ОО» heads another table: its rows are no steps", () => {
    // h189-kv-region-coverage-counts: «60 701 | г. Тихореченск — МБОУ …» rows were read as steps without deadlines.
    const values: CellValue[][] = [
      ["Информация о ходе реализации комплекса мер «Кванториум» (на 20.05.2027)"],
      ["№", "Мероприятие", "Срок", "Ответственный", "Результат"],
      ["1", "Утверждение должностного лица", "22.12.2026", "Департамент", "Приказ"],
      ["2", "Начало работы Школьных Кванториумов", "15.09.2027", "Департамент", "Открытие"],
      [],
      [null, "Общеобразовательные организации, на базе которых создаются Школьные Кванториумы:"],
      ["Код", "Муниципальное образование / ОО"],
      ["60 701", "г. Тихореченск — МАОУ «Лицей № 7»"],
      ["60 701", "г. Тихореченск — МБОУ «СОШ № 19»"],
      ["60 624", "Заволжский муниципальный округ — МБОУ «Заволжская СОШ № 1»"],
      [null, "Всего ОО: 3"],
    ];
    expect(read(values).map((r) => r.rows.map((x) => x.sheetRows[0]))).toEqual([[3, 4]]);
  });
});

describe("a school's caption naming the centre it hosts, schools opening different centres", () => {
  it("«МАОУ «…» — детский технопарк «Кванториум» на базе общеобразовательной организации» heads a Кванториум block", () => {
    // h207-municipal-schools-tr-kv-missing-photo: the generic «на базе общеобразовательной организации» made the caption
    // name no school, so the gymnasium's Кванториум steps were read as a second Точка роста roadmap of the school above.
    const values: CellValue[][] = [
      ["План мероприятий по созданию центров «Точка роста» и детского технопарка «Кванториум» в 2027 году"],
      ["№", "Мероприятие", "Срок", "Ответственный"],
      [
        "МБОУ «Каменская СОШ» — центр образования естественно-научной и технологической направленностей «Точка роста»",
      ],
      ["1", "Объявление закупок", "до 12.02.2027", "МКУ «ЦБ»"],
      ["2", "Начало работы Центра «Точка роста»", "01.09.2027", "Директор"],
      ["МАОУ «Ольховская гимназия» — детский технопарк «Кванториум» на базе общеобразовательной организации"],
      ["1", "Объявление закупок", "до 12.02.2027", "МКУ «ЦБ»"],
      ["2", "Начало работы Школьного Кванториума", "01.09.2027", "Директор"],
    ];
    const rs = read(values, ["A3:D3", "A6:D6"]);
    expect(rs.map((r) => [r.programme.value, r.organisation, r.rows.map((x) => x.sheetRows[0])])).toEqual([
      ["tochka-rosta", "МБОУ «Каменская СОШ»", [4, 5]],
      ["kvantorium", "МАОУ «Ольховская гимназия»", [7, 8]],
    ]);
  });
});
