// The rows of the JSON report: each row's kind, roles read, deadline (start, due, kind) and the item it matched.
import { expect, it } from "vitest";
import { checkSheet } from "../../../src/core/checks/sheet";
import { readingOf } from "../../../src/core/reading";
import { grid, TITLE } from "./layouts";

it("lists measures and the group heading in sheet order, with start and end read from their own columns", () => {
  const res = checkSheet(
    grid(
      [
        [TITLE],
        ["№", "Наименование мероприятия", "Дата начала", "Дата окончания", "Ответственный", "Результат"],
        ["1.", "Утверждение документов:"],
        [null, "а) комплекса мер (дорожной карты)", "01.12.2026", "29.12.2026", "Министерство", "Приказ"],
        [
          "2.",
          "Объявлены закупки товаров, работ, услуг",
          "10.01.2027",
          "15.02.2027",
          "Министерство",
          "Извещение",
        ],
      ],
      [],
    ),
    { checkDate: "2026-11-01" },
  );
  const reading = readingOf(res.roadmaps[0]!, res.reports[0]!);
  expect(reading.rows.map((r) => [r.sheetRows[0], r.kind, r.number])).toEqual([
    [3, "group-heading", "1."],
    [4, "measure", null],
    [5, "measure", "2."],
  ]);
  expect(reading.rows[2]).toMatchObject({
    responsible: "Министерство",
    result: "Извещение",
    deadline: { text: "15.02.2027", address: "D5", kind: "date", start: "2027-01-10", due: "2027-02-15" },
    itemIds: ["procurement"],
  });
  expect(reading.rows[0]!.reason!.en).toContain("group heading");
  expect(reading.columns.map((c) => c.role)).toEqual([
    "number",
    "measure",
    "deadline-start",
    "deadline-end",
    "responsible",
    "result",
  ]);
});
