// A row whose own words match no item of the form, but whose result document names an item no row covers
// («Разработка планов … мероприятий центров» → «планы мероприятий, включенные в единый комплексный план»): that item.
import { describe, expect, it } from "vitest";
import { matchRoadmap } from "../../../src/core/match";
import { getEdition } from "../../../src/core/templates/library";
import { buildRoadmap } from "./build";

const PLANS = "Разработка планов учебно-воспитательных, внеурочных и социокультурных мероприятий центров";
const match = (rows: { title: string; result?: string }[]) =>
  matchRoadmap(buildRoadmap(rows, { withResult: true }), getEdition("tochka-rosta-2024")!, {
    targetYear: 2027,
  });

describe("an item matched through the row's result document", () => {
  it("covers a missing item when the row's own words match none", () => {
    const m = match([{ title: PLANS, result: "планы мероприятий, включенные в единый комплексный план" }]);
    expect(m.byRow.get(0)?.map((c) => [c.itemId, c.via])).toEqual([["complex-plan", "result"]]);
    expect(m.extras).toEqual([]);
  });

  it("leaves the row outside the form when another row already covers that item", () => {
    const m = match([
      {
        title: "Формирование единого комплексного плана организационно-методической поддержки",
        result: "план",
      },
      { title: PLANS, result: "планы мероприятий, включенные в единый комплексный план" },
    ]);
    expect(m.byItem.get("complex-plan")?.map((c) => c.rowPos)).toEqual([0]);
    expect(m.extras).toEqual([1]);
  });

  it("never moves a row its own words matched, and ignores a result that names nothing", () => {
    const m = match([
      { title: "Открытие центра «Точка роста»", result: "единый комплексный план" },
      { title: "Родительское собрание в школах — базах центров", result: "приказ" },
    ]);
    expect(m.byRow.get(0)?.map((c) => c.itemId)).toEqual(["start"]);
    expect(m.byItem.has("complex-plan")).toBe(false);
    expect(m.extras).toEqual([1]);
  });
});
