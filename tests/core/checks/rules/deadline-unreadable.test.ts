import { describe, expect, it } from "vitest";
import { check as deadlineUnreadable, codes } from "../../../../src/core/checks/rules/deadline-unreadable";
import { contextOf, findingsOf, leningrad, where, withRow } from "./context";
import { check, producesItsCodes } from "./produce";

describe("rule deadline-unreadable", () => {
  it("a text that is no date or period: a warning with the text as written", () => {
    const ctx = contextOf(withRow(5, { deadline: "как  только, так сразу" }));
    const [f, ...rest] = findingsOf(deadlineUnreadable, ctx);
    expect(rest).toEqual([]);
    expect([f!.severity, f!.address, f!.actual]).toEqual(["warning", "E7", "как только, так сразу"]);
    expect(f!.message.ru).toContain("«не позднее 1 марта 2024 года»");
  });

  it("a term counted from an event is a deliberate deadline: a note (info) that it cannot be compared", () => {
    const ctx = contextOf(withRow(5, { deadline: "в течение 10 рабочих дней после поставки" }));
    const [f, ...rest] = findingsOf(deadlineUnreadable, ctx);
    expect(rest).toEqual([]);
    expect([f!.severity, f!.address]).toEqual(["info", "E7"]);
    expect(f!.message.ru).toBe(
      "Срок «в течение 10 рабочих дней после поставки» отсчитывается от события, а не от даты: сверить его с шаблоном нельзя — проверьте дату события.",
    );
  });

  it("empty and readable deadlines are not its business", () => {
    expect(where(deadlineUnreadable, contextOf(withRow(3, { deadline: null })))).toEqual([]);
    expect(where(deadlineUnreadable, contextOf(leningrad()))).toEqual([]);
  });
});

producesItsCodes(codes, {
  "deadline-unreadable": () => check(withRow(5, { deadline: "как только, так сразу" })),
});
