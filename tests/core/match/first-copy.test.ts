// Two copies of one item: the earlier row is the item and the later one the copy, whichever words match the item
// better; the form's day on the later copy does not make it the item.
import { describe, expect, it } from "vitest";
import { matchRoadmap } from "../../../src/core/match";
import { getEdition } from "../../../src/core/templates/library";
import { buildRoadmap } from "./build";

const kv = getEdition("kvantorium-2024")!;
const full =
  "Проведен фотомониторинг по приведению помещений Школьного Кванториума в соответствие с методическими рекомендациями Минпросвещения России";

describe("which copy of an item is the duplicate", () => {
  it("the later copy, even when it falls on the form's day (25 August) and the first does not", () => {
    const m = matchRoadmap(buildRoadmap([{ title: full }, { title: full }]), kv, {
      targetYear: 2025,
      dates: [
        { due: "2025-08-15", key: null },
        { due: "2025-08-25", key: null },
      ],
    });
    expect(m.byItem.get("photo-monitoring")!.map((c) => c.rowPos)).toEqual([0]);
    expect(m.duplicates.map((d) => [d.rowPos, d.itemId, d.otherRowPos])).toEqual([
      [1, "photo-monitoring", 0],
    ]);
  });

  it("the later copy even when its words match the item better: planners read the repeat below as the copy", () => {
    const m = matchRoadmap(
      buildRoadmap([{ title: "Фотомониторинг помещений Кванториума" }, { title: full }]),
      kv,
      { targetYear: 2025 },
    );
    expect(m.byItem.get("photo-monitoring")!.map((c) => c.rowPos)).toEqual([0]);
    expect(m.duplicates.map((d) => d.rowPos)).toEqual([1]);
  });
});
