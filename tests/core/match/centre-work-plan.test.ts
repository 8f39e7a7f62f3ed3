// A school's Точка роста plan has no row «Формирование единого комплексного плана»: its share of that plan is the
// centre's own plan for the school year («План работы Центра на 2027/2028 учебный год», «План учебно-воспитательных,
// внеурочных и социокультурных мероприятий»), the plans the complex plan takes in. The Точка роста form has no other
// item for it; the Кванториум form names such plans as an item of their own.
import { describe, expect, it } from "vitest";
import { matchRoadmap } from "../../../src/core/match";
import { getEdition } from "../../../src/core/templates/library";
import { buildRoadmap } from "./build";

const itemOf = (edition: string, title: string) => {
  const m = matchRoadmap(buildRoadmap([{ title }]), getEdition(edition)!, { targetYear: 2027 });
  return (m.byRow.get(0) ?? []).map((c) => c.itemId);
};

describe("the centre's plan for the school year", () => {
  it.each([
    "План работы Центра на 2027/2028 учебный год",
    "Разработка плана работы Центра на 2027/2028 учебный год",
    "Утверждение плана работы центра «Точка роста» на 2027-2028 учебный год",
    "План учебно-воспитательных, внеурочных и социокультурных мероприятий центра",
  ])("«%s» is the Точка роста form's complex plan", (title) => {
    expect(itemOf("tochka-rosta-2024", title)).toEqual(["complex-plan"]);
  });

  it("in the Кванториум form it stays the plans of events; the opening's preparation plan is no such plan", () => {
    expect(itemOf("kvantorium-2024", "План работы Школьного Кванториума на 2027/2028 учебный год")).toEqual([
      "event-plans",
    ]);
    expect(
      itemOf("tochka-rosta-2024", "Утверждение плана мероприятий по подготовке к началу работы центра"),
    ).not.toContain("complex-plan");
  });

  it("stands in only where no row names the complex plan: beside one, it is a row outside the form", () => {
    const m = matchRoadmap(
      buildRoadmap([
        { title: "Формирование единого комплексного плана организационно-методической поддержки" },
        { title: "Утверждение планов работы центров на 2027/2028 учебный год" },
      ]),
      getEdition("tochka-rosta-2024")!,
      { targetYear: 2027 },
    );
    expect(m.byItem.get("complex-plan")?.map((c) => c.rowPos)).toEqual([0]);
    expect(m.extras).toEqual([1]);
    expect(m.duplicates).toEqual([]);
  });
});
