// An English working copy of a roadmap names the form's steps in English: its key words read as the form's.
import { describe, expect, it } from "vitest";
import { matchRoadmap } from "../../../src/core/match";
import { withFormWords } from "../../../src/core/match/paraphrase";
import { getEdition } from "../../../src/core/templates/library";
import { buildRoadmap } from "./build";

describe("English measure texts", () => {
  it("«Approval of the list of schools taking part …» is the form's list of participating schools", () => {
    const m = matchRoadmap(
      buildRoadmap([
        { title: "Approval of the responsible official of the regional project office" },
        {
          title:
            "Approval of the list of schools taking part in the introduction of the digital educational environment in 2024",
        },
        { title: "Procurement of equipment announced" },
      ]),
      getEdition("cos-2024")!,
      { targetYear: 2024 },
    );
    expect([0, 1, 2].map((pos) => (m.byRow.get(pos) ?? []).map((c) => c.itemId))).toEqual([
      ["approve-official"],
      ["approve-school-list"],
      ["procurement"],
    ]);
  });

  it("leaves Russian texts and unrelated English words alone", () => {
    const ru = "Утверждение перечня общеобразовательных организаций";
    expect(withFormWords(ru)).toBe(ru);
    expect(withFormWords("Office renovation")).toBe("Office renovation");
  });
});
