// Sheets exported from information systems and sent as they are: dates as Excel serials stored as text («46384»),
// «Плановая дата | Фактическая дата» with «#Н/Д» or «—» where nothing was done yet, a «[1] [2] [3]» column-number row.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/grid";
import { checkSheet } from "../../../src/core/checks/sheet";
import { parseDeadline } from "../../../src/core/deadlines";
import { readRoadmaps } from "../../../src/core/reader";
import { classifyHeader } from "../../../src/core/reader/header-words";
import { grid, templateRows } from "./layouts";

const rows = templateRows(2027);
// Excel's serial of an ISO day (1900 date system).
const serial = (iso: string) => String(Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000) + 25_569);

/** Findings at error or warning, as «code address». */
function problems(values: CellValue[][], checkDate: string): string[] {
  return checkSheet(grid(values), { checkDate }).reports.flatMap((x) =>
    x.findings.filter((f) => f.severity !== "info").map((f) => `${f.code} ${f.address}`),
  );
}

describe("sheets exported from information systems", () => {
  it("a five-digit serial typed as text is its day; other numbers are not dates", () => {
    expect(parseDeadline("46384").due).toBe("2026-12-28");
    expect(parseDeadline(" 46631 ").due).toBe("2027-09-01");
    expect(parseDeadline("12345").kind).toBe("unknown");
    expect(parseDeadline("99999").kind).toBe("unknown");
  });

  it("a table whose «Срок» cells are serials as text: read, its year taken from them, a late step found", () => {
    const values: CellValue[][] = [
      ["Комплекс мер (дорожная карта) «Точка роста» — Ильменский край"],
      ["Код", "№", "Наименование", "Срок", "Исполнитель", "Результат исполнения"],
      ...rows.map(
        (r, i) =>
          [
            `TR.${i + 1}`,
            String(i + 1),
            r.title,
            r.due ? serial(r.due) : r.deadlineText,
            r.responsible,
            r.result || "Приказ",
          ] as CellValue[],
      ),
    ];
    const [roadmap] = readRoadmaps(grid(values)).roadmaps;
    expect(roadmap!.rows).toHaveLength(rows.length);
    expect(roadmap!.year.value).toBe(2027);
    expect(problems(values, "2026-12-01")).toEqual([]);
    const late = rows.findIndex((r) => r.due === "2027-02-15");
    values[late + 2]![3] = serial("2027-03-15");
    expect(problems(values, "2026-12-01")).toEqual([`late-vs-template D${late + 3}`]);
  });

  it("«Плановая дата» is the deadline; «#Н/Д», an error value or «—» in the fact column is not a step done", () => {
    expect(classifyHeader("Плановая дата")).toBe("deadline");
    expect(classifyHeader("Плановый срок исполнения")).toBe("deadline");
    const values: CellValue[][] = [
      ["Отчёт о ходе реализации дорожной карты «Точка роста» в 2027 году"],
      ["№", "Мероприятие", "Ответственный", "Плановая дата", "Фактическая дата", "Статус"],
      ["1", rows[0]!.title, "Комитет", "18.12.2026 0:00:00", "16.12.2026 0:00:00", "Исполнено"],
      ["2", rows[1]!.title, "Комитет", "18.12.2026 0:00:00", "#Н/Д", "В работе"],
      ["3", rows[2]!.title, "Комитет", "18.12.2026 0:00:00", { error: "#N/A" }, "В работе"],
      ["4", rows[3]!.title, "Комитет", "25.12.2026 0:00:00", "—", "В работе"],
    ];
    const [roadmap] = readRoadmaps(grid(values)).roadmaps;
    expect([roadmap!.columns.deadline?.column, roadmap!.columns.actual?.column]).toEqual(["D", "E"]);
    const overdue = problems(values, "2027-01-10").filter((p) => p.startsWith("overdue"));
    expect(overdue).toEqual(["overdue D4", "overdue D5", "overdue D6"]);
  });

  it("a «[1] [2] [3]» column-number row under the header is not a measure", () => {
    const values: CellValue[][] = [
      ["Комплекс мер (дорожная карта) по созданию центров «Точка роста» в 2027 году"],
      ["№", "Мероприятие", "Срок", "Ответственный", "Результат"],
      ["[1]", "[2]", "[3]", "[4]", "[5]"],
      ...rows.map((r, i) => [String(i + 1), r.title, r.deadlineText, r.responsible, r.result || "Приказ"]),
    ];
    const read = readRoadmaps(grid(values));
    expect(read.roadmaps[0]!.rows).toHaveLength(rows.length);
    expect(read.roadmaps[0]!.rows[0]!.address).toBe("B4");
    expect(problems(values, "2026-12-01")).toEqual([]);
  });
});

