import { describe, expect, it } from "vitest";
import { check as responsibleMissing, codes } from "../../../../src/core/checks/rules/responsible-missing";
import { contextOf, findingsOf, leningrad, where, withRow } from "./context";
import { check, producesItsCodes } from "./produce";

describe("rule responsible-missing", () => {
  it("an empty responsible cell: a warning at that cell, with the template's responsible", () => {
    const [f, ...rest] = findingsOf(responsibleMissing, contextOf(withRow(0, { responsible: null })));
    expect(rest).toEqual([]);
    expect([f!.severity, f!.address]).toEqual(["warning", "C2"]);
    expect(f!.message.ru).toMatch(/^Не указан ответственный за мероприятие «Утверждены: /);
    expect(f!.expected).not.toBeNull();
  });

  it("a blank responsible is blank, a filled one is not reported", () => {
    expect(where(responsibleMissing, contextOf(withRow(1, { responsible: "  " })))).toEqual([
      "responsible-missing@C3",
    ]);
    expect(where(responsibleMissing, contextOf(leningrad()))).toEqual([]);
  });

  it("a table without the column: once, on the header", () => {
    const placed = responsibleMissing(
      contextOf(withRow(0, { responsible: null }), { without: ["responsible"] }),
    );
    expect(placed.map((p) => [p.at, p.finding.address])).toEqual([[-0.5, "A1"]]);
    expect(placed[0]!.finding.message.ru).toMatch(/нет столбца «Ответственный»/);
  });

  it("a table without the column whose plan names its responsible once above or below: nothing to report", () => {
    const ctx = contextOf(withRow(0, { responsible: null }), { without: ["responsible"] });
    ctx.roadmap.planResponsible = {
      text: "Ответственный: заместитель директора по УВР Иванова А.А.",
      address: "A20",
    };
    expect(responsibleMissing(ctx)).toEqual([]);
  });

  it("a matrix without «Отв.» lines: once, on the header, saying where a matrix puts its responsibles", () => {
    const placed = responsibleMissing(
      contextOf(withRow(0, { responsible: null }), { without: ["responsible"], layout: "matrix" }),
    );
    expect(placed.map((p) => [p.at, p.finding.address])).toEqual([[-0.5, "A1"]]);
    expect(placed[0]!.finding.message.ru).toMatch(/строки «Отв\. …»/);
    expect(placed[0]!.finding.message.en).toMatch(/«Отв\. …» line/);
  });
});

producesItsCodes(codes, {
  "responsible-missing": () => check(withRow(0, { responsible: null })),
});
