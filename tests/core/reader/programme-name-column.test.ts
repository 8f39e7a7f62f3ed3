// One list of measures with a «Программа» column naming each row's programme: one roadmap per programme, a row naming
// several (or «все», or none) in each.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/grid";
import { readRoadmaps } from "../../../src/core/reader";
import { grid } from "./layouts";

function programmeColumn(second: CellValue[][] = []): CellValue[][] {
  return [
    ["Сводный комплекс мер («дорожная карта») на 2027 год"],
    [],
    ["№", "Программа", "Мероприятие", "Срок", "Ответственный", "Результат"],
    ["1.", "Точка роста", "Назначение ответственного должностного лица", "24.12.2026", "МПМП", "Приказ"],
    ["2.", "Кванториум", "Назначение ответственного должностного лица", "24.12.2026", "МПМП", "Приказ"],
    [
      "3.",
      "Точка роста, Кванториум",
      "Повышение квалификации педагогов",
      "в течение 2027 года",
      "ИРО",
      "Справка",
    ],
    ["4.", "", "Мониторинг показателей", "ежеквартально, начиная с 01.10.2027", "МПМП", "Отчёт"],
    ["5.", "Кванториум", "Начало работы Школьных Кванториумов", "01.09.2027", "Школы", "Приказ"],
    ...second,
  ];
}

describe("a «Программа» column", () => {
  it("makes one roadmap per programme named; a row naming both, or none, goes to each", () => {
    const rs = readRoadmaps(grid(programmeColumn(), [])).roadmaps;
    expect(rs.map((r) => r.programme.value)).toEqual(["tochka-rosta", "kvantorium"]);
    expect(rs.map((r) => r.rows.map((x) => x.sheetRows[0]))).toEqual([
      [4, 6, 7],
      [5, 6, 7, 8],
    ]);
    expect(rs[0]!.programme.evidence).toEqual(["B4: «Точка роста»"]);
    expect(rs[0]!.columnRoles?.find((c) => c.column === "B")?.role).toBe("programme");
    // Each roadmap's rows are numbered from 0, so per-row results never point into the other's rows.
    expect(rs[1]!.rows.map((x) => x.index)).toEqual([0, 1, 2, 3]);
  });

  it("naming one programme only, or holding other words, leaves the table one roadmap", () => {
    const one = programmeColumn().map((r, i) => (i >= 3 ? [r[0] ?? null, "Кванториум", ...r.slice(2)] : r));
    expect(readRoadmaps(grid(one, [])).roadmaps).toHaveLength(1);
    const words = programmeColumn().map((r, i) =>
      i >= 3 ? [r[0] ?? null, "бюджет области", ...r.slice(2)] : r,
    );
    expect(readRoadmaps(grid(words, [])).roadmaps).toHaveLength(1);
  });
});

describe("a «Центр» column beside the school's", () => {
  it("«Общеобразовательная организация | Центр» naming «Точка роста» or «IT-куб»: a roadmap per school and centre", () => {
    // h172-tr-itcube-schools-duplicate: «Центр» was no programme header, so the IT-куб school was a Точка роста roadmap.
    const values: CellValue[][] = [
      ["Дорожная карта по созданию центров «Точка роста» и «IT-куб» на 2027 год"],
      ["№", "Общеобразовательная организация", "Центр", "Мероприятие", "Срок", "Ответственный", "Результат"],
      [
        "1",
        "МБОУ «Заречная СОШ»",
        "«Точка роста»",
        "Объявление закупок",
        "15.02.2027",
        "Директор",
        "Извещения",
      ],
      [
        "2",
        "МБОУ «Заречная СОШ»",
        "«Точка роста»",
        "Начало работы центра",
        "01.09.2027",
        "Директор",
        "Приказ",
      ],
      ["3", "МАОУ «Лицей «Спектр»»", "«IT-куб»", "Ремонт помещений центра", "31.07.2027", "Директор", "Акты"],
      ["4", "МАОУ «Лицей «Спектр»»", "«IT-куб»", "Открытие центра", "01.09.2027", "Директор", "Приказ"],
    ];
    const rs = readRoadmaps(grid(values, [])).roadmaps;
    expect(rs.map((r) => [r.programme.value, r.organisation, r.rows.map((x) => x.sheetRows[0])])).toEqual([
      ["tochka-rosta", "МБОУ «Заречная СОШ»", [3, 4]],
      ["it-cube", "МАОУ «Лицей «Спектр»»", [5, 6]],
    ]);
  });
});

