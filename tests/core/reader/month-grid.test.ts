// A complex plan for the school year with no «Срок» column, only a month grid «сен. | окт. | … | авг.» with «х» where
// the event is held: the row's deadline is its marked months, due at the end of the last one.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/grid";
import { checkSheet } from "../../../src/core/checks/sheet";
import { readRoadmaps } from "../../../src/core/reader";
import { grid } from "./layouts";

const MONTHS = [
  "сен.",
  "окт.",
  "ноя.",
  "дек.",
  "янв.",
  "фев.",
  "мар.",
  "апр.",
  "май",
  "июн.",
  "июл.",
  "авг.",
];
const marks = (...at: number[]) => MONTHS.map((_, i) => (at.includes(i) ? "х" : ""));
const values: CellValue[][] = [
  [
    "Единый комплексный план мероприятий по организационно-методической поддержке центров «Точка роста» в Белоярской области на 2025/2026 учебный год",
  ],
  ["№", "Мероприятие", "Ответственный", "Результат", "Участники, чел.", ...MONTHS],
  [
    "1.",
    "Региональный конкурс проектных работ обучающихся центров",
    "Институт развития образования",
    "Приказ",
    120,
    ...marks(1, 4, 7),
  ],
  [
    "2.",
    "Обучающие семинары для педагогов школ с низкими результатами",
    "Институт развития образования",
    "Программа",
    80,
    ...marks(6),
  ],
  [
    "3.",
    "Информационная кампания о работе центров",
    "Институт развития образования",
    "Публикации",
    0,
    ...marks(0, 1, 2),
  ],
];

describe("a month grid instead of a «Срок» column", () => {
  it("reads each row's marked months as its deadline, in the plan's school year", () => {
    const [m] = readRoadmaps(grid(values)).roadmaps;
    expect(m!.rows.map((x) => x.fields.deadline?.text ?? null)).toEqual([
      "октябрь, январь, апрель",
      "март",
      "сентябрь, октябрь, ноябрь",
    ]);
    expect(m!.rows[0]!.fields.deadline!.addresses).toEqual(["G3", "J3", "M3"]);
    const roles = (m!.columnRoles ?? []).filter((c) => c.role === "deadline").map((c) => c.column);
    expect(roles).toEqual(["F", "G", "H", "I", "J", "K", "L", "M", "N", "O", "P", "Q"]);
  });

  it("has no «no deadline column» error and reads the due dates at the end of the last marked month", () => {
    const res = checkSheet(grid(values), { checkDate: "2025-08-27" });
    const found = res.reports.flatMap((r) => r.findings).filter((f) => f.code.startsWith("deadline"));
    expect(found).toEqual([]);
  });

  it("a lone month heading among other headers is no grid", () => {
    const one: CellValue[][] = [
      values[0]!,
      ["№", "Мероприятие", "Ответственный", "Результат", "май"],
      ["1.", "Конкурс", "Институт", "Приказ", "х"],
    ];
    const [m] = readRoadmaps(grid(one)).roadmaps;
    expect(m?.rows[0]?.fields.deadline?.text).not.toBe("май");
  });
});
