// A school's trade words for two of the form's steps: «монтаж и пусконаладка оборудования» is the equipment
// received, installed and set up; «курсовая подготовка педагогов» is their professional development.
import { describe, expect, it } from "vitest";
import { matchRoadmap } from "../../../src/core/match";
import { withFormWords } from "../../../src/core/match/paraphrase";
import { getEdition } from "../../../src/core/templates/library";
import { buildRoadmap } from "./build";

const itemOf = (edition: string, title: string) => {
  const m = matchRoadmap(buildRoadmap([{ title }]), getEdition(edition)!, { targetYear: 2027 });
  return (m.byRow.get(0) ?? []).map((c) => c.itemId);
};

describe("installation and course words", () => {
  it.each([
    ["kvantorium-2024", "Приёмка, монтаж и пусконаладка оборудования", "equipment-installed"],
    ["kvantorium-2024", "Монтаж и пуско-наладка оборудования Кванториума", "equipment-installed"],
    [
      "tochka-rosta-2024",
      "Курсовая подготовка педагогов центра (физика, химия, биология)",
      "professional-development",
    ],
  ])("%s: «%s» is %s", (edition, title, item) => expect(itemOf(edition, title)).toEqual([item]));

  it("the words stay their own elsewhere", () => {
    for (const t of ["Монтаж видеоролика о центре", "Подготовка педагогов к олимпиаде"])
      expect(withFormWords(t), t).toBe(t);
  });
});
