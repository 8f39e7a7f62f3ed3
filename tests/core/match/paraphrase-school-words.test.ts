// A school's or a municipality's words for the form's items: «дизайн-проект помещений», a «координатор» of the
// centres or the one «ответственный за центр», a «фотоотчёт», «школа включена в перечень», «реестр школ — баз
// Кванториумов», «информационное сопровождение» of a complex plan's direction.
import { describe, expect, it } from "vitest";
import { matchRoadmap } from "../../../src/core/match";
import { withFormWords } from "../../../src/core/match/paraphrase";
import { getEdition } from "../../../src/core/templates/library";
import { buildRoadmap } from "./build";

const itemOf = (edition: string, title: string) => {
  const m = matchRoadmap(buildRoadmap([{ title }]), getEdition(edition)!, { targetYear: 2027 });
  return (m.byRow.get(0) ?? []).map((c) => c.itemId);
};

describe("a school's words for the form's items", () => {
  it.each([
    ["tochka-rosta-2024", "Дизайн-проект помещений центра", "design-zoning"],
    ["tochka-rosta-2024", "Дизайн-проекты помещений центров", "design-zoning"],
    [
      "tochka-rosta-2024",
      "Назначен ответственный за центр в школе; приказ о создании центра",
      "approve-official",
    ],
    ["tochka-rosta-2024", "Назначен муниципальный координатор по центрам «Точка роста»", "approve-official"],
    ["tochka-rosta-2024", "Фотоотчёт о готовности кабинетов центра", "photo-monitoring"],
    [
      "tochka-rosta-2024",
      "Школа включена в перечень организаций, где создаются центры (распоряжение министерства)",
      "approve-school-list",
    ],
    [
      "kvantorium-2024",
      "Утверждён реестр общеобразовательных организаций — баз Кванториумов",
      "approve-register",
    ],
    [
      "kvantorium-2024",
      "Включение гимназии в региональный реестр организаций — баз школьных Кванториумов",
      "approve-register",
    ],
    ["kvantorium-2024", "утверждение реестра школ — баз Кванториумов", "approve-register"],
  ])("%s: «%s» is %s", (edition, title, item) => expect(itemOf(edition, title)).toEqual([item]));

  it("a complex plan's «Информационное сопровождение» direction is the information campaigns", () => {
    expect(withFormWords("Информационное сопровождение")).toContain("информационных кампаний");
  });

  it("the words stay their own elsewhere", () => {
    for (const t of [
      "Ответственный за охрану труда",
      "Базовый набор оборудования в школах",
      "Проведение мероприятий на базе центров",
      "ответственный за создание центров орган исполнительной власти области (региональный координатор)",
    ])
      expect(withFormWords(t), t).toBe(t);
  });
});
