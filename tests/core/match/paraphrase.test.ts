// Planners' wording that differs from the form's: the form's exact day lifts a text one word short, paraphrases are
// read as the form's words, and fixed expressions («дни открытых дверей») do not count for an item.
import { describe, expect, it } from "vitest";
import { matchRoadmap } from "../../../src/core/match";
import { withFormWords } from "../../../src/core/match/paraphrase";
import { getEdition } from "../../../src/core/templates/library";
import { buildRoadmap } from "./build";

const ids = (m: ReturnType<typeof matchRoadmap>, row: number) =>
  (m.byRow.get(row) ?? []).map((c) => c.itemId);

describe("the form's exact day lifts a text one word short of the threshold", () => {
  const tr = getEdition("tochka-rosta-2021")!;
  // «выполнения показателей» is the item's heaviest term; a planner may name neither it nor the indicators.
  const rows = [
    { title: "Утверждены показатели деятельности центров «Точка роста»" },
    { title: "Ежеквартальный мониторинг деятельности центров «Точка роста»" },
  ];
  it("due on the form's day (1 October, quarterly): the quarterly monitoring, not a duplicate", () => {
    const m = matchRoadmap(buildRoadmap(rows), tr, {
      targetYear: 2023,
      dates: [
        { due: "2022-12-16", key: null },
        { due: "2023-10-01", key: null },
      ],
    });
    expect(ids(m, 0)).toEqual(["approve-indicators"]);
    expect(ids(m, 1)).toEqual(["indicator-monitoring"]);
    expect(m.duplicates).toEqual([]);
  });
  it("on another day the words alone decide (no match below the threshold)", () => {
    const m = matchRoadmap(buildRoadmap([rows[1]!]), tr, {
      targetYear: 2023,
      dates: [{ due: "2023-11-15", key: null }],
    });
    expect(ids(m, 0)).not.toContain("indicator-monitoring");
  });
});

describe("paraphrases", () => {
  it.each([
    ["Назначение регионального куратора центров в проектном офисе", "ответственное лицо"],
    ["Принятие целевых показателей работы центров на 2027 год", "деятельности"],
    ["Подготовка общего плана методического сопровождения центров", "комплексный план"],
    ["Разработка дизайн-макета и планировки помещений", "зонирования"],
    ["Направление федеральному оператору сведений о школах", "информационная справка"],
    ["Фотофиксация готовности помещений центров", "фотомониторинг"],
    ["Сбор отчётности о достижении показателей работы центров", "выполнения показателей"],
    ["Обучение педагогов центров на курсах", "повышение квалификации"],
    ["Курсы по дополнительным профессиональным программам", "повышение квалификации"],
    [
      "включения школы в перечень организаций, на базе которых создаются центры",
      "перечень общеобразовательных",
    ],
    [
      "Включение школы в утверждённый перечень школ — площадок центров «Точка роста»",
      "перечень общеобразовательных",
    ],
    ["Включение организации в региональный список участников", "перечень общеобразовательных"],
  ])("plain words «%s» carry the form's «%s»", (text, words) => expect(withFormWords(text)).toContain(words));
  it("reads «хода внедрения», «ответственного за», «показатели … функционирования» as the form's words", () => {
    expect(withFormWords("Мониторинг хода внедрения целевой модели ЦОС")).toContain("хода реализации");
    expect(withFormWords("Назначение координатора, ответственного за внедрение ЦОС")).toContain(
      "ответственное лицо",
    );
    expect(withFormWords("показатели и индикаторы создания и функционирования Кванториума")).toContain(
      "деятельности",
    );
    expect(withFormWords("Поставка оборудования")).toBe("Поставка оборудования");
    expect(withFormWords("Назначение ответственного за охрану труда в Центре")).not.toContain(
      "ответственное лицо",
    );
    expect(withFormWords("Открытые уроки и дни открытых дверей")).not.toMatch(/открыт/);
    expect(withFormWords("Центр открыт, начато открытие")).toMatch(/открыт.*открытие/);
  });

  it("a municipal ЦОС roadmap: the coordinator and both monitoring rounds are the form's items", () => {
    const cos = getEdition("cos-2024")!;
    const r = buildRoadmap([
      { title: "Назначение муниципального координатора, ответственного за внедрение целевой модели ЦОС" },
      { title: "Мониторинг хода внедрения целевой модели ЦОС (по состоянию на август)" },
      { title: "Мониторинг хода внедрения целевой модели ЦОС (по состоянию на ноябрь)" },
    ]);
    const m = matchRoadmap(r, cos, {
      targetYear: 2025,
      dates: [
        { due: "2024-12-27", key: null },
        { due: "2025-08-25", key: null },
        { due: "2025-11-28", key: null },
      ],
    });
    expect([ids(m, 0), ids(m, 1), ids(m, 2)]).toEqual([
      ["approve-official"],
      ["progress-monitoring-august"],
      ["progress-monitoring-november"],
    ]);
  });

  it("licences «для поставляемого оборудования» are not the delivery (no duplicate of «Закупка, доставка и наладка»)", () => {
    const cos = getEdition("cos-2024")!;
    const r = buildRoadmap([
      {
        title:
          "Приобретение лицензий на отечественное программное обеспечение (операционная система, офисный пакет) для поставляемого оборудования",
      },
      { title: "Поставка, установка и наладка оборудования в общеобразовательных организациях" },
    ]);
    const m = matchRoadmap(r, cos, { targetYear: 2027 });
    expect(ids(m, 1)).toEqual(["equipment-delivery"]);
    expect(m.duplicates).toEqual([]);
    expect(m.extras).toEqual([0]);
    expect(withFormWords("Оборудование поставлено и налажено")).toBe("Оборудование поставлено и налажено");
  });

  it("«Дни открытых дверей» is not the centre's opening (no duplicate of «Начало работы»)", () => {
    const tr = getEdition("tochka-rosta-2024")!;
    const r = buildRoadmap([
      { title: "Торжественное открытие Центра «Точка роста», начало работы" },
      { title: "Дни открытых дверей Центра для обучающихся и родителей" },
    ]);
    const m = matchRoadmap(r, tr, { targetYear: 2024 });
    expect(ids(m, 0)).toEqual(["start"]);
    expect(m.duplicates).toEqual([]);
    expect(m.extras).toEqual([1]);
  });
});

