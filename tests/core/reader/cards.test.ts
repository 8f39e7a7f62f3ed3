// Roadmaps typed as cards, one block of labelled lines per measure («Мероприятие: … / Срок: … / Ответственный: … /
// Результат: …»), as a plan pasted from a Word list or typed as a form: each block is one measure, its lines its fields.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/grid";
import { checkSheet } from "../../../src/core/checks/sheet";
import { rowDeadline } from "../../../src/core/row-deadline";
import { readRoadmaps } from "../../../src/core/reader";
import { grid, templateRows, TITLE } from "./layouts";

const rows = templateRows(2027);

/** Findings at error or warning, as «code address». */
function problems(values: CellValue[][], checkDate = "2026-01-10"): string[] {
  return checkSheet(grid(values), { checkDate }).reports.flatMap((x) =>
    x.findings.filter((f) => f.severity !== "info").map((f) => `${f.code} ${f.address}`),
  );
}

/** Label and value in one cell, the number in column A, a blank line between cards. */
function oneCell(): { values: CellValue[][]; titleRows: number[] } {
  const values: CellValue[][] = [[null, TITLE], []];
  const titleRows: number[] = [];
  rows.forEach((r, i) => {
    titleRows.push(values.length + 1);
    values.push([`${i + 1}.`, `Мероприятие: ${r.title}`]);
    values.push([null, `Срок: ${r.deadlineText}`]);
    values.push([null, `Ответственный: ${r.responsible}`]);
    values.push([null, `Результат: ${r.result || "Приказ"}`]);
    values.push([]);
  });
  return { values, titleRows };
}

/** Labels in column B, values in C, the number in A on the measure's line; no blank lines. */
function twoColumns(): { values: CellValue[][]; titleRows: number[] } {
  const values: CellValue[][] = [[TITLE], []];
  const titleRows: number[] = [];
  rows.forEach((r, i) => {
    titleRows.push(values.length + 1);
    values.push([String(i + 1), "Наименование мероприятия", r.title]);
    values.push([null, "Срок исполнения", r.deadlineText]);
    values.push([null, "Ответственный исполнитель", r.responsible]);
    values.push([null, "Ожидаемый результат", r.result || "Приказ"]);
  });
  return { values, titleRows };
}

