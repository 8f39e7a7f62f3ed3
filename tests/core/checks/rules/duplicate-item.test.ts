import { describe, expect, it } from "vitest";
import { check as duplicateItem, codes } from "../../../../src/core/checks/rules/duplicate-item";
import { contextOf, findingsOf, leningrad } from "./context";
import { check, producesItsCodes } from "./produce";
import { checkSheet } from "../../../../src/core/checks/sheet";
import { readRoadmaps } from "../../../../src/core/reader";
import { grid } from "../../reader/layouts";

/** Duplicate warnings on a Точка роста roadmap whose measures are `rows`, all due `due`. */
const dupCount = (rows: string[], due: string) =>
  checkSheet(
    grid(
      [
        ["Дорожная карта создания центров «Точка роста» на 2027 год"],
        ["№", "Мероприятие", "Срок", "Ответственный", "Результат"],
        ...rows.map((t, i) => [`${i + 1}.`, t, due, "Директор", "Отчёт"]),
      ],
      [],
    ),
    { checkDate: "2026-12-10" },
  )
    .reports.flatMap((r) => r.findings)
    .filter((f) => f.code === "duplicate-item").length;

describe("rule duplicate-item", () => {
  it("a second row for the same item points to the first one", () => {
    const rows = [
      ...leningrad(),
      { number: "14.", title: "Начало работы Кванториума в новом здании", deadline: "2 сентября 2024 года" },
    ];
    const [f, ...rest] = findingsOf(duplicateItem, contextOf(rows));
    expect(rest).toEqual([]);
    expect([f!.severity, f!.address, f!.itemId]).toEqual(["warning", "B15", "start"]);
    expect(f!.message.ru).toBe(
      "Строка повторяет пункт «Начало работы Кванториума», который уже есть в ячейке B13.",
    );
    expect(f!.match!.terms.length).toBeGreaterThan(0);
  });

  it("a ceremony celebrating the start, and training split by audience, are no copies; a plain repeat still is", () => {
    const extra = (title: string, deadline: string) => [...leningrad(), { number: "14.", title, deadline }];
    const ceremony = extra(
      "Торжественное открытие Кванториума в рамках единого дня открытия",
      "30 августа 2024 года",
    );
    expect(findingsOf(duplicateItem, contextOf(ceremony))).toEqual([]);
    const base = leningrad();
    const training = base.findIndex((r) => /квалификаци/i.test(r.title));
    expect(training).toBeGreaterThan(-1);
    const split = [
      ...base.slice(0, training),
      { ...base[training]!, title: "Повышение квалификации педагогических работников Кванториума" },
      {
        ...base[training]!,
        number: "6а.",
        title: "Курсы повышения квалификации для руководителей Кванториумов",
      },
      ...base.slice(training + 1),
    ];
    expect(findingsOf(duplicateItem, contextOf(split))).toEqual([]);
    // The same audience twice is one step written twice.
    const twice = [
      ...base.slice(0, training),
      { ...base[training]!, title: "Повышение квалификации педагогических работников Кванториума" },
      { ...base[training]!, number: "6а.", title: "Курсы повышения квалификации педагогов Кванториума" },
      ...base.slice(training + 1),
    ];
    expect(findingsOf(duplicateItem, contextOf(twice)).map((f) => f.code)).toEqual(["duplicate-item"]);
  });

  it("no duplicates in the baseline, none without an edition", () => {
    expect(findingsOf(duplicateItem, contextOf(leningrad()))).toEqual([]);
    expect(findingsOf(duplicateItem, contextOf(leningrad(), { edition: null }))).toEqual([]);
  });

  it("a recurring step written out per quarter is the recurrence, not a duplicate", () => {
    const base = leningrad().slice(0, 12);
    const quarters = [
      ["за I квартал", "до 5 апреля 2024 года"],
      ["за II квартал", "до 5 июля 2024 года"],
      ["за III квартал", "до 1 октября 2024 года"],
      ["за IV квартал", "до 27 декабря 2024 года"],
    ].map(([q, d], i) => ({
      number: `${13 + i}.`,
      title: `Мониторинг выполнения показателей ${q}`,
      deadline: d!,
    }));
    expect(findingsOf(duplicateItem, contextOf([...base, ...quarters]))).toEqual([]);
  });

  it("the same step for two named schools is two steps", () => {
    const rows = [
      ...leningrad().filter((r) => r.number !== "12."),
      {
        number: "12.",
        title: "Начало работы Школьного Кванториума в МБОУ «СОШ № 2»",
        deadline: "1 сентября 2024 года",
      },
      {
        number: "14.",
        title: "Начало работы Школьного Кванториума в МБОУ «Лицей № 5»",
        deadline: "1 сентября 2024 года",
      },
    ];
    expect(findingsOf(duplicateItem, contextOf(rows))).toEqual([]);
  });

  it("a repeated recurring step with the same due date, or a one-off step, is still a duplicate", () => {
    const again = {
      number: "14.",
      title: "Ежеквартальный мониторинг выполнения показателей",
      deadline: "не позднее 1 октября 2024 года",
    };
    expect(findingsOf(duplicateItem, contextOf([...leningrad(), again])).map((f) => f.itemId)).toEqual([
      "indicator-monitoring",
    ]);
    const procurement = {
      number: "14.",
      title: "Проведены закупочные процедуры на поставку оборудования",
      deadline: "не позднее 15 марта 2024 года",
    };
    expect(findingsOf(duplicateItem, contextOf([...leningrad(), procurement])).map((f) => f.itemId)).toEqual([
      "procurement",
    ]);
  });
});

