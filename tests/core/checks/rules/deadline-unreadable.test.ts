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

  it("«по мере поступления оборудования» on a regional extra row follows a delivery: a note; on a form item, a warning", () => {
    const extra = (deadline: string) => [
      ...leningrad(),
      {
        number: "14.",
        title: "Установка и активация программного обеспечения на поступившее оборудование",
        deadline,
      },
    ];
    for (const t of [
      "по мере поступления оборудования",
      "по мере поставки оборудования",
      "по мере получения средств",
    ]) {
      const [f, ...rest] = findingsOf(deadlineUnreadable, contextOf(extra(t)));
      expect([t, rest.length, f!.severity]).toEqual([t, 0, "info"]);
    }
    // The form dates this item: a planner who writes a delivery instead leaves the form's date unchecked.
    const item = findingsOf(
      deadlineUnreadable,
      contextOf(withRow(7, { deadline: "по мере поступления оборудования" })),
    );
    expect(item.map((f) => f.severity)).toEqual(["warning"]);
    // A term that names no event stays a warning even on an extra row; a request is «по запросу» (no finding).
    expect(findingsOf(deadlineUnreadable, contextOf(extra("по мере готовности")))[0]!.severity).toBe(
      "warning",
    );
    expect(where(deadlineUnreadable, contextOf(extra("по мере поступления запросов")))).toEqual([]);
  });

  it("empty and readable deadlines are not its business", () => {
    expect(where(deadlineUnreadable, contextOf(withRow(3, { deadline: null })))).toEqual([]);
    expect(where(deadlineUnreadable, contextOf(leningrad()))).toEqual([]);
  });
});

producesItsCodes(codes, {
  "deadline-unreadable": () => check(withRow(5, { deadline: "как только, так сразу" })),
});
