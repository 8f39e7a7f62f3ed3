// Fuzzing the parser and the formatter with years anywhere in 0–9999, random junk and word soup: nothing throws,
// no reading carries a malformed day or one outside the supported years, and format∘parse is a fixed point.
import type { Month } from "date-fns";
import { ru } from "date-fns/locale";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/grid";
import {
  blankDeadline,
  formatDeadline,
  isIsoDate,
  isSupportedYear,
  parseDeadline,
  unsupportedYear,
  type Deadline,
  type DeadlineContext,
} from "../../../src/core/deadlines";
import { readBackView } from "./phrases";

// Month names in the genitive («января»), as dates are written.
const MONTHS = Array.from({ length: 12 }, (_, m) =>
  ru.localize.month(m as Month, { width: "wide", context: "formatting" }),
);

const anyYear = fc.oneof(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1990, max: 2110 }));
const yearText = fc.oneof(
  anyYear.map(String),
  anyYear.map((y) => String(y).padStart(4, "0")),
  fc.integer({ min: 0, max: 99 }).map((y) => String(y).padStart(2, "0")),
);
const dd = fc.integer({ min: 0, max: 35 }).map((d) => String(d).padStart(2, "0"));
const mm = fc.integer({ min: 0, max: 13 }).map((m) => String(m).padStart(2, "0"));

/** Deadline-shaped texts with any year: the forms planners write, filled with anything. */
const datedText = fc.oneof(
  fc.tuple(dd, mm, yearText).map(([d, m, y]) => `${d}.${m}.${y}`),
  fc.tuple(mm, yearText).map(([m, y]) => `в течение ${m}.${y}`),
  fc
    .tuple(fc.integer({ min: 1, max: 31 }), fc.constantFrom(...MONTHS), yearText)
    .map(([d, m, y]) => `не позднее ${d} ${m} ${y} года`),
  fc
    .tuple(fc.integer({ min: 1, max: 31 }), fc.constantFrom(...MONTHS), yearText)
    .map(([d, m, y]) => `«${d}» ${m} ${y} г.`),
  fc
    .tuple(fc.constantFrom("I", "II", "III", "IV", "1", "4"), yearText)
    .map(([q, y]) => `${q} квартал ${y} года`),
  fc.tuple(yearText, yearText).map(([a, b]) => `${a}/${b} учебный год`),
  fc.tuple(yearText, yearText).map(([a, b]) => `${a}–${b} гг.`),
  yearText.map((y) => `в течение ${y} года`),
  yearText.map((y) => `до конца ${y} года`),
  yearText.map(
    (y) =>
      `ежеквартально (до 5 числа месяца, следующего за отчетным кварталом), начиная с IV квартала ${y} г.`,
  ),
  yearText.map((y) => `ежемесячно до 6-го рабочего дня месяца, следующего за отчетным, с декабря ${y} г.`),
  fc
    .tuple(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 1, max: 31 }), yearText)
    .map(([n, d, y]) => `не позднее ${n} рабочих дней после ${d} декабря ${y} г.`),
  fc.tuple(fc.constantFrom(...MONTHS), yearText).map(([m, y]) => `${m.slice(0, -1)}ь – февраль ${y} г.`),
);

const junk = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.string({ unit: "binary" }),
  fc
    .array(
      fc.constantFrom(
        "«",
        "»",
        '"',
        "“",
        "”",
        "до",
        "5",
        "числа",
        "ежемесячно",
        "рабочих",
        "дней",
        "после",
        "года",
        "следующего",
        "за",
        "отчетным",
        "-",
        "0000",
        "9999",
        "2100",
        "1999",
        "00",
        "г.",
      ),
      { maxLength: 16 },
    )
    .map((w) => w.join(" ")),
);

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  datedText,
  junk,
  fc.double(),
  fc.integer({ min: -1_000_000, max: 3_000_000 }),
  fc.date({ noInvalidDate: false }),
);

const ctxArb: fc.Arbitrary<DeadlineContext> = fc.record(
  {
    targetYear: fc.option(fc.oneof(anyYear, fc.integer()), { nil: null }),
    documentYear: fc.option(fc.oneof(anyYear, fc.integer()), { nil: null }),
  },
  { requiredKeys: [] },
);

function daysInRange(d: Deadline): void {
  for (const iso of [d.due, d.start]) {
    if (iso === null) continue;
    expect(isIsoDate(iso), iso).toBe(true);
    expect(isSupportedYear(Number(iso.slice(0, 4))), iso).toBe(true);
  }
  if (d.kind === "unknown") {
    expect([d.due, d.start, d.reason !== null]).toEqual([null, null, true]);
  }
}

describe("fuzzing parseDeadline and formatDeadline", () => {
  it("never throw, and every day read is a real day within the supported years", () => {
    fc.assert(
      fc.property(cell, ctxArb, fc.constantFrom("ru" as const, "en" as const), (v, ctx, lang) => {
        const d = parseDeadline(v, ctx);
        daysInRange(d);
        expect(formatDeadline(d, lang).length).toBeGreaterThan(0);
      }),
      { numRuns: 4000 },
    );
  });

  it("read a written year outside the supported years as nothing at all", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 9999 }),
        (day, month, year) => {
          const text = `${day} ${MONTHS[month - 1]} ${String(year).padStart(4, "0")} года`;
          const d = parseDeadline(text);
          if (isSupportedYear(year)) {
            expect([d.kind, d.due]).toEqual([
              "date",
              `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`,
            ]);
          } else {
            expect([d.kind, d.due, d.reason]).toEqual(["unknown", null, unsupportedYear(year)!.en]);
            // A target year must not stand in for the refused written one.
            expect(parseDeadline(text, { targetYear: 2027 }).kind).toBe("unknown");
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("format∘parse is a fixed point: the canonical text reads back to the same deadline and the same text", () => {
    fc.assert(
      fc.property(fc.oneof(datedText, junk), ctxArb, (v, ctx) => {
        const d = parseDeadline(v, ctx);
        // Canonical texts carry written years: a relative rule without its date or an undated reading has none.
        if (d.due === null || d.relative !== null) return;
        const text = formatDeadline(d, "ru");
        const back = parseDeadline(text);
        expect(readBackView(text, back)).toEqual(readBackView(text, d));
        expect(formatDeadline(back, "ru")).toBe(text);
      }),
      { numRuns: 4000 },
    );
  });

  it("the formatter refuses exactly the days outside the supported years, with the parser's reason", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("date" as const, "by-date" as const, "period" as const, "recurring" as const),
        fc.integer({ min: 1000, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        (kind, year, month, day) => {
          const iso = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
          const d = {
            ...blankDeadline(kind),
            due: iso,
            cadence: kind === "recurring" ? ("yearly" as const) : null,
          };
          const why = unsupportedYear(year);
          if (why) expect(() => formatDeadline(d, "ru")).toThrow(new RangeError(why.en));
          else expect(formatDeadline(d, "en").length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
