// A complex plan's directions numbered «I.» … «X.»: the Roman number is the form's direction number, as «1.» … «10.» is.
import { describe, expect, it } from "vitest";
import { matchRoadmap } from "../../../src/core/match";
import { getEdition } from "../../../src/core/templates/library";
import { buildRoadmap } from "./build";

const plan = getEdition("complex-plan-2024")!;

function covered(numbers: string[]): string[] {
  // Short direction titles, as planners write them: the words alone are below the form's threshold for some.
  const titles = [
    "Совместные мероприятия",
    "Конференции, фестивали, форумы",
    "Участие в мероприятиях Минпросвещения",
  ];
  const sections = numbers.map((number, i) => ({ number, title: titles[i]!, address: `A${2 + 2 * i}` }));
  const rows = numbers.map((n, i) => ({ number: String(i + 1), title: `Мероприятие ${i + 1}`, section: n }));
  const m = matchRoadmap(buildRoadmap(rows, { programme: "complex-plan", year: 2027, sections }), plan, {
    targetYear: 2027,
  });
  return [...m.byItem.keys()].sort();
}

describe("Roman direction numbers", () => {
  it("«II.», «III.» count as directions 2 and 3, as «2.», «3.» do", () => {
    const arabic = covered(["1", "2", "3"]);
    expect(arabic).toEqual(["conferences", "federal-events", "joint-events"]);
    expect(covered(["I", "II", "III"])).toEqual(arabic);
  });
});
