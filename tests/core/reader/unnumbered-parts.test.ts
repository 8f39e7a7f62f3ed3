// A school's plan with no № column marks its parts with a title alone on its row («Нормативно-правовое обеспечение»,
// merged across or not): each heads the measures below, none is a measure; a measure with an empty deadline that still
// names its responsible stays a measure.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/grid";
import { checkSheet } from "../../../src/core/checks/sheet";
import { readRoadmaps } from "../../../src/core/reader";
import { grid } from "./layouts";

const TITLE = "План мероприятий по созданию центра «Точка роста» на базе МБОУ «Ивановская СОШ» в 2027 году";

const values: CellValue[][] = [
  [TITLE],
  ["Мероприятие", "Сроки", "Ответственные"],
  ["Нормативно-правовое обеспечение"],
  ["Назначение руководителя Центра", "до 18 декабря 2026 г.", "Директор Петрова Т.В."],
  ["Утверждение дорожной карты Центра", "до 25 декабря 2026 г.", "Директор Петрова Т.В."],
  ["Открытие и функционирование Центра", null, null],
  ["Торжественное открытие Центра «Точка роста»", "1 сентября 2027 г.", "Директор Петрова Т.В."],
  ["Мониторинг выполнения показателей Центра", null, "Руководитель Центра"],
  ["Повышение квалификации педагогов Центра", "в течение 2027 г.", "Зам. директора по УВР"],
];

describe("part headings of an unnumbered table", () => {
  it("a title alone on its row, merged across or not, is a heading, not a measure", () => {
    for (const merges of [[], ["A3:C3", "A6:C6"]]) {
      const r = readRoadmaps(grid(values, merges)).roadmaps[0]!;
      expect(r.rows.map((row) => row.sheetRows[0])).toEqual([4, 5, 7, 8, 9]);
      expect(r.skipped?.map((k) => [k.kind, k.text])).toEqual([
        ["group-heading", "Нормативно-правовое обеспечение"],
        ["group-heading", "Открытие и функционирование Центра"],
      ]);
    }
  });

  it("only the measure with no deadline is reported, not the headings", () => {
    const { reports } = checkSheet(grid(values), { checkDate: "2026-12-01" });
    const missing = reports[0]!.findings.filter((f) =>
      ["deadline-missing", "responsible-missing", "result-missing"].includes(f.code),
    );
    expect(missing.map((f) => [f.code, f.address])).toEqual([["deadline-missing", "B8"]]);
  });
});
