// Planners' wording that differs from the form's: the form's exact day lifts a text one word short, paraphrases are
// read as the form's words, and fixed expressions («дни открытых дверей») do not count for an item.
import { describe, expect, it } from "vitest";
import { matchRoadmap } from "../../../src/core/match";
import { getEdition } from "../../../src/core/templates/library";
import { buildRoadmap } from "./build";

const ids = (m: ReturnType<typeof matchRoadmap>, row: number) =>
  (m.byRow.get(row) ?? []).map((c) => c.itemId);

describe("the form's exact day lifts a text one word short of the threshold", () => {
  const tr = getEdition("tochka-rosta-2021")!;
  // «выполнения показателей» is the item's heaviest term; planners write «мониторинг показателей деятельности».
  const rows = [
    { title: "Утверждены показатели деятельности центров «Точка роста»" },
    { title: "Ежеквартальный мониторинг показателей деятельности центров «Точка роста»" },
  ];
  it("due on the form's day (1 October, quarterly): the quarterly monitoring, not a duplicate", () => {
    const m = matchRoadmap(buildRoadmap(rows), tr, {
      targetYear: 2023,
      dates: [
        { due: "2022-12-16", key: null },
        { due: "2023-10-01", key: null },
      ],
    });
    expect(ids(m, 0)).toEqual(["approve-indicators"]);
    expect(ids(m, 1)).toEqual(["indicator-monitoring"]);
    expect(m.duplicates).toEqual([]);
  });
  it("on another day the words alone decide (no match below the threshold)", () => {
    const m = matchRoadmap(buildRoadmap([rows[1]!]), tr, {
      targetYear: 2023,
      dates: [{ due: "2023-11-15", key: null }],
    });
    expect(ids(m, 0)).not.toContain("indicator-monitoring");
  });
});
