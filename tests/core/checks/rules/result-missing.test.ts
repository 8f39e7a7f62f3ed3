import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../../src/core/grid";
import { checkSheet } from "../../../../src/core/checks/sheet";
import { grid } from "../../reader/layouts";
import { check as resultMissing, codes } from "../../../../src/core/checks/rules/result-missing";
import { getEdition } from "../../../../src/core/templates/library";
import { contextOf, findingsOf, leningrad, withRow } from "./context";
import { check, producesItsCodes } from "./produce";

describe("rule result-missing", () => {
  it("an empty result where the form has one: a warning with the form's result", () => {
    const [f, ...rest] = findingsOf(resultMissing, contextOf(withRow(1, { result: "" })));
    expect(rest).toEqual([]);
    expect([f!.severity, f!.address]).toEqual(["warning", "D3"]);
    expect(f!.expected!.ru).toContain("инфраструктурного листа");
  });

  it("not where the form gives the item no result and the planner wrote none (Точка роста 2024)", () => {
    const rows = [
      { title: "Начало работы Центров «Точка роста»", deadline: "1 сентября 2024 года", result: "" },
    ];
    const ctx = contextOf(rows, { edition: getEdition("tochka-rosta-2024")!, programme: "tochka-rosta" });
    expect(ctx.rows[0]!.items.length).toBeGreaterThan(0);
    expect(findingsOf(resultMissing, ctx)).toEqual([]);
  });

  it("a form whose results were never read (ЦОС 2024): a blank among the results the planner wrote elsewhere", () => {
    const cos = getEdition("cos-2024")!;
    const rows = [
      {
        number: "1.",
        title: "Утверждение должностного лица, ответственного за внедрение ЦОС",
        deadline: "15.12.2023",
      },
      {
        number: "2.",
        title: "Формирование инфраструктурного листа",
        deadline: "по графику федерального оператора",
      },
      { number: "3.", title: "Объявление закупок оборудования для внедрения ЦОС", deadline: "09.02.2024" },
      { number: "4.", title: "Закупка, доставка и наладка оборудования", deadline: "23.08.2024", result: "" },
      { number: "5.", title: "Мониторинг хода внедрения ЦОС (август)", deadline: "23.08.2024" },
    ];
    const ctx = contextOf(rows, { edition: cos, programme: "cos" });
    expect(ctx.rows[3]!.items.map((it) => it.id)).toEqual(["equipment-delivery"]);
    expect(findingsOf(resultMissing, ctx).map((f) => [f.address, f.itemId])).toEqual([["D5", null]]);
    // Where the planner leaves most results blank, the result column is their own note: nothing to report.
    const sparse = rows.map((r, i) => ({ ...r, result: i === 0 ? "Приказ" : "" }));
    expect(findingsOf(resultMissing, contextOf(sparse, { edition: cos, programme: "cos" }))).toEqual([]);
  });

  it("not without a result column; a row of no item still needs its result", () => {
    expect(findingsOf(resultMissing, contextOf(withRow(1, { result: "" }), { withResult: false }))).toEqual(
      [],
    );
    const rows = [
      ...leningrad(),
      { number: "14.", title: "Ремонт кровли школы", deadline: "1 июля 2024 года", result: "" },
    ];
    expect(findingsOf(resultMissing, contextOf(rows)).map((f) => f.address)).toEqual(["D15"]);
  });
});

describe("a «Результат / комментарий» column in a progress copy", () => {
  const copy = (comment: string): CellValue[][] => [
    ["Мониторинг исполнения комплекса мер (дорожной карты) по созданию Школьных Кванториумов в 2027 году"],
    ["№", "Мероприятие", "Ответственный", "Срок исполнения", null, comment],
    [null, null, null, "план", "факт", null],
    ["1.", "Сформирован проект дизайна и зонирования помещений", "Минобр", "01.02.2027", "28.01.2027", null],
    ["2.", "Объявлены закупки товаров, работ, услуг", "ОМСУ", "15.02.2027", "13.02.2027", "Реестр извещений"],
  ];
  const blanks = (values: CellValue[][]) =>
    checkSheet(grid(values, ["A1:F1", "A2:A3", "B2:B3", "C2:C3", "D2:E2", "F2:F3"]), {
      checkDate: "2027-09-21",
    }).reports.flatMap((r) => r.findings.filter((f) => f.code === "result-missing").map((f) => f.address));

  it("is the planner's comment on execution beside the «факт» dates: a blank there omits nothing", () => {
    expect(blanks(copy("Результат / комментарий"))).toEqual([]);
    expect(blanks(copy("Результат / примечание"))).toEqual([]);
  });

  it("a plain «Результат» column still needs its document", () => {
    expect(blanks(copy("Результат"))).toEqual(["F4"]);
  });
});

producesItsCodes(codes, {
  "result-missing": () => check(withRow(1, { result: "" })),
});
