import { describe, expect, it } from "vitest";
import { classifyHeader } from "../../../src/core/reader/header-words";
import {
  documentYearOf,
  guessProgramme,
  guessYear,
  programmeMentions,
  titleYears,
} from "../../../src/core/reader/guess";
import { normalize, squash } from "../../../src/core/reader/normalize";
import { splitSubItems } from "../../../src/core/reader/subitems";
import { readRoadmaps } from "../../../src/core/reader";

describe("normalize", () => {
  it("turns Latin look-alikes inside Cyrillic words Cyrillic, keeps Latin words and the length", () => {
    const s = "Квантoриум (Latin o) и telegram, Ёлка, 〇бразование";
    const n = normalize(s);
    expect(n.length).toBe(s.length);
    expect(n).toBe("кванториум (latin o) и telegram, елка, образование");
  });
  it("squash drops the spaces OCR puts inside words", () => {
    expect(squash("От ветственный")).toBe("ответственный");
  });
});

describe("classifyHeader", () => {
  it.each([
    ["№ п/п", "number"],
    ["№\nп/п", "number"],
    ["№", "number"],
    ["Наименование мероприятия", "title"],
    ["Мероприятия", "title"],
    ["Мероприятие", "title"],
    ["Основные мероприятия региональных проектов", "title"],
    ["Ответственный", "responsible"],
    ["Ответственный исполнитель", "responsible"],
    ["Ответственные", "responsible"],
    ["Отв.", "responsible"],
    ["От ветственный (подразделение\nРОИВ/должностное лицо)", "responsible"],
    ["Результат", "result"],
    ["Документ", "result"],
    ["Форма отчётности", "result"],
    ["Срок", "deadline"],
    ["Срок исполнения", "deadline"],
    ["Сроки проведения", "deadline"],
    ["Дата", "deadline"],
    ["Целевая аудитория, требования к участию", "audience"],
    ["Отметка о выполнении", "status"],
    ["Статус", "status"],
    ["Исполнено", "status"],
    ["Дата начала", "start"],
    ["Срок начала", "start"],
    ["Дата окончания", "deadline"],
    ["Срок окончания", "deadline"],
    ["Фактическая дата исполнения", "actual"],
    ["Муниципальное образование", "organisation"],
    ["Наименование общеобразовательной организации", "organisation"],
    ["Примечание", "note"],
    ["Объём финансирования, тыс. руб.", "cost"],
    ["No.", "number"],
    ["Activity", "title"],
    ["Responsible", "responsible"],
    ["Output", "result"],
    ["Deadline", "deadline"],
    ["Start", "start"],
    ["End", "deadline"],
    ["Status", "status"],
    ["Что делаем", "title"],
    ["Кто отвечает", "responsible"],
    ["Кто", "responsible"],
    ["Кто?", "responsible"],
    ["Чем подтверждается", "result"],
    ["Планируемый результат", "result"],
    ["Планируемые результаты", "result"],
    ["Ожидаемые результаты", "result"],
    ["Когда", "deadline"],
    ["Что получаем", "result"],
    ["Контрольная дата", "deadline"],
    ["Контрольный срок", "deadline"],
    ["Итог", "result"],
    ["Итоги", "result"],
  ])("%s → %s", (text, field) => expect(classifyHeader(text)).toBe(field));
  it.each([
    "Об утверждении комплексного плана мероприятий",
    "Департамент образования",
    "1.",
    "",
    "Начальник отдела",
    "Когда центр открыт, проводятся занятия",
    "Итоговая конференция",
  ])("%s is not a header", (text) => expect(classifyHeader(text)).toBeNull());
});

describe("splitSubItems", () => {
  it("«Утверждение: 1) …; 2) …» carries the lead-in to each item", () => {
    expect(splitSubItems("Утверждение: 1) должностного лица; 2) комплекса мер (дорожной карты)")).toEqual([
      "Утверждение: должностного лица",
      "Утверждение: комплекса мер (дорожной карты)",
    ]);
  });
  it("«1. … 2. Утверждение: - a; - b» gives three measures", () => {
    expect(splitSubItems("1. Определение лица.\n2. Утверждение:\n- показателей;\n- положения")).toEqual([
      "Определение лица",
      "Утверждение: показателей",
      "Утверждение: положения",
    ]);
  });
  it("a single measure, dates, «5-11 классов» and numbers out of sequence are not lists", () => {
    expect(splitSubItems("Начало работы Школьного Кванториума")).toEqual([]);
    expect(splitSubItems("Проведение 2 этапа. 3. итоги")).toEqual([]);
    expect(splitSubItems("Учащиеся 5-11 классов, 1 полугодие 2024 г.")).toEqual([]);
    expect(splitSubItems("1) только один пункт")).toEqual([]);
  });
  it("dash lists without numbers", () => {
    expect(splitSubItems("Утверждены:\n- перечень;\n- положение")).toEqual([
      "Утверждены: перечень",
      "Утверждены: положение",
    ]);
  });
});

