// One list of measures with a column per programme («Точка роста | Кванториум | ЦОС» under «Срок реализации», or «+»
// marks beside a shared «Срок»): one roadmap per programme column, each with the rows its column marks and, where
// the column holds a date, that date as the row's deadline.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/grid";
import { checkSheet } from "../../../src/core/checks/sheet";
import { readRoadmaps } from "../../../src/core/reader";
import type { Roadmap } from "../../../src/core/reader/types";
import { grid } from "./layouts";

const rowsOf = (r: Roadmap) => r.rows.map((x) => [x.sheetRows[0], x.fields.deadline?.text ?? null]);

function deadlineColumns(): { values: CellValue[][]; merges: string[] } {
  return {
    values: [
      ["Комплекс мер («дорожная карта») по созданию центров на 2027 год"],
      [],
      ["№ п/п", "Наименование мероприятия", "Срок реализации", null, null, "Ответственный", "Результат"],
      [null, null, "«Точка роста»", "«Школьный Кванториум»", "ЦОС", null, null],
      [1, 2, 3, 4, 5, 6, 7],
      [
        "1.",
        "Назначение ответственного должностного лица",
        "29.12.2026",
        "29.12.2026",
        "29.12.2026",
        "Минобр",
        "Приказ",
      ],
      ["2.", "Утверждение дорожной карты", "29.12.2026", "29.12.2026", "—", "Минобр", "Приказ"],
      ["3.", "Обеспечение базового набора оборудования", "—", "01.03.2027", "—", "Школы", "Справка"],
      ["4.", "Мониторинг хода внедрения целевой модели ЦОС", "—", "—", "25.08.2027", "Координатор", "Отчёт"],
    ],
    merges: ["A1:G1", "A3:A4", "B3:B4", "C3:E3", "F3:F4", "G3:G4"],
  };
}

describe("a table with a deadline column per programme", () => {
  it("is one roadmap per programme column, «—» leaving a row out, the column's date the deadline", () => {
    const { values, merges } = deadlineColumns();
    const rs = readRoadmaps(grid(values, merges)).roadmaps;
    expect(rs.map((r) => r.programme.value)).toEqual(["tochka-rosta", "kvantorium", "cos"]);
    expect(rowsOf(rs[0]!)).toEqual([
      [6, "29.12.2026"],
      [7, "29.12.2026"],
    ]);
    expect(rowsOf(rs[1]!)).toEqual([
      [6, "29.12.2026"],
      [7, "29.12.2026"],
      [8, "01.03.2027"],
    ]);
    expect(rowsOf(rs[2]!)).toEqual([
      [6, "29.12.2026"],
      [9, "25.08.2027"],
    ]);
    expect(new Set(rs.map((r) => r.id)).size).toBe(3);
    expect(rs[1]!.programme.evidence).toEqual(["D4: ««Школьный Кванториум»»"]);
  });

  it("shows the programme's own column as its deadline and not the other programmes' columns", () => {
    const { values, merges } = deadlineColumns();
    const kv = readRoadmaps(grid(values, merges)).roadmaps[1]!;
    expect(kv.columnRoles!.map((c) => `${c.column}:${c.role}`)).toEqual([
      "A:number",
      "B:measure",
      "D:deadline",
      "F:responsible",
      "G:result",
    ]);
    expect(kv.columns.deadline?.column).toBe("D");
  });

  it("finds the programmes in a sub-header row the other header cells are not merged down to", () => {
    const { values } = deadlineColumns();
    const rs = readRoadmaps(grid(values, ["A1:G1", "C3:E3"])).roadmaps;
    expect(rs.map((r) => r.programme.value)).toEqual(["tochka-rosta", "kvantorium", "cos"]);
    expect(rs[2]!.rows.map((x) => x.sheetRows[0])).toEqual([6, 9]);
  });
});

function markColumns(): CellValue[][] {
  return [
    ["План мероприятий по созданию центров «Точка роста» и IT-куба на 2027 год"],
    ["№", "Мероприятие", "Срок", "Точка роста", "IT-куб", "Ответственный"],
    ["1", "Утверждение дорожной карты", "29.12.2026", "+", "+", "Минобр"],
    ["2", "Согласование инфраструктурного листа", "01.02.2027", "+", "не предусмотрено", "Координатор"],
    ["3", "Закупка оборудования", "15.02.2027", "х", "+", "Школы"],
    ["4", "Открытие центров", "01.09.2027", null, null, "Школы"],
  ];
}