describe("a «Региональный проект» column merged over each programme's block", () => {
  it("makes a roadmap per programme, as «Программа» does", () => {
    // h182-cos-tr-vmerged-programme-column: the header named no role, so ЦОС and Точка роста were one roadmap.
    const values: CellValue[][] = [
      ["Сводный план-график (дорожная карта) на 2027 год"],
      ["Региональный проект", "№ п/п", "Мероприятие", "Срок исполнения", "Ответственный", "Результат"],
      [
        "Цифровая образовательная среда",
        "1",
        "Утверждение должностного лица",
        "до 28.12.2026",
        "МО",
        "Приказ",
      ],
      [null, "2", "Объявлены закупки оборудования", "до 12.02.2027", "МО", "Извещения"],
      ["Центры «Точка роста»", "3", "Утверждение должностного лица", "до 28.12.2026", "МО", "Приказ"],
      [null, "4", "Объявлены закупки оборудования", "до 12.02.2027", "МО", "Извещения"],
    ];
    const rs = readRoadmaps(grid(values, ["A3:A4", "A5:A6"])).roadmaps;
    expect(rs.map((r) => [r.programme.value, r.rows.map((x) => x.sheetRows[0])])).toEqual([
      ["cos", [3, 4]],
      ["tochka-rosta", [5, 6]],
    ]);
  });
});

describe("a centre's column naming the schools it opens at", () => {
  const list = (header: string, cells: [string, string]): CellValue[][] => [
    ["План мероприятий по созданию центров «Точка роста» в Заречном районе на 2027 год"],
    ["№", "Мероприятие", header, "Срок", "Ответственный", "Результат"],
    ["1", "Назначение ответственного за создание Центра", cells[0], "до 20.12.2026", "Директор", "Приказ"],
    ["2", "Открытие Центра", cells[0], "01.09.2027", "Директор", "Приказ"],
    ["3", "Назначение ответственного за создание Центра", cells[1], "до 20.12.2026", "Директор", "Приказ"],
    ["4", "Открытие Центра", cells[1], "01.09.2027", "Директор", "Приказ"],
  ];
  const schools: [string, string] = ["МБОУ «СОШ № 1 с. Заречное»", "Ольховская ООШ"];

  it.each(["Центр «Точка роста»", "Центр (на базе)", "На базе какой ОО", "База центра"])(
    "«%s» over schools' names: a roadmap per school, the column read as the organisation's",
    (header) => {
      const rs = readRoadmaps(grid(list(header, schools), [])).roadmaps;
      expect(rs.map((r) => [r.organisation, r.rows.map((x) => x.sheetRows[0])])).toEqual([
        [schools[0], [3, 4]],
        [schools[1], [5, 6]],
      ]);
      expect(rs[0]!.columnRoles?.find((c) => c.column === "C")?.role).toBe("organisation");
    },
  );

  it("in a complex plan, or headed as a venue, says where an event is held: the plan stays one", () => {
    const plan: CellValue[][] = [
      ["Единый комплексный план мероприятий по организационно-методической поддержке центров на 2027 год"],
      ["№", "Мероприятие", "Центр", "Срок", "Ответственный"],
      ["1", "Районный турнир по робототехнике", "МБОУ «СОШ № 1»", "март 2027 г.", "РМЦ"],
      ["2", "Фестиваль «IT-весна»", "МБОУ «СОШ № 1»", "апрель 2027 г.", "РМЦ"],
      ["3", "Химический турнир", "Ольховская ООШ", "ноябрь 2027 г.", "РМЦ"],
      ["4", "Конференция проектов", "Ольховская ООШ", "декабрь 2027 г.", "РМЦ"],
    ];
    const rs = readRoadmaps(grid(plan, [])).roadmaps;
    expect(rs.map((r) => [r.programme.value, r.organisation, r.rows.length])).toEqual([
      ["complex-plan", null, 4],
    ]);
    const venue = readRoadmaps(grid(list("Центр (площадка проведения)", schools), [])).roadmaps;
    expect(venue.map((r) => r.organisation)).toEqual([null]);
  });

  it("over the programmes' names, or over other words, names no school", () => {
    const programmes = readRoadmaps(grid(list("Центр", ["«Точка роста»", "«IT-куб»"]), [])).roadmaps;
    expect(programmes.map((r) => [r.programme.value, r.organisation])).toEqual([
      ["tochka-rosta", null],
      ["it-cube", null],
    ]);
    const words = readRoadmaps(
      grid(list("Центр «Точка роста»", ["кабинет химии", "кабинет физики"]), []),
    ).roadmaps;
    expect(words.map((r) => r.organisation)).toEqual([null]);
  });
});

describe("a «Программа» column in the complex plan", () => {
  it("says which centres take part in each event: the plan stays one roadmap", () => {
    const rows: CellValue[][] = [
      ["Единый комплексный план мероприятий по организационно-методической поддержке центров на 2027 год"],
      ["№", "Мероприятие", "Программа", "Срок"],
      ["1", "Совместные уроки химии для учеников центров и школ-партнёров", "Точка роста", "март 2027 г."],
      ["2", "Региональный фестиваль технического творчества", "Кванториум", "апрель 2027 г."],
      [
        "3",
        "Участие педагогов во всероссийских вебинарах федерального оператора",
        "все",
        "в течение 2027 года",
      ],
    ];
    const rs = readRoadmaps(grid(rows, [])).roadmaps;
    expect(rs.map((r) => [r.programme.value, r.rows.length])).toEqual([["complex-plan", 3]]);
  });
});
