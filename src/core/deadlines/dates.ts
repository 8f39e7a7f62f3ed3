// Calendar-day helpers. Every computation runs on local Date objects built from y/m/d and is read back
// through date-fns, so the host's time zone never shifts a day (no Date.parse of strings anywhere).
import {
  addDays,
  differenceInCalendarDays,
  endOfMonth,
  endOfQuarter,
  getDaysInMonth,
  isExists,
  isValid,
  startOfQuarter,
  subDays,
} from "date-fns";
import type { IsoDate, RelativeRule } from "./types";

/** A local Date for y/m/d; setFullYear keeps years below 100 literal (new Date(99, …) would mean 1999). */
export function localDate(y: number, m: number, d: number): Date {
  const dt = new Date(2000, 0, 1, 12);
  dt.setFullYear(y, m - 1, d);
  return dt;
}

function pad(y: number, m: number, d: number): IsoDate {
  return `${String(y).padStart(4, "0")}-${m < 10 ? "0" : ""}${m}-${d < 10 ? "0" : ""}${d}`;
}

export function toIso(dt: Date): IsoDate {
  return pad(dt.getFullYear(), dt.getMonth() + 1, dt.getDate());
}

export function fromIso(iso: IsoDate): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new RangeError(`Not an ISO calendar day: ${iso}`);
  return localDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

export function isIsoDate(s: unknown): s is IsoDate {
  if (typeof s !== "string") return false;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  return !!m && isExists(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

export function validYmd(y: number, m: number, d: number): boolean {
  return (
    Number.isInteger(y) &&
    Number.isInteger(m) &&
    Number.isInteger(d) &&
    y >= 1000 &&
    y <= 9999 &&
    isExists(y, m - 1, d)
  );
}

/** "yyyy-mm-dd" for a calendar day; throws RangeError for a day that does not exist (31.06, 29.02.2023). */
export function isoDate(y: number, m: number, d: number): IsoDate {
  if (!validYmd(y, m, d)) throw new RangeError(`No such calendar day: ${y}-${m}-${d}`);
  return pad(y, m, d);
}

export function tryIsoDate(y: number, m: number, d: number): IsoDate | null {
  return validYmd(y, m, d) ? pad(y, m, d) : null;
}

/** -1, 0 or 1; ISO days of four-digit years order as strings. */
export function compareIso(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function parts(iso: IsoDate): { y: number; m: number; d: number } {
  return { y: Number(iso.slice(0, 4)), m: Number(iso.slice(5, 7)), d: Number(iso.slice(8, 10)) };
}

export function monthEnd(y: number, m: number): IsoDate {
  return toIso(endOfMonth(localDate(y, m, 1)));
}

export function quarterStart(y: number, q: number): IsoDate {
  return toIso(startOfQuarter(localDate(y, q * 3 - 2, 1)));
}

export function quarterEnd(y: number, q: number): IsoDate {
  return toIso(endOfQuarter(localDate(y, q * 3, 1)));
}

export function dayBefore(iso: IsoDate): IsoDate {
  return toIso(subDays(fromIso(iso), 1));
}

/** Calendar days between two days, either order. */
export function daysApart(a: IsoDate, b: IsoDate): number {
  return Math.abs(differenceInCalendarDays(fromIso(a), fromIso(b)));
}

/** The day of `days` nearest `to` (the first of equals). */
export function nearestDay(days: readonly IsoDate[], to: IsoDate): IsoDate {
  return days.reduce((a, b) => (daysApart(b, to) < daysApart(a, to) ? b : a));
}

export function dayAfter(iso: IsoDate): IsoDate {
  return toIso(addDays(fromIso(iso), 1));
}

export function daysInMonth(y: number, m: number): number {
  return getDaysInMonth(localDate(y, m, 1));
}

/**
 * The day a relative rule means for the target year Y: day.month of Y + yearOffset.
 * A day past the month's end (29 February in a common year) falls back to the month's last day.
 */
export function resolveRelative(rule: RelativeRule, targetYear: number): IsoDate {
  const y = targetYear + rule.yearOffset;
  if (!Number.isInteger(y) || y < 1000 || y > 9999) throw new RangeError(`Year out of range: ${y}`);
  if (!Number.isInteger(rule.month) || rule.month < 1 || rule.month > 12)
    throw new RangeError(`Month out of range: ${rule.month}`);
  if (!Number.isInteger(rule.day) || rule.day < 1 || rule.day > 31)
    throw new RangeError(`Day out of range: ${rule.day}`);
  return isoDate(y, rule.month, Math.min(rule.day, daysInMonth(y, rule.month)));
}

const EXCEL_EPOCH = { y: 1899, m: 12, d: 30 };

/**
 * Excel's 1900 date system: serial 1 is 1900-01-01 and serial 60 is the fictitious 29 February 1900
 * (Lotus compatibility), so serials from 61 on count from 1899-12-30. Returns null for 60 and out-of-range values.
 */
export function excelSerialToIso(serial: number): IsoDate | null {
  if (!Number.isFinite(serial)) return null;
  const whole = Math.floor(serial);
  if (whole < 1 || whole > 2_958_465 || whole === 60) return null;
  const base = localDate(EXCEL_EPOCH.y, EXCEL_EPOCH.m, whole < 60 ? EXCEL_EPOCH.d + 1 : EXCEL_EPOCH.d);
  const dt = addDays(base, whole);
  return isValid(dt) ? toIso(dt) : null;
}