describe("a table with «+» marks per programme beside its own deadline column", () => {
  it("gives each programme the rows it marks, with the shared deadline; an unmarked row is every programme's", () => {
    const rs = readRoadmaps(grid(markColumns())).roadmaps;
    expect(rs.map((r) => r.programme.value)).toEqual(["tochka-rosta", "it-cube"]);
    expect(rowsOf(rs[0]!)).toEqual([
      [3, "29.12.2026"],
      [4, "01.02.2027"],
      [6, "01.09.2027"],
    ]);
    expect(rowsOf(rs[1]!)).toEqual([
      [3, "29.12.2026"],
      [5, "15.02.2027"],
      [6, "01.09.2027"],
    ]);
    // Marks only: the shared «Срок» stays the deadline column.
    expect(rs[0]!.columns.deadline?.column).toBe("C");
  });

  it("checks each programme against its own form: IT-куб has none, Точка роста's report never names IT-куб's row", () => {
    const { reports } = checkSheet(grid(markColumns()), { checkDate: "2026-12-10" });
    expect(reports.map((r) => r.programme)).toEqual(["tochka-rosta", "it-cube"]);
    expect(reports[1]!.findings.map((f) => f.code)).toContain("no-template");
    expect(reports[0]!.findings.filter((f) => f.address === "B5")).toEqual([]);
  });
});

describe("a note in a «+» column beside the row's own deadline", () => {
  it("«+ (2 школы)» marks the programme's measure; the row's «Срок» stays its deadline, nothing unreadable", () => {
    const values = markColumns().map((row, i) =>
      i === 2 ? [...row.slice(0, 3), "+ (2 школы)", ...row.slice(4)] : row,
    );
    const rs = readRoadmaps(grid(values)).roadmaps;
    expect(rowsOf(rs[0]!)[0]).toEqual([3, "29.12.2026"]);
    const { reports } = checkSheet(grid(values), { checkDate: "2026-12-10" });
    expect(reports.flatMap((r) => r.findings.map((f) => f.code))).not.toContain("deadline-unreadable");
  });

  it("a text that reads as a deadline is still the programme's own", () => {
    const values = markColumns().map((row, i) =>
      i === 2 ? [...row.slice(0, 4), "до 20.12.2026", ...row.slice(5)] : row,
    );
    const rs = readRoadmaps(grid(values)).roadmaps;
    expect(rowsOf(rs[1]!)[0]).toEqual([3, "до 20.12.2026"]);
  });
});

describe("programme-named columns that do not split a table", () => {
  it("«Школьный Кванториум» heads a programme's column, not a school's", () => {
    const values: CellValue[][] = [
      ["№", "Мероприятие", "Точка роста", "Школьный Кванториум", "Ответственный"],
      ["1", "Утверждение дорожной карты", "29.12.2026", "29.12.2026", "Минобр"],
    ];
    const rs = readRoadmaps(grid(values)).roadmaps;
    expect(rs.map((r) => r.organisation ?? null)).toEqual([null, null]);
    expect(rs.map((r) => r.programme.value)).toEqual(["tochka-rosta", "kvantorium"]);
  });

  it("the complex plan's centre columns say who takes part: it stays one plan", () => {
    const values: CellValue[][] = [
      [
        "Единый комплексный план мероприятий по организационно-методической поддержке центров на 2026/2027 учебный год",
      ],
      ["№", "Мероприятие", "Срок", "Точка роста", "Кванториум", "Ответственный"],
      ["1", "Региональный форум педагогов центров", "октябрь 2026", "+", "+", "ИРО"],
      ["2", "Конкурс проектов обучающихся", "март 2027", "+", "—", "ИРО"],
    ];
    const rs = readRoadmaps(grid(values, ["A1:F1"])).roadmaps;
    expect(rs.map((r) => r.programme.value)).toEqual(["complex-plan"]);
    expect(rs[0]!.rows).toHaveLength(2);
  });

  it("one programme-named column alone is not a split", () => {
    const values: CellValue[][] = [
      ["№", "Мероприятие", "Срок", "Точка роста", "Ответственный"],
      ["1", "Утверждение дорожной карты", "29.12.2026", "+", "Минобр"],
      ["2", "Закупка оборудования", "15.02.2027", "+", "Школы"],
    ];
    const rs = readRoadmaps(grid(values)).roadmaps;
    expect(rs).toHaveLength(1);
    expect(rs[0]!.id).not.toContain("#");
  });
});