describe("roadmaps typed as cards", () => {
  it.each([
    ["«Мероприятие: …» lines, label and value in one cell", oneCell, "B"],
    ["label | value columns", twoColumns, "C"],
  ])("%s: one row per card, every deadline read, clean", (_, make, col) => {
    const { values, titleRows } = make();
    const read = readRoadmaps(grid(values));
    expect(read.roadmaps).toHaveLength(1);
    const roadmap = read.roadmaps[0]!;
    expect(roadmap.layout).toBe("cards");
    expect(roadmap.programme.value).toBe("tochka-rosta");
    expect(roadmap.year.value).toBe(2027);
    expect(roadmap.rows.map((r) => r.address)).toEqual(titleRows.map((n) => `${col}${n}`));
    expect(roadmap.rows.map((r) => r.fields.title?.text)).toEqual(rows.map((r) => r.title));
    expect(roadmap.rows.map((r) => rowDeadline(r.fields.deadline, roadmap, 2027, null)?.due ?? null)).toEqual(
      rows.map((r) => r.due),
    );
    expect(roadmap.columnRoles?.map((r) => r.role).sort()).toEqual([
      "deadline",
      "measure",
      "responsible",
      "result",
    ]);
    expect(problems(values)).toEqual([]);
  });

  it("«1. Мероприятие: …» in one cell: the number is the card's", () => {
    const values: CellValue[][] = [[TITLE]];
    rows.forEach((r, i) => {
      values.push([`${i + 1}. Мероприятие: ${r.title}`]);
      values.push([`Срок: ${r.deadlineText}`]);
      values.push([`Ответственный: ${r.responsible}`]);
    });
    const [roadmap] = readRoadmaps(grid(values)).roadmaps;
    expect(roadmap!.rows.map((r) => r.number)).toEqual(rows.map((_, i) => `${i + 1}.`));
    expect(roadmap!.rows[0]!.fields.title?.text).toBe(rows[0]!.title);
    expect(problems(values)).toEqual([]);
  });

  it("a card's findings sit on its measure line: a blank responsible, a late deadline", () => {
    const { values, titleRows } = twoColumns();
    const late = rows.findIndex((r) => r.due === "2027-02-15");
    expect(late).toBeGreaterThan(0);
    values[titleRows[late]!]![2] = "до 15 марта 2027 г.";
    values[titleRows[2]! + 1]![2] = null; // the third card's «Ответственный исполнитель» left empty
    expect(problems(values).sort()).toEqual(
      [`late-vs-template C${titleRows[late]}`, `responsible-missing C${titleRows[2]}`].sort(),
    );
  });

  it("a card headed «Мероприятие 1.» names its measure on the next line; a value broken onto a second line goes on", () => {
    const values: CellValue[][] = [[TITLE]];
    rows.forEach((r, i) => {
      values.push([`Мероприятие ${i + 1}.`]);
      values.push(["Наименование:", r.title]);
      values.push(["Срок:", r.deadlineText]);
      values.push(["Ответственный:", r.responsible]);
      values.push([null, "(по согласованию)"]);
    });
    const [roadmap] = readRoadmaps(grid(values)).roadmaps;
    expect(roadmap!.rows).toHaveLength(rows.length);
    expect(roadmap!.rows[0]!.number).toBe("1.");
    expect(roadmap!.rows[0]!.address).toBe("B3");
    expect(roadmap!.rows[0]!.fields.responsible?.text).toBe(`${rows[0]!.responsible}\n(по согласованию)`);
    expect(problems(values)).toEqual([]);
  });

  it("a report's «(сведения об исполнении на 15.11.2027)» under the title is a note, not a card's status line", () => {
    const values: CellValue[][] = [[TITLE], ["(сведения об исполнении на 15.11.2027)"], [null]];
    rows.forEach((r, i) => {
      values.push([`Мероприятие ${i + 1}.`, r.title]);
      values.push(["Срок:", r.deadlineText]);
      values.push(["Ответственный:", r.responsible]);
      values.push(["Результат:", r.result || "Приказ"]);
      values.push(["Исполнение:", "выполнено"]);
      values.push([null]);
    });
    const [roadmap] = readRoadmaps(grid(values)).roadmaps;
    expect(roadmap!.rows).toHaveLength(rows.length);
    expect(roadmap!.rows[0]!.address).toBe("B4");
    expect(problems(values, "2026-01-10")).toEqual([]);
  });

  it("the «Срок» line first, the number in column A on it: the card is the block, not the lines after a measure", () => {
    const values: CellValue[][] = [[TITLE], []];
    const titleRows: number[] = [];
    rows.forEach((r, i) => {
      values.push([String(i + 1), "Срок исполнения:", r.deadlineText]);
      titleRows.push(values.length + 1);
      values.push([null, "Наименование мероприятия:", r.title]);
      values.push([null, "Исполнитель:", r.responsible]);
      values.push([]);
    });
    const [roadmap] = readRoadmaps(grid(values)).roadmaps;
    expect(roadmap!.rows.map((r) => r.address)).toEqual(titleRows.map((n) => `C${n}`));
    expect(roadmap!.rows.map((r) => r.sheetRows[0])).toEqual(titleRows);
    expect(
      roadmap!.rows.map((r) => rowDeadline(r.fields.deadline, roadmap!, 2027, null)?.due ?? null),
    ).toEqual(rows.map((r) => r.due));
    expect(problems(values)).toEqual([]);
  });

  it.each([
    [
      "«Мероприятие 1 | Наименование | …»",
      (i: number, title: string) => [`Мероприятие ${i}`, "Наименование", title],
    ],
    ["«Мероприятие 1. …» in one cell", (i: number, title: string) => [`Мероприятие ${i}. ${title}`]],
    ["«Мероприятие 1. | …»", (i: number, title: string) => [`Мероприятие ${i}.`, title]],
  ])("%s: the card's number and measure", (_, first) => {
    const values: CellValue[][] = [[TITLE], []];
    rows.forEach((r, i) => {
      values.push(first(i + 1, r.title));
      values.push(["Срок", r.deadlineText]);
      values.push(["Ответственный", r.responsible]);
      values.push([]);
    });
    const [roadmap] = readRoadmaps(grid(values)).roadmaps;
    expect(roadmap!.rows.map((r) => r.number?.replace(/\.$/, ""))).toEqual(rows.map((_, i) => String(i + 1)));
    expect(roadmap!.rows.map((r) => r.fields.title?.text)).toEqual(rows.map((r) => r.title));
    expect(problems(values)).toEqual([]);
  });

  it.each([
    ["a dash", " — "],
    ["an en dash", " – "],
    ["a full stop", ". "],
  ])("label and value set off by %s; «Пункт 3» heading a card", (_, sep) => {
    const values: CellValue[][] = [[TITLE], []];
    const titleRows: number[] = [];
    rows.forEach((r, i) => {
      values.push([`Пункт ${i + 1}`]);
      titleRows.push(values.length + 1);
      values.push([`Содержание${sep}${r.title}`]);
      values.push([`Срок${sep}${r.deadlineText}`]);
      values.push([`Ответственный${sep}${r.responsible}`]);
      values.push([]);
    });
    const [roadmap] = readRoadmaps(grid(values)).roadmaps;
    expect(roadmap!.rows.map((r) => r.sheetRows[0])).toEqual(titleRows);
    expect(roadmap!.rows.map((r) => r.number)).toEqual(rows.map((_, i) => String(i + 1)));
    expect(roadmap!.rows.map((r) => r.fields.title?.text)).toEqual(rows.map((r) => r.title));
    expect(problems(values)).toEqual([]);
  });

  it("two schools' cards under their names on one sheet: one roadmap per school, no duplicates", () => {
    const { values: one } = twoColumns();
    const body = one.slice(2);
    const values: CellValue[][] = [
      [TITLE],
      [],
      ["МБОУ «Сосновская СОШ № 2»"],
      ...body,
      [],
      ["МБОУ «Борковская ООШ»"],
      ...body,
    ];
    const read = readRoadmaps(grid(values));
    expect(read.roadmaps.map((r) => [r.organisation, r.rows.length])).toEqual([
      ["МБОУ «Сосновская СОШ № 2»", rows.length],
      ["МБОУ «Борковская ООШ»", rows.length],
    ]);
    expect(problems(values)).toEqual([]);
  });

  it.each([
    ["«1. …» in one cell", (i: number, title: string) => [`${i}. ${title}`]],
    ["«№ 1 | …»", (i: number, title: string) => [`№ ${i}`, title]],
  ])(
    "a numbered measure with no label over the card's labelled lines (%s); a value under its label",
    (_, first) => {
      const values: CellValue[][] = [["ФОРМА 1. МКОУ «Ольховская СОШ»"], [TITLE], []];
      const titleRows: number[] = [];
      rows.forEach((r, i) => {
        titleRows.push(values.length + 1);
        values.push(first(i + 1, r.title));
        values.push(["Срок исполнения"]);
        values.push([r.deadlineText]);
        values.push([`Ответственный — ${r.responsible}`]);
        values.push([]);
      });
      const [roadmap] = readRoadmaps(grid(values)).roadmaps;
      expect(roadmap!.rows.map((r) => r.sheetRows[0])).toEqual(titleRows);
      expect(roadmap!.rows.map((r) => r.fields.title?.text)).toEqual(rows.map((r) => r.title));
      expect(
        roadmap!.rows.map((r) => rowDeadline(r.fields.deadline, roadmap!, 2027, null)?.due ?? null),
      ).toEqual(rows.map((r) => r.due));
      expect(problems(values)).toEqual([]);
    },
  );

  it("«ФОРМА 2. МБОУ …» over a school's form names the school", () => {
    const { values: one } = twoColumns();
    const body = one.slice(2);
    const values: CellValue[][] = [
      [TITLE],
      ["ФОРМА 1. МКОУ «Ольховская СОШ»"],
      ...body,
      ["ФОРМА 2. МБОУ «Красноборская ООШ»"],
      ...body,
    ];
    expect(readRoadmaps(grid(values)).roadmaps.map((r) => r.organisation)).toEqual([
      "МКОУ «Ольховская СОШ»",
      "МБОУ «Красноборская ООШ»",
    ]);
    expect(problems(values)).toEqual([]);
  });

  it("a numbered line with no labelled line under it stays out of the cards", () => {
    const { values } = oneCell();
    values.push(["16. Итоговое совещание по результатам года"], ["Подпись ____________"]);
    const [roadmap] = readRoadmaps(grid(values)).roadmaps;
    expect(roadmap!.rows).toHaveLength(rows.length);
  });

  it.each<[string, (i: number, r: (typeof rows)[number]) => CellValue[][]]>([
    [
      "«№ 1 | Мероприятие | …»",
      (i, r) => [
        [`№ ${i}`, "Мероприятие", r.title],
        [null, "Срок", r.deadlineText],
        [null, "Ответственный", r.responsible],
        [],
      ],
    ],
    [
      "an unnumbered measure after a blank row",
      (_, r) => [[r.title], ["Срок", r.deadlineText], ["Ответственный исполнитель", r.responsible], []],
    ],
    [
      "labels side by side over their values",
      (i, r) => [
        [`${i}. ${r.title}`],
        ["Срок", "Ответственный", "Результат"],
        [r.deadlineText, r.responsible, "Приказ"],
        [],
      ],
    ],
  ])("%s: every card read, clean", (_, layout) => {
    const values: CellValue[][] = [[TITLE], []];
    rows.forEach((r, i) => values.push(...layout(i + 1, r)));
    const [roadmap] = readRoadmaps(grid(values)).roadmaps;
    expect(roadmap!.rows.map((r) => r.fields.title?.text)).toEqual(rows.map((r) => r.title));
    expect(
      roadmap!.rows.map((r) => rowDeadline(r.fields.deadline, roadmap!, 2027, null)?.due ?? null),
    ).toEqual(rows.map((r) => r.due));
    expect(problems(values)).toEqual([]);
  });

  it("«Направление 2. …» lines between cards are the sections of the cards below them", () => {
    const values: CellValue[][] = [["Единый комплексный план мероприятий на 2026/2027 учебный год"], []];
    for (const d of [1, 2]) {
      values.push([`Направление ${d}. Проведение совместных мероприятий`]);
      for (const k of [1, 2]) {
        values.push([`Мероприятие ${d}.${k}`, `Фестиваль ${d}.${k}`]);
        values.push(["Сроки проведения", "апрель 2027 г."]);
        values.push(["Ответственные", "Региональный координатор"]);
        values.push([]);
      }
    }
    const [roadmap] = readRoadmaps(grid(values)).roadmaps;
    expect(roadmap!.sections.map((x) => x.number)).toEqual(["1", "2"]);
    expect(roadmap!.rows.map((r) => [r.number, r.section])).toEqual([
      ["1.1", "1"],
      ["1.2", "1"],
      ["2.1", "2"],
      ["2.2", "2"],
    ]);
  });

  it("a card's line that reads like a table header («Результат: | мероприятия включены в план») stays the card's", () => {
    const { values } = twoColumns();
    const at = values.findIndex((r) => r[1] === "Ожидаемый результат");
    values[at]![2] = "мероприятия включены в план";
    const read = readRoadmaps(grid(values));
    expect(read.roadmaps.map((r) => [r.layout, r.rows.length])).toEqual([["cards", rows.length]]);
    expect(problems(values)).toEqual([]);
  });

  it("cards above a table: both are read, each as what it is", () => {
    const { values } = oneCell();
    values.push(["№", "Мероприятие", "Срок", "Ответственный", "Результат"]);
    rows.forEach((r, i) =>
      values.push([String(i + 1), r.title, r.deadlineText, r.responsible, r.result || "Приказ"]),
    );
    const read = readRoadmaps(grid(values));
    expect(read.roadmaps.map((r) => [r.layout, r.rows.length])).toEqual([
      ["cards", rows.length],
      ["table", rows.length],
    ]);
  });

  it("labelled lines that are not cards stay text: a table's preamble, two labelled measures", () => {
    const values: CellValue[][] = [
      [TITLE],
      ["Ответственный: Министерство образования"],
      ["Срок: 2027 год"],
      ["№", "Мероприятие", "Срок", "Ответственный"],
      ...rows.map((r, i) => [String(i + 1), r.title, r.deadlineText, r.responsible] as CellValue[]),
    ];
    expect(readRoadmaps(grid(values)).roadmaps.map((r) => r.layout)).toEqual(["table"]);
    const two: CellValue[][] = [
      [TITLE],
      ["Мероприятие: Назначение ответственного"],
      ["Срок: до 25.12.2026"],
      ["Мероприятие: Утверждение дорожной карты"],
      ["Срок: до 25.12.2026"],
    ];
    const read = readRoadmaps(grid(two));
    expect(read.roadmaps).toEqual([]);
    expect(read.reason?.ru).toMatch(/не найдена строка заголовка/);
  });
});
