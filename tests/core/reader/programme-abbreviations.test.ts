// «+» columns headed by abbreviations the sheet defines itself: a legend «ТР — центр «Точка роста»; КВ — школьный
// Кванториум» under the table, or «(далее — ТР)» in the text above it. Each such column is its programme's roadmap; an
// abbreviation without a definition, or defined as two programmes, names none.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/grid";
import { readRoadmaps } from "../../../src/core/reader";
import { grid } from "./layouts";

const table = (a: string, b: string): CellValue[][] => [
  ["№", "Мероприятие", "Срок", a, b, "Ответственный"],
  ["1", "Назначение ответственного должностного лица", "29.12.2026", "+", "+", "Отдел образования"],
  ["2", "Утверждение дорожной карты на 2027 год", "29.12.2026", "+", "+", "Отдел образования"],
  ["3", "Базовый набор оборудования в наличии", "01.03.2027", "", "+", "Школа"],
  ["4", "Объявление закупок", "15.02.2027", "+", "+", "Школы"],
];
const TITLE: CellValue[][] = [["План-график мероприятий на 2027 год"], []];
const read = (values: CellValue[][]) =>
  readRoadmaps(grid(values)).roadmaps.map((r) => [r.programme.value, r.rows.map((x) => x.sheetRows[0])]);

describe("programme columns headed by the sheet's own abbreviations", () => {
  it("a legend under the table («ТР — …; КВ — …») names the columns", () => {
    const legend = [
      null,
      "ТР — центр «Точка роста» (МБОУ «Ключиковская ООШ»); КВ — школьный Кванториум (СОШ № 1)",
    ];
    expect(read([...TITLE, ...table("ТР", "КВ"), [], legend])).toEqual([
      ["tochka-rosta", [4, 5, 7]],
      ["kvantorium", [4, 5, 6, 7]],
    ]);
  });

  it("«(далее — ТЦ)» in the text above names a column too", () => {
    const above: CellValue[][] = [
      [
        "Мероприятия по созданию центров «Точка роста» (далее — ТЦ) и технопарков «Кванториум» (далее — КВ) на 2027 год",
      ],
      [],
    ];
    expect(read([...above, ...table("ТЦ", "КВ")]).map(([p]) => p)).toEqual(["tochka-rosta", "kvantorium"]);
  });

  it("without a definition, or with «КВ» defined as two programmes, the columns name no programme", () => {
    const plain = read([...TITLE, ...table("ТР", "КВ")]);
    expect(plain).toHaveLength(1);
    expect(plain[0]![1]).toEqual([4, 5, 6, 7]);
    const twice = [null, "ТР — центр «Точка роста»; КВ — Кванториум; КВ — ЦОС"];
    expect(read([...TITLE, ...table("ТР", "КВ"), [], twice]).map(([p]) => p)).not.toContain("kvantorium");
  });

  it("the usual «ТР», «ШК» with no legend name their programmes when the sheet names them in full", () => {
    const titled: CellValue[][] = [
      ["Сводная дорожная карта создания центров «Точка роста» и школьного Кванториума на 2027 год"],
      [],
    ];
    expect(read([...titled, ...table("ТР", "ШК")]).map(([p]) => p)).toEqual(["tochka-rosta", "kvantorium"]);
  });
});
