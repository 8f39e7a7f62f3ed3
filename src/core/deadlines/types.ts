/** The structured reading of a «Срок» cell. Dates are ISO calendar days "yyyy-mm-dd". */

export type IsoDate = string;

export type DeadlineKind =
  | "date" // «25 августа 2021 года», «30.11.2023», «31 января»
  | "by-date" // «до 1 февраля 2024 года», «не позднее …»
  | "period" // months, quarters, half-years, a year, ranges, school years
  | "recurring" // a first due date plus a cadence
  | "relative" // tied to the subsidy / target year, resolved when a target year is known
  | "on-request" // «по запросу», «по заявке»
  | "external-schedule" // «согласно графику, направляемому федеральным оператором»
  | "ongoing" // «постоянно», «ежедневно», «в течение всего периода»: work that goes on, with no due day
  | "unknown";

export type Cadence = "monthly" | "quarterly" | "half-yearly" | "yearly" | "as-needed";

/** A rule tied to the year Y of the subsidy / opening: day.month of year Y + yearOffset. */
export interface RelativeRule {
  yearOffset: number;
  month: number; // 1..12
  day: number; // 1..31
}

export interface Deadline {
  kind: DeadlineKind;
  /** The latest acceptable day (end of a period, first due date of a recurring item); null when none can be determined. */
  due: IsoDate | null;
  /** First day of a period or of the first occurrence; null when not applicable. */
  start: IsoDate | null;
  /** Cadence of a recurring deadline («далее – ежеквартально»). */
  cadence: Cadence | null;
  /** Set when the text is written relative to the target year («года, предшествующего году получения субсидии», «года Y»). */
  relative: RelativeRule | null;
  /** The input as text (Excel dates and Date cells rendered dd.mm.yyyy). */
  text: string;
  /** [start, end) character span of `text` that the reading used; null when nothing was used. */
  span: [number, number] | null;
  /** 0..1: 1 for an unambiguous date, lower for inferred years, OCR repairs, guesses. */
  confidence: number;
  /** True when the year was not written and came from the context. */
  yearInferred: boolean;
  /** Why the reading is unknown or uncertain (English, for logs and the pane's details). */
  reason: string | null;
  /**
   * The due day of each separately written date, in order, when there are several («август, ноябрь 2027 г.»): one row
   * standing for several occurrences, which may be several items of the form. Null for one date.
   */
  occurrences: IsoDate[] | null;
  /** A term counted from another step of the plan with no date written («за месяц до открытия (п. 13)»); the
   * roadmap resolves it against that step's row (row-deadline.ts). Absent otherwise. */
  event?: EventRef;
}

/** «в течение 3 дней после открытия», «не позднее чем за месяц до открытия Кванториумов (п. 13)». */
export interface EventRef {
  n: number;
  unit: "day" | "week" | "month";
  working: boolean;
  /** 1 after the event, -1 before it. */
  sign: 1 | -1;
  /** The words naming the event, as written after the term. */
  words: string;
  /** The row number written with it («(п. 13)», «см. пункт 2.1»), or null. */
  point: string | null;
}

export interface DeadlineContext {
  /** The roadmap's target year (e.g. 2024 for «на 2024 год»); resolves relative rules and year-less dates. */
  targetYear?: number | null;
  /** The year the document was written in (approval date); fallback for year-less dates. */
  documentYear?: number | null;
  /**
   * The month the plan's year begins in, the year before the target year (9 for a school-year plan «на 2026/2027
   * учебный год»): a day or month written without a year from this month on falls in that earlier year.
   */
  yearFrom?: number | null;
  /** The plan names a school year in its title («на 2026/2027 учебный год»): a bare «в течение года» is that school year. */
  schoolYear?: boolean;
}
