import { describe, expect, it } from "vitest";
import { check as noTemplate, codes } from "../../../../src/core/checks/rules/no-template";
import { contextOf, findingsOf, leningrad } from "./context";
import { producesItsCodes } from "./produce";
import { checkRoadmap } from "../../../../src/core/checks";
import { buildRoadmap } from "../../match/build";

describe("rule no-template", () => {
  it("says once, on the header and without marking it, that no form was compared", () => {
    const ctx = contextOf([{ number: "1", title: "Открытие центра «IT-куб»" }], {
      edition: null,
      programme: "it-cube",
    });
    const [f, ...rest] = noTemplate(ctx);
    expect(rest).toEqual([]);
    expect(f!.at).toBe(-1);
    expect([f!.finding.code, f!.finding.severity, f!.finding.address, f!.finding.marksCell]).toEqual([
      "no-template",
      "warning",
      "A1",
      false,
    ]);
    expect(f!.finding.message.ru).toContain("«IT-куб»");
  });

  it("is silent when there is an edition", () => {
    expect(findingsOf(noTemplate, contextOf(leningrad()))).toEqual([]);
  });
});

producesItsCodes(codes, {
  "no-template": () =>
    checkRoadmap(
      buildRoadmap([{ number: "1", title: "Открытие центра «IT-куб»", deadline: "1 сентября 2025 года" }], {
        programme: "it-cube",
      }),
      null,
      {
        targetYear: 2024,
        checkDate: "2024-01-10",
      },
    ),
});
