import { describe, expect, it } from "vitest";
import { resultMissing } from "../../../../src/core/checks/rules/result-missing";
import { getEdition } from "../../../../src/core/templates/library";
import { contextOf, findingsOf, leningrad, withRow } from "./context";

describe("rule result-missing", () => {
  it("an empty result where the form has one: a warning with the form's result", () => {
    const [f, ...rest] = findingsOf(resultMissing, contextOf(withRow(1, { result: "" })));
    expect(rest).toEqual([]);
    expect([f!.severity, f!.address]).toEqual(["warning", "D3"]);
    expect(f!.expected!.ru).toContain("инфраструктурного листа");
  });

  it("not where the form gives the item no result (Точка роста 2024)", () => {
    const rows = [
      { title: "Начало работы Центров «Точка роста»", deadline: "1 сентября 2024 года", result: "" },
    ];
    const ctx = contextOf(rows, { edition: getEdition("tochka-rosta-2024")!, programme: "tochka-rosta" });
    expect(ctx.rows[0]!.items.length).toBeGreaterThan(0);
    expect(findingsOf(resultMissing, ctx)).toEqual([]);
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
