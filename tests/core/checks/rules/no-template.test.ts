import { describe, expect, it } from "vitest";
import { check as noTemplate } from "../../../../src/core/checks/rules/no-template";
import { contextOf, findingsOf, leningrad } from "./context";

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
