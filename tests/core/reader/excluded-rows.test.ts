// An amended roadmap keeps the number of an item it dropped, with only «Исключён» or «Утратил силу» where the measure
// was: that row is not a measure (no deadline, responsible or result is missing from it), while a measure that merely
// has a note about a change stays one.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/grid";
import { checkSheet } from "../../../src/core/checks/sheet";
import { readRoadmaps } from "../../../src/core/reader";
import { grid, templateRows, TITLE } from "./layouts";

const rows = templateRows();
const sheet = (mark: CellValue[]): CellValue[][] => [
  [TITLE],
  ["№ п/п", "Наименование мероприятия", "Срок", "Ответственный", "Результат", "Примечание"],
  ...rows
    .slice(0, 3)
    .map((r) => [r.number, r.title, r.deadlineText, r.responsible, r.result || "Приказ", ""]),
  mark,
  ...rows.slice(3).map((r) => [r.number, r.title, r.deadlineText, r.responsible, r.result || "Приказ", ""]),
];

describe("an item dropped from an amended roadmap", () => {
  it.each([
    [["7", "Исключён", "", "", "", "Утратил силу (постановление от 18.12.2026 № 942)"]],
    [["7", "Исключено", "—", "—", "—", ""]],
    [["7", "Утратил силу", null, null, null, "постановление от 18.12.2026 № 942"]],
    [["7", "(пункт исключён постановлением от 18.12.2026 № 942)", null, null, null, null]],
    [["7", "ИСКЛЮЧЁН", null, null, null, null]],
  ])("%j is skipped, not a measure with empty cells", (mark) => {
    const r = readRoadmaps(grid(sheet(mark as CellValue[]))).roadmaps[0]!;
    expect(r.skipped).toEqual([expect.objectContaining({ kind: "excluded", address: "B6", number: "7" })]);
    expect(r.rows.map((x) => x.fields.title!.text)).not.toContain(mark[1]);
    const found = checkSheet(grid(sheet(mark as CellValue[])), { checkDate: "2026-01-10" })
      .reports.flatMap((x) => x.findings)
      .filter((f) => f.address === "B6" || f.address === "C6" || f.address === "D6" || f.address === "E6");
    expect(found).toEqual([]);
  });

  it("a measure whose note tells of a change, or one that excludes a school, stays a measure", () => {
    for (const title of [
      "Исключение школы из перечня по её заявлению",
      "Исключён из перечня один объект: уточнение инфраструктурного листа",
    ]) {
      const r = readRoadmaps(
        grid(sheet(["7", title, "до 01.03.2026", "Министерство", "Приказ", "Пункт изменён"])),
      ).roadmaps[0]!;
      expect(r.skipped).toEqual([]);
      expect(r.rows.map((x) => x.fields.title!.text)).toContain(title);
    }
  });

  it("the dropped item's number is written: «6», «7 Исключён», «8» is no numbering gap, «6», «8» still is", () => {
    const numbered = (mark: CellValue[] | null) => [
      [TITLE],
      ["№ п/п", "Наименование мероприятия", "Срок", "Ответственный", "Результат"],
      ...rows
        .map((r, i) => [String(i + 1), r.title, r.deadlineText, r.responsible, r.result || "Приказ"])
        .flatMap((r, i) =>
          i === 6
            ? mark
              ? [mark, [String(i + 2), ...r.slice(1)]]
              : [[String(i + 2), ...r.slice(1)]]
            : i > 6
              ? [[String(i + 2), ...r.slice(1)]]
              : [r],
        ),
    ];
    const gaps = (values: CellValue[][]) =>
      checkSheet(grid(values), { checkDate: "2026-01-10" })
        .reports.flatMap((x) => x.findings)
        .filter((f) => f.code === "numbering-gap")
        .map((f) => f.address);
    expect(gaps(numbered(["7", "Исключён", null, null, null]))).toEqual([]);
    expect(gaps(numbered(null))).toEqual(["A9"]);
  });
});
