// The Russian working-day calendar: fixed public holidays (ТК РФ ст. 112) and, per year, the official transfers
// of days off, kept as data in ru-calendar.json and validated on load.
import { addDays, eachDayOfInterval, format, getDay } from "date-fns";
import { ru } from "date-fns/locale";
import { z } from "zod";
import { fromIso, isIsoDate, toIso } from "../deadlines/dates";
import type { IsoDate } from "../deadlines/types";
import type { Bilingual } from "../lang";
import raw from "./ru-calendar.json";

const Iso = z.string().refine(isIsoDate, "not an ISO calendar day (yyyy-mm-dd)");

const YearSchema = z.object({
  year: z.number().int().min(2000).max(2100),
  /** False while the government has not published the year's transfers: only fixed holidays are known. */
  transfersKnown: z.boolean(),
  decree: z.string().nullable(),
  daysOff: z.array(z.object({ date: Iso, from: Iso })),
  workingWeekends: z.array(z.object({ date: Iso, for: Iso })),
  decreeDaysOff: z.array(z.object({ from: Iso, to: Iso, ru: z.string().min(1), en: z.string().min(1) })),
});

const CalendarSchema = z
  .object({
    country: z.literal("RU"),
    source: z.string().min(1),
    fixedHolidays: z.array(
      z.object({
        month: z.number().int().min(1).max(12),
        days: z.array(z.number().int().min(1).max(31)).min(1),
        ru: z.string().min(1),
        en: z.string().min(1),
      }),
    ),
    years: z.array(YearSchema),
  })
  .superRefine((cal, ctx) => {
    const seen = new Set<number>();
    const weekday = (iso: string) => {
      const d = getDay(fromIso(iso));
      return d !== 0 && d !== 6;
    };
    const fixed = new Set(cal.fixedHolidays.flatMap((h) => h.days.map((d) => `${h.month}-${d}`)));
    const isFixed = (iso: string) => fixed.has(`${Number(iso.slice(5, 7))}-${Number(iso.slice(8, 10))}`);
    for (const y of cal.years) {
      if (seen.has(y.year)) ctx.addIssue({ code: "custom", message: `year ${y.year} listed twice` });
      seen.add(y.year);
      const inYear = (iso: string) => iso.startsWith(`${y.year}-`);
      if (!y.transfersKnown && (y.daysOff.length > 0 || y.workingWeekends.length > 0)) {
        ctx.addIssue({ code: "custom", message: `${y.year}: transfers listed for a year marked unknown` });
      }
      for (const t of y.daysOff) {
        // A transferred day off lands on a weekday that is not already a holiday.
        if (!inYear(t.date) || !weekday(t.date) || isFixed(t.date)) {
          ctx.addIssue({
            code: "custom",
            message: `${y.year}: day off ${t.date} is not a working weekday of the year`,
          });
        }
      }
      for (const w of y.workingWeekends) {
        if (!inYear(w.date) || weekday(w.date)) {
          ctx.addIssue({
            code: "custom",
            message: `${y.year}: working weekend ${w.date} is not a weekend of the year`,
          });
        }
      }
      for (const r of y.decreeDaysOff) {
        if (!inYear(r.from) || !inYear(r.to) || r.from > r.to) {
          ctx.addIssue({ code: "custom", message: `${y.year}: decree range ${r.from}–${r.to} is wrong` });
        }
      }
    }
  });

export type CalendarData = z.infer<typeof CalendarSchema>;

/** Parses and checks calendar data; throws a ZodError naming the bad entry. Exported for tests. */
export function loadCalendar(data: unknown): CalendarData {
  return CalendarSchema.parse(data);
}

interface Index {
  years: Map<number, z.infer<typeof YearSchema>>;
  holidays: Map<string, Bilingual>;
  daysOff: Map<IsoDate, IsoDate>;
  working: Set<IsoDate>;
  decree: Map<IsoDate, Bilingual>;
}

/**
 * Until the year's decree is out, apply the one transfer the law makes by itself (ТК РФ ст. 112, ч. 2): a holiday
 * falling on a weekend moves to the next working day — except the January ones, which only a decree moves.
 */
