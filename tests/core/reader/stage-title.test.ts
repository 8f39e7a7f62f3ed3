// A school's plain-words table «Этап | Срок | Кто отвечает | Что получаем» names its steps «Этап» or «Шаг»: with no activity
// column that is the title column; beside «Мероприятие» a «Этап» column only groups the measures.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/grid";
import { readRoadmaps } from "../../../src/core/reader";
import { grid, templateRows } from "./layouts";

const rows = templateRows(2027);

describe("a table whose steps are headed «Этап» or «Шаг»", () => {
  it("«Этап | Срок | Кто отвечает | Что получаем»: «Этап» is the title, «Что получаем» the result", () => {
    const values: CellValue[][] = [
      ["Дорожная карта участия школы в создании центра «Точка роста», 2027 год"],
      ["Этап", "Срок", "Кто отвечает", "Что получаем"],
      ...rows.map((r) => [r.title, r.deadlineText, r.responsible, "Приказ по школе"]),
    ];
    const [r] = readRoadmaps(grid(values)).roadmaps;
    expect(r?.rows.length).toBe(rows.length);
    expect(r?.rows[0]?.fields.title?.text).toBe(rows[0]!.title);
    expect(r?.rows[0]?.fields.result?.text).toBe("Приказ по школе");
  });

  it("«№ | Шаг | Контрольная дата | Ответственный | Результат»: «Шаг» is the title, the control date the deadline", () => {
    const values: CellValue[][] = [
      ["Дорожная карта создания центра «Точка роста» (2027)"],
      ["№", "Шаг", "Контрольная дата", "Ответственный", "Результат"],
      ...rows.map((r, i) => [i + 1, r.title, r.deadlineText, r.responsible, "Приказ"]),
    ];
    const [r] = readRoadmaps(grid(values)).roadmaps;
    expect(r?.rows.length).toBe(rows.length);
    expect(r?.rows[0]?.fields.deadline?.text).toBe(rows[0]!.deadlineText);
  });

  it("beside «Мероприятие», «Этап» is not the title", () => {
    const values: CellValue[][] = [
      ["Дорожная карта создания центра «Точка роста», 2027 год"],
      ["Этап", "Мероприятие", "Срок", "Ответственный"],
      ...rows.map((r) => ["I этап", r.title, r.deadlineText, r.responsible]),
    ];
    const [r] = readRoadmaps(grid(values)).roadmaps;
    expect(r?.rows[0]?.fields.title?.text).toBe(rows[0]!.title);
  });
});
