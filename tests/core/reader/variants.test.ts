// Variants a planner produces from the same table (rows typed from seed 002).
import { describe, expect, it } from "vitest";
import type { CellValue, Grid } from "../../../src/core/grid";
import { readRoadmaps, type Roadmap } from "../../../src/core/reader";

type Key = "number" | "title" | "responsible" | "result" | "deadline";
const HEAD: Record<Key, string> = {
  number: "№",
  title: "Наименование мероприятия",
  responsible: "Ответственный",
  result: "Результат",
  deadline: "Срок",
};
const ROWS: Record<Key, CellValue>[] = [
  {
    number: "1.",
    title:
      "Утверждены: 1. должностное лицо; 2. комплекс мер (дорожная карта) по созданию Школьного Кванториума",
    responsible: "Региональный координатор",
    result: "Распоряжение комитета",
    deadline: "29 декабря 2023 года",
  },
  {
    number: "2.",
    title: "Сформирован и утвержден инфраструктурный лист для оснащения",
    responsible: "Региональный координатор, Федеральный оператор",
    result: "Письмо федерального оператора",
    deadline: "Согласно графику, направляемому федеральным оператором",
  },
  // Row 2 continued on the next page.
  { number: null, title: "Школьного Кванториума", responsible: null, result: null, deadline: null },
  {
    number: "3.",
    title: "Сформирован проект дизайна и зонирования помещений Школьного Кванториума",
    responsible: "Региональный координатор",
    result: "Распорядительный акт",
    deadline: "до 1 февраля 2024 года",
  },
];
const TITLE = "Комплекс мер (Дорожная карта) по созданию детских технопарков «Кванториум» в 2024 году";

/** Title in B2, header in row 4 from column B, rows from row 5 (or 6 after a column-number row). */
function sheet(
  order: Key[],
  head: Partial<Record<Key, string>> = {},
  extra: CellValue[][] = [],
  colNums = false,
): Grid {
  const values: CellValue[][] = [
    [null, null, null, null, null, null],
    [null, TITLE, null, null, null, null],
    [null, null, null, null, null, null],
    [null, ...order.map((k) => (k in head ? head[k]! : HEAD[k]))],
  ];
  if (colNums) values.push([null, ...order.map((_, i) => i + 1)]);
  for (const r of ROWS) values.push([null, ...order.map((k) => r[k])]);
  for (const e of extra) values.push(e);
  return { sheetName: "Лист1", origin: "A1", values, merges: ["B2:F2"] };
}

function one(g: Grid): Roadmap {
  const res = readRoadmaps(g);
  if (res.reason) throw new Error(res.reason.en);
  expect(res.roadmaps).toHaveLength(1);
  return res.roadmaps[0]!;
}

const ORDER: Key[] = ["number", "title", "responsible", "result", "deadline"];

/** What the three rows must read as, whatever the layout: texts typed from the table above. */
function expectRows(r: Roadmap): void {
  expect(r.rows.map((x) => x.number)).toEqual(["1.", "2.", "3."]);
  expect(r.rows.map((x) => x.fields.title?.text)).toEqual([
    ROWS[0]!.title,
    "Сформирован и утвержден инфраструктурный лист для оснащения\nШкольного Кванториума",
    ROWS[3]!.title,
  ]);
  expect(r.rows.map((x) => x.fields.responsible?.text)).toEqual([
    "Региональный координатор",
    "Региональный координатор, Федеральный оператор",
    "Региональный координатор",
  ]);
  expect(r.rows.map((x) => x.fields.deadline?.text)).toEqual([
    "29 декабря 2023 года",
    "Согласно графику, направляемому федеральным оператором",
    "до 1 февраля 2024 года",
  ]);
  expect(r.rows.map((x) => x.fields.result?.text)).toEqual([
    "Распоряжение комитета",
    "Письмо федерального оператора",
    "Распорядительный акт",
  ]);
  expect(r.rows[0]!.subItems).toEqual([
    "Утверждены: должностное лицо",
    "Утверждены: комплекс мер (дорожная карта) по созданию Школьного Кванториума",
  ]);
  expect(r.title).toBe(TITLE);
  expect(r.programme.value).toBe("kvantorium");
  expect(r.year.value).toBe(2024);
}

describe("header synonyms", () => {
  const synonyms: [Key, string[]][] = [
    ["title", ["Наименование мероприятия", "Мероприятия", "Мероприятие", "Основные мероприятия"]],
    ["responsible", ["Ответственный", "Ответственный исполнитель", "Ответственные", "Отв."]],
    ["result", ["Результат", "Документ", "Форма отчётности", "Форма завершения"]],
    ["deadline", ["Срок", "Срок исполнения", "Сроки проведения", "Дата"]],
    ["number", ["№", "№ п/п", "N п/п"]],
  ];
  for (const [key, names] of synonyms)
    for (const name of names)
      it(`${key} headed «${name}»`, () => {
        const r = one(sheet(ORDER, { [key]: name }));
        expect(r.columns[key]).toEqual({
          column: String.fromCharCode(66 + ORDER.indexOf(key)),
          header: name,
          address: `${String.fromCharCode(66 + ORDER.indexOf(key))}4`,
        });
        expectRows(r);
        expect(r.rows[1]!.sheetRows).toEqual([6, 7]);
        expect(r.headerAddress).toBe("B4");
        expect(r.id).toBe("Лист1!B4");
      });
});

