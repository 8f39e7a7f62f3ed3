// The complex plan titled the region's or a centre's way: «План-график мероприятий регионального координатора по
// поддержке функционирующих центров «Точка роста», «Кванториум», «IT-куб»», «План мероприятий детского технопарка
// «Кванториум» на базе МАОУ «Лицей № 4» по организационно-методической поддержке на 2026/2027 учебный год». Words
// between «План мероприятий» and «по … поддержке» do not make it a programme's own roadmap.
import { describe, expect, it } from "vitest";
import { readRoadmaps } from "../../../src/core/reader";
import { grid } from "./layouts";

const programmeOf = (title: string) =>
  readRoadmaps(
    grid(
      [
        [title],
        ["№", "Мероприятие", "Срок", "Ответственный"],
        ["1", "Городской квест для обучающихся центров", "октябрь 2026 г.", "Руководитель"],
        ["2", "Защита проектов обучающихся", "апрель 2027 г.", "Руководитель"],
      ],
      [],
    ),
  ).roadmaps[0]?.programme.value;

describe("the complex plan under the region's or a centre's title", () => {
  it.each([
    "План-график мероприятий регионального координатора по поддержке функционирующих центров «Точка роста», «Кванториум», «IT-куб» Озёрского края на 2026/2027 учебный год",
    "План мероприятий детского технопарка «Кванториум» на базе МАОУ «Лицей № 4» по организационно-методической поддержке на 2026/2027 учебный год",
  ])("«%s» is the complex plan", (title) => {
    expect(programmeOf(title)).toBe("complex-plan");
  });

  it.each([
    ["План мероприятий по созданию и поддержке центра «Точка роста» на 2027 год", "tochka-rosta"],
    [
      "План мероприятий («дорожная карта») по созданию детского технопарка «Кванториум» на 2027 год",
      "kvantorium",
    ],
  ])("«%s» stays the programme's roadmap", (title, programme) => {
    expect(programmeOf(title)).toBe(programme);
  });
});