describe("a row that reads like a header under programme date columns", () => {
  it("«Начало работы | 01.09.2027 | 01.09.2027 | — | Школы» is a measure, not another table's header", () => {
    const values: CellValue[][] = [
      ["Дорожная карта по созданию новых мест на 2027 год"],
      ["Мероприятие", "Точка роста", "Кванториум", "ЦОС", "Ответственный"],
      ["Утверждено должностное лицо", "29.12.2026", "29.12.2026", "29.12.2026", "Министерство образования"],
      ["Единый комплексный план", "25.08.2027", "25.08.2027", "—", "Министерство образования"],
      ["Начало работы", "01.09.2027", "01.09.2027", "—", "Школы"],
      ["Мониторинг показателей", "01.10.2027", "01.10.2027", "—", "ОГАУ «ЦРО»"],
    ];
    const rs = readRoadmaps(grid(values, [])).roadmaps;
    expect(rs.map((r) => r.programme.value)).toEqual(["tochka-rosta", "kvantorium", "cos"]);
    expect(rowsOf(rs[0]!).map(([row]) => row)).toEqual([3, 4, 5, 6]);
  });
});

describe("a complex plan's date under each centre", () => {
  const values: CellValue[][] = [
    ["Комплексный план мероприятий по поддержке центров «Точка роста» и «IT-куб» на 2026/2027 учебный год"],
    ["№", "Мероприятие", "Сроки проведения", null, "Ответственный", "Форма отчёта"],
    [null, null, "центры «Точка роста»", "центр «IT-куб»", null, null],
    ["1", "Информационная кампания о центрах", "сентябрь 2026 г.", "октябрь 2026 г.", "ИМЦ", "ссылки"],
    ["2", "Выставка-защита проектов", "21.04.2027", "20.04.2027", "ИМЦ", "протокол"],
    ["3", "Открытые уроки для школы с низкими результатами", "декабрь 2026 г.", "—", "ИМЦ", "план"],
    [
      "4",
      "Вебинары федерального оператора",
      "по графику федерального оператора",
      "15.10.2026",
      "ИМЦ",
      "справка",
    ],
  ];
  const merges = ["A1:F1", "C2:D2", "A2:A3", "B2:B3", "E2:E3", "F2:F3"];

  it("stays one plan, each row due on the later of the centres' dates", () => {
    const rs = readRoadmaps(grid(values, merges)).roadmaps;
    expect(rs.map((r) => r.programme.value)).toEqual(["complex-plan"]);
    expect(rs[0]!.rows.map((r) => r.fields.deadline?.addresses[0])).toEqual(["D4", "C5", "C6", "C7"]);
  });

  it("does not put a centre's date in place of a deadline the planner wrote in words", () => {
    const rs = readRoadmaps(grid(values, merges)).roadmaps;
    expect(rs[0]!.rows[3]!.fields.deadline?.text).toBe("по графику федерального оператора");
  });

  it("shows both centres' columns as deadlines in «Столбцы»", () => {
    const roles = readRoadmaps(grid(values, merges)).roadmaps[0]!.columnRoles ?? [];
    expect(roles.filter((r) => r.role === "deadline").map((r) => [r.column, r.header])).toEqual([
      ["C", "центры «Точка роста»"],
      ["D", "центр «IT-куб»"],
    ]);
  });

  it("checks the later date: a row is overdue only once the last centre's date has passed, marked at that cell", () => {
    const dated = values.map((r) => [...r]);
    dated[3] = ["1", "Информационная кампания о центрах", "01.09.2026", "01.10.2026", "ИМЦ", "ссылки"];
    const overdueOn = (checkDate: string) =>
      checkSheet(grid(dated, merges), { checkDate })
        .reports.flatMap((r) => r.findings)
        .filter((f) => f.code === "overdue")
        .map((f) => f.address);
    expect(overdueOn("2026-09-15")).toEqual([]);
    expect(overdueOn("2026-10-15")).toEqual(["D4"]);
  });
});