describe("programme guesses", () => {
  const at = (text: string) => ({ text, address: "A1" });
  it.each([
    ["Центр «Точка роста»", "tochka-rosta"],
    ["детских технопарков «Кваиториум»", "kvantorium"],
    ["центра «1Т-куб»", "it-cube"],
    ["центра «ГГ-куб»", "it-cube"],
    ["центров «I丁-куб»", "it-cube"],
    ["внедрение ЦОС", "cos"],
    ["внедрения цифровой образовательной среды", "cos"],
    ["Кванториум typed with a Latin o: Квантoриум", "kvantorium"],
  ])("%s → %s", (text, id) => expect(programmeMentions(at(text)).map((m) => m.id)).toContain(id));
  it("the complex plan wins over the programmes it supports", () => {
    const g = guessProgramme(
      [
        at(
          "КОМПЛЕКСНЫЙ ПЛАН МЕРОПРИЯТИЙ по организационно-методической поддержке центров «Точка роста», «IT-куб»",
        ),
      ],
      [],
      [],
      [],
    );
    expect(g.value).toBe("complex-plan");
  });
  it("a title naming its programme only as «ШК» or «ТР» gives it, and says it took the short form", () => {
    const g = guessProgramme(
      [at("Дорожная карта создания ШК на базе МАОУ «Гимназия № 7» (открытие 01.09.2027)")],
      [],
      [],
      [],
    );
    expect(g.value).toBe("kvantorium");
    expect(g.evidence[0]).toContain("обычное сокращение");
    expect(guessProgramme([at("План-график создания ТР в МБОУ «СОШ № 2»")], [], [], []).value).toBe(
      "tochka-rosta",
    );
    // Inside a word («ШКОЛА», «ТРУД») it is no short form.
    expect(guessProgramme([at("План работы ШКОЛЫ на 2027 год, ТРУДОВОЕ обучение")], [], [], []).value).toBe(
      "unknown",
    );
  });

  it("a tie is unknown, with no evidence", () => {
    const g = guessProgramme([at("«Точка роста» и «Кванториум»")], [], [], []);
    expect(g).toEqual({ value: "unknown", evidence: [] });
  });
});

