import { describe, expect, it } from "vitest";
import { duplicateItem } from "../../../../src/core/checks/rules/duplicate-item";
import { contextOf, findingsOf, leningrad } from "./context";

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

  it("no duplicates in the baseline, none without an edition", () => {
    expect(findingsOf(duplicateItem, contextOf(leningrad()))).toEqual([]);
    expect(findingsOf(duplicateItem, contextOf(leningrad(), { edition: null }))).toEqual([]);
  });
});
