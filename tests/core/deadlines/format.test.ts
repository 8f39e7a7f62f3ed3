import { describe, expect, it } from "vitest";
import { blankDeadline, formatDeadline, parseDeadline, type Deadline } from "../../../src/core/deadlines";
import { PHRASES, readBackView } from "./phrases";

function d(over: Partial<Deadline> & Pick<Deadline, "kind">): Deadline {
  return { ...blankDeadline(over.kind), ...over };
}

const both = (x: Deadline) => [formatDeadline(x, "ru"), formatDeadline(x, "en")];

describe("formatDeadline", () => {
  it("writes dates and by-dates", () => {
    expect(both(d({ kind: "date", due: "2027-03-01" }))).toEqual(["1 марта 2027 года", "1 March 2027"]);
    expect(both(d({ kind: "by-date", due: "2027-03-01" }))).toEqual([
      "не позднее 1 марта 2027 года",
      "by 1 March 2027",
    ]);
  });

  it("writes recurring deadlines", () => {
    expect(
      both(d({ kind: "recurring", cadence: "quarterly", due: "2027-10-01", start: "2027-10-01" })),
    ).toEqual(["ежеквартально, начиная с 1 октября 2027 года", "quarterly from 1 October 2027"]);
    expect(
      both(d({ kind: "recurring", cadence: "as-needed", due: "2020-12-30", start: "2020-12-30" })),
    ).toEqual(["30 декабря 2020 года, далее – по необходимости", "30 December 2020, then as needed"]);
    expect(
      both(d({ kind: "recurring", cadence: "monthly", start: "2023-10-01", due: "2023-10-31" })),
    ).toEqual(["октябрь 2023 года, далее – ежемесячно", "October 2023, then monthly"]);
    expect(both(d({ kind: "recurring", cadence: "yearly" }))).toEqual(["ежегодно", "yearly"]);
  });

  it("writes periods in their coarsest calendar unit", () => {
    const p = (start: string, due: string) => both(d({ kind: "period", start, due }));
    expect(p("2027-01-01", "2027-12-31")).toEqual(["в течение 2027 года", "during 2027"]);
    expect(p("2027-01-01", "2027-03-31")).toEqual(["1 квартал 2027 года", "Q1 2027"]);
    expect(p("2027-04-01", "2027-09-30")).toEqual(["2–3 кварталы 2027 года", "Q2–Q3 2027"]);
    expect(p("2027-07-01", "2027-12-31")).toEqual(["2 полугодие 2027 года", "H2 2027"]);
    expect(p("2027-10-01", "2027-11-30")).toEqual(["октябрь–ноябрь 2027 года", "October–November 2027"]);
    expect(p("2023-11-01", "2024-02-29")).toEqual([
      "ноябрь 2023 года – февраль 2024 года",
      "November 2023 – February 2024",
    ]);
    expect(p("2023-09-01", "2024-08-31")).toEqual(["2023/2024 учебный год", "2023/2024 school year"]);
    expect(p("2023-01-01", "2024-12-31")).toEqual(["2023–2024 годы", "2023–2024"]);
    expect(p("2027-09-01", "2027-09-15")).toEqual(["1–15 сентября 2027 года", "1–15 September 2027"]);
    expect(p("2027-09-01", "2027-10-15")).toEqual([
      "с 1 сентября по 15 октября 2027 года",
      "1 September – 15 October 2027",
    ]);
    expect(p("2027-09-01", "2028-01-15")).toEqual([
      "с 1 сентября 2027 года по 15 января 2028 года",
      "1 September 2027 – 15 January 2028",
    ]);
  });

  it("writes relative rules with and without a year", () => {
    const rule = { yearOffset: -1, month: 11, day: 27 };
    expect(both(d({ kind: "relative", relative: rule }))).toEqual([
      "27 ноября года, предшествующего году получения субсидии",
      "27 November of the year before the subsidy year",
    ]);
    expect(both(d({ kind: "relative", relative: rule, due: "2026-11-27" }))).toEqual([
      "27 ноября 2026 года (года, предшествующего году получения субсидии)",
      "27 November 2026 (the year before the subsidy year)",
    ]);
    expect(both(d({ kind: "by-date", relative: { yearOffset: 0, month: 3, day: 1 } }))).toEqual([
      "не позднее 1 марта года получения субсидии",
      "by 1 March of the subsidy year",
    ]);
    expect(both(d({ kind: "period", relative: { yearOffset: 0, month: 12, day: 31 } }))).toEqual([
      "в течение года получения субсидии",
      "during the subsidy year",
    ]);
    expect(
      both(d({ kind: "recurring", cadence: "quarterly", relative: { yearOffset: 0, month: 10, day: 1 } })),
    ).toEqual([
      "ежеквартально, начиная с 1 октября года получения субсидии",
      "quarterly from 1 October of the subsidy year",
    ]);
    expect(formatDeadline(d({ kind: "relative", relative: { yearOffset: 1, month: 3, day: 1 } }), "ru")).toBe(
      "1 марта года, следующего за годом получения субсидии",
    );
  });

  it("writes requests and schedules", () => {
    expect(both(d({ kind: "on-request" }))).toEqual(["по запросу", "on request"]);
    expect(both(d({ kind: "external-schedule" }))).toEqual([
      "согласно графику, направляемому федеральным оператором",
      "according to the schedule sent by the federal operator",
    ]);
    expect(formatDeadline(parseDeadline("В сроки, определяемые организаторами мероприятий"), "ru")).toBe(
      "в сроки, определяемые организаторами",
    );
    expect(formatDeadline(parseDeadline("Согласно отдельному графику"), "en")).toBe(
      "according to a separate schedule",
    );
  });

  it("keeps the text of what it cannot word", () => {
    expect(both(parseDeadline("уточняется"))).toEqual(["уточняется", "уточняется"]);
    expect(formatDeadline(parseDeadline(null), "ru")).toBe("—");
  });

  it("reads back every phrase of the table that has a date", () => {
    let checked = 0;
    for (const p of PHRASES) {
      const first = parseDeadline(p.input, p.ctx);
      if (first.due === null) continue;
      const text = formatDeadline(first, "ru");
      const again = parseDeadline(text);
      expect(readBackView(text, again)).toEqual(readBackView(text, first));
      checked++;
    }
    expect(checked).toBeGreaterThan(100);
  });
});