describe("layout variants", () => {
  it("the № column has an empty header", () => {
    const r = one(sheet(ORDER, { number: "" }));
    expect(r.columns.number).toEqual({ column: "B", header: "", address: "B4" });
    expectRows(r);
    expect(r.rows[1]!.fields.title!.addresses).toEqual(["C6", "C7"]);
  });

  it("the deadline column placed third", () => {
    const order: Key[] = ["number", "title", "deadline", "responsible", "result"];
    const r = one(sheet(order));
    expect(r.columns.deadline!.column).toBe("D");
    expectRows(r);
    expect(r.rows[2]!.fields.deadline!.addresses).toEqual(["D8"]);
  });

  it("no № column at all: every titled row is a row, the untitled one continues", () => {
    const order: Key[] = ["title", "responsible", "result", "deadline"];
    const r = one(sheet(order));
    expect(r.columns.number).toBeUndefined();
    expect(r.rows.map((x) => x.number)).toEqual([null, null, null, null]);
    // Without numbers the continued title is a row of its own: nothing tells it apart.
    expect(r.rows.map((x) => x.fields.title!.text)[2]).toBe("Школьного Кванториума");
  });

  it("a column-number row under the header is not a row", () => {
    const r = one(sheet(ORDER, {}, [], true));
    expectRows(r);
    expect(r.rows[0]!.sheetRows).toEqual([6]);
  });

  it("numbers typed as numbers and numbers stored as text", () => {
    const g = sheet(ORDER);
    g.values[4]![1] = 1;
    g.values[5]![1] = "2";
    const r = one(g);
    expect(r.rows.map((x) => x.number)).toEqual(["1", "2", "3."]);
    expect(r.rows[0]!.fields.number!.value).toBe(1);
  });

  it("an Excel error in a cell is data", () => {
    const g = sheet(ORDER);
    g.values[7]![5] = { error: "#REF!" };
    const r = one(g);
    expect(r.rows[2]!.fields.deadline).toEqual({
      text: "#REF!",
      value: { error: "#REF!" },
      addresses: ["F8"],
    });
  });

  it("signatures and «Ознакомлены» below the table are not rows", () => {
    const r = one(
      sheet(ORDER, {}, [
        [null, null, null, null, null, null],
        [null, "Начальник отдела", null, null, null, "Иванов И.И."],
        [null, "Ознакомлены:", null, null, null, null],
        [null, "Петрова А.А.", null, null, null, null],
      ]),
    );
    expectRows(r);
    expect(r.tableRange).toBe("B4:F8");
  });

  it.each([
    ["Заведующий районным методическим кабинетом", "И.В. Муромцева"],
    ["И.о. начальника управления образования", "Иванов И.И."],
    ["Head of the Department of General Education", "M.V. Sokolova"],
    ["Deputy Minister", "Sokolova M.V."],
  ])("a signature «%s … %s» right under the table is not the last row's continuation", (position, name) => {
    const r = one(sheet(ORDER, {}, [[null, position, null, null, null, name]]));
    expectRows(r);
    expect(r.tableRange).toBe("B4:F8");
  });

  it("a status column is mapped", () => {
    const g = sheet(ORDER);
    g.values[3]!.push("Отметка о выполнении");
    g.values[4]!.push("выполнено");
    const r = one(g);
    expect(r.columns.status).toEqual({ column: "G", header: "Отметка о выполнении", address: "G4" });
    expect(r.rows[0]!.fields.status!.text).toBe("выполнено");
  });

  it("two tables on one sheet, the first ended by its signature line", () => {
    const first = sheet(ORDER);
    const second = sheet(ORDER).values.map((row) =>
      row.map((v) => (v === TITLE ? "Дорожная карта «Точка роста» на 2025 год" : v)),
    );
    const g: Grid = {
      ...first,
      values: [...first.values, [null, "Исполнитель: Сидоров С.С.", null, null, null, null], ...second],
      merges: [],
    };
    const res = readRoadmaps(g);
    expect(res.roadmaps.map((r) => [r.id, r.programme.value, r.year.value, r.rows.length])).toEqual([
      ["Лист1!B4", "kvantorium", 2024, 3],
      ["Лист1!B13", "tochka-rosta", 2025, 3],
    ]);
  });
});