describe("year guesses", () => {
  const at = (text: string, value?: Date) => ({ text, address: "B2", value });
  it("«на 2024 год», «в 2025 году», «2023/2024 учебный год»", () => {
    expect(guessYear([at("Дорожная карта на 2024 год")], [], [], null).value).toBe(2024);
    expect(guessYear([at("Комплекс мер в 2025 году")], [], [], null).value).toBe(2025);
    const s = guessYear([at("План на 2023/2024 учебный год")], [], [], null);
    expect(s.value).toBe(2024);
    expect(s.evidence[0]).toContain("2023/2024 учебный год");
  });
  it("a plan over several school years is read from its first, and the span reaches its last", () => {
    for (const t of [
      "План на 2026/2027 и 2027/2028 учебные годы",
      "Единый комплексный план … на 2026/2027 – 2028/2029 учебные годы",
      "План на 2026/2027, 2027/2028 и 2028/2029 учебные годы",
    ]) {
      const g = guessYear([at(t)], [], [], null);
      expect(g.value, t).toBe(2027);
      expect(g.evidence.join(" "), t).toContain("взят первый");
    }
    expect(titleYears("на 2026/2027 – 2028/2029 учебные годы")).toEqual({
      schoolYearEnd: 2027,
      calendarYear: null,
      lastYear: 2029,
    });
    // A calendar year with its planning period, or two years joined by «и»: the first, running to the last.
    for (const [t, last] of [
      ["на 2027 год и плановый период 2028 года", 2028],
      ["на 2027 год и плановый период 2028 и 2029 годов", 2029],
      ["на 2027 и 2028 годы", 2028],
      ["на 2027–2029 годы", 2029],
    ] as const)
      expect([t, titleYears(t)]).toEqual([t, { schoolYearEnd: null, calendarYear: 2027, lastYear: last }]);
    // «по созданию в 2027 году и функционированию в 2028 году»: a second year joined by its own step runs on to it.
    for (const t of [
      "по созданию в 2027 году и функционированию в 2028 году",
      "на создание в 2027 году и обеспечение функционирования в 2028 году",
    ])
      expect([t, titleYears(t)]).toEqual([t, { schoolYearEnd: null, calendarYear: 2027, lastYear: 2028 }]);
    // A year that is not later, or one far from the first phrase, is no span.
    expect(titleYears("на 2027 год и в 2026 году").lastYear).toBeNull();
    expect(titleYears("на 2027 год (приказ от 10.12.2026 № 5, в редакции 2028 года)").lastYear).toBeNull();
    // One school year stays one, whatever its dash.
    expect(titleYears("на 2026-2027 учебный год")).toEqual({
      schoolYearEnd: 2027,
      calendarYear: null,
      lastYear: null,
    });
  });
  it("row deadlines: the most frequent year, Dates included", () => {
    const g = guessYear(
      [],
      [at("1 марта 2021 года"), at("x", new Date(Date.UTC(2021, 0, 1))), at("30 декабря 2020 года")],
      [],
      2020,
    );
    expect(g.value).toBe(2021);
  });
  it("row deadlines: November–December approvals count for the next year, as planners prepare a year's roadmap", () => {
    const prep = ["1 декабря 2020* года", "10 ноября 2020 года", "1 декабря 2020 года", "01.12.2020"].map(
      (t) => at(t),
    );
    const dated = at("x", new Date(Date.UTC(2020, 11, 18)));
    const year = [at("II квартал 2021 года"), at("1 сентября 2021 года"), at("25 августа 2021 года")];
    const g = guessYear([], [...prep, dated, ...year], [], null);
    expect(g.value).toBe(2021);
    expect(g.evidence.join(" ")).toContain("5 November–December deadline(s)");
    // Without a later year on the sheet a December deadline is its own year's.
    expect(guessYear([], [at("1 декабря 2020 года"), at("до 30 июня 2021")], [], null).value).toBe(2021);
    expect(guessYear([], [at("1 декабря 2020 года"), at("25 декабря 2020")], [], null).value).toBe(2020);
  });
  it("nothing to go on: null, and the evidence says so", () => {
    const g = guessYear([at("Дорожная карта")], [at("по графику")], [], null);
    expect(g.value).toBeNull();
    expect(g.evidence.length).toBeGreaterThan(0);
  });
  it("documentYear from the approval line, not from a cited older act", () => {
    expect(documentYearOf([at("«29» _____ 2023 г.")])).toBe(2023);
    expect(documentYearOf([at("от 01.12.2020 № 2275-р/адм")])).toBe(2020);
    expect(documentYearOf([at("« 〇1 ^  » 0  ̂ ________20 3 г. jv〇")])).toBeNull();
    expect(documentYearOf([at("x".repeat(200) + " от 14.11.2013"), at("28.12.2023 № 3537-р")])).toBe(2023);
  });
});

describe("IT-куб mentions", () => {
  const ids = (text: string) => programmeMentions({ text, address: "A1" }).map((m) => m.id);
  it("are found in any case form and in the seed's OCR forms", () => {
    for (const t of [
      "создание IT-кубов",
      "центров IT-куба",
      "центром «IT-куб»",
      "«1Т-куб»",
      "«ГГ-\nкуб»",
      "«П - куб»",
    ]) {
      expect(ids(t), t).toEqual(["it-cube"]);
    }
  });
  it("are not other cubes", () => {
    for (const t of ["3D-куб", "объём 5 м-куб", "кубок области"]) expect(ids(t), t).toEqual([]);
  });
});

describe("row arrays", () => {
  const grid = (rows: (string | null)[][]) => ({
    sheetName: "Лист1",
    origin: "A1",
    values: [["№", "Наименование мероприятия", "Ответственный", "Срок"], ...rows],
    merges: [],
  });
  it("a row without sub-items cannot change another row's: the shared empty array is frozen", () => {
    const r = readRoadmaps(
      grid([
        ["1", "Инфраструктурный лист", "Минобр", "до 1 марта 2027 года"],
        ["2", "Закупки", "Минобр", "до 1 июля 2027 года"],
      ]),
    );
    const [a, b] = r.roadmaps[0]!.rows;
    expect(a!.subItems).toEqual([]);
    expect(() => a!.subItems.push("x")).toThrow(TypeError);
    expect(b!.subItems).toEqual([]);
  });
  it("rows with the same sub-items own their arrays, and the title cell's address is the row's", () => {
    const t = "Утверждены: 1) перечень оборудования; 2) медиаплан";
    const r = readRoadmaps(
      grid([
        ["1", t, "Минобр", "до 1 марта 2027 года"],
        ["2", t, "Минобр", "до 1 марта 2027 года"],
      ]),
    );
    const [a, b] = r.roadmaps[0]!.rows;
    expect(a!.subItems.length).toBeGreaterThan(1);
    expect(a!.subItems).toEqual(b!.subItems);
    expect(a!.subItems).not.toBe(b!.subItems);
    expect(a!.fields.title!.addresses).toEqual([a!.address]);
    expect(a!.address).toBe("B2");
  });
});