describe("a column a PDF converter split in two under one merged header", () => {
  it("«Ответственный исполнитель» merged over C:D: each row's responsible is the text of both cells", () => {
    const values: CellValue[][] = [
      [
        "Комплекс мер (дорожная карта) по внедрению цифровой образовательной среды в Белогорском городском округе на 2027 год",
      ],
      [
        "№ п/п",
        "Наименование мероприятия",
        "Ответственный исполнитель",
        null,
        "Срок исполнения",
        "Результат",
      ],
      [1, 2, 3, null, 4, 5],
      [
        "1.",
        "Утверждение должностного лица, ответственного за внедрение ЦОС",
        "Управление",
        "образования",
        "до 29.12.2026",
        "Приказ",
      ],
      [
        "2.",
        "Объявление закупок оборудования для внедрения ЦОС",
        null,
        "МКУ «Центр обеспечения»",
        "до 15.02.2027",
        "Извещения",
      ],
      ["3.", "Закупка, доставка и наладка оборудования", "Руководители ОО", null, "до 25.08.2027", "Акты"],
    ];
    const merges = ["A1:F1", "C2:D2", "C3:D3"];
    const r = readRoadmaps(grid(values, merges)).roadmaps[0]!;
    expect(r.rows.map((x) => x.fields.responsible?.text)).toEqual([
      "Управление\nобразования",
      "МКУ «Центр обеспечения»",
      "Руководители ОО",
    ]);
    const missing = checkSheet(grid(values, merges), { checkDate: "2026-12-10" }).reports.flatMap((x) =>
      x.findings.filter((f) => f.code === "responsible-missing"),
    );
    expect(missing).toEqual([]);
  });
});

describe("the deadline column a PDF converter split in two under «Срок исполнения» merged over C:D", () => {
  it("one page's dates in C, the next page's in D: each row's deadline is whichever holds it", () => {
    // h194-tr-municipal-2027-pdf-hyphens: the second page's dates, in D, were not read (10 false deadline-missing).
    const values: CellValue[][] = [
      ["Дорожная карта по созданию центров «Точка роста» на 2027 год"],
      ["№", "Наименование мероприятия", "Срок исполнения", null, "Ответственный", "Результат"],
      ...rows.map((r, i): CellValue[] => {
        const due = i < 5 ? [r.deadlineText, null] : [null, r.deadlineText];
        return [r.number, r.title, ...due, r.responsible, r.result || "Приказ"];
      }),
    ];
    const r = readRoadmaps(grid(values, ["C2:D2"])).roadmaps[0]!;
    expect(r.rows.map((x) => x.fields.deadline?.text)).toEqual(rows.map((x) => x.deadlineText));
  });
});