producesItsCodes(codes, {
  "duplicate-item": () =>
    check([
      ...leningrad(),
      { number: "14.", title: "Начало работы Кванториума", deadline: "2 сентября 2024 года" },
    ]),
});

describe("one step split by what it buys", () => {
  it("procurement of furniture and of equipment in two rows is no duplicate; a generic row and a specific one are", () => {
    const sheet = (second: string) =>
      grid(
        [
          ["Дорожная карта создания центров «Точка роста» на 2027 год"],
          ["№", "Мероприятие", "Ответственный", "Результат", "Срок"],
          ["1", "Объявление закупок мебели для центров", "Министерство", "Извещение", "10.02.2027"],
          ["2", second, "Министерство", "Извещение", "12.02.2027"],
        ],
        [],
      );
    const dups = (second: string) =>
      checkSheet(sheet(second), { checkDate: "2026-12-10" })
        .reports.flatMap((r) => r.findings)
        .filter((f) => f.code === "duplicate-item").length;
    expect(readRoadmaps(sheet("x")).roadmaps).toHaveLength(1);
    expect(dups("Объявление закупок оборудования, средств обучения и воспитания для центров")).toBe(0);
    expect(dups("Объявление закупок товаров, работ, услуг для центров")).toBe(1);
    expect(dups("Объявление закупок мебели и оборудования для центров")).toBe(1);
  });

  it("a repair row bringing rooms to the brand book is a step of its own, not a copy of the photo-monitoring", () => {
    const dups = (rows: string[]) => dupCount(rows, "до 20.08.2027");
    const repair =
      "Проведение ремонтных работ в помещениях центра, приведение помещений в соответствие с брендбуком";
    const photo = "Фотомониторинг приведения помещений центра в соответствие с брендбуком";
    expect(dups([repair, photo])).toBe(0);
    expect(dups([photo, repair])).toBe(0);
    // The seeds' own wording of the step without «фото»: naming no other work, it still repeats the photo row.
    expect(
      dups([
        photo,
        "Проведение мониторинга работ по приведению помещений центра в соответствие с брендбуком",
      ]),
    ).toBe(1);
    expect(dups([photo, photo])).toBe(1);
  });

  it("a step done «в соответствии с дизайн-проектом» is not the design project again", () => {
    const dups = (rows: string[]) => dupCount(rows, "до 30.07.2027");
    const design = "Разработка проекта дизайна и зонирования помещений центров";
    for (const repair of [
      "Ремонт кабинетов центров в соответствии с дизайн-проектом",
      "Приведение помещений в соответствие с дизайн-проектом и зонированием",
      "Ремонт помещений согласно дизайн-проекту",
      "Косметический ремонт помещений центров под дизайн-проект",
    ]) {
      expect([repair, dups([design, repair])]).toEqual([repair, 0]);
      expect([repair, dups([repair, design])]).toEqual([repair, 0]);
    }
    // The project itself twice, or made «в соответствии с брендбуком», is still one step twice.
    expect(dups([design, "Разработка дизайн-проекта помещений в соответствии с брендбуком"])).toBe(1);
  });

  it("one course in numbered waves («1 поток», «2-я волна») is the course, not a copy of it", () => {
    const dups = (rows: string[]) => dupCount(rows, "до 30.11.2027");
    const course = (wave: string) =>
      `Повышение квалификации педагогов центров, ${wave} (учителя физики, химии)`;
    expect(dups([course("1 поток"), course("2 поток")])).toBe(0);
    expect(dups([course("I волна"), course("II волна")])).toBe(0);
    expect(dups([course("1-я волна"), course("2-я волна")])).toBe(0);
    expect(dups([course("поток 1"), course("поток 2")])).toBe(0);
    // The same wave twice is one step twice.
    expect(dups([course("1 поток"), course("1 поток")])).toBe(1);
  });
});