describe("«к открытию»: what a step prepares for", () => {
  it("a photo-monitoring «готовности помещений к открытию» is no opening; the opening row is «Начало работы»", () => {
    // h191-kv-school-lyceum-months-dup-result: the second photo-monitoring took «Начало работы», hiding the duplicate.
    const kv = getEdition("kvantorium-2024")!;
    const r = buildRoadmap([
      { title: "Фотомониторинг приведения помещений в соответствие с методическими рекомендациями" },
      { title: "Фотомониторинг готовности помещений технопарка к открытию" },
      { title: "Торжественное открытие Школьного Кванториума, начало работы" },
    ]);
    const m = matchRoadmap(r, kv, { targetYear: 2027 });
    expect(ids(m, 2)).toEqual(["start"]);
    expect(m.duplicates.map((d) => [d.rowPos, d.itemId])).toEqual([[1, "photo-monitoring"]]);
    expect(withFormWords("Подготовка к открытию центра")).not.toMatch(/открыт/);
  });
});

describe("more planners' words for the form's items (tochka-rosta, Кванториум and ЦОС 2024 forms)", () => {
  // Each row alone, its date far from the form's day: only the words decide.
  const alone = (edition: string, title: string) =>
    ids(matchRoadmap(buildRoadmap([{ title }]), getEdition(edition)!, { targetYear: 2027 }), 0);
  it.each([
    ["tochka-rosta-2024", "Мониторинг показателей деятельности центра", "indicator-monitoring"],
    // A school's and a municipality's short forms.
    ["tochka-rosta-2024", "Курсы ПК педагогов", "professional-development"],
    ["tochka-rosta-2024", "Курсы ПК для педагогов Центра", "professional-development"],
    [
      "tochka-rosta-2024",
      "Назначить ответственного специалиста Комитета за создание и работу центров «Точка роста»",
      "approve-official",
    ],
    ["cos-2024", "Подать заявку на закупку оборудования", "procurement"],
    ["cos-2024", "Участие в мониторинге внедрения ЦОС (августовский этап)", "progress-monitoring-august"],
    ["tochka-rosta-2024", "Утверждены показатели центра", "approve-indicators"],
    ["tochka-rosta-2024", "Справка о ходе создания центров", "info-reference"],
    // A footnote mark glued to the last word is not part of it.
    ["tochka-rosta-2024", "Инфраструктурный лист²", "infrastructure-list"],
    ["kvantorium-2024", "Утверждены планы мероприятий технопарков на 2027/2028 уч. год", "event-plans"],
    ["kvantorium-2024", "Планы работы технопарков на учебный год", "event-plans"],
    ["complex-plan-2024", "Семинар «Лучшие практики центров» для руководителей школ", "effective-practice"],
    ["cos-2024", "Получить, установить и подключить оборудование", "equipment-delivery"],
    ["tochka-rosta-2024", "Мониторинг показателей центров", "indicator-monitoring"],
    ["kvantorium-2024", "Мониторинг целевых показателей школьных Кванториумов", "indicator-monitoring"],
    ["tochka-rosta-2024", "Утверждение перечня школ, где будут созданы центры", "approve-school-list"],
    [
      "tochka-rosta-2024",
      "– перечня школ, на базе которых создаются центры в 2027 году",
      "approve-school-list",
    ],
    [
      "cos-2024",
      "Согласование и утверждение перечня общеобразовательных организаций, участвующих во внедрении ЦОС",
      "approve-school-list",
    ],
    ["cos-2024", "Размещение извещений о закупке оборудования", "procurement"],
    [
      "kvantorium-2024",
      "Справка о школах — получателях оборудования школьного Кванториума",
      "info-reference",
    ],
    ["kvantorium-2024", "перечень показателей и индикаторов", "approve-indicators"],
    ["kvantorium-2024", "Старт работы школьных Кванториумов", "start"],
    [
      "cos-2024",
      "Оборудование получено, установлено, настроено и введено в эксплуатацию",
      "equipment-delivery",
    ],
    ["cos-2024", "Получение и установка оборудования в школах", "equipment-delivery"],
    ["cos-2024", "Поступление оборудования в школы, его наладка", "equipment-delivery"],
    ["cos-2024", "Приёмка, установка и наладка оборудования", "equipment-delivery"],
    ["kvantorium-2024", "Согласован базовый перечень оборудования", "basic-equipment"],
    ["kvantorium-2024", "Открыть Кванториум", "start"],
    [
      "cos-2024",
      "Утверждён перечень общеобразовательных и профессиональных образовательных организаций, обновляющих МТБ",
      "approve-school-list",
    ],
    ["kvantorium-2024", "Подготовка базового перечня оборудования", "basic-equipment"],
    ["tochka-rosta-2024", "Назначен руководитель центра (приказ директора)", "approve-official"],
    ["tochka-rosta-2024", "Объявлен электронный аукцион на поставку мебели", "procurement"],
    ["kvantorium-2024", "Проведение запроса котировок на поставку оборудования", "procurement"],
    ["cos-2024", "Проведение закупочных процедур на поставку оборудования (ноутбуки, МФУ)", "procurement"],
    [
      "tochka-rosta-2024",
      "Утверждение: 1) ответственного в районе за создание и функционирование центров «Точка роста»",
      "approve-official",
    ],
    ["tochka-rosta-2024", "Назначение ответственного специалиста управления образования", "approve-official"],
    ["cos-2024", "Приказом назначен ответственный за ЦОС", "approve-official"],
    ["cos-2024", "Школа включена в перечень организаций-получателей оборудования", "approve-school-list"],
    ["cos-2024", "Размещено извещение о закупке оборудования", "procurement"],
    ["cos-2024", "Представлены данные мониторинга (август)", "progress-monitoring-august"],
    ["cos-2024", "Приёмка, установка и наладка ноутбуков, МФУ и интерактивной панели", "equipment-delivery"],
    ["kvantorium-2024", "Справка о гимназии для ведомственного проектного офиса", "info-reference"],
    ["complex-plan-2024", "Эффективный опыт", "effective-practice"],
    ["complex-plan-2024", "Демонстрация опыта", "effective-practice"],
    ["complex-plan-2024", "Наставник рядом", "mentoring"],
    ["complex-plan-2024", "Федеральные мероприятия", "federal-events"],
    [
      "complex-plan-2024",
      "Участие руководителей центров в совещаниях и вебинарах Минпросвещения России",
      "federal-events",
    ],
    ["complex-plan-2024", "Информирование населения", "information-campaigns"],
    ["complex-plan-2024", "Неделя открытых дверей центров", "information-campaigns"],
    ["cos-2024", "Мониторинг ЦОС (август)", "progress-monitoring-august"],
    ["kvantorium-2024", "Indicators and targets of school Kvantoriums approved", "approve-indicators"],
    ["kvantorium-2024", "Information reference on readiness sent to the federal operator", "info-reference"],
    ["complex-plan-2024", "Вместе с соседними школами", "joint-events"],
    ["complex-plan-2024", "Выбор профессии", "career-guidance"],
    ["complex-plan-2024", "Рассказываем о Кванториуме", "information-campaigns"],
    ["complex-plan-2024", "Показываем опыт", "effective-practice"],
    ["complex-plan-2024", "Помощь отстающим по химии и биологии", "low-results-support"],
    ["kvantorium-2024", "Photo monitoring of the premises", "photo-monitoring"],
    ["complex-plan-2024", "Публикации о работе центров в СМИ и в сообществах школ", "information-campaigns"],
    ["cos-2024", "Размещение в ЕИС извещений о закупке компьютерного и иного оборудования", "procurement"],
    ["cos-2024", "Участие в закупке оборудования (техническое задание, заявка)", "procurement"],
    ["cos-2024", "Получение и подключение оборудования, инвентаризация", "equipment-delivery"],
    ["cos-2024", "Приёмка и ввод оборудования в эксплуатацию", "equipment-delivery"],
    ["kvantorium-2024", "Утверждение реестра (МАОУ «Гимназия № 2»)", "approve-register"],
    ["kvantorium-2024", "Назначение ответственного за школьный Кванториум", "approve-official"],
    ["kvantorium-2024", "Basic equipment set available in host schools confirmed", "basic-equipment"],
    [
      "kvantorium-2024",
      "Teachers trained under programmes from the federal operator's register",
      "professional-development",
    ],
    [
      "kvantorium-2024",
      "Утвержден реестр организаций (внесение школы в региональный реестр)",
      "approve-register",
    ],
  ])("%s: «%s» is %s", (edition, title, item) => expect(alone(edition, title)).toEqual([item]));

  it("a school's data for the ЦОС monitoring in August and in November are the two monitorings", () => {
    const r = buildRoadmap([
      { title: "Предоставление сведений для мониторинга (август)" },
      { title: "Предоставление сведений для мониторинга (ноябрь)" },
    ]);
    const m = matchRoadmap(r, getEdition("cos-2024")!, {
      targetYear: 2027,
      dates: [
        { due: "2027-08-25", key: null },
        { due: "2027-11-30", key: null },
      ],
    });
    expect([ids(m, 0), ids(m, 1)]).toEqual([
      ["progress-monitoring-august"],
      ["progress-monitoring-november"],
    ]);
  });

  it("the acceptance register is no delivery, a contest no procurement, a list of suppliers no list of schools", () => {
    expect(alone("cos-2024", "Реестр документов о приёмке оборудования")).not.toContain("equipment-delivery");
    expect(alone("tochka-rosta-2024", "Конкурс проектов обучающихся")).not.toContain("procurement");
    expect(withFormWords("перечень организаций-поставщиков")).not.toContain("перечень общеобразовательных");
  });

  it("monitoring the indicators is never their approval, approving them never their monitoring", () => {
    const tr = getEdition("tochka-rosta-2024")!;
    const r = buildRoadmap([
      { title: "Утверждение показателей деятельности центров" },
      { title: "Мониторинг показателей деятельности центров" },
    ]);
    const m = matchRoadmap(r, tr, { targetYear: 2027 });
    expect([ids(m, 0), ids(m, 1)]).toEqual([["approve-indicators"], ["indicator-monitoring"]]);
  });
});

