// A complex plan's events in a district's plain words: a tournament «для обучающихся центров и школ района» is the
// direction of joint events of centres and schools; excursions to a plant or a farm, «профпробы» and «Дни (неделя)
// профессий» are career guidance; open lessons, master classes and seminars of the centres' teachers «для учителей»
// show their practice.
import { describe, expect, it } from "vitest";
import { matchRoadmap } from "../../../src/core/match";
import { getEdition } from "../../../src/core/templates/library";
import { buildRoadmap } from "./build";

const directionOf = (title: string) => {
  const m = matchRoadmap(buildRoadmap([{ title }]), getEdition("complex-plan-2024")!, { targetYear: 2027 });
  return (m.byRow.get(0) ?? []).map((c) => c.itemId);
};

describe("plain words for two directions", () => {
  it.each([
    ["Районный турнир «Юные химики» для обучающихся центров и школ района", "joint-events"],
    ["Фестиваль опытов для учащихся центров «Точка роста» и общеобразовательных организаций", "joint-events"],
    [
      "Экскурсии на ООО «Луговской молокозавод» и в агрофирму «Колос» для обучающихся 8–9 классов",
      "career-guidance",
    ],
    ["Экскурсия на завод «Донмаш» для 8–9 классов", "career-guidance"],
    ["Профпробы на предприятии для девятиклассников", "career-guidance"],
    ["Дни профессий на агрофирме «Заречье» для обучающихся 8–9 классов", "career-guidance"],
    ["Неделя профессий с предприятиями округа", "career-guidance"],
    ["Открытые уроки и мастер-классы педагогов центров для учителей округа", "effective-practice"],
    ["Мастер-классы педагогов центра для учителей района", "effective-practice"],
    ["Семинар-практикум для учителей района «Цифровая лаборатория на уроках»", "effective-practice"],
    // A district's own words met in its plans: an event «с участием школ», open lessons for other schools' pupils, a
    // fair of teaching practices, a master class at the teachers' association, publications in the press, the
    // federal operator's meetings listed with commas.
    [
      "Муниципальный слёт юных исследователей центров «Точка роста» и Кванториумов с участием школ округа",
      "joint-events",
    ],
    ["Открытые уроки для учащихся соседних школ на оборудовании центра", "joint-events"],
    [
      "Муниципальная ярмарка педагогических практик центров (открытые занятия, мастер-классы)",
      "effective-practice",
    ],
    ["Мастер-класс на районном методическом объединении", "effective-practice"],
    [
      "Цикл публикаций «Центры Лесногорья» в городской газете и на сайте управления образования",
      "information-campaigns",
    ],
    ["Освещение деятельности центров в районной газете и соцсетях", "information-campaigns"],
    ["Участие во всероссийских совещаниях, вебинарах и стажировках федерального оператора", "federal-events"],
  ])("«%s» is %s", (title, item) => {
    expect(directionOf(title)).toContain(item);
  });

  it("an order put on the school's site is not an information campaign", () => {
    expect(directionOf("Публикация приказа на сайте школы")).not.toContain("information-campaigns");
  });

  it("a master class for pupils is not the demonstration of practice", () => {
    expect(directionOf("Мастер-класс по робототехнике для обучающихся 5–6 классов")).not.toContain(
      "effective-practice",
    );
  });

  it.each([
    "Экскурсия в музей истории края для обучающихся центра",
    "Турнир по шахматам среди педагогов",
    "Открытые уроки для обучающихся центра",
    "Публикация приказа на сайте школы",
  ])("«%s» is neither", (title) => {
    const got = directionOf(title);
    expect(got).not.toContain("career-guidance");
    expect(got).not.toContain("joint-events");
  });
});
