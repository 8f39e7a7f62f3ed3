import { describe, expect, it } from "vitest";
import { check as deadlineUnreadable } from "../../../src/core/checks/rules/deadline-unreadable";
import { check as duplicateItem } from "../../../src/core/checks/rules/duplicate-item";
import { check as nonWorkingDay } from "../../../src/core/checks/rules/non-working-day";
import { check as overdue } from "../../../src/core/checks/rules/overdue";
import { readingOf } from "../../../src/core/reading";
import { checkRoadmap } from "../../../src/core/checks";
import { contextOf, findingsOf, kv24, leningrad, where, withRow } from "./rules/context";
import { buildRoadmap } from "../match/build";

const dueOf = (rows: ReturnType<typeof leningrad>, pos: number) => contextOf(rows).rows[pos]!.due;

describe("terms counted from another step of the plan", () => {
  it("«за месяц до открытия (п. 12)» is dated from row 12's day, and no longer unreadable", () => {
    const rows = withRow(6, { deadline: "не позднее чем за месяц до открытия Кванториума (п. 12)" });
    expect(dueOf(rows, 6)).toBe("2024-08-13");
    expect(where(deadlineUnreadable, contextOf(rows))).toEqual([]);
  });

  it("without a number the step is found by its words, or as the opening", () => {
    // «после открытия»: row 12 «Начало работы Школьного Кванториума» is the opening (the form's item `start`).
    const after = withRow(8, { deadline: "в течение 3 дней после открытия" });
    expect(dueOf(after, 8)).toBe("2024-09-16");
    // «после получения оборудования»: the words of row 8.
    const words = withRow(9, { deadline: "в течение 10 рабочих дней после получения оборудования" });
    expect(dueOf(words, 9)).toBe("2024-09-06");
    const weeks = withRow(6, { deadline: "за две недели до начала работы Кванториума" });
    expect(dueOf(weeks, 6)).toBe("2024-08-30");
  });

  it("a step with no single day, an unknown step or a number no row has leaves the term unread (a note)", () => {
    for (const deadline of [
      "в течение 10 дней после повышения квалификации", // row 11 is a period
      "в течение 10 рабочих дней после поставки", // no row about a delivery
      "за месяц до открытия (п. 40)",
    ]) {
      const ctx = contextOf(withRow(9, { deadline }));
      expect([deadline, ctx.rows[9]!.due]).toEqual([deadline, null]);
      expect(findingsOf(deadlineUnreadable, ctx).map((f) => f.severity)).toEqual(["info"]);
    }
  });

  it("a counted day is checked like a written one, except for falling on a day off the planner did not write", () => {
    // 13.09.2024 + 3 days = Monday 16.09; a month before 13.09 = Tuesday 13.08: overdue on 01.10.2024.
    const rows = withRow(6, { deadline: "за месяц до открытия (п. 12)" });
    expect(where(overdue, contextOf(rows, { checkDate: "2024-10-01" }))).toContain("overdue@E8");
    const sunday = withRow(6, { deadline: "за 12 дней до открытия (п. 12)" }); // 01.09.2024 is a Sunday
    expect(dueOf(sunday, 6)).toBe("2024-09-01");
    expect(where(nonWorkingDay, contextOf(sunday))).toEqual([]);
  });

  it("the JSON report's reading gives the same day as the checks", () => {
    const rows = withRow(6, { deadline: "не позднее чем за месяц до открытия Кванториума (п. 12)" });
    const roadmap = buildRoadmap(rows, { year: 2024, withResult: true });
    const report = checkRoadmap(roadmap, kv24, { targetYear: 2024, checkDate: "2024-01-10" });
    const read = readingOf(roadmap, report).rows.find((r) => r.number === "7.");
    expect(read!.deadline).toMatchObject({ kind: "by-date", due: "2024-08-13" });
  });
});

describe("a row telling the public about a step", () => {
  it("is not a duplicate of the step («Размещение информации об открытии …»)", () => {
    const rows = [
      ...leningrad(),
      {
        number: "14.",
        title: "Размещение информации об открытии Кванториума на сайте школы",
        deadline: "сентябрь 2024 года",
      },
    ];
    expect(where(duplicateItem, contextOf(rows))).toEqual([]);
    // Notices of a purchase are the purchase itself: still a repeat.
    const notices = [
      ...leningrad(),
      {
        number: "14.",
        title: "Размещение извещений о закупках товаров, работ, услуг",
        deadline: "не позднее 15 февраля 2024 года",
      },
    ];
    expect(where(duplicateItem, contextOf(notices))).toEqual(["duplicate-item@B15"]);
  });
});