describe("the sub-steps of a numbered measure", () => {
  const dups = (rows: string[][]) =>
    checkSheet(
      grid(
        [
          ["Дорожная карта создания школьного Кванториума на 2027 год"],
          ["№", "Мероприятие", "Срок", "Результат"],
          ...rows,
        ],
        [],
      ),
      { checkDate: "2026-12-10" },
    )
      .reports.flatMap((r) => r.findings)
      .filter((f) => f.code === "duplicate-item")
      .map((f) => f.address);
  const official = [
    "1.",
    "Назначение ответственного должностного лица за создание Кванториума",
    "до 22.12.2026",
    "Приказ",
  ];
  const procurement = [
    "3.",
    "Объявление закупок товаров, работ, услуг для создания Кванториума",
    "до 15.02.2027",
    "Извещения",
  ];

  it("«3.1», «3.2» under the measure «3.» covering an item are its stages", () => {
    expect(
      dups([
        official,
        procurement,
        ["3.1", "закупка работ по косметическому ремонту помещений", "до 10.02.2027", "Извещение"],
        ["3.2", "мебель, брендирование", "до 15.02.2027", "Извещение"],
      ]),
    ).toEqual([]);
  });

  it("a sub-step agreeing a step «с региональным координатором» is no appointment of the official", () => {
    expect(
      dups([
        official,
        ["2.", "Проект дизайна и зонирования помещений Кванториума", "до 29.01.2027", "Дизайн-проект"],
        [
          "2.1",
          "обмеры помещений, согласование планировки с региональным координатором",
          "до 20.01.2027",
          "Планировка",
        ],
      ]),
    ).toEqual([]);
  });

  it("a lone sub-step restating its parent, or another item outright, is a copy", () => {
    const restating = [
      "3.1",
      "Размещение извещений о закупке товаров, работ, услуг для Кванториума",
      "до 15.02.2027",
      "Извещения",
    ];
    expect(dups([official, procurement, restating])).toEqual(["B5"]);
    const other = [
      "3.1",
      "Назначение ответственного должностного лица за создание Кванториума",
      "до 22.12.2026",
      "Приказ",
    ];
    expect(dups([official, procurement, other])).toEqual(["B5"]);
  });
});

describe("one step split into stages", () => {
  it("one step split into stages «Item: stage» is not a duplicate; the same head twice without stages is", () => {
    const sheet = (first: string, second: string) =>
      grid(
        [
          ["Дорожная карта создания центров «Точка роста» на 2027 год"],
          ["№", "Мероприятие", "Ответственный", "Результат", "Срок"],
          ["1", first, "Управление образования", "Проект", "15.01.2027"],
          ["2", second, "Управление образования", "Проект", "01.02.2027"],
        ],
        [],
      );
    const dups = (first: string, second: string) =>
      checkSheet(sheet(first, second), { checkDate: "2026-12-10" })
        .reports.flatMap((r) => r.findings)
        .filter((f) => f.code === "duplicate-item").length;
    expect(
      dups("Дизайн-проект: выбор варианта по брендбуку", "Дизайн-проект: согласование зонирования"),
    ).toBe(0);
    expect(dups("Дизайн-проект: выбор варианта", "Дизайн-проект: выбор варианта")).toBe(1);
    expect(dups("Дизайн-проект помещений", "Дизайн-проект: согласование зонирования")).toBe(1);
    // A head that names no item is a list's verb: the rows under it are still copies of one step.
    expect(dups("Утверждение: дизайн-проекта помещений", "Утверждение: дизайн-проекта и зонирования")).toBe(
      1,
    );
  });
});

