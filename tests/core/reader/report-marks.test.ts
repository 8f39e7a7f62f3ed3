// Progress reports at 1 August and 1 September mark finished steps the short way: a narrow column headed «Исп.» of
// «+», «вып.» under «Отметка», a header «Выполнено / не выполнено», a card line «Статус на 01.08.2027». Each is a
// completion mark, so a step done before the check date is not «просрочено».
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/grid";
import { checkSheet } from "../../../src/core/checks/sheet";
import { isDone } from "../../../src/core/checks/rules/overdue";
import { readRoadmaps } from "../../../src/core/reader";
import { classifyHeader } from "../../../src/core/reader/header-words";
import { grid, templateRows, TITLE } from "./layouts";

const rows = templateRows(2027);
// Every step of the form due by the summer, so each needs a mark at the check date.
const CHECK = "2027-12-31";

function overdue(values: CellValue[][]): string[] {
  return checkSheet(grid(values), { checkDate: CHECK }).reports.flatMap((x) =>
    x.findings.filter((f) => f.code === "overdue").map((f) => f.address ?? ""),
  );
}

/** The form as a table with one extra column headed `head`, each row marked `mark(i)`. */
function table(head: string, mark: (i: number) => string): CellValue[][] {
  return [
    [TITLE],
    ["№", "Что делаем", "Срок", "Кто", "Результат", head],
    ...rows.map((r, i) => [
      String(i + 1),
      r.title,
      r.deadlineText,
      r.responsible,
      r.result || "Приказ",
      mark(i),
    ]),
  ];
}

describe("completion marks of a progress report", () => {
  it("a column headed «Исп.» of «+» is the status column, read by its marks, and clears «просрочено»", () => {
    const values = table("Исп.", () => "+");
    const r = readRoadmaps(grid(values)).roadmaps[0]!;
    expect(r.columns.status?.column).toBe("F");
    expect(r.columnRoles?.find((c) => c.column === "F")?.reason.en).toContain("completion marks");
    expect(overdue(values)).toEqual([]);
  });

  it("a column of names is no status column, whatever its short header", () => {
    const values = table("Исп.", (i) => (i % 2 ? "Иванов И.И." : "Петрова А.С."));
    expect(readRoadmaps(grid(values)).roadmaps[0]!.columns.status).toBeUndefined();
    expect(overdue(values).length).toBeGreaterThan(0);
  });

  it("an unheaded column of marks with a day or a word after them («вып. 21.12.26», «✓ 01.09») is the status column", () => {
    const marks = (i: number) =>
      i === 3 ? "подобраны 3 из 8" : i === 5 ? "I кв. — 03.04.27" : i % 2 ? "вып. 21.12.26" : "✓ (I, II кв.)";
    const values = table("", marks);
    expect(readRoadmaps(grid(values)).roadmaps[0]!.columns.status?.column).toBe("F");
    expect(overdue(values).length).toBe(2);
  });

  it("«100 %» and «5 из 5» in a «% выполнения» column are marks; «80 %» and «3 из 5» are not", () => {
    const f = (text: string) => ({ text, value: text, addresses: [] });
    expect(["100%", "100 %", "5 из 5"].map((t) => isDone(f(t)))).toEqual([true, true, true]);
    expect(["80%", "0 %", "3 из 5"].map((t) => isDone(f(t)))).toEqual([false, false, false]);
    expect(overdue(table("% выполнения", () => "100%"))).toEqual([]);
  });

  it("an unheaded column of the documents that did the steps («приказ УО № 517 от 15.12.2026») is the status column", () => {
    const docs = [
      "приказ УО № 517 от 15.12.2026",
      "согл. ФО 22.01.2027",
      "изв. № 0348300012327000011",
      "справка № 41 от 27.02.2027",
    ];
    const values = table("", (i) => docs[i % docs.length]!);
    expect(readRoadmaps(grid(values)).roadmaps[0]!.columns.status?.column).toBe("F");
    expect(overdue(values)).toEqual([]);
  });

  it("short forms of a done step («утв. 23.12.2026», «пр. № 108-о», «сформирован») and the number 100 are marks", () => {
    const f = (text: string, value: unknown = text) => ({ text, value, addresses: [] }) as never;
    expect(
      ["утв. 23.12.2026", "пр. № 108-о", "сформирован", "утв. пр. № 77-о"].map((t) => isDone(f(t))),
    ).toEqual([true, true, true, true]);
    expect([isDone(f("100", 100)), isDone(f("60", 60)), isDone(f("пр.", "пр."))]).toEqual([
      true,
      false,
      false,
    ]);
  });

  it("«вып.» and «исп.» are marks; «не вып.» is not", () => {
    const f = (text: string) => ({ text, value: text, addresses: [] });
    expect(["вып.", "вып", "исп.", "Вып."].map((t) => isDone(f(t)))).toEqual([true, true, true, true]);
    expect(["не вып.", "выпуск", "исполнитель не назначен"].map((t) => isDone(f(t)))).toEqual([
      false,
      false,
      false,
    ]);
    expect(overdue(table("Отметка", () => "вып."))).toEqual([]);
  });

  it("«Выполнено / не выполнено» heads the status column", () => {
    expect(classifyHeader("Выполнено / не выполнено")).toBe("status");
    expect(overdue(table("Выполнено / не выполнено", () => "выполнено"))).toEqual([]);
  });

  it("a card line «Статус на 01.08.2027» is the card's completion mark", () => {
    const values: CellValue[][] = [[TITLE], []];
    rows.forEach((r, i) => {
      values.push([`Мероприятие ${i + 1}`, r.title]);
      values.push(["Срок", r.deadlineText]);
      values.push(["Ответственный", r.responsible]);
      values.push(["Результат", r.result || "Приказ"]);
      values.push(["Статус на 01.08.2027", "исполнено"]);
      values.push([]);
    });
    const roadmap = readRoadmaps(grid(values)).roadmaps[0]!;
    expect(roadmap.layout).toBe("cards");
    expect(roadmap.rows[0]!.fields.status?.text).toBe("исполнено");
    expect(overdue(values)).toEqual([]);
  });
});
