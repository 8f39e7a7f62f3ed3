// A plan's directions merged across as «I. …» … «X. …»: every one is a section, the one-letter numbers I, V, X too.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/grid";
import { readRoadmaps } from "../../../src/core/reader";
import { grid } from "./layouts";

const dirs = ["I", "II", "V", "X"];
const values: CellValue[][] = [
  [
    "Единый комплексный план мероприятий по организационно-методической поддержке центров на 2025/2026 учебный год",
  ],
  ["№", "Наименование мероприятия", "Ответственные", "Сроки проведения"],
  ...dirs.flatMap((d, i): CellValue[][] => [
    [`${d}. Направление номер ${i + 1}`, null, null, null],
    [`${i + 1}.1`, `Мероприятие ${i + 1}`, "Руководители центров", "октябрь 2025 г."],
  ]),
];
const merges = dirs.map((_, i) => `A${3 + 2 * i}:D${3 + 2 * i}`);

describe("Roman-numbered directions merged across", () => {
  it("«I.», «V.», «X.» are sections like «II.», not measures", () => {
    const r = readRoadmaps(grid(values, merges)).roadmaps[0]!;
    expect(r.sections.map((s) => s.title)).toEqual(dirs.map((_, i) => `Направление номер ${i + 1}`));
    expect(r.rows.map((row) => row.number)).toEqual(["1.1", "2.1", "3.1", "4.1"]);
  });
});