describe("sub-steps of a group heading that names the item", () => {
  it("«8. Получено, установлено и налажено оборудование:» over 8.1 and 8.2 is one item's stages; a heading naming no item is not", () => {
    const sheet = (heading: string) =>
      grid(
        [
          ["Дорожная карта создания школьных Кванториумов на 2027 год"],
          ["№", "Мероприятие", "Ответственный", "Результат", "Срок"],
          ["8.", heading, "", "", ""],
          ["8.1.", "получение и установка оборудования в школах", "Министерство", "Накладные", "01.08.2027"],
          ["8.2.", "установка и наладка оборудования в школах", "Школы", "Акты", "20.08.2027"],
        ],
        [],
      );
    const dups = (heading: string) =>
      checkSheet(sheet(heading), { checkDate: "2026-12-10" })
        .reports.flatMap((r) => r.findings)
        .filter((f) => f.code === "duplicate-item").length;
    expect(dups("Получено, установлено и налажено оборудование:")).toBe(0);
    expect(dups("Организационные мероприятия:")).toBe(1);
  });
});

describe("the model regulation and a school's own regulation", () => {
  it("«Утверждено типовое положение» and a school's «… утверждено положение о центре» are two documents", () => {
    const sheet = (second: string) =>
      grid(
        [
          ["Дорожная карта создания центра «Точка роста» в МБОУ «Кедровская СОШ» на 2027 год"],
          ["№", "Мероприятие", "Ответственный", "Результат", "Срок"],
          [
            "1",
            "Утверждено типовое положение о деятельности центров",
            "Министерство",
            "Приказ",
            "29.12.2026",
          ],
          ["2", second, "Директор", "Приказ", "29.12.2026"],
        ],
        [],
      );
    const dups = (second: string) =>
      checkSheet(sheet(second), { checkDate: "2026-12-10" })
        .reports.flatMap((r) => r.findings)
        .filter((f) => f.code === "duplicate-item").length;
    expect(
      dups(
        "Издан приказ о создании центра «Точка роста» в МБОУ «Кедровская СОШ», утверждено положение о центре",
      ),
    ).toBe(0);
    expect(dups("Утверждено типовое положение о деятельности центров «Точка роста»")).toBe(1);
  });
});

describe("the region's step and the school's own, listed in a school's roadmap", () => {
  const dups = (rows: [string, string][]) =>
    checkSheet(
      grid(
        [
          ["Дорожная карта создания центра «Точка роста» в МБОУ «Заречная СОШ» на 2027 год"],
          ["№", "Мероприятие", "Срок", "Исполнитель", "Результат"],
          ...rows.map(([t, who], i) => [`1.${i + 1}`, t, "29.12.2026", who, "Приказ"]),
        ],
        [],
      ),
      { checkDate: "2026-12-10" },
    )
      .reports.flatMap((r) => r.findings)
      .filter((f) => f.code === "duplicate-item").length;

  it("the regional official (the ministry) and the centre's head the director appoints are two steps", () => {
    expect(
      dups([
        [
          "Определение регионального ответственного лица за создание центров",
          "Министерство образования и науки",
        ],
        ["Назначение руководителя центра, утверждение штатного расписания", "Директор школы"],
      ]),
    ).toBe(0);
  });

  it("the same step with the same level responsible for both rows is still a copy", () => {
    expect(
      dups([
        [
          "Определение регионального ответственного лица за создание центров",
          "Министерство образования и науки",
        ],
        ["Назначение ответственного должностного лица", "Министерство образования и науки"],
      ]),
    ).toBe(1);
  });
});

