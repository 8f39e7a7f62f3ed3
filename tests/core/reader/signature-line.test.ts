// A school's plan signed under the table in one cell, «Директор ____________ С.П. Гайдамак»: the position, the line to
// sign on and the name end the table; the row is no measure (it would lack a deadline, responsible and result).
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/grid";
import { readRoadmaps } from "../../../src/core/reader";
import { grid, templateRows } from "./layouts";

const rows = templateRows(2027);

function sheet(signature: string, numbered: boolean): CellValue[][] {
  const head = ["Мероприятие", "Срок", "Ответственный", "Результат"];
  return [
    ["Дорожная карта участия школы в создании центра «Точка роста», 2027 год"],
    numbered ? ["№", ...head] : head,
    ...rows.map((r, i) => {
      const cells = [r.title, r.deadlineText, r.responsible, "Приказ"];
      return numbered ? [String(i + 1), ...cells] : cells;
    }),
    [],
    [signature],
  ];
}

describe("a signature on a line in one cell under the table", () => {
  it.each([
    ["Директор ____________ С.П. Гайдамак", false],
    ["Директор школы _______________ Гайдамак С.П.", true],
    ["И.о. директора ________ С.П. Гайдамак", false],
  ] as const)("«%s» ends the table (№ column: %s)", (signature, numbered) => {
    const r = readRoadmaps(grid(sheet(signature, numbered))).roadmaps[0]!;
    expect(r.rows.length).toBe(rows.length);
    expect(r.rows.at(-1)!.sheetRows).toEqual([rows.length + 2]);
  });

  it("a line to fill in a measure's own cell is no signature", () => {
    const values = sheet("Директор ____________ С.П. Гайдамак", false);
    values.splice(values.length - 2, 2, [
      "Приказ директора № ____ от ________",
      "до 29.12.2026",
      "Директор",
      "Приказ",
    ]);
    const r = readRoadmaps(grid(values)).roadmaps[0]!;
    expect(r.rows.length).toBe(rows.length + 1);
  });
});
