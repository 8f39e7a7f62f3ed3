// Headers a planner centres across the selection instead of merging (or whose merges an export lost): the label sits
// in its first cell, the cells to its right are blank. They read as the merged ones do.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/grid";
import { checkSheet } from "../../../src/core/checks/sheet";
import { readRoadmaps } from "../../../src/core/reader";
import { grid } from "./layouts";

describe("a header not merged", () => {
  it("a matrix «Дата | Основные мероприятия» over the programmes' columns: one roadmap per programme, as merged", () => {
    const values: CellValue[][] = [
      ["Дорожная карта основных мероприятий региональных проектов на 2027 год"],
      ["Дата", "Основные мероприятия", "", ""],
      [
        "",
        "Создание и функционирование детских технопарков «Кванториум» на базе общеобразовательных организаций",
        "Создание и функционирование центров «Точка роста»",
        "Внедрение цифровой образовательной среды",
      ],
      [
        "29.12.2026",
        "Утверждение должностного лица, ответственного за создание Школьного Кванториума",
        "Утверждение должностного лица, ответственного за создание центров",
        "Утверждение должностного лица, ответственного за внедрение ЦОС",
      ],
      ["", "Отв. Зуева О.П.", "Отв. Лисина Т.А.", "Отв. Огнев С.С."],
      [
        "по графику ФО",
        "Инфраструктурный лист Школьного Кванториума",
        "Инфраструктурный лист центров",
        "Инфраструктурный лист ЦОС",
      ],
      ["", "Отв. Зуева О.П.", "Отв. Лисина Т.А.", "Отв. Огнев С.С."],
    ];
    const merged = readRoadmaps(grid(values, ["A2:A3", "B2:D2"])).roadmaps;
    const unmerged = readRoadmaps(grid(values, ["A2:A3"])).roadmaps;
    const shape = (rs: typeof merged) => rs.map((r) => [r.layout, r.programme.value, r.rows.length]);
    expect(shape(merged)).toEqual([
      ["matrix", "kvantorium", 2],
      ["matrix", "tochka-rosta", 2],
      ["matrix", "cos", 2],
    ]);
    expect(shape(unmerged)).toEqual(shape(merged));
    const errors = checkSheet(grid(values, ["A2:A3"]), { checkDate: "2026-12-10" }).reports.flatMap((r) =>
      r.findings.filter((f) => f.code === "deadline-missing"),
    );
    expect(errors).toEqual([]);
  });

  it("«Исполнение» centred over «Ответственный исполнитель | Результат»: the sub-headers name the columns, as merged", () => {
    const values: CellValue[][] = [
      ["Комплекс мер (дорожная карта) по созданию центров «Точка роста» на 2027 год"],
      ["№ п/п", "Наименование мероприятия", "Срок исполнения", "Исполнение", ""],
      [null, null, null, "Ответственный исполнитель", "Результат"],
      ["1.", "Утверждено должностное лицо", "до 29.12.2026", "Министерство образования", "Приказ"],
      [
        "2.",
        "Утвержден комплекс мер (дорожная карта)",
        "до 29.12.2026",
        "Министерство образования",
        "Приказ",
      ],
    ];
    const vertical = ["A2:A3", "B2:B3", "C2:C3"];
    const cols = (merges: string[]) => {
      const c = readRoadmaps(grid(values, merges)).roadmaps[0]!.columns;
      return [c.responsible?.column, c.result?.column];
    };
    expect(cols([...vertical, "D2:E2"])).toEqual(["D", "E"]);
    expect(cols(vertical)).toEqual(["D", "E"]);
    const warnings = checkSheet(grid(values, vertical), { checkDate: "2026-12-10" }).reports.flatMap((r) =>
      r.findings.filter((f) => f.code === "responsible-missing"),
    );
    expect(warnings).toEqual([]);
  });

  it("«II. Школьные Кванториумы» alone in the № cell over the header repeated: the next programme's part, as merged", () => {
    const head = [
      "№ п/п",
      "Наименование мероприятия",
      "Срок исполнения",
      "Ответственный исполнитель",
      "Результат",
    ];
    const part = (programme: string): CellValue[][] => [
      [
        "1.1",
        `Утверждение должностного лица, ответственного за создание ${programme}`,
        "до 25.12.2026",
        "Министерство",
        "Приказ",
      ],
      [
        "1.2",
        `Утверждение комплекса мер по созданию ${programme} на 2027 год`,
        "до 25.12.2026",
        "Министерство",
        "Приказ",
      ],
    ];
    const values: CellValue[][] = [
      ["Комплекс мер (дорожная карта) по созданию центров «Точка роста» и школьных Кванториумов на 2027 год"],
      [],
      ["I. Центры образования естественно-научной и технологической направленностей «Точка роста»"],
      head,
      ...part("центров «Точка роста»"),
      [],
      ["II. Школьные Кванториумы"],
      head,
      ...part("школьных Кванториумов"),
    ];
    const shape = (merges: string[]) =>
      readRoadmaps(grid(values, merges)).roadmaps.map((r) => [r.programme.value, r.rows.length]);
    expect(shape(["A1:E1", "A3:E3", "A9:E9"])).toEqual([
      ["tochka-rosta", 2],
      ["kvantorium", 2],
    ]);
    expect(shape(["A1:E1"])).toEqual(shape(["A1:E1", "A3:E3", "A9:E9"]));
  });

  it("«Срок: до 29 декабря 2026 года» label rows alone in the № cell: their deadline goes to the rows below, as merged", () => {
    const values: CellValue[][] = [
      ["Информация о ходе реализации комплекса мер по созданию школьных Кванториумов в 2027 году"],
      ["№", "Мероприятие", "Ответственный", "Отметка об исполнении"],
      ["Срок: до 29 декабря 2026 года"],
      [1, "Определено должностное лицо, отвечающее за создание Кванториумов", "Министерство", "исполнено"],
      [2, "Утверждена дорожная карта на 2027 год", "Министерство", "исполнено"],
      ["Срок: не позднее 15 февраля 2027 года"],
      [3, "Объявлены закупки средств обучения", "Муниципалитеты", "исполнено"],
    ];
    const due = (merges: string[]) =>
      readRoadmaps(grid(values, merges)).roadmaps[0]!.rows.map((r) => r.fields.deadline?.text ?? null);
    const merged = due(["A1:D1", "A3:D3", "A6:D6"]);
    expect(merged).toEqual([
      "до 29 декабря 2026 года",
      "до 29 декабря 2026 года",
      "не позднее 15 февраля 2027 года",
    ]);
    expect(due(["A1:D1"])).toEqual(merged);
  });

  it("«Сроки» centred over «I полугодие (сентябрь – декабрь 2026) | II полугодие (январь – май 2027)»: marked periods, as merged", () => {
    const values: CellValue[][] = [
      ["План мероприятий центра «Точка роста» в рамках единого комплексного плана на 2026/2027 учебный год"],
      ["№", "Мероприятие", "Сроки", "", "Ответственный", "Результат"],
      ["", "", "I полугодие (сентябрь – декабрь 2026)", "II полугодие (январь – май 2027)", null, null],
      ["1", "Дни открытых дверей центра", "х", "х", "Руководитель центра", "не менее 40 участников"],
      ["2", "Участие в региональном фестивале", "", "х", "Руководитель центра", "Участие"],
    ];
    const vertical = ["A2:A3", "B2:B3", "E2:E3", "F2:F3"];
    const due = (merges: string[]) =>
      checkSheet(grid(values, merges), { checkDate: "2026-09-20" }).reports.flatMap((r) =>
        r.findings.filter((f) => f.code === "deadline-missing").map((f) => f.address),
      );
    expect(due([...vertical, "C2:D2"])).toEqual([]);
    expect(due(vertical)).toEqual([]);
  });

  it("«1. Нормативное обеспечение» alone in the title cell of a table without №: a part heading, as merged", () => {
    const values: CellValue[][] = [
      ["План-график создания центра образования «Точка роста» в МБОУ «Каменская СОШ» (2027 г.)"],
      ["Мероприятие", "Срок", "Ответственный", "Результат"],
      ["1. Нормативное обеспечение"],
      ["Приказ о назначении руководителя Центра", "до 15.12.2026", "Директор", "Приказ"],
      ["Утверждение положения о Центре", "до 22.12.2026", "Директор", "Положение"],
      ["2. Материально-техническое обеспечение"],
      ["Объявление закупок оборудования", "до 15.02.2027", "Контрактный управляющий", "Извещения"],
    ];
    const titles = (merges: string[]) =>
      readRoadmaps(grid(values, merges)).roadmaps[0]!.rows.map((r) => r.fields.title?.text);
    const merged = titles(["A1:D1", "A3:D3", "A6:D6"]);
    expect(merged).toHaveLength(3);
    expect(titles(["A1:D1"])).toEqual(merged);
  });

  it("«Модуль А. Совместные мероприятия …» alone in the № cell: a direction of the plan, as merged", () => {
    const values: CellValue[][] = [
      [
        "Единый комплексный план мероприятий по организационно-методической поддержке центров на 2026/2027 учебный год",
      ],
      ["№", "Мероприятие", "Сроки", "Ответственные", "Результат"],
      ["Модуль А. Совместные мероприятия центров и образовательных организаций"],
      [
        "А.1",
        "Каникулярные интенсивы центров для обучающихся соседних школ",
        "ноябрь 2026 г.",
        "Областной центр",
        "Программа",
      ],
      ["Модуль Б. Конференции, фестивали, форумы по обмену опытом"],
      ["Б.1", "Форум «Территория роста»", "IV квартал 2026 г.", "Областной центр", "Резолюция"],
    ];
    const sections = (merges: string[]) =>
      readRoadmaps(grid(values, merges)).roadmaps[0]!.sections?.map((x) => x.title) ?? [];
    const merged = sections(["A1:E1", "A3:E3", "A5:E5"]);
    expect(merged).toHaveLength(2);
    expect(sections(["A1:E1"])).toEqual(merged);
  });
  it("«Отметка об исполнении» centred over «Точка роста | Кванториум»: each programme's status column, as merged", () => {
    const values: CellValue[][] = [
      ["Мониторинг исполнения дорожной карты по созданию центров на 2027 год (на 26.08.2027)"],
      ["№", "Мероприятие", "Срок", "Отметка об исполнении", null, "Ответственный"],
      [null, null, null, "Точка роста", "Кванториум", null],
      ["1", "Утверждение дорожной карты на 2027 год", "22.12.2026", "исполнено", "исполнено", "Минобр"],
      [
        "2",
        "Поставка и наладка оборудования",
        "25.08.2027",
        "не предусмотрено",
        "выполнено 24.08.2027",
        "Минобр",
      ],
      ["3", "Начало работы центров", "01.09.2027", "в работе", "в работе", "Минобр"],
    ];
    const below = ["A2:A3", "B2:B3", "C2:C3", "F2:F3"];
    const statuses = (merges: string[]) =>
      readRoadmaps(grid(values, merges)).roadmaps.map((r) => [r.columns.status?.column, r.rows.length]);
    const merged = statuses([...below, "D2:E2"]);
    expect(merged).toEqual([
      ["D", 2],
      ["E", 3],
    ]);
    expect(statuses(below)).toEqual(merged);
    const overdue = checkSheet(grid(values, below), { checkDate: "2027-08-26" }).reports.flatMap((r) =>
      r.findings.filter((f) => f.code === "overdue"),
    );
    expect(overdue).toEqual([]);
  });
  it("«1. Совместные мероприятия …» alone in the № cell over an event numbered through the plan: a direction, as merged", () => {
    const values: CellValue[][] = [
      [
        "Единый комплексный план мероприятий по организационно-методической поддержке центров на 2026/2027 учебный год",
      ],
      ["№", "Мероприятие", "Дата проведения", "Ответственный", "Отметка о проведении"],
      ["1. Совместные мероприятия центров и школ района"],
      [
        "1",
        "Районная игра «Эрудит» для команд центров и школ района",
        "18.11.2026",
        "Методический кабинет",
        "проведено",
      ],
      ["2. Конференции, фестивали, форумы"],
      [
        "2",
        "Участие педагогов центров в региональном форуме",
        "16.03.2027",
        "Методический кабинет",
        "проведено",
      ],
      ["3. Участие в мероприятиях Минпросвещения России и федерального оператора"],
      [
        "3",
        "Участие руководителей центров в федеральных вебинарах",
        "по графику ФО",
        "Руководители центров",
        "",
      ],
    ];
    const sections = (merges: string[]) =>
      readRoadmaps(grid(values, merges)).roadmaps.map((r) => [
        r.rows.length,
        r.sections?.map((x) => `${x.number}. ${x.title}`),
      ]);
    const merged = sections(["A1:E1", "A3:E3", "A5:E5", "A7:E7"]);
    expect(merged[0]![0]).toBe(3);
    expect(merged[0]![1]).toHaveLength(3);
    expect(sections(["A1:E1"])).toEqual(merged);
  });
  it("«Этап 2. 2028 год (создание 12 центров)» alone in the № cell: the stage's section and year, as merged", () => {
    const values: CellValue[][] = [
      ["Комплекс мер (дорожная карта) по созданию центров «Точка роста» на 2027–2028 годы"],
      ["№ п/п", "Наименование мероприятия", "Ответственный", "Результат", "Срок"],
      ["Этап 1. 2027 год (создание 14 центров «Точка роста»)"],
      ["1.", "Объявлены закупки для создания центров", "Министерство", "Извещения", "до 15 февраля 2027 г."],
      ["Этап 2. 2028 год (создание 12 центров «Точка роста»)"],
      ["2.", "Объявлены закупки для центров 2028 года", "Министерство", "Извещения", "до 15 февраля 2028 г."],
    ];
    const read = (merges: string[]) =>
      readRoadmaps(grid(values, merges)).roadmaps.map((r) => [
        r.rows.map((x) => [x.number, x.fields.deadline?.year ?? null]),
        r.sections.map((x) => x.number),
      ]);
    const merged = read(["A1:E1", "A3:E3", "A5:E5"]);
    expect(merged[0]![0]).toHaveLength(2);
    expect(read(["A1:E1"])).toEqual(merged);
  });
});
