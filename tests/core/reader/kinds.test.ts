// Row kinds and merged cells: group headings are not measures (their sub-steps are), a responsible or result merged
// over a block of rows applies to each row, and a group header names its sub-columns.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/grid";
import { checkSheet } from "../../../src/core/checks/sheet";
import { readRoadmaps } from "../../../src/core/reader";
import { grid, templateRows, TITLE } from "./layouts";

const rows = templateRows();
/** The template's first row «Утверждение: 1) …; 2) …» as its separate steps, as planners write them out. */
const approvalSteps = (title: string) =>
  title
    .replace(/^Утверждение:\s*/, "")
    .split(/;\s*\d\)\s*|^\d\)\s*/)
    .filter(Boolean);
const clean = (values: CellValue[][], merges: string[] = [], checkDate = "2026-01-10") =>
  checkSheet(grid(values, merges), { checkDate })
    .reports.flatMap((r) => r.findings)
    .filter((f) => f.severity !== "info")
    .map((f) => `${f.code} ${f.address}`);

describe("group headings", () => {
  it("«1. Утверждение документов:» over а)–д): the heading is skipped, each lettered step is a measure", () => {
    const first = rows[0]!; // «Утверждение: 1) …; 2) …» in the template: written here as а) б) в) steps
    const steps = approvalSteps(first.title);
    const values: CellValue[][] = [
      [TITLE],
      ["№ п/п", "Наименование мероприятия", "Срок", "Ответственный", "Результат"],
      ["1.", "Утверждение документов:", null, null, null],
      ...steps.map((t, i) => [null, `${"абвгд"[i]}) ${t}`, first.deadlineText, first.responsible, "Приказ"]),
      ...rows.slice(1).map((r) => [r.number, r.title, r.deadlineText, r.responsible, r.result || "Приказ"]),
    ];
    const r = readRoadmaps(grid(values)).roadmaps[0]!;
    expect(r.skipped).toEqual([
      expect.objectContaining({
        kind: "group-heading",
        address: "B3",
        number: "1.",
        text: "Утверждение документов:",
      }),
    ]);
    expect(r.rows).toHaveLength(steps.length + rows.length - 1);
    expect(r.rows[0]!.fields.title!.text.startsWith("а)")).toBe(true);
    expect(r.rows[0]!.subItems[0]!.startsWith("Утверждение документов: ")).toBe(true);
    expect(clean(values)).toEqual([]);
  });

  it("«1. | Утверждены:» over а), б) … written in the № column is a heading too (responsible merged down)", () => {
    const first = rows[0]!;
    const steps = approvalSteps(first.title);
    const values: CellValue[][] = [
      [TITLE],
      ["№ п/п", "Наименование мероприятия", "Ответственный", "Результат", "Срок"],
      ["1.", "Утверждены:", null, null, null],
      ...steps.map((t, i) => [
        `${"абвгд"[i]})`,
        t,
        i === 0 ? first.responsible : null,
        "Приказ",
        first.deadlineText,
      ]),
      ...rows.slice(1).map((r) => [r.number, r.title, r.responsible, r.result || "Приказ", r.deadlineText]),
    ];
    const merges = [`C4:C${3 + steps.length}`];
    const r = readRoadmaps(grid(values, merges)).roadmaps[0]!;
    expect(r.skipped).toEqual([
      expect.objectContaining({ kind: "group-heading", address: "B3", number: "1." }),
    ]);
    expect(r.rows).toHaveLength(steps.length + rows.length - 1);
    expect(r.rows[0]!.number).toBe("а)");
    expect(r.rows[0]!.subItems).toEqual([`Утверждены: ${steps[0]}`]);
    expect(clean(values, merges)).toEqual([]);
  });

  it("«1. | Утверждены:» over 1), 2) … in the № column is a heading; a table numbered 1), 2) keeps its rows", () => {
    const values: CellValue[][] = [
      [TITLE],
      ["№ п/п", "Наименование мероприятия", "Ответственный", "Результат", "Срок"],
      ["1.", "Утверждены:", null, null, null],
      ["1)", "должностное лицо", "Министерство", "Приказ", "до 15.12.2026"],
      ["2)", "комплекс мер (дорожная карта)", "Министерство", "Приказ", "до 15.12.2026"],
      ["2.", "Объявлены закупки", "Министерство", "Извещения", "до 15.02.2027"],
    ];
    const r = readRoadmaps(grid(values)).roadmaps[0]!;
    expect(r.skipped!.map((x) => x.address)).toEqual(["B3"]);
    expect(r.rows.map((x) => x.subItems)).toEqual([
      ["Утверждены: должностное лицо"],
      ["Утверждены: комплекс мер (дорожная карта)"],
      [],
    ]);
    const plain = readRoadmaps(
      grid([
        ["№", "Мероприятие", "Срок", "Ответственный"],
        ["1)", "Закупка оборудования", null, null],
        ["2)", "Подготовка техзадания", "до 01.02.2027", "Директор"],
      ]),
    ).roadmaps[0]!;
    expect(plain.rows).toHaveLength(2);
  });

  it("«1. | Утверждение:» over rows bulleted «–» in the № column (a school order's appendix): a heading, each bullet a measure", () => {
    const first = rows[0]!;
    const steps = approvalSteps(first.title);
    const values: CellValue[][] = [
      [TITLE],
      ["№ п/п", "Наименование мероприятия", "Срок исполнения", "Ответственный исполнитель", "Результат"],
      ["1.", "Утверждение:", null, null, null],
      ...steps.map((t) => ["–", t, first.deadlineText, first.responsible, "Приказ"]),
      ...rows
        .slice(1)
        .map((r, i) => [`${i + 2}.`, r.title, r.deadlineText, r.responsible, r.result || "Приказ"]),
    ];
    const r = readRoadmaps(grid(values)).roadmaps[0]!;
    expect(r.skipped).toEqual([
      expect.objectContaining({ kind: "group-heading", address: "B3", number: "1.", text: "Утверждение:" }),
    ]);
    expect(r.rows).toHaveLength(steps.length + rows.length - 1);
    expect(r.rows[0]!.subItems).toEqual([`Утверждение: ${steps[0]}`]);
    expect(clean(values)).toEqual([]);
  });

  it("«10. Мониторинг …:» over 10.1 «по итогам III квартала», 10.2: the lead-in names each numbered step for the matcher", () => {
    const monitoring = rows[9]!;
    const values: CellValue[][] = [
      [TITLE],
      ["№ п/п", "Наименование мероприятия", "Срок", "Ответственный", "Результат"],
      ...rows
        .slice(0, 9)
        .map((r) => [r.number, r.title, r.deadlineText, r.responsible, r.result || "Приказ"]),
      ["10.", `${monitoring.title}:`, null, null, null],
      ["10.1.", "по итогам IV квартала 2027 года", "до 05.10.2027", monitoring.responsible, "Отчёт"],
      ["10.2.", "по итогам 2027 года", "до 29.12.2027", monitoring.responsible, "Отчёт"],
      ...rows.slice(10).map((r) => [r.number, r.title, r.deadlineText, r.responsible, r.result || "Приказ"]),
    ];
    const r = readRoadmaps(grid(values)).roadmaps[0]!;
    expect(r.skipped!.map((x) => x.address)).toEqual(["B12"]);
    const steps = r.rows.filter((x) => x.number?.startsWith("10."));
    expect(steps.map((x) => x.subItems)).toEqual([
      [`${monitoring.title}: по итогам IV квартала 2027 года`],
      [`${monitoring.title}: по итогам 2027 года`],
    ]);
    expect(clean(values).filter((f) => f.startsWith("missing-item"))).toEqual([]);
  });

  it("«1. | Утверждены:» over rows with an empty № and «1) …», «2) …» opening the title: each step is a measure", () => {
    const first = rows[0]!;
    const steps = approvalSteps(first.title);
    const values: CellValue[][] = [
      [TITLE],
      ["№", "Срок", "Мероприятие", "Ответственный", "Результат"],
      ["1.", null, "Утверждены:", first.responsible, null],
      ...steps.map((t, i) => [null, first.deadlineText, `${i + 1}) ${t}`, first.responsible, "Приказ"]),
      ...rows.slice(1).map((r) => [r.number, r.deadlineText, r.title, r.responsible, r.result || "Приказ"]),
    ];
    const r = readRoadmaps(grid(values)).roadmaps[0]!;
    expect(r.skipped!.map((x) => x.address)).toEqual(["C3"]);
    expect(r.rows.slice(0, steps.length).map((x) => [x.sheetRows, x.subItems])).toEqual(
      steps.map((t, i) => [[4 + i], [`Утверждены: ${t}`]]),
    );
    expect(clean(values)).toEqual([]);
    // A measure whose list goes on over the next lines, its deadline on the first line only, stays one measure.
    const listed = readRoadmaps(
      grid([
        ["№", "Мероприятие", "Срок", "Ответственный"],
        ["1.", "Утверждены:", "до 15.12.2026", "Министерство"],
        [null, "1) должностное лицо", null, null],
        [null, "2) комплекс мер (дорожная карта)", null, null],
        ["2.", "Объявлены закупки", "до 15.02.2027", "Министерство"],
      ]),
    ).roadmaps[0]!;
    expect(listed.rows.map((x) => x.sheetRows)).toEqual([[2, 3, 4], [5]]);
  });

  it("a responsible and result written once on the heading row apply to its steps", () => {
    const first = rows[0]!;
    const steps = approvalSteps(first.title);
    const values: CellValue[][] = [
      [TITLE],
      ["№ п/п", "Наименование мероприятия", "Ответственный", "Результат", "Срок"],
      ["1.", "Утверждение документов:", "Министерство образования", "Приказ министерства", null],
      ...steps.map((t, i) => [`1.${i + 1}.`, t, null, null, first.deadlineText]),
      ...rows.slice(1).map((r) => [r.number, r.title, r.responsible, r.result || "Приказ", r.deadlineText]),
    ];
    const r = readRoadmaps(grid(values)).roadmaps[0]!;
    expect(r.skipped!.map((x) => x.address)).toEqual(["B3"]);
    expect(r.rows[0]!.fields.responsible!.text).toBe("Министерство образования");
    expect(r.rows[steps.length - 1]!.fields.result!.text).toBe("Приказ министерства");
    expect(clean(values)).toEqual([]);
    // Without a deadline on the next row it stays a measure that lacks one.
    const alone: CellValue[][] = [
      [TITLE],
      ["№ п/п", "Наименование мероприятия", "Ответственный", "Результат", "Срок"],
      ["1.", "Объявлены закупки товаров, работ, услуг", "Министерство", "Извещения", null],
      ["1.1.", "Подготовлено техническое задание", "Министерство", "Техзадание", null],
    ];
    expect(readRoadmaps(grid(alone)).roadmaps[0]!.rows).toHaveLength(2);
  });

  it("«1. Нормативное обеспечение» over 1.1, 1.2 needs no deadline and is no duplicate of its steps", () => {
    const values: CellValue[][] = [
      [TITLE],
      ["№", "Мероприятие", "Ответственный", "Результат", "Срок"],
      ["1.", "Нормативное обеспечение и начало работы"],
      ...rows.map((r, i) => [`1.${i + 1}.`, r.title, r.responsible, r.result || "Приказ", r.deadlineText]),
    ];
    const r = readRoadmaps(grid(values, ["B3:E3"])).roadmaps[0]!;
    // A section of the roadmap, as when «1. Нормативное обеспечение …» is merged across the whole row.
    expect(r.sections.map((x) => [x.number, x.address])).toEqual([["1", "B3"]]);
    expect(r.skipped).toEqual([]);
    expect(r.rows).toHaveLength(rows.length);
    expect(clean(values, ["B3:E3"])).toEqual([]);
  });

  it("no № column: «1) Организационные мероприятия» over «а) …», «2) …» over «• …» are headings, each step a measure", () => {
    const values: CellValue[][] = [
      [TITLE],
      ["Мероприятие", "Срок", "Исполнитель", "Результат"],
      ["1) Организационные мероприятия", null, null, null],
      ...rows.slice(0, 2).map((r, i) => [`${"аб"[i]}) ${r.title}`, r.deadlineText, r.responsible, "Приказ"]),
      ["2. Остальные мероприятия", null, null, null],
      ...rows.slice(2).map((r) => [`• ${r.title}`, r.deadlineText, r.responsible, r.result || "Приказ"]),
    ];
    const r = readRoadmaps(grid(values)).roadmaps[0]!;
    expect(r.skipped!.map((x) => [x.kind, x.address])).toEqual([
      ["group-heading", "A3"],
      ["group-heading", "A6"],
    ]);
    expect(r.rows).toHaveLength(rows.length);
    expect(clean(values)).toEqual([]);
  });

  it("a numbered row with its own deadline is a measure, even when steps follow", () => {
    const r = readRoadmaps(
      grid([
        ["№", "Мероприятие", "Срок", "Ответственный"],
        ["1.", "Закупка оборудования", "до 15.02.2027", "Директор"],
        ["1.1.", "Подготовка техзадания", "до 01.02.2027", "Директор"],
      ]),
    ).roadmaps[0]!;
    expect(r.rows).toHaveLength(2);
    expect(r.skipped).toEqual([]);
  });
});

