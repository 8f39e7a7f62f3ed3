// More school words for the form's items: the schools as «площадки» of the centres («реестр организаций — площадок
// Кванториумов»), and the centre's own regulation («положение о Кванториуме», «положение о центре») as the form's
// model regulation.
import { describe, expect, it } from "vitest";
import { matchRoadmap } from "../../../src/core/match";
import { withFormWords } from "../../../src/core/match/paraphrase";
import { getEdition } from "../../../src/core/templates/library";
import { buildRoadmap } from "./build";

const itemOf = (edition: string, title: string) => {
  const m = matchRoadmap(buildRoadmap([{ title }]), getEdition(edition)!, { targetYear: 2027 });
  return (m.byRow.get(0) ?? []).map((c) => c.itemId);
};

describe("sites of the centres and the centre's regulation", () => {
  it.each([
    [
      "kvantorium-2024",
      "Утвержден реестр общеобразовательных организаций — площадок Кванториумов",
      "approve-register",
    ],
    ["kvantorium-2024", "Школа включена в реестр организаций — площадок Кванториумов", "approve-register"],
    ["kvantorium-2024", "Утверждено положение о Кванториуме", "approve-regulation"],
    [
      "kvantorium-2024",
      "Утверждение положения о Школьном Кванториуме лицея (на основе типового)",
      "approve-regulation",
    ],
    ["tochka-rosta-2024", "Утверждение положения о центре", "approve-regulation"],
  ])("%s: «%s» is %s", (edition, title, item) => expect(itemOf(edition, title)).toEqual([item]));

  it("a regulation of something else stays its own", () => {
    for (const t of [
      "Положение о закупках",
      "Положение об оплате труда педагогов",
      "Проведение мероприятий на площадках",
    ])
      expect(withFormWords(t), t).toBe(t);
  });
});
