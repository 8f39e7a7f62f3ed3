import { describe, expect, it } from "vitest";
import { check as extraRow, codes } from "../../../../src/core/checks/rules/extra-row";
import { contextOf, findingsOf, kv24, leningrad } from "./context";
import { check, producesItsCodes } from "./produce";

describe("rule extra-row", () => {
  it("a row of no item: a note naming the template", () => {
    const rows = [
      ...leningrad(),
      { number: "14.", title: "Ремонт кровли школы", deadline: "1 июля 2024 года" },
    ];
    const [f, ...rest] = findingsOf(extraRow, contextOf(rows));
    expect(rest).toEqual([]);
    expect([f!.severity, f!.address]).toEqual(["info", "B15"]);
    expect(f!.message.ru).toContain(
      `«Ремонт кровли школы» не соответствует ни одному пункту шаблона «${kv24.title.ru}»`,
    );
  });

  it("no extra rows in the baseline, none without an edition", () => {
    expect(findingsOf(extraRow, contextOf(leningrad()))).toEqual([]);
    const rows = [{ number: "1", title: "Ремонт кровли школы", deadline: "1 июля 2024 года" }];
    expect(findingsOf(extraRow, contextOf(rows, { edition: null }))).toEqual([]);
  });
});

producesItsCodes(codes, {
  "extra-row": () =>
    check([...leningrad(), { number: "14.", title: "Ремонт кровли школы", deadline: "1 июля 2024 года" }]),
});