describe("group headings without an arabic number", () => {
  const HEAD = ["№", "Наименование мероприятия", "Ответственный", "Результат", "Срок"];
  const body = rows.map((r) => [r.number, r.title, r.responsible, r.result || "Приказ", r.deadlineText]);
  const parts = (a: CellValue[], b: CellValue[]): CellValue[][] => [
    [TITLE],
    HEAD,
    a,
    ...body.slice(0, 5),
    b,
    ...body.slice(5),
  ];

  it.each([
    [
      "unnumbered, in the title cell",
      [null, "Организационные мероприятия"],
      [null, "Материально-техническое обеспечение"],
    ],
    ["with a colon", [null, "Организационные мероприятия:"], [null, "Оснащение центров:"]],
  ])("%s: skipped as headings, no measure lost or lengthened, the roadmap clean", (_, a, b) => {
    const values = parts(a as CellValue[], b as CellValue[]);
    const r = readRoadmaps(grid(values)).roadmaps[0]!;
    expect(r.rows).toHaveLength(rows.length);
    expect(r.rows.map((x) => x.fields.title!.text)).toEqual(rows.map((x) => x.title));
    expect(r.skipped!.map((k) => k.kind)).toEqual(["group-heading", "group-heading"]);
    expect(clean(values)).toEqual([]);
  });

  it("Roman-numbered: sections (as when merged across), no measure lost or lengthened, the roadmap clean", () => {
    const values = parts(["I.", "Нормативное обеспечение"], ["II.", "Материально-техническое обеспечение"]);
    const r = readRoadmaps(grid(values)).roadmaps[0]!;
    expect(r.rows.map((x) => x.fields.title!.text)).toEqual(rows.map((x) => x.title));
    expect(r.sections.map((x) => [x.number, x.title])).toEqual([
      ["I", "Нормативное обеспечение"],
      ["II", "Материально-техническое обеспечение"],
    ]);
    expect(r.skipped).toEqual([]);
    expect(clean(values)).toEqual([]);
  });

  it("after a header repeated at a page break, a title-only row continues the row above", () => {
    const values: CellValue[][] = [
      [TITLE],
      HEAD,
      ...body.slice(0, 5),
      HEAD,
      [null, "Центров «Точка роста»"],
      ...body.slice(5),
    ];
    const r = readRoadmaps(grid(values)).roadmaps[0]!;
    expect(r.rows).toHaveLength(rows.length);
    expect(r.rows[4]!.fields.title!.text.endsWith("Центров «Точка роста»")).toBe(true);
  });
});