describe("the last column's header centred over it and an unheaded column beyond (not merged)", () => {
  it("«Срок исполнения» over E:F, every date in F: the deadlines are read from F", () => {
    // h196-tr-municipal-two-schools centred: no date read, every step a false deadline-missing error.
    const values: CellValue[][] = [
      ["Дорожная карта по созданию центров «Точка роста» на 2027 год"],
      ["№", "Наименование мероприятия", "Ответственный", "Результат", "Срок исполнения", null],
      ...rows.map((r): CellValue[] => [
        r.number,
        r.title,
        r.responsible,
        r.result || "Приказ",
        null,
        r.deadlineText,
      ]),
    ];
    const r = readRoadmaps(grid(values)).roadmaps[0]!;
    expect(r.rows.map((x) => x.fields.deadline?.text.trim())).toEqual(rows.map((x) => x.deadlineText));
  });

  it("a notes column beyond a filled deadline column is not read into it", () => {
    const values: CellValue[][] = [
      ["Дорожная карта по созданию центров «Точка роста» на 2027 год"],
      ["№", "Наименование мероприятия", "Ответственный", "Результат", "Срок исполнения", null],
      ...rows.map((r, i): CellValue[] => [
        r.number,
        r.title,
        r.responsible,
        r.result || "Приказ",
        r.deadlineText,
        i === 3 ? "перенесено" : null,
      ]),
    ];
    const r = readRoadmaps(grid(values)).roadmaps[0]!;
    expect(r.rows.map((x) => x.fields.deadline?.text)).toEqual(rows.map((x) => x.deadlineText));
  });
});

describe("the measure column a PDF converter split in two under «Наименование мероприятия» merged over B:C", () => {
  // Each row's text in B, in C or broken over both, as h141-tr-region-pdf-split-column has it.
  const values: CellValue[][] = [
    ["Комплекс мер (дорожная карта) по созданию центров «Точка роста» на 2027 год"],
    ["№", "Наименование мероприятия", null, "Срок", "Ответственный", "Результат"],
    ...rows.map((r, i): CellValue[] => {
      const [head, ...rest] = r.title.split(" ");
      const title: CellValue[] =
        i % 3 === 0 ? [null, r.title] : i % 3 === 1 ? [head!, rest.join(" ")] : [r.title, null];
      return [r.number, ...title, r.deadlineText, r.responsible, r.result || "Приказ"];
    }),
  ];
  const merges = ["A1:F1", "B2:C2"];

  it("each row's measure is the text of both cells; the roadmap comes back clean", () => {
    const r = readRoadmaps(grid(values, merges)).roadmaps[0]!;
    expect(r.rows.map((x) => x.fields.title?.text.replace(/\s+/g, " "))).toEqual(rows.map((x) => x.title));
    const found = checkSheet(grid(values, merges), { checkDate: "2026-12-10" }).reports.flatMap((x) =>
      x.findings.filter((f) => f.severity !== "info").map((f) => `${f.code} ${f.address}`),
    );
    expect(found).toEqual([]);
  });
});

describe("a column a PDF converter split in two with no header over its second half", () => {
  const values: CellValue[][] = [
    ["Комплекс мер (дорожная карта) по созданию центров «Точка роста» на 2027 год"],
    ["№", "Мероприятие", null, "Срок", null, "Ответственный", "Результат", null],
    ...rows.map((r, i): CellValue[] => {
      const [head, ...rest] = r.title.split(" ");
      // The measure broken after its first word in every other row; «не позднее» apart from its date, the first row's
      // date an Excel date.
      const title: CellValue[] = i % 2 === 0 ? [head!, rest.join(" ")] : [r.title, null];
      const m = /^не позднее (.*)$/.exec(r.deadlineText);
      const due: CellValue[] =
        i === 0
          ? ["до", new Date(Date.UTC(2026, 11, 29))]
          : m
            ? ["не позднее", m[1]!]
            : [r.deadlineText, null];
      return [r.number, ...title, ...due, r.responsible, r.result || "Приказ", null];
    }),
  ];

  it("each row's measure and deadline are the text of both cells; the roadmap comes back clean", () => {
    const r = readRoadmaps(grid(values)).roadmaps[0]!;
    expect(r.rows.map((x) => x.fields.title?.text.replace(/\s+/g, " "))).toEqual(rows.map((x) => x.title));
    expect(r.rows.slice(1).map((x) => x.fields.deadline?.text.replace(/\s+/g, " "))).toEqual(
      rows.slice(1).map((x) => x.deadlineText),
    );
    expect(parseDeadline(r.rows[0]!.fields.deadline!.text).due).toBe("2026-12-29");
    expect(problems(values, "2026-12-10")).toEqual([]);
  });

  it("a column with no header right of the last field is not read into it", () => {
    const withNote = values.map((v, i) => (i >= 2 ? [...v.slice(0, 7), "прим."] : v));
    const r = readRoadmaps(grid(withNote)).roadmaps[0]!;
    expect(r.rows.every((x) => !x.fields.result?.text.includes("прим."))).toBe(true);
  });
});

