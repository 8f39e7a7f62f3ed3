// A list of dates on one row: the deadlines of several dated items of the form (the two ЦОС monitorings) are due at
// their first, with or without «до», as a «до …, до …» list is; the dates of one event held more than once at the latest.
import { describe, expect, it } from "vitest";
import { checkRoadmap } from "../../../src/core/checks";
import { check as overdue } from "../../../src/core/checks/rules/overdue";
import { readingOf } from "../../../src/core/reading";
import { getEdition } from "../../../src/core/templates/library";
import { buildRoadmap } from "../match/build";
import { contextOf, where } from "./rules/context";

const cos = getEdition("cos-2024")!;
const rows = [
  { number: "1", title: "Мониторинг хода внедрения ЦОС", deadline: "25.08.2027, 30.11.2027" },
  { number: "2", title: "Семинар для учителей школ-участниц", deadline: "09.12.2026, 10.02.2027" },
];

describe("several dates in one «Срок» cell", () => {
  it("a row standing for both monitorings is due at the first; an event held twice at the latest", () => {
    const ctx = contextOf(rows, { edition: cos, year: 2027, checkDate: "2026-12-01" });
    expect(ctx.rows.map((r) => r.items.map((it) => it.id))).toEqual([
      ["progress-monitoring-august", "progress-monitoring-november"],
      [],
    ]);
    expect(ctx.rows.map((r) => r.due)).toEqual(["2027-08-25", "2027-02-10"]);
    // As a «до 25.08.2027, до 30.11.2027» row: the August monitoring not done by September is overdue.
    expect(where(overdue, contextOf(rows, { edition: cos, year: 2027, checkDate: "2027-09-10" }))).toContain(
      "overdue@E2",
    );
  });

  it("the JSON report's reading gives the same days as the checks", () => {
    const roadmap = buildRoadmap(rows, { year: 2027, withResult: true });
    const report = checkRoadmap(roadmap, cos, { targetYear: 2027, checkDate: "2026-12-01" });
    expect(readingOf(roadmap, report).rows.map((r) => r.deadline?.due)).toEqual(["2027-08-25", "2027-02-10"]);
  });
});
