import { describe, expect, it } from "vitest";
import { check as deadlineMissing, codes } from "../../../../src/core/checks/rules/deadline-missing";
import { contextOf, findingsOf, where, withRow } from "./context";
import { check, producesItsCodes } from "./produce";

describe("rule deadline-missing", () => {
  it("an empty deadline cell: an error at the cell, with what the template expects", () => {
    const ctx = contextOf(withRow(3, { deadline: null }));
    const [f, ...rest] = findingsOf(deadlineMissing, ctx);
    expect(rest).toEqual([]);
    expect([f!.severity, f!.address, f!.itemId]).toEqual(["error", "E5", "basic-equipment"]);
    expect(f!.expected!.ru).toBe("1 марта 2024 года");
    expect(f!.message.ru).toBe(
      "Не указан срок мероприятия «Обеспечено наличие базового набора оборудования».",
    );
  });

  it("a lone dash in the «Срок» cell is an empty deadline, not an unreadable one", () => {
    for (const dash of ["—", "-", " – "]) {
      const [f, ...rest] = findingsOf(deadlineMissing, contextOf(withRow(3, { deadline: dash })));
      expect(rest).toEqual([]);
      expect([f!.code, f!.address]).toEqual(["deadline-missing", "E5"]);
    }
  });

  it("a row without a title is not a measure", () => {
    expect(where(deadlineMissing, contextOf([{ number: "1", title: " ", deadline: null }]))).toEqual([]);
  });

  it("a table without a «Срок» column: once, on the header, before every row", () => {
    // Without the column no row has a deadline cell.
    const rows = withRow(3, {}).map((r) => ({ ...r, deadline: null }));
    const ctx = contextOf(rows, { without: ["deadline"] });
    const placed = deadlineMissing(ctx);
    expect(placed.map((p) => [p.at, p.finding.address])).toEqual([[-0.5, "A1"]]);
    expect(placed[0]!.finding.message.ru).toContain("нет столбца «Срок»");
  });

  it("no «Срок» column but label rows («Срок: …») gave the measures theirs: only a measure left without one", () => {
    const ctx = contextOf(withRow(3, { deadline: null }), { without: ["deadline"] });
    expect(findingsOf(deadlineMissing, ctx).map((f) => f.address)).toEqual(["B5"]);
  });
});

producesItsCodes(codes, {
  "deadline-missing": () => check(withRow(3, { deadline: null })),
});
