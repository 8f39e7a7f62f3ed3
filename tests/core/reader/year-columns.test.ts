// Plans over several years with a deadline column per year: «Срок: 2026/2027 уч. год | Срок: 2027/2028 уч. год», or
// the years alone over the dates («2027 | 2028 | 2029»); a row due in one year has a dash in the others. And a
// «2026/2027 учебный год» line over a year's rows is a heading, not a measure without a deadline.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/grid";
import { checkSheet } from "../../../src/core/checks/sheet";
import { readRoadmaps } from "../../../src/core/reader";
import { rowDeadline } from "../../../src/core/row-deadline";
import { grid } from "./layouts";

const TITLE =
  "Дорожная карта по созданию и функционированию центра «Точка роста» на 2026/2027 и 2027/2028 учебные годы";

function problems(values: CellValue[][], checkDate = "2026-12-10"): string[] {
  return checkSheet(grid(values), { checkDate }).reports.flatMap((x) =>
    x.findings.filter((f) => f.severity !== "info").map((f) => `${f.code} ${f.address}`),
  );
}

describe("a deadline column per year", () => {
  it("«Срок: 2026/2027 уч. год | Срок: 2027/2028 уч. год»: a row's date is in whichever year's column has one", () => {
    const values: CellValue[][] = [
      [TITLE],
      [
        "№",
        "Мероприятие",
        "Срок: 2026/2027 уч. год",
        "Срок: 2027/2028 уч. год",
        "Ответственный",
        "Результат",
      ],
      ["1", "Назначение ответственного за создание центра", "до 29.12.2026", "—", "Директор", "Приказ"],
      ["2", "Объявление закупок для центра", "до 15.02.2027", "—", "Контрактный управляющий", "Извещения"],
      ["3", "Открытие центра «Точка роста»", "—", "до 01.09.2027", "Директор", "Приказ"],
    ];
    const r = readRoadmaps(grid(values)).roadmaps[0]!;
    expect(r.rows.map((x) => x.fields.deadline?.addresses[0])).toEqual(["C3", "C4", "D5"]);
    // The plan names both school years: the earlier year's column is the deadline, the later one read where it has a dash.
    expect(r.columns.deadline?.column).toBe("C");
    expect(r.columnRoles?.find((c) => c.column === "D")?.reason.en).toContain("another year's deadline");
    expect(problems(values).filter((p) => p.startsWith("deadline-missing"))).toEqual([]);
  });

  it("«2027 | 2028 | 2029» over the dates: the first year's column is the deadline, the others are read where it has a dash", () => {
    const values: CellValue[][] = [
      ["Комплекс мер (дорожная карта) по созданию центров «IT-куб» на 2027–2029 годы"],
      ["№", "Мероприятие", "2027 г.", "2028 г.", "2029 г.", "Ответственный", "Результат"],
      ["1", "Назначение ответственного", "до 29.12.2026", "—", "—", "Министерство", "Приказ"],
      [
        "2",
        "Повышение квалификации педагогов",
        "в течение года",
        "в течение года",
        "в течение года",
        "ЦНППМ",
        "Удостоверения",
      ],
      ["3", "Открытие второй очереди центров", "—", "до 01.09.2028", "—", "Министерство", "Приказы"],
    ];
    const r = readRoadmaps(grid(values)).roadmaps[0]!;
    expect(r.columns.deadline?.column).toBe("C");
    expect(r.rows.map((x) => x.fields.deadline?.addresses[0])).toEqual(["C3", "C4", "D5"]);
    expect(problems(values).filter((p) => p.startsWith("deadline-missing"))).toEqual([]);
  });

  it("«Срок исполнения» merged over «2027 | 2028 | 2029»: a row dated only in a later year is read there", () => {
    const values: CellValue[][] = [
      ["План мероприятий («дорожная карта») по созданию центров «IT-куб» на 2027–2029 годы"],
      ["№", "Мероприятие", "Срок исполнения", "", "", "Ответственный"],
      ["", "", "2027", "2028", "2029", null],
      ["1", "Закупка оборудования и мебели", "до 30.04.2027", "до 30.04.2028", "–", "Министерство"],
      ["2", "Региональный хакатон", "–", "март 2028", "март 2029", "Региональный центр"],
      ["3", "Оценка эффективности сети центров", "–", "–", "до 01.12.2029", "Министерство"],
    ];
    const g = grid(values, ["C2:E2", "A2:A3", "B2:B3", "F2:F3"]);
    const r = readRoadmaps(g).roadmaps[0]!;
    expect(r.rows.map((x) => x.fields.deadline?.addresses[0])).toEqual(["C4", "D5", "E6"]);
    const codes = checkSheet(g, { checkDate: "2026-12-10" }).reports.flatMap((x) =>
      x.findings.map((f) => f.code),
    );
    expect(codes).not.toContain("deadline-missing");
  });

  it("«Срок исполнения» merged over «2026 г. | 2027 г. | …» with the other header cells not merged down", () => {
    const values: CellValue[][] = [
      ["Дорожная карта по созданию центров «Точка роста» на 2027–2029 годы"],
      ["№ п/п", "Мероприятие", "Ответственный", "Срок исполнения", "", "", "Результат"],
      ["", "", "", "2026 г.", "2027 г.", "2028 г.", ""],
      ["1", "Назначение ответственного", "Управление образования", "до 25.12.2026", "—", "—", "Приказ"],
      ["2", "Объявление закупок", "Управление образования", "—", "до 10.02.2027", "—", "Извещения"],
      ["3", "Муниципальный фестиваль центров", "Управление образования", "—", "—", "апрель", "Приказ"],
    ];
    const g = grid(values, ["D2:F2"]);
    const r = readRoadmaps(g).roadmaps[0]!;
    // The years' row belongs to the header: no measure row «2026 г.».
    expect(r.rows.map((x) => x.fields.deadline?.addresses[0])).toEqual(["D4", "E5", "F6"]);
    expect(r.rows.map((x) => x.fields.deadline?.year)).toEqual(["2026", "2027", "2028"]);
    const codes = checkSheet(g, { checkDate: "2026-12-10" }).reports.flatMap((x) =>
      x.findings.map((f) => f.code),
    );
    expect(codes).not.toContain("deadline-missing");
  });

  it("years over amounts are a funding table's, not deadlines", () => {
    const values: CellValue[][] = [
      ["Комплекс мер (дорожная карта) по созданию центров «Точка роста» на 2027–2029 годы"],
      ["№", "Мероприятие", "2027", "2028", "2029", "Ответственный"],
      ["1", "Закупка оборудования", "1 250,5", "980,0", "1 100,0", "Министерство"],
      ["2", "Ремонт помещений", "48215.3", "0", "0", "Министерство"],
    ];
    const r = readRoadmaps(grid(values)).roadmaps[0];
    expect(r?.columns.deadline).toBeUndefined();
  });

  it("«I. 2026/2027 учебный год», «II. 2027/2028 учебный год» over «Направление N.» rows give their rows that school year", () => {
    const values: CellValue[][] = [
      [
        TITLE.replace(
          "Дорожная карта по созданию и функционированию центра «Точка роста»",
          "Единый комплексный план",
        ),
      ],
      ["№ п/п", "Мероприятие", "Сроки проведения", "Ответственный"],
      ["I. 2026/2027 учебный год"],
      ["Направление 1. Проведение совместных мероприятий"],
      ["1.1", "Совместные практикумы для обучающихся", "в течение учебного года", "Руководители центров"],
      ["II. 2027/2028 учебный год"],
      ["Направление 1. Проведение совместных мероприятий"],
      ["1.2", "Соревнования по робототехнике", "в течение учебного года", "Руководители центров"],
      ["Направление 7. Профориентационная деятельность"],
      ["7.2", "Профориентационные пробы", "II полугодие", "Руководители центров"],
    ];
    const g = grid(values, ["A3:D3", "A4:D4", "A6:D6", "A7:D7", "A9:D9"]);
    const r = readRoadmaps(g).roadmaps[0]!;
    expect(r.rows.map((x) => x.fields.deadline?.year)).toEqual(["2026/2027", "2027/2028", "2027/2028"]);
    expect(r.rows.map((x) => rowDeadline(x.fields.deadline, r, 2027, 9)?.due ?? null)).toEqual([
      "2027-08-31",
      "2028-08-31",
      "2028-05-31",
    ]);
  });

  it("a «2026/2027 учебный год» line over the rows is a year heading, not a measure", () => {
    const values: CellValue[][] = [
      [TITLE],
      ["№ п/п", "Наименование мероприятия", "Срок исполнения", "Ответственный", "Результат"],
      [null, "2026/2027 учебный год", null, null, null],
      ["1", "Назначение ответственного за создание центра", "до 29.12.2026", "Директор", "Приказ"],
      [null, "2027/2028 уч. год", null, null, null],
      ["2", "Открытие центра «Точка роста»", "до 01.09.2027", "Директор", "Приказ"],
    ];
    const r = readRoadmaps(grid(values)).roadmaps[0]!;
    expect(r.rows.map((x) => x.number)).toEqual(["1", "2"]);
    expect(r.skipped?.filter((x) => x.kind === "year-heading").map((x) => x.text)).toEqual([
      "2026/2027 учебный год",
      "2027/2028 уч. год",
    ]);
  });

  // A plan «на 2027–2028 годы» whose deadline columns name their years: each year's column is read in that year.
  const dues = (values: CellValue[][]) => {
    const r = readRoadmaps(grid(values)).roadmaps[0]!;
    return r.rows.map((x) => rowDeadline(x.fields.deadline, r, 2027, null)?.due ?? null);
  };
  const SPAN = "Комплекс мер (дорожная карта) по созданию центров «Точка роста» на 2027–2028 годы";

  it("«Срок: 2026 год | Срок: 2027 год | Срок: 2028 год» over days without a year: each is due in its column's year", () => {
    const values: CellValue[][] = [
      [SPAN],
      [
        "№",
        "Мероприятие",
        "Срок: 2026 год",
        "Срок: 2027 год",
        "Срок: 2028 год",
        "Ответственный",
        "Результат",
      ],
      ["1", "Утверждение должностного лица", "до 29 декабря", "—", "—", "Министерство", "Распоряжение"],
      [
        "2",
        "Утверждение перечня школ",
        "до 29 декабря",
        "до 29 декабря (уточнение)",
        "—",
        "Министерство",
        "Перечень",
      ],
      ["3", "Объявление закупок", "—", "до 15 февраля", "до 15 февраля", "Муниципалитеты", "Извещения"],
    ];
    expect(readRoadmaps(grid(values)).roadmaps[0]!.columns.deadline?.column).toBe("C");
    expect(dues(values)).toEqual(["2026-12-29", "2026-12-29", "2027-02-15"]);
    expect(problems(values).filter((p) => p.startsWith("late-vs-template"))).toEqual([]);
  });

  it("«сентябрь – декабрь | январь – май» across «2027 г. | 2028 г.»: one period running on into the next year, due at its end", () => {
    const values: CellValue[][] = [
      ["Комплексный план мероприятий по организационно-методической поддержке центров на 2027–2028 годы"],
      ["№", "Мероприятие", "Ответственный", "Срок проведения", ""],
      ["", "", "", "2027 г.", "2028 г."],
      [
        "1",
        "Реализация сетевой программы «Юный исследователь»",
        "Руководители ОО",
        "сентябрь – декабрь",
        "январь – май",
      ],
      ["2", "Муниципальная конференция по обмену опытом", "Методический центр", "ноябрь", "ноябрь"],
      ["3", "Открытые уроки педагогов центров", "Методический центр", "февраль – март", "январь – май"],
    ];
    const g = grid(values, ["D2:E2", "A2:A3", "B2:B3", "C2:C3"]);
    const r = readRoadmaps(g).roadmaps[0]!;
    const due = r.rows.map((x) => rowDeadline(x.fields.deadline, r, 2027, null)?.due ?? null);
    // Row 3 ends in March: its January – May is the next year's run of the same event, not a continuation.
    expect(due).toEqual(["2028-05-31", "2027-11-30", "2027-03-31"]);
    expect(r.rows[0]!.fields.deadline?.addresses).toEqual(["D4", "E4"]);
  });

  it("«Срок исполнения, 2027 год | Срок исполнения, 2028 год» in a plan for both years: the first year's date is the row's", () => {
    const values: CellValue[][] = [
      [SPAN.replace("«Точка роста»", "«Кванториум»")],
      ["№", "Мероприятие", "Ответственный", "Срок исполнения, 2027 год", "Срок исполнения, 2028 год"],
      [
        "1",
        "Утверждение показателей деятельности",
        "Школа",
        new Date(Date.UTC(2026, 11, 28)),
        new Date(Date.UTC(2027, 11, 28)),
      ],
      [
        "2",
        "Информационная справка",
        "Отдел образования",
        new Date(Date.UTC(2027, 5, 30)),
        new Date(Date.UTC(2028, 5, 30)),
      ],
      ["3", "Открытие Кванториума", "Отдел образования", new Date(Date.UTC(2027, 8, 1)), "—"],
    ];
    expect(dues(values)).toEqual(["2026-12-28", "2027-06-30", "2027-09-01"]);
  });

  it("«2026 | 2027 | 2028» with «+» under a year: due by the end of the first year marked", () => {
    const values: CellValue[][] = [
      ["План мероприятий («дорожная карта») по созданию центров «IT-куб» на 2026–2028 годы"],
      ["№", "Мероприятие", "2026", "2027", "2028", "Ответственный"],
      ["1", "Утверждение плана мероприятий", "до 15.12.2026", "", "", "Департамент"],
      ["2", "Согласование инфраструктурного листа", "", "+", "+", "Департамент"],
      ["3", "Открытие центров", "", "01.09.2027", "01.09.2028", "Руководители центров"],
      ["4", "Мониторинг показателей", "+", "+", "+", "Департамент"],
    ];
    expect(dues(values)).toEqual(["2026-12-15", "2027-12-31", "2027-09-01", "2026-12-31"]);
    expect(problems(values, "2026-11-20").filter((p) => p.startsWith("deadline-unreadable"))).toEqual([]);
  });

  it("one year in the title: «Срок 2026 г. | Срок 2027 г.» is last year's column beside the plan's, the later is read", () => {
    const values: CellValue[][] = [
      ["Комплекс мер (дорожная карта) по созданию центров «Точка роста» на 2027 год"],
      ["№", "Мероприятие", "Срок 2026 г.", "Срок 2027 г.", "Ответственный", "Результат"],
      ["1", "Объявление закупок", "до 15.02.2026", "до 15.02.2027", "Министерство", "Извещения"],
    ];
    expect(readRoadmaps(grid(values)).roadmaps[0]!.columns.deadline?.column).toBe("D");
    expect(dues(values)).toEqual(["2027-02-15"]);
  });

  it("«на 2026–2028 годы» whose first year holds only December's approvals: the plan's target year is 2027", () => {
    const values: CellValue[][] = [
      ["Комплекс мер (дорожная карта) по созданию детских технопарков «Кванториум» на 2026–2028 годы"],
      ["№", "Мероприятие", "Срок исполнения", "", "", "Ответственный", "Результат"],
      ["", "", "2026 г.", "2027 г.", "2028 г.", "", ""],
      ["1", "Утверждение ответственного должностного лица", "до 21.12", "—", "—", "Департамент", "Приказ"],
      ["2", "Утверждение показателей деятельности", "до 28.12", "—", "—", "Департамент", "Приказ"],
      ["3", "Объявление закупок оборудования", "—", "до 15 февраля", "—", "Муниципалитеты", "Извещения"],
      ["4", "Информационная справка", "—", "до 30 июня", "—", "Департамент", "Справка"],
      ["5", "Начало работы технопарков", "—", "до 1 сентября", "—", "Школы", "Приказы"],
    ];
    const g = grid(values, ["C2:E2", "A2:A3", "B2:B3", "F2:F3", "G2:G3"]);
    expect(readRoadmaps(g).roadmaps[0]!.year.value).toBe(2027);
    const found = checkSheet(g, { checkDate: "2026-12-09" }).reports.flatMap((x) =>
      x.findings.filter((f) => f.code === "late-vs-template").map((f) => f.address),
    );
    expect(found).toEqual([]);
  });

  it("«на 2026–2028 годы» with steps of its own in 2026: the first year stays the target", () => {
    const values: CellValue[][] = [
      ["Комплекс мер (дорожная карта) по созданию детских технопарков «Кванториум» на 2026–2028 годы"],
      ["№", "Мероприятие", "Срок исполнения", "", "", "Ответственный", "Результат"],
      ["", "", "2026 г.", "2027 г.", "2028 г.", "", ""],
      ["1", "Утверждение ответственного должностного лица", "до 21.12", "—", "—", "Департамент", "Приказ"],
      [
        "2",
        "Объявление закупок оборудования",
        "до 15 февраля",
        "до 15 февраля",
        "—",
        "Муниципалитеты",
        "Извещения",
      ],
      ["3", "Начало работы технопарков", "до 1 сентября", "до 1 сентября", "—", "Школы", "Приказы"],
    ];
    const g = grid(values, ["C2:E2", "A2:A3", "B2:B3", "F2:F3", "G2:G3"]);
    expect(readRoadmaps(g).roadmaps[0]!.year.value).toBe(2026);
  });

  it("«2026/2027 учебный год — создание центра» heads its year's rows: a day without a year falls in that school year", () => {
    const values: CellValue[][] = [
      [TITLE],
      ["№ п/п", "Мероприятие", "Срок исполнения", "Ответственный"],
      [null, "2026/2027 учебный год — создание центра", null, null],
      ["1", "Назначение руководителя центра", "до 15 декабря 2026 г.", "Директор"],
      [null, "2027/2028 учебный год — функционирование центра", null, null],
      ["2", "Участие обучающихся в олимпиадах", "ежегодно, октябрь – ноябрь", "Руководитель центра"],
      ["3", "Открытые уроки на оборудовании центра", "в течение учебного года", "Педагоги"],
    ];
    const r = readRoadmaps(grid(values)).roadmaps[0]!;
    expect(r.rows.map((x) => x.number)).toEqual(["1", "2", "3"]);
    expect(r.skipped?.filter((x) => x.kind === "year-heading").length).toBe(2);
    expect(r.rows.map((x) => rowDeadline(x.fields.deadline, r, 2027, 9)?.due ?? null)).toEqual([
      "2026-12-15",
      "2027-11-30",
      "2028-08-31",
    ]);
  });

  it("«Месяц | 2026 | 2027 | 2028» with «+» under the years: due at the end of that month of the first year marked", () => {
    const values: CellValue[][] = [
      ["Комплексный план мероприятий по организационно-методической поддержке центров на 2026–2028 годы"],
      ["№", "Мероприятие", "Месяц", "2026", "2027", "2028", "Ответственный"],
      ["1", "Городской фестиваль проектов", "ноябрь", "+", "+", "+", "ИМЦ"],
      ["2", "Региональная конференция", "апрель", "", "+", "+", "Управление образования"],
      ["3", "Мероприятия Минпросвещения России", "по графику ФО", "+", "+", "+", "Управление образования"],
      ["4", "Методические консультации", "декабрь", "+", "+", "+", "ИМЦ"],
    ];
    const r = readRoadmaps(grid(values)).roadmaps[0]!;
    // The years' «+» are no status column.
    expect(r.columns.status).toBeUndefined();
    expect(r.rows.map((x) => rowDeadline(x.fields.deadline, r, 2026, null)?.due ?? null)).toEqual([
      "2026-11-30",
      "2027-04-30",
      null,
      "2026-12-31",
    ]);
  });

  it("«Раздел 2. Работа центра в 2027/2028 учебном году» gives its school year to its rows as a year heading does", () => {
    const values: CellValue[][] = [
      [
        "Дорожная карта создания и функционирования центра «Точка роста» МБОУ «Сосновская СОШ» на 2026/2027 и 2027/2028 учебные годы",
      ],
      ["№ п/п", "Мероприятие", "Сроки", "Ответственные", "Результат"],
      ["Раздел 1. Подготовка к открытию центра (2026/2027 учебный год)", null, null, null, null],
      ["1.1", "Назначение ответственного за центр", "до 25.12.2026", "Директор", "Приказ"],
      ["1.2", "Информационная справка", "май – июнь 2027 г.", "Заместитель директора", "Справка"],
      ["Раздел 2. Работа центра в 2027/2028 учебном году", null, null, null, null],
      [
        "2.1",
        "Школьный этап олимпиады на оборудовании центра",
        "ежегодно, сентябрь – октябрь",
        "Руководитель",
        "Протоколы",
      ],
    ];
    const r = readRoadmaps(grid(values, ["A3:E3", "A6:E6"])).roadmaps[0]!;
    expect(r.sections.map((x) => x.number)).toEqual(["1", "2"]);
    expect(r.rows.map((x) => rowDeadline(x.fields.deadline, r, 2027, null)?.due ?? null)).toEqual([
      "2026-12-25",
      "2027-06-30",
      "2027-10-31",
    ]);
  });

  it("a title ending «…, 2026 – 2028 годы» (no «на») names the plan's span: a row in 2028 is inside it", () => {
    const values: CellValue[][] = [
      ["Дорожная карта внедрения цифровой образовательной среды в Заволжском крае, 2026 – 2028 годы"],
      ["№", "Мероприятие", "Ответственный", "2026", "2027", "2028"],
      [
        "1",
        "Утверждение должностного лица, ответственного за внедрение ЦОС",
        "Министерство",
        "до 29.12.2026",
        "",
        "",
      ],
      ["2", "Утверждение перечня образовательных организаций", "Министерство", "до 29.12.2026", "", ""],
      ["3", "Объявление закупок оборудования", "Министерство", "", "до 15.02.2027", ""],
      ["4", "Поставка и наладка оборудования", "Министерство", "", "до 25.08.2027", ""],
      ["5", "Анализ использования поставленного оборудования", "Министерство", "", "", "I полугодие 2028 г."],
    ];
    const g = grid(values);
    const r = readRoadmaps(g).roadmaps[0]!;
    expect(r.year.evidence[0]).toContain("2026 – 2028 годы");
    const codes = checkSheet(g, { checkDate: "2026-12-01" }).reports.flatMap((x) =>
      x.findings.map((f) => f.code),
    );
    expect(codes).not.toContain("deadline-outside-plan");
  });
});
