import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/grid";
import {
  blankDeadline,
  compareIso,
  formatDeadline,
  isIsoDate,
  isoDate,
  parseDeadline,
  resolveRelative,
  type Cadence,
  type Deadline,
  type DeadlineKind,
} from "../../../src/core/deadlines";
import { daysInMonth, monthEnd, quarterEnd, quarterStart } from "../../../src/core/deadlines/dates";
import { readBackView } from "./phrases";

const KINDS: DeadlineKind[] = [
  "date",
  "by-date",
  "period",
  "recurring",
  "relative",
  "on-request",
  "external-schedule",
  "unknown",
];

function wellFormed(d: Deadline): void {
  expect(KINDS).toContain(d.kind);
  expect(typeof d.text).toBe("string");
  expect(d.confidence).toBeGreaterThanOrEqual(0);
  expect(d.confidence).toBeLessThanOrEqual(1);
  if (d.due !== null) expect(isIsoDate(d.due)).toBe(true);
  if (d.start !== null) expect(isIsoDate(d.start)).toBe(true);
  if (d.due !== null && d.start !== null) expect(compareIso(d.start, d.due)).toBeLessThanOrEqual(0);
  if (d.span !== null) {
    expect(d.span[0]).toBeGreaterThanOrEqual(0);
    expect(d.span[0]).toBeLessThan(d.span[1]);
    expect(d.span[1]).toBeLessThanOrEqual(d.text.length);
  }
  if (d.kind === "unknown") expect(d.reason).toBeTruthy();
}

const WORDS = [
  "до",
  "не позднее",
  "с",
  "по",
  "в течение",
  "далее",
  "–",
  "-",
  "—",
  ",",
  ".",
  "(",
  ")",
  "*",
  "¹",
  "г.",
  "года",
  "гг.",
  "1",
  "15",
  "31",
  "30.11.2023",
  "01.02.24",
  "2024",
  "2023/2024",
  "учебный год",
  "марта",
  "февраля",
  "ноябрь",
  "сентебря",
  "квартал",
  "II",
  "IV",
  "полугодие",
  "декада",
  "ежеквартально",
  "ежегодно",
  "по необходимости",
  "года Y",
  "Y-1",
  "Y",
  "предшествующего году получения субсидии",
  "получения субсидии",
  "по запросу",
  "согласно графику",
  "федеральным оператором",
  "「",
  "〇",
  "\u00A0",
  "ё",
  "2024года",
  "конца",
  "года,",
];

const ctxArb = fc.record(
  {
    targetYear: fc.option(fc.integer({ min: 1990, max: 2100 }), { nil: null }),
    documentYear: fc.option(fc.integer({ min: 1990, max: 2100 }), { nil: null }),
  },
  { requiredKeys: [] },
);

const cellArb: fc.Arbitrary<CellValue> = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary" }),
  fc.array(fc.constantFrom(...WORDS), { maxLength: 12 }).map((w) => w.join(" ")),
  fc.array(fc.constantFrom(...WORDS), { maxLength: 12 }).map((w) => w.join("")),
  fc.double(),
  fc.integer({ min: -100_000, max: 3_000_000 }),
  fc.date(),
  fc.date({ noInvalidDate: false }),
  fc.boolean(),
  fc.constant(null),
  fc.record({ error: fc.constantFrom("#N/A", "#REF!", "#VALUE!") }),
);

describe("parseDeadline properties", () => {
  it("never throws and always returns a well-formed deadline", () => {
    fc.assert(
      fc.property(cellArb, ctxArb, (v, ctx) => {
        wellFormed(parseDeadline(v, ctx));
      }),
      { numRuns: 3000 },
    );
  });

  it("a month with a cadence and a dated day of another year keeps its start before its due (fast-check, 2026-12-05)", () => {
    wellFormed(parseDeadline("ноябрь15ежеквартально30.11.2023", { documentYear: 2024 }));
  });

  it("copes with very long and repetitive text", () => {
    fc.assert(
      fc.property(fc.constantFrom(...WORDS), fc.integer({ min: 100, max: 3000 }), (w, n) => {
        wellFormed(parseDeadline(`${w} `.repeat(n)));
      }),
      { numRuns: 50 },
    );
  });
});

// Generated deadlines of every shape parseDeadline produces, for the format → parse round trip.
// Up to 2090 so that ranges (≤ 5 years) stay within the supported years (2000–2099).
const yearArb = fc.integer({ min: 2000, max: 2090 });
const dayArb = fc
  .tuple(yearArb, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }))
  .map(([y, m, d]) => isoDate(y, m, Math.min(d, daysInMonth(y, m))));

