// A summary's totals line — «Итого | 12 мероприятий, выполнено — 7», «Итого по направлению 8: 1 мероприятие»,
// «Всего мероприятий: 10; исполнено: 3» — counts the measures above it: it is no measure, continues none, and needs
// no deadline or responsible (h144: false «Срок не указан» errors on three such lines).
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/grid";
import { checkSheet } from "../../../src/core/checks/sheet";
import { readRoadmaps } from "../../../src/core/reader";
import { readingOf } from "../../../src/core/reading";
import { grid, templateRows, TITLE } from "./layouts";

const rows = templateRows(2027);

function sheet(total: CellValue[], at: "end" | "middle"): CellValue[][] {
  const values: CellValue[][] = [[TITLE], ["№", "Мероприятие", "Срок", "Ответственный", "Результат"]];
  rows.forEach((r, i) => {
    values.push([`${i + 1}.`, r.title, r.deadlineText, r.responsible, r.result || "Приказ"]);
    if (at === "middle" && i === 2) values.push(total);
  });
  if (at === "end") values.push(total);
  return values;
}

describe("a totals line in a summary", () => {
  it.each([
    [["Итого", "12 мероприятий, выполнено — 7"], "end"],
    [[null, "Всего мероприятий: 10; исполнено: 3"], "end"],
    [[null, "Итого по направлению 1: 3 мероприятия"], "middle"],
    [["Итого:", "исполнено 8 из 11 мероприятий", null, null, null], "end"],
  ] as [CellValue[], "end" | "middle"][])("%j is no measure and draws no finding", (total, at) => {
    const values = sheet(total, at);
    const [r] = readRoadmaps(grid(values)).roadmaps;
    expect(r!.rows).toHaveLength(rows.length);
    expect(r!.rows.map((x) => x.fields.title?.text)).toEqual(rows.map((x) => x.title));
    const res = checkSheet(grid(values), { checkDate: "2026-12-10" });
    expect(res.reports[0]!.findings.filter((f) => f.severity !== "info").map((f) => f.code)).toEqual([]);
    const skipped = readingOf(res.roadmaps[0]!, res.reports[0]!).rows.filter((x) => x.kind === "total");
    expect(skipped).toHaveLength(1);
  });

  it("a measure that starts with «Итоговая» or «Всероссийский» is still a measure", () => {
    const values = sheet(
      ["13.", "Итоговая конференция центров", "до 20.12.2027", "Министерство", "Резолюция"],
      "end",
    );
    expect(readRoadmaps(grid(values)).roadmaps[0]!.rows).toHaveLength(rows.length + 1);
  });

  it("«Итого:» in a code column left of the columns read labels the line: «3 МО» is no organisation of the step above", () => {
    // h195-cos-region-mo-codes: «Итого: | 3 МО | | ОО-участников — 14» read as the last step's continuation, its
    // municipality «город Белокаменск 3 МО» a roadmap of its own, a correct roadmap judged «ЕСТЬ ОШИБКИ».
    const values: CellValue[][] = [
      [TITLE],
      ["Код МО", "Муниципальное образование", "№", "Мероприятие", "Срок", "Ответственный", "Результат"],
      ...rows.map((r, i) => [
        "01 705 000",
        "город Белокаменск",
        `${i + 1}.`,
        r.title,
        r.deadlineText,
        r.responsible,
        r.result || "Приказ",
      ]),
      ["Итого:", "1 МО", null, "ОО-участников — 5", null, null, null],
    ];
    const res = checkSheet(grid(values), { checkDate: "2026-12-10" });
    expect(res.roadmaps).toHaveLength(1);
    const reading = readingOf(res.roadmaps[0]!, res.reports[0]!);
    expect(reading.rows.filter((x) => x.kind === "measure").map((x) => x.organisation)).toEqual(
      rows.map(() => "город Белокаменск"),
    );
    expect(reading.rows.filter((x) => x.kind === "total")).toHaveLength(1);
  });
});