function automaticTransfers(cal: CalendarData, year: number): { date: IsoDate; from: IsoDate }[] {
  const fixed = new Set(
    cal.fixedHolidays.flatMap((h) => h.days.map((d) => toIso(new Date(year, h.month - 1, d)))),
  );
  const taken = new Set<IsoDate>();
  const out: { date: IsoDate; from: IsoDate }[] = [];
  for (const h of cal.fixedHolidays) {
    if (h.month === 1) continue;
    for (const day of h.days) {
      const date = new Date(year, h.month - 1, day);
      const wd = getDay(date);
      if (wd !== 0 && wd !== 6) continue;
      let next = addDays(date, 1);
      while ([0, 6].includes(getDay(next)) || fixed.has(toIso(next)) || taken.has(toIso(next)))
        next = addDays(next, 1);
      taken.add(toIso(next));
      out.push({ date: toIso(next), from: toIso(date) });
    }
  }
  return out;
}

function buildIndex(cal: CalendarData): Index {
  const idx: Index = {
    years: new Map(),
    holidays: new Map(),
    daysOff: new Map(),
    working: new Set(),
    decree: new Map(),
  };
  for (const h of cal.fixedHolidays)
    for (const d of h.days) idx.holidays.set(`${h.month}-${d}`, { ru: h.ru, en: h.en });
  for (const y of cal.years) {
    idx.years.set(y.year, y);
    if (!y.transfersKnown) for (const t of automaticTransfers(cal, y.year)) idx.daysOff.set(t.date, t.from);
    for (const t of y.daysOff) idx.daysOff.set(t.date, t.from);
    for (const w of y.workingWeekends) idx.working.add(w.date);
    for (const r of y.decreeDaysOff) {
      for (const d of eachDayOfInterval({ start: fromIso(r.from), end: fromIso(r.to) })) {
        idx.decree.set(toIso(d), { ru: r.ru, en: r.en });
      }
    }
  }
  return idx;
}

const INDEX = buildIndex(loadCalendar(raw));

const WEEKDAY: Record<number, Bilingual> = {
  0: { ru: "воскресенье", en: "Sunday" },
  6: { ru: "суббота", en: "Saturday" },
};

/** Why a day is not a working day (weekend, holiday, transferred day off, decree); null for a working day. */
export function nonWorkingReason(iso: IsoDate): Bilingual | null {
  if (!isIsoDate(iso)) throw new RangeError(`Not an ISO calendar day: ${iso}`);
  const holiday = INDEX.holidays.get(`${Number(iso.slice(5, 7))}-${Number(iso.slice(8, 10))}`);
  if (holiday)
    return { ru: `нерабочий праздничный день: ${holiday.ru}`, en: `public holiday: ${holiday.en}` };
  if (INDEX.working.has(iso)) return null;
  const from = INDEX.daysOff.get(iso);
  if (from) {
    const f = fromIso(from);
    return {
      ru: `выходной день, перенесённый с ${format(f, "d MMMM yyyy", { locale: ru })} года`,
      en: `day off transferred from ${format(f, "d MMMM yyyy")}`,
    };
  }
  const decree = INDEX.decree.get(iso);
  if (decree) return decree;
  const wd = WEEKDAY[getDay(fromIso(iso))];
  if (wd) return { ru: `выходной день (${wd.ru})`, en: `weekend (${wd.en})` };
  return null;
}

export function isWorkingDay(iso: IsoDate): boolean {
  return nonWorkingReason(iso) === null;
}

/** The first working day on or after iso (a deadline falling on a day off moves there, ГК РФ ст. 193). */
export function nextWorkingDay(iso: IsoDate): IsoDate {
  let d = fromIso(iso);
  for (let i = 0; i < 60 && !isWorkingDay(toIso(d)); i++) d = addDays(d, 1);
  return toIso(d);
}

export interface CalendarCoverage {
  year: number;
  /** The year is in the data: its fixed holidays apply. */
  covered: boolean;
  /** The official transfers of days off for the year are in the data. */
  transfersKnown: boolean;
  decree: string | null;
}

export function calendarCoverage(year: number): CalendarCoverage {
  const y = INDEX.years.get(year);
  return { year, covered: !!y, transfersKnown: y?.transfersKnown ?? false, decree: y?.decree ?? null };
}

/** The years the calendar data covers, ascending. */
export function coveredYears(): number[] {
  return [...INDEX.years.keys()].sort((a, b) => a - b);
}