type Span = { start: string; due: string };
const monthSpan = fc
  .tuple(yearArb, fc.integer({ min: 1, max: 12 }))
  .map(([y, m]): Span => ({ start: isoDate(y, m, 1), due: monthEnd(y, m) }));
const quarterSpan = fc
  .tuple(yearArb, fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 3 }))
  .map(([y, q, k]): Span => ({ start: quarterStart(y, q), due: quarterEnd(y, Math.min(4, q + k)) }));
const halfSpan = fc
  .tuple(yearArb, fc.constantFrom(1, 2))
  .map(([y, h]): Span =>
    h === 1 ? { start: `${y}-01-01`, due: `${y}-06-30` } : { start: `${y}-07-01`, due: `${y}-12-31` },
  );
const yearSpan = yearArb.map((y): Span => ({ start: `${y}-01-01`, due: `${y}-12-31` }));
const yearsSpan = fc
  .tuple(yearArb, fc.integer({ min: 1, max: 5 }))
  .map(([y, k]): Span => ({ start: `${y}-01-01`, due: `${y + k}-12-31` }));
const schoolSpan = yearArb.map((y): Span => ({ start: `${y}-09-01`, due: `${y + 1}-08-31` }));
const daysInOneMonth = fc
  .tuple(
    yearArb,
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 30 }),
    fc.integer({ min: 1, max: 30 }),
  )
  .map(([y, m, a, b]): Span => {
    const n = daysInMonth(y, m);
    const d1 = Math.min(a, n - 1);
    const d2 = Math.max(d1 + 1, Math.min(b, n));
    return { start: isoDate(y, m, d1), due: isoDate(y, m, d2) };
  });
const anySpan = fc
  .tuple(dayArb, dayArb)
  .filter(([a, b]) => a < b)
  .map(([a, b]): Span => ({ start: a, due: b }));
const monthRange = fc
  .tuple(yearArb, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 24 }))
  .map(([y, m, k]): Span => {
    const end = new Date(Date.UTC(y, m - 1 + k, 1));
    return { start: isoDate(y, m, 1), due: monthEnd(end.getUTCFullYear(), end.getUTCMonth() + 1) };
  });

const cadenceArb = fc.constantFrom<Cadence>("monthly", "quarterly", "half-yearly", "yearly", "as-needed");

const deadlineArb: fc.Arbitrary<Deadline> = fc.oneof(
  dayArb.map((due) => ({ ...blankDeadline("date"), due })),
  dayArb.map((due) => ({ ...blankDeadline("by-date"), due })),
  fc
    .oneof(
      monthSpan,
      quarterSpan,
      halfSpan,
      yearSpan,
      yearsSpan,
      schoolSpan,
      daysInOneMonth,
      anySpan,
      monthRange,
    )
    .map((s) => ({ ...blankDeadline("period"), ...s })),
  fc
    .tuple(cadenceArb, dayArb)
    .map(([cadence, due]) => ({ ...blankDeadline("recurring"), cadence, due, start: due })),
  fc
    .tuple(cadenceArb, fc.oneof(monthSpan, quarterSpan, halfSpan, yearSpan, schoolSpan, daysInOneMonth))
    .map(([cadence, s]) => ({ ...blankDeadline("recurring"), cadence, ...s })),
  fc
    .tuple(
      fc.integer({ min: -1, max: 1 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 28 }),
      // Y−1 stays within the supported years.
      fc.integer({ min: 2001, max: 2090 }),
    )
    .map(([yearOffset, month, day, y]) => {
      const relative = { yearOffset, month, day };
      return { ...blankDeadline("relative"), relative, due: resolveRelative(relative, y) };
    }),
  fc.constant(blankDeadline("on-request")),
  fc.constant(blankDeadline("external-schedule")),
);

describe("formatDeadline → parseDeadline round trip", () => {
  it("reads back the same kind, due, start and cadence", () => {
    fc.assert(
      fc.property(deadlineArb, (d) => {
        const text = formatDeadline(d, "ru");
        const back = parseDeadline(text);
        expect(readBackView(text, back)).toEqual(readBackView(text, d));
        if (d.kind === "relative") expect(back.relative).toEqual(d.relative);
        expect(back.yearInferred).toBe(false);
        expect(formatDeadline(d, "en").length).toBeGreaterThan(0);
      }),
      { numRuns: 3000 },
    );
  });
});
