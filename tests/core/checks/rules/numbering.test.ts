import { describe, expect, it } from "vitest";
import { check as numbering, codes } from "../../../../src/core/checks/rules/numbering";
import { contextOf, findingsOf, leningrad, withRow } from "./context";
import { check, producesItsCodes } from "./produce";

describe("rule numbering", () => {
  it("gaps and repeats at the number cell, gaps first", () => {
    const rows = leningrad();
    rows[6]!.number = "8.";
    rows[8]!.number = "8.";
    const found = findingsOf(numbering, contextOf(rows));
    expect(found.map((f) => [f.code, f.address, f.severity])).toEqual([
      ["numbering-gap", "A8", "info"],
      // «8.» written in place of «9.»: after it comes «10.».
      ["numbering-gap", "A11", "info"],
      ["numbering-duplicate", "A9", "info"],
      ["numbering-duplicate", "A10", "info"],
    ]);
    expect(found[0]!.message.ru).toBe("После пункта 6 идёт 8: пропущен номер 7.");
    expect(found[2]!.message.ru).toBe("Номер 8 повторяется: он уже стоит у пункта в ячейке A8.");
  });

  it("a list starting after 1", () => {
    const found = findingsOf(
      numbering,
      contextOf([{ number: "3", title: "Мероприятие" }], { edition: null }),
    );
    expect(found.map((f) => f.message.ru)).toEqual(["Нумерация начинается с 3: пропущены номера 1–2."]);
  });

  it.each([
    [["1.1", "1.2", "2", "3"], []],
    [["1.1", "1.2", "2.1", "3"], []],
    [["1.1", "1.2", "3"], ["После пункта 1 идёт 3: пропущен номер 2."]],
    [["2.1", "2.2", "3"], []],
    [["1.1", "3.1"], []],
  ])(
    "items under a heading that is not a row (%j): the heading's number counts as written → %j",
    (numbers, expected) => {
      const rows = numbers.map((number) => ({ number, title: "Мероприятие" }));
      expect(findingsOf(numbering, contextOf(rows, { edition: null })).map((f) => f.message.ru)).toEqual(
        expected,
      );
    },
  );

  it("nothing in the baseline", () => {
    expect(findingsOf(numbering, contextOf(leningrad()))).toEqual([]);
  });
});

producesItsCodes(codes, {
  "numbering-gap": () => check(withRow(6, { number: "9." })),
  "numbering-duplicate": () => check(withRow(6, { number: "6." })),
});
