import { describe, expect, it } from "vitest";
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

producesItsCodes(codes, {
  "result-missing": () => check(withRow(1, { result: "" })),
});