describe("«Продолжение приложения» over the header printed again", () => {
  it("is a page's running head, and the next page's first row with № empty continues the row before", () => {
    const values: CellValue[][] = [
      ["Комплекс мер (дорожная карта) по созданию центров «Точка роста» на 2027 год"],
      ["№ п/п", "Наименование мероприятия", "Ответственный", "Результат", "Срок"],
      [
        "1.",
        "Объявление закупок товаров, работ, услуг",
        "Министерство",
        "Извещения",
        "до 15 февраля 2027 года",
      ],
      ["2.", "Подготовка информационной справки", null, "Справка", "до 30 июня 2027 года"],
      ["Продолжение приложения", null, null, null, null],
      ["№ п/п", "Наименование мероприятия", "Ответственный", "Результат", "Срок"],
      [null, null, "Министерство, органы местного самоуправления", null, null],
      ["3.", "Подготовка реестра документов о приёмке", "Министерство", "Реестр", "до 25 августа 2027 года"],
    ];
    const merges = ["A1:E1", "A5:E5"];
    const r = readRoadmaps(grid(values, merges)).roadmaps[0]!;
    expect(r.rows.map((x) => [x.number, x.fields.responsible?.text ?? null])).toEqual([
      ["1.", "Министерство"],
      ["2.", "Министерство, органы местного самоуправления"],
      ["3.", "Министерство"],
    ]);
  });
});

describe("a lead-in step a PDF converter broke over lines, every column's text going on below", () => {
  it("«Утверждение: | до 29 декабря», then «1) должностного лица … | 2026 г. | образования и науки»: one step", () => {
    // h202-tr-progress-oct2027-line-split: «1) …» read as a step with «2026 г.» its own deadline (a false
    // late-vs-template error), «до 29 декабря» the lead-in's, in the roadmap's year.
    const values: CellValue[][] = [
      ["Комплекс мер (дорожная карта) по созданию центров «Точка роста» на 2027 год"],
      ["№", "Мероприятие", "Срок", "Ответственный", "Результат"],
      ["1.", "Утверждение:", "до 29 декабря", "Министерство", "Распоряжения"],
      [
        null,
        "1) должностного лица, ответственного за создание",
        "2026 г.",
        "образования и науки",
        "министерства",
      ],
      [null, "Центров; 2) комплекса мер (дорожной карты)", null, null, null],
      ["2.", "Объявление закупок", "до 15.02.2027", "Министерство", "Извещения"],
    ];
    const r = readRoadmaps(grid(values)).roadmaps[0]!;
    expect(r.rows.map((x) => x.sheetRows)).toEqual([[3, 4, 5], [6]]);
    expect(parseDeadline(r.rows[0]!.fields.deadline!.text).due).toBe("2026-12-29");
  });

  it("«1) …» with a deadline of its own under «Утверждены:» is still a step", () => {
    const values: CellValue[][] = [
      ["Комплекс мер (дорожная карта) по созданию центров «Точка роста» на 2027 год"],
      ["№", "Мероприятие", "Срок", "Ответственный", "Результат"],
      ["1.", "Утверждены:", "до 29 декабря", "Министерство", "Распоряжения"],
      [null, "1) должностное лицо", "2026 г.", "Министерство", "Распоряжение"],
      [null, "2) комплекс мер", "до 29.12.2026", "Министерство", "Распоряжение"],
    ];
    expect(readRoadmaps(grid(values)).roadmaps[0]!.rows.map((x) => x.sheetRows)).toEqual([[3], [4], [5]]);
  });
});
