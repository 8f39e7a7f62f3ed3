import { describe, expect, it } from "vitest";
import {
  calendarCoverage,
  coveredYears,
  isWorkingDay,
  loadCalendar,
  nextWorkingDay,
  nonWorkingReason,
} from "../../../src/core/calendar";
import raw from "../../../src/core/calendar/ru-calendar.json";

describe("Russian working-day calendar", () => {
  it("knows the transfers of 2024", () => {
    // Постановление № 1447: 31.12.2024 off (from 7 January), 2.11.2024 a working Saturday (for 30 April).
    expect(isWorkingDay("2024-12-31")).toBe(false);
    expect(nonWorkingReason("2024-12-31")!.ru).toMatch(/перенес.*7 января 2024/);
    expect(nonWorkingReason("2024-12-31")!.en).toMatch(/transferred from 7 January 2024/);
    expect(isWorkingDay("2024-11-02")).toBe(true);
    expect(nonWorkingReason("2024-11-02")).toBeNull();
    expect(isWorkingDay("2024-04-27")).toBe(true);
    expect(isWorkingDay("2024-12-28")).toBe(true);
    expect(isWorkingDay("2024-04-29")).toBe(false);
    expect(isWorkingDay("2024-04-30")).toBe(false);
    expect(isWorkingDay("2024-05-10")).toBe(false);
    expect(isWorkingDay("2024-12-30")).toBe(false);
  });

  it("knows the May days off of 2025", () => {
    expect(isWorkingDay("2025-05-02")).toBe(false);
    expect(isWorkingDay("2025-05-08")).toBe(false);
    expect(isWorkingDay("2025-05-05")).toBe(true);
    expect(isWorkingDay("2025-06-13")).toBe(false);
    expect(isWorkingDay("2025-11-01")).toBe(true);
    expect(isWorkingDay("2025-11-03")).toBe(false);
    // 23 February 2025 was a Sunday and its day off went to 8 May, so Monday 24 February was worked.
    expect(isWorkingDay("2025-02-24")).toBe(true);
  });

  it("names holidays and weekends in both languages", () => {
    expect(isWorkingDay("2026-01-01")).toBe(false);
    expect(nonWorkingReason("2026-01-01")).toEqual({
      ru: "нерабочий праздничный день: Новогодние каникулы",
      en: "public holiday: New Year holidays",
    });
    expect(nonWorkingReason("2024-06-12")!.en).toBe("public holiday: Russia Day");
    expect(nonWorkingReason("2027-01-07")!.ru).toMatch(/Рождество/);
    // 14 September 2024 was an ordinary Saturday, 15 September a Sunday.
    expect(nonWorkingReason("2024-09-14")).toEqual({
      ru: "выходной день (суббота)",
      en: "weekend (Saturday)",
    });
    expect(nonWorkingReason("2024-09-15")!.en).toBe("weekend (Sunday)");
    expect(isWorkingDay("2024-09-16")).toBe(true);
  });

  it("moves a holiday on a weekend to the next weekday", () => {
    expect(isWorkingDay("2023-11-06")).toBe(false); // 4 November 2023 was a Saturday
    expect(isWorkingDay("2022-06-13")).toBe(false); // 12 June 2022 was a Sunday
    expect(isWorkingDay("2026-03-09")).toBe(false); // 8 March 2026 is a Sunday
  });

  it("knows the 2020–2021 non-working days by presidential decree", () => {
    expect(isWorkingDay("2020-04-15")).toBe(false);
    expect(nonWorkingReason("2020-04-15")!.en).toMatch(/presidential/);
    expect(isWorkingDay("2021-11-02")).toBe(false);
    expect(isWorkingDay("2021-11-08")).toBe(true);
    // A holiday inside a decree period is still named as the holiday.
    expect(nonWorkingReason("2021-11-04")!.en).toBe("public holiday: Unity Day");
  });

  it("finds the next working day", () => {
    expect(nextWorkingDay("2024-12-29")).toBe("2025-01-09");
    expect(nextWorkingDay("2024-11-02")).toBe("2024-11-02");
    expect(nextWorkingDay("2025-05-08")).toBe("2025-05-12");
  });

  it("reports coverage, with 2027 transfers not yet known", () => {
    expect(coveredYears()).toEqual([2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027]);
    expect(calendarCoverage(2024)).toMatchObject({ covered: true, transfersKnown: true });
    expect(calendarCoverage(2027)).toMatchObject({ covered: true, transfersKnown: false });
    expect(calendarCoverage(2019)).toMatchObject({ covered: false, transfersKnown: false });
    // Outside the data the fixed holidays still apply.
    expect(isWorkingDay("2019-01-07")).toBe(false);
    // In 2027 the decree is not known: fixed holidays plus the law's own weekend transfer (see below).
    expect(isWorkingDay("2027-05-01")).toBe(false);
  });

  it("rejects malformed input", () => {
    expect(() => isWorkingDay("2024-02-30")).toThrow(RangeError);
    expect(() => nonWorkingReason("31.12.2024")).toThrow(RangeError);
  });

  it("validates its data on load", () => {
    expect(() => loadCalendar(raw)).not.toThrow();
    const clone = () => JSON.parse(JSON.stringify(raw));
    const badDay = clone();
    badDay.years[4].daysOff.push({ date: "2024-02-31", from: "2024-01-06" });
    expect(() => loadCalendar(badDay)).toThrow();
    const weekendOff = clone();
    weekendOff.years[4].daysOff.push({ date: "2024-09-14", from: "2024-01-06" }); // a Saturday
    expect(() => loadCalendar(weekendOff)).toThrow(/not a working weekday/);
    const weekdayWorking = clone();
    weekdayWorking.years[4].workingWeekends.push({ date: "2024-09-16", for: "2024-09-17" }); // a Monday
    expect(() => loadCalendar(weekdayWorking)).toThrow(/not a weekend/);
    const unknownWithTransfers = clone();
    unknownWithTransfers.years[7].daysOff.push({ date: "2027-05-03", from: "2027-05-01" });
    expect(() => loadCalendar(unknownWithTransfers)).toThrow(/marked unknown/);
    const dup = clone();
    dup.years.push(dup.years[0]);
    expect(() => loadCalendar(dup)).toThrow(/twice/);
  });

  it("every listed transfer day is off and every working weekend is on", () => {
    for (const y of raw.years) {
      for (const t of y.daysOff) expect(isWorkingDay(t.date), t.date).toBe(false);
      for (const w of y.workingWeekends) expect(isWorkingDay(w.date), w.date).toBe(true);
    }
  });
});

describe("years whose transfer decree is not known yet", () => {
  // 2027: 1 May is a Saturday, 9 May a Sunday, 12 June a Saturday; the law itself moves them to the next working day.
  it("applies ТК РФ ст. 112's automatic transfer of weekend holidays (not the January ones)", () => {
    expect(calendarCoverage(2027).transfersKnown).toBe(false);
    expect(isWorkingDay("2027-05-03")).toBe(false);
    expect(nonWorkingReason("2027-05-03")?.ru).toMatch(/перенес[её]нный с 1 мая 2027/);
    expect(isWorkingDay("2027-05-10")).toBe(false);
    expect(isWorkingDay("2027-06-14")).toBe(false);
    expect(isWorkingDay("2027-05-04")).toBe(true);
    // 2 and 3 January 2027 fall on a weekend, but only a decree moves January holidays.
    expect(isWorkingDay("2027-01-11")).toBe(true);
  });
});
