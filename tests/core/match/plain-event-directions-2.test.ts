// More of a district's plain words for two directions: «Дни (неделя) профессий» on a farm or at a plant are career
// guidance; open lessons «и мастер-классы» of the centres' teachers for the district's teachers show their practice.
import { describe, expect, it } from "vitest";
import { matchRoadmap } from "../../../src/core/match";
import { getEdition } from "../../../src/core/templates/library";
import { buildRoadmap } from "./build";

const directionOf = (title: string) => {
  const m = matchRoadmap(buildRoadmap([{ title }]), getEdition("complex-plan-2024")!, { targetYear: 2026 });
  return (m.byRow.get(0) ?? []).map((c) => c.itemId);
};

describe("plain words for career guidance and effective practice", () => {
  it.each([
    ["Дни профессий на агрофирме «Заречье» для обучающихся 8–9 классов", "career-guidance"],
    ["Неделя профессий с предприятиями округа", "career-guidance"],
    ["Открытые уроки и мастер-классы педагогов центров для учителей округа", "effective-practice"],
    ["Мастер-классы педагогов центра для учителей района", "effective-practice"],
    ["Семинар-практикум для учителей района «Цифровая лаборатория на уроках»", "effective-practice"],
  ])("«%s» is %s", (title, item) => {
    expect(directionOf(title)).toContain(item);
  });

  it("a master class for pupils is not the demonstration of practice", () => {
    expect(directionOf("Мастер-класс по робототехнике для обучающихся 5–6 классов")).not.toContain(
      "effective-practice",
    );
  });
});
