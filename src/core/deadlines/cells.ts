// Readings built directly: unknown readings, and cells that are numbers (Excel serials, bare years) or Dates.
import { blankDeadline } from "./blank";
import { excelSerialToIso, parts, tryIsoDate } from "./dates";
import type { Deadline, DeadlineKind, IsoDate } from "./types";
import { unsupportedYear } from "./years";

export const EMPTY_READING = { due: null, start: null, cadence: null, relative: null } as const;

function result(text: string, over: Partial<Deadline> & { kind: DeadlineKind }): Deadline {
  return { ...blankDeadline(over.kind), text, confidence: 0, ...over };
}

export function unknown(text: string, reason: string, span: [number, number] | null = null): Deadline {
  return result(text, { kind: "unknown", ...EMPTY_READING, reason, span, confidence: 0 });
}

function ddmmyyyy(iso: IsoDate): string {
  const p = parts(iso);
  return `${String(p.d).padStart(2, "0")}.${String(p.m).padStart(2, "0")}.${p.y}`;
}

function dateCell(iso: IsoDate, confidence: number, reason: string | null): Deadline {
  const text = ddmmyyyy(iso);
  return result(text, { kind: "date", due: iso, span: [0, text.length], confidence, reason });
}

function wholeYear(y: number, text: string, confidence: number, reason: string): Deadline {
  return result(text, {
    kind: "period",
    start: `${y}-01-01`,
    due: `${y}-12-31`,
    span: [0, text.length],
    confidence,
    reason,
  });
}

export function fromNumber(n: number): Deadline {
  const text = String(n);
  if (!Number.isFinite(n)) return unknown(text, "the number is not a date");
  // A whole number that looks like a year is a year («2024» typed into the cell), not a serial of 1905.
  if (Number.isInteger(n) && n >= 1900 && n <= 2100) {
    const why = unsupportedYear(n);
    return why ? unknown(text, why.en) : wholeYear(n, text, 0.6, "a bare number read as a year");
  }
  const iso = excelSerialToIso(n);
  if (iso === null)
    return unknown(text, n === 60 ? "Excel's fictitious 29 February 1900" : "the number is not a date");
  const why = unsupportedYear(parts(iso).y);
  if (why) return unknown(text, `the number is an Excel date: ${why.en}`);
  return dateCell(iso, 1, null);
}

// Excel's serials for 2000-01-01 … 2050-12-31: a five-digit number typed as text in a «Срок» cell (a database export
// stores the date cell's value, not its display) is that day, as the number itself would be.
const SERIAL_TEXT = /^\s*(\d{5})\s*$/;
const FIRST_SERIAL = 36_526;
const LAST_SERIAL = 55_153;

/** Whether a text is an Excel date serial written as text («46384»), not an amount or a count. */
export function isSerialText(text: string): boolean {
  const m = SERIAL_TEXT.exec(text);
  return m !== null && Number(m[1]) >= FIRST_SERIAL && Number(m[1]) <= LAST_SERIAL;
}

/** «46384» typed or exported as text: the day of that serial, a little less sure than a date cell. */
export function fromSerialText(text: string): Deadline | null {
  if (!isSerialText(text)) return null;
  const d = fromNumber(Number(text.trim()));
  return d.kind === "date" ? { ...d, confidence: 0.9, reason: "an Excel date serial written as text" } : null;
}

export function fromDate(d: Date): Deadline {
  const t = d.getTime();
  if (!Number.isFinite(t)) return unknown("", "invalid Date value");
  // Cells carry UTC midnight; a Date made at local midnight elsewhere is rounded to the nearest UTC day.
  const day = 86_400_000;
  const rounded = new Date(Math.round(t / day) * day);
  const iso = tryIsoDate(rounded.getUTCFullYear(), rounded.getUTCMonth() + 1, rounded.getUTCDate());
  if (iso === null) return unknown("", "the Date is outside the years 1000–9999");
  const why = unsupportedYear(parts(iso).y);
  if (why) return unknown(ddmmyyyy(iso), why.en);
  return dateCell(
    iso,
    rounded.getTime() === t ? 1 : 0.9,
    rounded.getTime() === t ? null : "Date value with a time of day",
  );
}