describe("a complex plan's directions in planners' short titles", () => {
  const plan = getEdition("complex-plan-2024")!;
  it.each([
    ["Конференции, фестивали, форумы", "conferences"],
    ["Участие в конференциях и фестивалях", "conferences"],
    // One conference, festival or forum is the direction's event: the form names them and nothing else does.
    ["Районная научно-практическая конференция «Шаг в будущее»", "conferences"],
    ["Районный фестиваль технического творчества", "conferences"],
    ["Мероприятия федерального оператора", "federal-events"],
    ["Мероприятия Минпросвещения России и федерального оператора", "federal-events"],
    ["Участие в мероприятиях Минпросвещения и федерального оператора", "federal-events"],
  ])("«%s» is the direction %s", (title, item) => {
    const m = matchRoadmap(buildRoadmap([{ title }], { programme: "complex-plan", year: 2027 }), plan, {
      targetYear: 2027,
    });
    expect(ids(m, 0)).toEqual([item]);
  });
  it("one conference alone is not the direction's words", () => {
    expect(withFormWords("Участие в региональной научно-практической конференции")).not.toContain(
      "обмену опытом",
    );
  });
});

describe("a meeting's own name in quotes", () => {
  it("«Родительское собрание «Открываем центр «Точка роста»» is not the opening; «Открытие» beside it is", () => {
    const r = buildRoadmap([
      { title: "Родительское собрание «Открываем центр «Точка роста»" },
      { title: "Открытие" },
    ]);
    const m = matchRoadmap(r, getEdition("tochka-rosta-2024")!, { targetYear: 2027 });
    expect([ids(m, 0), ids(m, 1)]).toEqual([[], ["start"]]);
  });
});

describe("a list inside a part of a «;» list", () => {
  it("«Назначение ответственного; утверждение дорожной карты, реестра организаций, показателей и положения» covers five items", () => {
    const r = buildRoadmap([
      {
        title:
          "Назначение ответственного; утверждение дорожной карты, реестра организаций, показателей и положения",
      },
    ]);
    const m = matchRoadmap(r, getEdition("kvantorium-2024")!, { targetYear: 2027 });
    expect(ids(m, 0).sort()).toEqual(
      [
        "approve-indicators",
        "approve-official",
        "approve-register",
        "approve-regulation",
        "approve-roadmap",
      ].sort(),
    );
  });
});
