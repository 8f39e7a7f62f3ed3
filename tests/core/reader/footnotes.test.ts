// Footnotes below the table are not a measure's continuation: «*» and superscript numbers («¹ …») end the roadmap.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/grid";
import { readRoadmaps } from "../../../src/core/reader";
import { grid, templateRows, TITLE } from "./layouts";

const rows = templateRows();

describe("footnotes below the table", () => {
  it("«¹ Письмо министерства от 12.12.2023 …» under the last measure ends the table (its date is not the deadline)", () => {
    const values: CellValue[][] = [
      [TITLE],
      ["Срок", "Мероприятие", "Ответственный", "Результат"],
      ...rows.map((r) => [r.deadlineText, r.title, r.responsible, r.result || "Приказ"]),
      [],
      ["¹ Письмо министерства образования от 12.12.2023 № 08-4417.", null, null, null],
      ["² Сроки мониторинга могут быть уточнены министерством.", null, null, null],
    ];
    const last = 2 + rows.length;
    const r = readRoadmaps(grid(values, [`A${last + 2}:D${last + 2}`, `A${last + 3}:D${last + 3}`]))
      .roadmaps[0]!;
    expect(r.rows).toHaveLength(rows.length);
    expect(r.rows.at(-1)!.sheetRows).toEqual([last]);
    expect(r.rows.at(-1)!.fields.deadline!.text).toBe(rows.at(-1)!.deadlineText);
  });
});