describe("sub-steps under a section that names the item", () => {
  it("«2. | Инфраструктурный лист» over 2.1 «Заполнение …» and 2.2 «Согласование …» is one item's stages", () => {
    const sheet = (heading: string) =>
      grid(
        [
          ["Дорожная карта создания центра «Точка роста» на 2027 год"],
          ["№", "Мероприятие", "Срок", "Ответственный", "Результат"],
          ["1.", "Назначение ответственного должностного лица", "до 22.12.2026", "Директор", "Приказ"],
          ["2.", heading, "", "", ""],
          [
            "2.1",
            "Заполнение инфраструктурного листа",
            "по графику федерального оператора",
            "Директор",
            "Лист",
          ],
          [
            "2.2",
            "Согласование инфраструктурного листа с координатором",
            "по графику федерального оператора",
            "Директор",
            "Лист",
          ],
          ["3.", "Объявление закупок", "до 15.02.2027", "Директор", "Извещения"],
        ],
        [],
      );
    const dups = (heading: string) =>
      checkSheet(sheet(heading), { checkDate: "2026-12-10" })
        .reports.flatMap((r) => r.findings)
        .filter((f) => f.code === "duplicate-item").length;
    expect(dups("Инфраструктурный лист")).toBe(0);
  });
});

describe("an event of a complex plan pasted twice", () => {
  const TITLE =
    "Единый комплексный план мероприятий по организационно-методической поддержке центров «Точка роста», детских технопарков «Кванториум» и центров «IT-куб» Озёрной области на 2027 год";
  const conference = ["Областная конференция «Практики центров «Точка роста»»", "март 2027 г.", "ИРО"];
  const plan = (rows: (string | null)[][]) =>
    checkSheet(grid([[TITLE], ["№", "Мероприятие", "Срок", "Ответственный", "Результат"], ...rows], []), {
      checkDate: "2026-12-10",
    })
      .reports.flatMap((r) => r.findings)
      .filter((f) => f.code === "duplicate-item")
      .map((f) => f.address);
  const rows = (third: (string | null)[]): (string | null)[][] => [
    ["Направление 2. Конференции, фестивали, форумы", null, null, null, null],
    ["2.1", ...conference, "Программа"],
    [
      "2.2",
      "Участие в межрегиональном форуме «Технопарки будущего»",
      "июнь 2027 г.",
      "Министерство",
      "Отчёт",
    ],
    third,
  ];

  it("is a repeat: the same measure, deadline and responsible word for word", () => {
    expect(plan(rows(["2.3", ...conference, "Программа"]))).toEqual(["B6"]);
  });

  it("is not when the date or the responsible differs: the plan holds many events of one direction", () => {
    expect(plan(rows(["2.3", conference[0]!, "ноябрь 2027 г.", "ИРО", "Программа"]))).toEqual([]);
    expect(plan(rows(["2.3", conference[0]!, "март 2027 г.", "МБОУ «СОШ № 2»", "Программа"]))).toEqual([]);
  });
});

describe("the equipment's delivery beside the announcement of its procurement", () => {
  // h147-…-programme-column: «Закупка, доставка и наладка оборудования» written for every programme, in a Точка роста
  // form that has no delivery step: the work after the purchase, not the procurement again.
  const dups = (rows: string[]) => dupCount(rows, "до 25.08.2027");

  it.each([
    "Закупка, доставка и наладка оборудования",
    "Закупка и монтаж оборудования",
    "Закупка, установка оборудования, ввод в эксплуатацию",
  ])("«%s» is not a copy of «Объявление закупок товаров, работ, услуг»", (later) => {
    expect(dups(["Объявление закупок товаров, работ, услуг", later])).toBe(0);
  });

  it("a list row naming the equipment set up beside another step still has that step repeated", () => {
    const list =
      "1) Получено, установлено и налажено оборудование; 2) Проведение фотомониторинга по приведению помещений центра в соответствие с методическими рекомендациями";
    const photo =
      "Проведен фотомониторинг по приведению помещений центра в соответствие с методическими рекомендациями";
    expect(dups([list, photo])).toBe(1);
  });

  it("a second announcement is still a copy, even of purchases «на поставку оборудования»", () => {
    expect(
      dups(["Объявление закупок товаров, работ, услуг", "Объявление закупок товаров, работ, услуг"]),
    ).toBe(1);
    expect(
      dups(["Объявление закупок товаров, работ, услуг", "Объявление закупок на поставку оборудования"]),
    ).toBe(1);
  });
});
