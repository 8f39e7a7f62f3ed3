// A plan's event may name two directions as strongly («Реализация сетевой программы … совместно с Домом детского
// творчества»: a network programme, run jointly): the direction no other row has is the one meant.
import { describe, expect, it } from "vitest";
import { matchRoadmap } from "../../../src/core/match";
import { getEdition } from "../../../src/core/templates/library";
import { buildRoadmap } from "./build";

const directions = (titles: string[]) => {
  const m = matchRoadmap(buildRoadmap(titles.map((title) => ({ title }))), getEdition("complex-plan-2024")!, {
    targetYear: 2027,
  });
  return titles.map((_, i) => (m.byRow.get(i) ?? []).map((c) => c.itemId).join(","));
};

describe("an event naming two directions as strongly", () => {
  it("goes to the direction no other row has", () => {
    expect(
      directions([
        "Неделя естественных наук в Центре совместно с обучающимися филиала школы",
        "Реализация сетевой программы «Робототехника» совместно с Домом детского творчества",
      ]),
    ).toEqual(["joint-events", "network-programmes"]);
  });

  it("waits for the rows that name one direction, wherever they stand", () => {
    expect(
      directions([
        "Закрепление наставников за обучающимися, готовящими проекты",
        "Школьная конференция проектов «Первые шаги в науку»",
      ]),
    ).toEqual(["mentoring", "project-work"]);
  });

  it("open lessons for the teachers of schools with low results are that support, beside the plan's own practice row", () => {
    expect(
      directions([
        "Открытые уроки на оборудовании центров для учителей школ с низкими результатами",
        "Семинар «Лучшие практики центров» для руководителей школ",
      ]),
    ).toEqual(["low-results-support", "effective-practice"]);
  });
});