describe("merged cells", () => {
  it("a responsible and a result merged over a block apply to every row; «Исполнение» names its sub-columns", () => {
    const values: CellValue[][] = [
      [TITLE],
      ["№ п/п", "Наименование мероприятия", "Срок исполнения", "Исполнение", null],
      [null, null, null, "Ответственный исполнитель", "Результат"],
      ...rows.map((r, i) => [
        r.number,
        r.title,
        r.deadlineText,
        i < 4 ? (i === 0 ? "Министерство" : null) : r.responsible,
        i < 4 ? (i === 0 ? "Приказ" : null) : r.result || "Приказ",
      ]),
    ];
    const merges = ["A2:A3", "B2:B3", "C2:C3", "D2:E2", "D4:D7", "E4:E7"];
    const r = readRoadmaps(grid(values, merges)).roadmaps[0]!;
    expect(Object.fromEntries(r.columnRoles!.map((c) => [c.column, c.role]))).toEqual({
      A: "number",
      B: "measure",
      C: "deadline",
      D: "responsible",
      E: "result",
    });
    expect(r.rows.slice(0, 4).map((x) => x.fields.responsible?.text)).toEqual(Array(4).fill("Министерство"));
    expect(r.rows[3]!.fields.result!.addresses).toEqual(["E4"]);
    expect(clean(values, merges)).toEqual([]);
  });
});

