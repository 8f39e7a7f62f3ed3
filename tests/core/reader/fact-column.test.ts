// «Дата исполнения (факт)» beside «Срок (план)»: the fact column is a completion mark, the plan the deadline.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/grid";
import { readRoadmaps } from "../../../src/core/reader";
import { classifyHeader } from "../../../src/core/reader/header-words";
import { grid } from "./layouts";

describe("a fact column named by «(факт)»", () => {
  it("«Дата исполнения (факт)», «Фактическая дата», «Срок (факт.)» are the actual column", () => {
    for (const t of ["Дата исполнения (факт)", "Фактическая дата исполнения", "Срок (факт.)", "Дата (факт)"])
      expect([t, classifyHeader(t)]).toEqual([t, "actual"]);
    expect(classifyHeader("Дата исполнения")).toBe("deadline");
  });

  it("the plan column stays the deadline", () => {
    const values: CellValue[][] = [
      ["Исполнение дорожной карты центров «Точка роста» в 2026 году"],
      ["№", "Мероприятие", "Срок (план)", "Дата исполнения (факт)", "Ответственный", "Результат"],
      [
        "1",
        "Утверждена дорожная карта на 2026 год",
        "до 29.12.2025",
        "19.12.2025",
        "Отдел образования",
        "Распоряжение",
      ],
    ];
    const r = readRoadmaps(grid(values)).roadmaps[0]!;
    expect([r.columns.deadline?.column, r.columns.actual?.column]).toEqual(["C", "D"]);
  });

  it("«Дата исполнения» beside «Срок» (either order) is the fact; «Реквизиты подтверждающего документа» a status column", () => {
    const sheet = (head: string[]): CellValue[][] => [
      ["Дорожная карта создания центра «Точка роста» на 2027 год"],
      ["№", "Мероприятие", ...head, "Ответственный"],
      [
        "1",
        "Утверждение положения о центре",
        ...head.map((h) => (/^Срок/.test(h) ? "до 29.12.2026" : "28.12.2026")),
        "Директор",
      ],
    ];
    for (const head of [
      ["Срок", "Дата исполнения"],
      ["Дата выполнения", "Срок выполнения"],
    ]) {
      const r = readRoadmaps(grid(sheet(head))).roadmaps[0]!;
      const col = (h: string) => String.fromCharCode(67 + head.indexOf(h));
      expect([r.columns.deadline?.column, r.columns.actual?.column]).toEqual([
        col(head.find((h) => /^Срок/.test(h))!),
        col(head.find((h) => /^Дата/.test(h))!),
      ]);
    }
    expect(classifyHeader("Реквизиты подтверждающего документа")).toBe("status");
  });
});
