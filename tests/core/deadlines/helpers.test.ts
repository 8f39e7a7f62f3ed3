import { describe, expect, it } from "vitest";
import {
  compareIso,
  daysApart,
  excelSerialToIso,
  isIsoDate,
  isoDate,
  nearestDay,
  resolveRelative,
} from "../../../src/core/deadlines";

describe("date helpers", () => {
  it("isoDate pads and rejects days that do not exist", () => {
    expect(isoDate(2024, 2, 29)).toBe("2024-02-29");
    expect(isoDate(2027, 10, 1)).toBe("2027-10-01");
    expect(() => isoDate(2023, 2, 29)).toThrow(RangeError);
    expect(() => isoDate(2024, 6, 31)).toThrow(RangeError);
    expect(() => isoDate(2024, 13, 1)).toThrow(RangeError);
  });

  it("compareIso orders calendar days", () => {
    expect(compareIso("2024-01-31", "2024-02-01")).toBe(-1);
    expect(compareIso("2024-02-01", "2024-02-01")).toBe(0);
    expect(compareIso("2025-01-01", "2024-12-31")).toBe(1);
    expect(["2024-12-31", "2023-01-05", "2024-01-01"].sort(compareIso)).toEqual([
      "2023-01-05",
      "2024-01-01",
      "2024-12-31",
    ]);
  });

  it("isIsoDate checks form and existence", () => {
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2023-02-29")).toBe(false);
    expect(isIsoDate("29.02.2024")).toBe(false);
    expect(isIsoDate(20240229)).toBe(false);
  });

  it("resolveRelative gives day.month of Y + offset", () => {
    expect(resolveRelative({ yearOffset: -1, month: 11, day: 27 }, 2027)).toBe("2026-11-27");
    expect(resolveRelative({ yearOffset: 0, month: 3, day: 1 }, 2027)).toBe("2027-03-01");
    expect(resolveRelative({ yearOffset: 1, month: 12, day: 31 }, 2027)).toBe("2028-12-31");
    expect(resolveRelative({ yearOffset: 0, month: 2, day: 29 }, 2028)).toBe("2028-02-29");
    expect(resolveRelative({ yearOffset: 0, month: 2, day: 29 }, 2027)).toBe("2027-02-28");
    expect(resolveRelative({ yearOffset: 0, month: 4, day: 31 }, 2027)).toBe("2027-04-30");
    expect(() => resolveRelative({ yearOffset: 0, month: 13, day: 1 }, 2027)).toThrow(RangeError);
  });

  it("reads Excel 1900-system serials", () => {
    expect(excelSerialToIso(1)).toBe("1900-01-01");
    expect(excelSerialToIso(59)).toBe("1900-02-28");
    expect(excelSerialToIso(60)).toBeNull(); // Lotus's 29 February 1900
    expect(excelSerialToIso(61)).toBe("1900-03-01");
    expect(excelSerialToIso(45260)).toBe("2023-11-30");
    expect(excelSerialToIso(45260.75)).toBe("2023-11-30");
    expect(excelSerialToIso(46388)).toBe("2027-01-01"); // 45292 (1.1.2024) + 366 + 365 + 365
    expect(excelSerialToIso(0)).toBeNull();
    expect(excelSerialToIso(Number.NaN)).toBeNull();
  });
});

describe("daysApart and nearestDay", () => {
  it("count calendar days either way, over a leap day", () => {
    // 2024-02-28 → 2024-03-01 crosses 29 February: 2 days.
    expect(daysApart("2024-02-28", "2024-03-01")).toBe(2);
    expect(daysApart("2024-03-01", "2024-02-28")).toBe(2);
    expect(daysApart("2027-08-25", "2027-11-30")).toBe(97);
  });
  it("nearestDay takes the closest, the first of equals", () => {
    expect(nearestDay(["2027-08-25", "2027-11-30"], "2027-11-15")).toBe("2027-11-30");
    expect(nearestDay(["2027-08-20", "2027-08-30"], "2027-08-25")).toBe("2027-08-20");
  });
});