describe("directions numbered without a word", () => {
  it("a complex plan without a № column: «1. Проведение …» merged across heads its «–» measures (a section, not a measure)", () => {
    const directions = [
      "1. Проведение совместных мероприятий для обучающихся и педагогических работников центров",
      "2. Организация и участие в региональных и межрегиональных конференциях, фестивалях, форумах",
    ];
    const values: CellValue[][] = [
      [
        "Комплексный план мероприятий по организационно-методической поддержке центров «Точка роста», Кванториумов и «IT-куб» на 2026/2027 учебный год",
      ],
      ["Направление / мероприятие", "Сроки", "Ответственные", "Целевая аудитория"],
      [directions[0]!, null, null, null],
      ["– областной хакатон для обучающихся центров", "ноябрь 2026 г.", "Региональный центр", "обучающиеся"],
      ["– межмуниципальные олимпиады", "февраль 2027 г.", "Муниципальные органы", "обучающиеся"],
      [directions[1]!, null, null, null],
      ["– областной фестиваль «Наука – детям»", "«23» апреля 2027 г.", "Региональный центр", "педагоги"],
    ];
    const merges = ["A1:D1", "A3:D3", "A6:D6"];
    const r = readRoadmaps(grid(values, merges)).roadmaps[0]!;
    expect(r.sections.map((x) => [x.number, x.address])).toEqual([
      ["1", "A3"],
      ["2", "A6"],
    ]);
    expect(r.rows.map((x) => x.sheetRows[0])).toEqual([4, 5, 7]);
    const found = clean(values, merges, "2026-09-01");
    expect(found.filter((f) => /^(deadline|responsible|result)-missing/.test(f))).toEqual([]);
  });
});

