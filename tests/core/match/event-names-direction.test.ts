// A plan whose sections do not follow the form's directions one to one: an event whose own words name a direction no
// section covers («Участие в мероприятиях Минпросвещения России и федерального оператора» under «Направление 1») covers
// that direction too; its section's direction stays covered.
import { describe, expect, it } from "vitest";
import { matchRoadmap } from "../../../src/core/match";
import { getEdition } from "../../../src/core/templates/library";
import { buildRoadmap } from "./build";

describe("an event naming a direction no section covers", () => {
  const plan = getEdition("complex-plan-2024")!;
  const sections = [
    { number: "1", title: "Совместные мероприятия для обучающихся и педагогов", address: "A2" },
    { number: "2", title: "Информационное сопровождение деятельности центров", address: "A5" },
  ];
  const rows = [
    { number: "1.1", title: "Районный фестиваль «Наука рядом» на площадках центров", section: "1" },
    {
      number: "1.2",
      title: "Участие в мероприятиях Минпросвещения России и федерального оператора",
      section: "1",
    },
    { number: "2.1", title: "Информационная кампания о работе центров в СМИ", section: "2" },
  ];
  it("covers it by its own words; the sections keep their directions", () => {
    const m = matchRoadmap(buildRoadmap(rows, { sections }), plan, { targetYear: 2027 });
    // The festival names the form's «конференциях, фестивалях, форумах» direction by its own word as well.
    expect([...m.byItem.keys()].sort()).toEqual([
      "conferences",
      "federal-events",
      "information-campaigns",
      "joint-events",
    ]);
    expect((m.byRow.get(1) ?? []).map((c) => c.itemId).sort()).toEqual(["federal-events", "joint-events"]);
  });
});
