// A measure may open with the word of a signature block: «Согласование инфраструктурного листа», «Подписание
// соглашения», «Ознакомление педагогов с …» are steps; «Согласовано:», «Подпись», «Ознакомлены:» close the table.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/grid";
import { readRoadmaps } from "../../../src/core/reader";
import { grid } from "./layouts";

const table = (rows: CellValue[][]): CellValue[][] => [
  ["Дорожная карта «Точка роста» на 2027 год"],
  ["Мероприятие", "Срок", "Ответственный", "Результат"],
  ["Назначение ответственного за создание центров", "18.12.26", "Управление образования", "приказ"],
  ...rows,
  ["Открытие центров «Точка роста»", "01.09.27", "директора школ", "центры открыты"],
];

const readRows = (values: CellValue[][]) =>
  readRoadmaps(grid(values)).roadmaps.flatMap((r) => r.rows.map((x) => x.sheetRows[0]));

describe("an unnumbered table's measures that open with a signature word", () => {
  it.each([
    "Согласование инфраструктурного листа",
    "Подписание соглашения о создании центров",
    "Ознакомление педагогов с оборудованием центров",
  ])("«%s» is a measure, not the signature block", (title) => {
    expect(readRows(table([[title, "05.02.27", "методист УО", "документ"]]))).toEqual([3, 4, 5]);
  });

  it.each(["Согласовано:", "СОГЛАСОВАНО", "Согласован с начальником управления", "Подпись", "Ознакомлены:"])(
    "«%s» below the rows still ends the table",
    (label) => {
      const values = [
        ...table([]),
        [],
        [label, null, "Утверждаю"],
        ["Начальник управления", null, "И.И. Петров"],
      ];
      expect(readRows(values)).toEqual([3, 4]);
    },
  );
});

describe("an unnumbered measure whose words are header words", () => {
  it("«Начало работы … | не позднее 1 сентября 2027 г. | Общеобразовательные организации» is a measure, not another table's header", () => {
    const values = table([
      [
        "Начало работы центров «Точка роста»",
        "не позднее 1 сентября 2027 г.",
        "Общеобразовательные организации",
        "центры работают",
      ],
      ["Повышение квалификации педагогов", "в течение 2027 г.", "ИРО", "удостоверения"],
    ]);
    expect(readRows(values)).toEqual([3, 4, 5, 6]);
  });

  it("a list of organisations below the roadmap still ends it", () => {
    const values = table([]);
    values.push(
      [],
      ["Наименование организации", "Адрес", "Муниципальное образование"],
      ["МБОУ «СОШ № 1»", "ул. Ленина, 1", "г. Энск"],
    );
    expect(readRows(values)).toEqual([3, 4]);
  });
});

describe("a signature whose name follows the signing line in its own cell", () => {
  it.each(["____________ Г.К. Ларионов", "Г.К. Ларионов ____________", "__________ Ларионов Г.К."])(
    "«Министр …» | «%s» under a numbered table is the signature, not a measure",
    (signed) => {
      const values: CellValue[][] = [
        ["Комплекс мер по созданию школьного Кванториума на 2027 год"],
        ["№", "Мероприятие", "Срок", "Ответственный"],
        ["1", "Утверждение дорожной карты", "до 24.12.2026", "Министерство образования"],
        ["2", "Начало работы школьного Кванториума", "до 1 сентября 2027 г.", "Министерство образования"],
        [],
        ["Министр образования и науки края", "", signed, null],
      ];
      expect(readRows(values)).toEqual([3, 4]);
    },
  );
});

describe("a signature whose position names its office in full", () => {
  it("«Начальник отдела образования исполнительного комитета … района» | «А.Г. …» below the totals is the signature", () => {
    // h193-cp-municipal-oo-column: an 87-character position read as a step without a deadline.
    const values: CellValue[][] = [
      ["Комплекс мер по созданию центров «Точка роста» на 2027 год"],
      ["№", "Мероприятие", "Срок", "Ответственный", "Результат"],
      ["1", "Утверждение дорожной карты", "до 24.12.2026", "Отдел образования", "Приказ"],
      ["2", "Начало работы центров", "01.09.2027", "Отдел образования", "Открытие"],
      [],
      [null, "Всего мероприятий: 2; общеобразовательных организаций — участников: 3"],
      [
        null,
        "Начальник отдела образования исполнительного комитета Черемшанского муниципального района",
        null,
        null,
        "А.Г. Мухаметзянов",
      ],
    ];
    expect(readRows(values)).toEqual([3, 4]);
  });
});