describe("directions without the word «Направление»", () => {
  const PLAN =
    "Единый комплексный план мероприятий по организационно-методической поддержке центров на 2025 год";
  const HEADER = ["№ п/п", "Наименование мероприятия", "Срок", "Ответственный", "Результат"];
  it("«2. Организация … конференциях …» merged across over 2.1, 2.2 is a section: its measures are that direction's", () => {
    const values: CellValue[][] = [
      [PLAN],
      HEADER,
      ["1. Проведение совместных мероприятий для обучающихся и педагогических работников"],
      ["1.1", "Совместные методические дни педагогов центров", "до 30.04.2025", "Центры", "Программа"],
      ["2. Организация и участие в региональных конференциях, фестивалях, форумах по обмену опытом"],
      [
        "2.1",
        "Региональная научно-практическая конференция «Опыт и перспективы»",
        "до 26.03.2025",
        "ИРО",
        "Резолюция",
      ],
      ["2.2", "Участие в межрегиональном форуме центров", "до 18.04.2025", "Центры", "Отчёт"],
    ];
    const merges = ["A1:E1", "A3:E3", "A5:E5"];
    const r = readRoadmaps(grid(values, merges)).roadmaps[0]!;
    expect(r.sections.map((x) => [x.number, x.address])).toEqual([
      ["1", "A3"],
      ["2", "A5"],
    ]);
    expect(r.rows.map((x) => [x.number, x.section])).toEqual([
      ["1.1", "1"],
      ["2.1", "2"],
      ["2.2", "2"],
    ]);
    const report = checkSheet(grid(values, merges), { checkDate: "2024-09-01" }).reports[0]!;
    expect(report.matches.filter((m) => m.itemId === "conferences").map((m) => m.address)).toEqual([
      "B6",
      "B7",
    ]);
    // A merged «1. Организационные мероприятия» over the whole row, over unrelated numbers (3, 4), heads them too (it
    // was read as a measure with no title; caps-directions.test.ts has the plan numbered through).
    const lone = readRoadmaps(
      grid(
        [
          [PLAN],
          HEADER,
          ["1. Организационные мероприятия"],
          ["3", "Конференция", "до 26.03.2025", "ИРО", "Резолюция"],
        ],
        ["A3:E3"],
      ),
    ).roadmaps[0]!;
    expect(lone.sections.map((x) => [x.number, x.title])).toEqual([["1", "Организационные мероприятия"]]);
    expect(lone.rows.map((x) => [x.number, x.section])).toEqual([["3", "1"]]);
  });
});

describe("a part heading right after a header repeated at a page break", () => {
  it("in an unnumbered table that heads its parts, a capitalised title-only line over a dated measure heads a part", () => {
    const head = ["Мероприятие", "Сроки", "Ответственные", "Результат"];
    const values: CellValue[][] = [
      ["План мероприятий центра «Точка роста» МКОУ «Погорельская СОШ» на 2025/2026 учебный год"],
      head,
      ["Совместная работа с образовательными организациями"],
      ["Совместный день науки для обучающихся", "октябрь 2025 г.", "Руководитель центра", "Отчёт"],
      ["Информационная кампания о работе центра", "в течение учебного года", "Зам. директора", "Публикации"],
      head,
      ["Работа с обучающимися"],
      [
        "Закрепление наставников за обучающимися 8–11 классов",
        "сентябрь 2025 г.",
        "Зам. директора",
        "Приказ",
      ],
    ];
    const r = readRoadmaps(grid(values)).roadmaps[0]!;
    expect(r.skipped!.filter((x) => x.kind === "group-heading").map((x) => x.address)).toEqual(["A3", "A7"]);
    expect(r.rows.map((x) => x.sheetRows[0])).toEqual([4, 5, 8]);
  });
});
