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

  it("«Monitoring of ЦОС implementation progress (August / November)» are the form's two progress monitorings", () => {
    const m = matchRoadmap(
      buildRoadmap([
        { title: "Monitoring of ЦОС implementation progress (August)" },
        { title: "Monitoring of ЦОС implementation progress (November)" },
      ]),
      getEdition("cos-2024")!,
      {
        targetYear: 2027,
        dates: [
          { due: "2027-08-25", key: null },
          { due: "2027-11-30", key: null },
        ],
      },
    );
    expect([0, 1].map((pos) => (m.byRow.get(pos) ?? []).map((c) => c.itemId))).toEqual([
      ["progress-monitoring-august"],
      ["progress-monitoring-november"],
    ]);
  });

  it("a School Kvantorium roadmap in English covers every item of the form", () => {
    const titles = [
      "Appointment of the official of the regional departmental project office responsible for School Kvantoriums",
      "Approval of the set of measures (roadmap) for School Kvantoriums in 2027",
      "Approval of the register of schools hosting School Kvantoriums",
      "Approval of the list of performance indicators of School Kvantoriums",
      "Approval of the model regulation on the activities of a School Kvantorium",
      "Preparation and agreement of the infrastructure list with the federal operator",
      "Standard design and zoning project for the premises of School Kvantoriums",
      "Procurement of goods, works and services for equipping the Kvantoriums announced",
      "Basic set of equipment and teaching aids available in each host school",
      "Information note on the host schools prepared",
      "Kvantorium event plans for the 2027/2028 school year approved",
      "Equipment received, installed and set up",
      "Photo-monitoring of bringing the premises in line with the Ministry's guidelines",
      "Unified plan of organisational and methodological support of the infrastructure drawn up",
      "School Kvantoriums open and start work",
      "Monitoring of the performance indicators of School Kvantoriums",
      "Professional development of Kvantorium teachers",
    ];
    const edition = getEdition("kvantorium-2024")!;
    const m = matchRoadmap(buildRoadmap(titles.map((title) => ({ title }))), edition, { targetYear: 2027 });
    const byRow = titles.map((_, pos) => (m.byRow.get(pos) ?? []).map((c) => c.itemId));
    expect(byRow).toEqual(
      [
        "approve-official",
        "approve-roadmap",
        "approve-register",
        "approve-indicators",
        "approve-regulation",
        "infrastructure-list",
        "design-zoning",
        "procurement",
        "basic-equipment",
        "info-reference",
        "event-plans",
        "equipment-installed",
        "photo-monitoring",
        "complex-plan",
        "start",
        "indicator-monitoring",
        "professional-development",
      ].map((id) => [id]),
    );
    expect(new Set(byRow.flat()).size).toBe(edition.items.length);
  });

  it.each([
    ["Quarterly monitoring of the technoparks' indicators"],
    ["Monitoring of the centres’ performance indicators, quarterly"],
    ["Quarterly indicator monitoring"],
  ])("«%s» is the form's quarterly indicator monitoring", (title) => {
    const m = matchRoadmap(buildRoadmap([{ title }]), getEdition("kvantorium-2024")!, { targetYear: 2027 });
    expect((m.byRow.get(0) ?? []).map((c) => c.itemId)).toEqual(["indicator-monitoring"]);
  });

  it("leaves Russian texts and unrelated English words alone", () => {
    const ru = "Утверждение комплекса мер (дорожной карты)";
    expect(withFormWords(ru)).toBe(ru);
    expect(withFormWords("Office renovation")).toBe("Office renovation");
  });
});
