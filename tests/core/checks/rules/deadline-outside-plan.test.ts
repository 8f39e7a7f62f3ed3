import { describe, expect, it } from "vitest";
import { check as deadlineOutsidePlan, codes } from "../../../../src/core/checks/rules/deadline-outside-plan";
import { contextOf, findingsOf, leningrad, withRow } from "./context";
import { check, producesItsCodes } from "./produce";

describe("rule deadline-outside-plan", () => {
  it("a 2026 date in a 2024 roadmap (the edition's window is 2023–2024)", () => {
    const [f, ...rest] = findingsOf(
      deadlineOutsidePlan,
      contextOf(withRow(2, { deadline: "до 1 февраля 2026 года" })),
    );
    expect(rest).toEqual([]);
    expect([f!.severity, f!.address]).toEqual(["warning", "E4"]);
    expect(f!.message.ru).toContain("за период дорожной карты на 2024 год (2023–2024 гг.)");
  });

  it("nothing inside the window, nothing without a year", () => {
    expect(findingsOf(deadlineOutsidePlan, contextOf(leningrad()))).toEqual([]);
    const noYear = contextOf(withRow(2, { deadline: "до 1 февраля 2026 года" }), { year: null });
    expect(findingsOf(deadlineOutsidePlan, noYear)).toEqual([]);
  });

  it("without a form, a three-year plan: 2025 is inside a 2024 roadmap, 2027 is not", () => {
    const rows = [
      { number: "1", title: "Открытие центра", deadline: "1 сентября 2025 года" },
      { number: "2", title: "Отчёт", deadline: "1 сентября 2027 года" },
    ];
    const found = findingsOf(deadlineOutsidePlan, contextOf(rows, { edition: null, programme: "it-cube" }));
    expect(found.map((f) => f.address)).toEqual(["E3"]);
  });
});

describe("rule deadline-outside-plan: a period that runs into the next year", () => {
  it("begun inside the plan and ending early the next year: planned in it, no typo", () => {
    const ctx = contextOf(withRow(2, { deadline: "декабрь 2024 – январь 2025" }));
    expect(findingsOf(deadlineOutsidePlan, ctx)).toEqual([]);
  });

  it("begun inside the plan but ending decades later, or begun after it: a typo in a year", () => {
    for (const deadline of ["сентябрь 2024 – май 2072", "декабрь 2025 – январь 2026"]) {
      const found = findingsOf(deadlineOutsidePlan, contextOf(withRow(2, { deadline })));
      expect(found.map((f) => f.address)).toEqual(["E4"]);
    }
  });
});

producesItsCodes(codes, {
  "deadline-outside-plan": () => check(withRow(2, { deadline: "до 1 февраля 2026 года" })),
});
