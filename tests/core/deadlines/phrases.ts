// The phrase table shared by the parser tests and bench/deadlines.bench.ts. Expected values were worked out
// by hand from each phrase (calendar facts: 2024 is a leap year; Q2 = April–June; a school year runs
// 1 September – 31 August), not taken from the parser's output.
import type { CellValue } from "../../../src/core/grid";
import type {
  Cadence,
  Deadline,
  DeadlineContext,
  DeadlineKind,
  IsoDate,
  RelativeRule,
} from "../../../src/core/deadlines/types";

export interface Expected {
  kind: DeadlineKind;
  due: IsoDate | null;
  /** Defaults to null. */
  start?: IsoDate | null;
  cadence?: Cadence | null;
  relative?: RelativeRule | null;
  yearInferred?: boolean;
}

/** The fields a phrase's expected reading pins, read off a parsed deadline. */
export function readingOf(d: Deadline): Required<Expected> {
  return {
    kind: d.kind,
    due: d.due,
    start: d.start,
    cadence: d.cadence,
    relative: d.relative,
    yearInferred: d.yearInferred,
  };
}

/** An expected reading with its defaults filled in, comparable with readingOf. */
export function expectedReading(e: Expected): Required<Expected> {
  return {
    kind: e.kind,
    due: e.due,
    start: e.start ?? null,
    cadence: e.cadence ?? null,
    relative: e.relative ?? null,
    yearInferred: e.yearInferred ?? false,
  };
}

/** What a canonical text must read back to: the text with the kind, due, start and cadence. */
export function readBackView(text: string, d: Pick<Deadline, "kind" | "due" | "start" | "cadence">) {
  return { text, kind: d.kind, due: d.due, start: d.start, cadence: d.cadence };
}

export interface PhraseCase {
  input: CellValue;
  ctx?: DeadlineContext;
  /** Where the phrase comes from: "seed 000" … "seed 004", "template", "canonical", "hand". */
  source: string;
  expect: Expected;
  /**
   * The parser's reading differs from the expected one and is left so, with why: the phrase keeps its hand-written
   * reading and is scored by the bench as wrong, but is not pinned (real-phrases.test.ts checks it still differs).
   */
  left?: string;
}

const C20 = { targetYear: 2021, documentYear: 2020 };
const C24 = { targetYear: 2024, documentYear: 2023 };
const C25 = { targetYear: 2025, documentYear: 2024 };
const C27 = { targetYear: 2027, documentYear: 2026 };

const date = (due: IsoDate | null, yearInferred = false): Expected => ({ kind: "date", due, yearInferred });
const by = (due: IsoDate | null, yearInferred = false): Expected => ({ kind: "by-date", due, yearInferred });
const period = (start: IsoDate | null, due: IsoDate | null, yearInferred = false): Expected => ({
  kind: "period",
  start,
  due,
  yearInferred,
});
const every = (
  cadence: Cadence,
  start: IsoDate | null,
  due: IsoDate | null,
  yearInferred = false,
): Expected => ({
  kind: "recurring",
  cadence,
  start,
  due,
  yearInferred,
});
const rel = (yearOffset: number, month: number, day: number): RelativeRule => ({ yearOffset, month, day });
const EXT: Expected = { kind: "external-schedule", due: null };
const REQ: Expected = { kind: "on-request", due: null };
// Ongoing work has no due day (the blind corpus authors' reading, four of them, and the corpus README's rule).
const ONGOING: Expected = { kind: "ongoing", due: null };
const UNK: Expected = { kind: "unknown", due: null };

const seed = (n: string, input: CellValue, expect: Expected, ctx?: DeadlineContext): PhraseCase => ({
  input,
  expect,
  source: `seed ${n}`,
  ...(ctx ? { ctx } : {}),
});
const tpl = (input: CellValue, expect: Expected, ctx?: DeadlineContext): PhraseCase => ({
  input,
  expect,
  source: "template",
  ...(ctx ? { ctx } : {}),
});
const canon = (input: string, expect: Expected): PhraseCase => ({ input, expect, source: "canonical" });
const hand = (input: CellValue, expect: Expected, ctx?: DeadlineContext): PhraseCase => ({
  input,
  expect,
  source: "hand",
  ...(ctx ? { ctx } : {}),
});

export const PHRASES: PhraseCase[] = [
  // Seed 000: Smolensk 2024 matrix (approved in 2023); the «Дата» column.
  seed("000", "30.11.2023", date("2023-11-30"), C24),
  seed("000", "29.12.2023", date("2023-12-29"), C24),
  seed("000", "31 января", date("2024-01-31", true), C24),
  seed("000", "1 февраля", date("2024-02-01", true), C24),
  seed("000", "1 марта", date("2024-03-01", true), C24),
  seed("000", "30 июня", date("2024-06-30", true), C24),
  seed("000", "25 августа", date("2024-08-25", true), C24),
  seed("000", "1 сентября", date("2024-09-01", true), C24),
  seed("000", "1 октября", date("2024-10-01", true), C24),
  seed("000", "30 ноября", date("2024-11-30", true), C24),
  seed("000", "1 декабря", date("2024-12-01", true), C24),

  // Seed 001: Vladimir, Точка роста 2021 (act of 10.12.2020).
  seed("001", "18 декабря 2020 года", date("2020-12-18"), C20),
  seed("001", "Согласно отдельному графику", EXT, C20),
  seed(
    "001",
    "30 декабря 2020 года, далее - по необходимости",
    every("as-needed", "2020-12-30", "2020-12-30"),
    C20,
  ),
  seed("001", "1 марта 2021 года", date("2021-03-01"), C20),
  seed("001", "25 августа 2021 года", date("2021-08-25"), C20),
  seed("001", "25 августа 2021 года, далее - ежегодно", every("yearly", "2021-08-25", "2021-08-25"), C20),
  seed("001", "1 сентября 2021 года", date("2021-09-01"), C20),
  seed(
    "001",
    "1 октября 2021 года, далее – ежеквартально",
    every("quarterly", "2021-10-01", "2021-10-01"),
    C20,
  ),

  // Seed 002: Leningrad, Школьный Кванториум 2024.
  seed("002", "29 декабря 2023 года", date("2023-12-29"), C24),
  seed("002", "Согласно графику, направляемому федеральным оператором", EXT, C24),
  seed("002", "до 1 февраля 2024 года", by("2024-02-01"), C24),
  seed("002", "1 марта 2024 года", date("2024-03-01"), C24),
  seed("002", "не позднее 15 февраля 2024 года", by("2024-02-15"), C24),
  seed("002", "не позднее 30 июня 2024 года", by("2024-06-30"), C24),
  seed("002", "не позднее 25 августа 2024 года", by("2024-08-25"), C24),
  seed("002", "не позднее\n25 августа 2024 года", by("2024-08-25"), C24),
  seed("002", "В течение 2024 года", period("2024-01-01", "2024-12-31"), C24),
  seed("002", "не позднее 15 сентября 2024года", by("2024-09-15"), C24),
  seed(
    "002",
    "не позднее 1 октября 2024 года, далее ежеквартально",
    every("quarterly", "2024-10-01", "2024-10-01"),
    C24,
  ),

  // Seed 003: Smolensk, Школьный Кванториум 2021, deadlines relative to the subsidy year (here 2021).
  seed(
    "003",
    "27 ноября года, предшествующего году получения субсидии",
    { kind: "relative", due: "2020-11-27", relative: rel(-1, 11, 27) },
    C20,
  ),
  seed(
    "003",
    "18 декабря года, предшествующего году получения субсидии",
    { kind: "relative", due: "2020-12-18", relative: rel(-1, 12, 18) },
    C20,
  ),
  seed("003", "согласно графику, направляемому федеральным оператором", EXT, C20),
  seed(
    "003",
    "30 декабря года, предшествующего году получения субсидии, далее – ежегодно (по необходимости)",
    { ...every("yearly", "2020-12-30", "2020-12-30"), relative: rel(-1, 12, 30) },
    C20,
  ),
  seed(
    "003",
    "1 марта года получения субсидии",
    { kind: "relative", due: "2021-03-01", relative: rel(0, 3, 1) },
    C20,
  ),
  seed(
    "003",
    "25 августа года получения субсидии",
    { kind: "relative", due: "2021-08-25", relative: rel(0, 8, 25) },
    C20,
  ),
  seed(
    "003",
    "1 сентября года получения субсидии",
    { kind: "relative", due: "2021-09-01", relative: rel(0, 9, 1) },
    C20,
  ),
  seed(
    "003",
    "1 октября года получения субсидии, далее – ежеквартально",
    { ...every("quarterly", "2021-10-01", "2021-10-01"), relative: rel(0, 10, 1) },
    C20,
  ),
  // The same rules without a target year: the rule is known, the date is not.
  seed("003", "27 ноября года, предшествующего году получения субсидии", {
    kind: "relative",
    due: null,
    relative: rel(-1, 11, 27),
  }),
  seed("003", "1 марта года получения субсидии", { kind: "relative", due: null, relative: rel(0, 3, 1) }),
  seed("003", "1 октября года получения субсидии, далее – ежеквартально", {
    ...every("quarterly", null, null),
    relative: rel(0, 10, 1),
  }),

  // Seed 004: Smolensk unified plan 2023/2024, OCR of a scan; «Сроки проведения».
  seed("004", "Ноябрь 2023 г .-  \nфевраль 2024 г.", period("2023-11-01", "2024-02-29"), C24),
  seed("004", "В соответствии с \nграфиком проведения \nолимпиад", EXT, C24),
  seed("004", "Ноябрь-декабрь 2023 г.", period("2023-11-01", "2023-12-31"), C24),
  seed(
    "004",
    "1 полугодие 2024 г.\n(в соответствии с \nутвержденным планом- \nграфиком)",
    period("2024-01-01", "2024-06-30"),
    C24,
  ),
  seed("004", "В течение года по \nзапросу", REQ, C24),
  seed("004", "Октябрь 2023「 .", period("2023-10-01", "2023-10-31"), C24),
  seed("004", "В течение года по \nзаявке", REQ, C24),
  seed("004", "апрель 2024 г.", period("2024-04-01", "2024-04-30"), C24),
  seed("004", "В сроки, определяемые \nорганизаторами \nмероприятий", EXT, C24),
  seed("004", "с ноября 2023 г. \nежеквартально", every("quarterly", "2023-11-01", "2023-11-30"), C24),
  seed("004", "октябрь 2023 г.", period("2023-10-01", "2023-10-31"), C24),
  seed("004", "В сроки, определяемые \nФГАОУ ДНО \n«Академия \nМинпросвещения \nРоссии»", EXT, C24),
  seed("004", "В сроки, определяемые \nФГЛОУ ДПО \n«Академия \nМинпросвещения \nРоссии»", EXT, C24),
  seed("004", "ежеквартально", every("quarterly", null, null), C24),
  seed("004", "Октябрь-ноябрь 2023г.", period("2023-10-01", "2023-11-30"), C24),
  seed("004", "с октября 2023 г. \nежемесячно", every("monthly", "2023-10-01", "2023-10-31"), C24),
  seed(
    "004",
    "декабрь 2023 г., далее -  \nежеквартально по \nустановленному \nграфику",
    every("quarterly", "2023-12-01", "2023-12-31"),
    C24,
  ),
  seed("004", "ежемесячно", every("monthly", null, null), C24),
  seed("004", "Октябрь 2023 г.", period("2023-10-01", "2023-10-31"), C24),
  seed("004", 'Ноябрь 2023 I".', period("2023-11-01", "2023-11-30"), C24),
  seed("004", "ноябрь 2023 г. \n(далее. ежеквартально)", every("quarterly", "2023-11-01", "2023-11-30"), C24),
  seed("004", "2 квартал 2024 г.", period("2024-04-01", "2024-06-30"), C24),
  seed("004", "март 2024 г.", period("2024-03-01", "2024-03-31"), C24),
  seed("004", "Сентябрь-декабрь \n2023 г.", period("2023-09-01", "2023-12-31"), C24),
  seed("004", "Апрель 2024 г.", period("2024-04-01", "2024-04-30"), C24),
  seed("004", "Август 2024 г.", period("2024-08-01", "2024-08-31"), C24),
  seed("004", "Ноябрь 2023 г.", period("2023-11-01", "2023-11-30"), C24),
  seed("004", "Февраль-май 2024 г.", period("2024-02-01", "2024-05-31"), C24),
  seed("004", "В течение года по \nспециальному графику", EXT, C24),
  seed(
    "004",
    "1-2 квартал 2024 г. (по \nзаявкам в соответствии \nс [ рафиком курсов \nповышения \nквалификации)",
    period("2024-01-01", "2024-06-30"),
    C24,
  ),
  seed("004", "1 квартал 2024 г.", period("2024-01-01", "2024-03-31"), C24),
  seed("004", "Февраль 2024 г.", period("2024-02-01", "2024-02-29"), C24),
  seed(
    "004",
    "с января по май 2024 г. \n(в соответствии с \nграфиком)",
    period("2024-01-01", "2024-05-31"),
    C24,
  ),
  seed("004", "июнь 2024 г.", period("2024-06-01", "2024-06-30"), C24),
  seed("004", "2023/2024 учебный год", period("2023-09-01", "2024-08-31"), C24),

  // Template-variable notation (Y = the subsidy / target year).
  tpl("до 1 марта года Y", { ...by("2027-03-01"), relative: rel(0, 3, 1) }, C27),
  tpl("до 1 марта года Y", { ...by(null), relative: rel(0, 3, 1) }),
  tpl("не позднее 1 марта года Y", { ...by("2027-03-01"), relative: rel(0, 3, 1) }, C27),
  tpl("27 ноября года Y-1", { kind: "relative", due: "2026-11-27", relative: rel(-1, 11, 27) }, C27),
  tpl("27 ноября года Y−1", { kind: "relative", due: "2026-11-27", relative: rel(-1, 11, 27) }, C27),
  tpl("27 ноября года Y - 1", { kind: "relative", due: "2026-11-27", relative: rel(-1, 11, 27) }, C27),
  tpl(
    "27 ноября года, предшествующего году Y",
    { kind: "relative", due: "2026-11-27", relative: rel(-1, 11, 27) },
    C27,
  ),
  tpl(
    "1 марта года получения субсидии",
    { kind: "relative", due: "2027-03-01", relative: rel(0, 3, 1) },
    C27,
  ),
  tpl(
    "ежеквартально с 1 октября года Y",
    { ...every("quarterly", "2027-10-01", "2027-10-01"), relative: rel(0, 10, 1) },
    C27,
  ),
  tpl(
    "1 октября года Y, далее – ежеквартально",
    { ...every("quarterly", "2027-10-01", "2027-10-01"), relative: rel(0, 10, 1) },
    C27,
  ),
  tpl("в течение года Y", { ...period("2027-01-01", "2027-12-31"), relative: rel(0, 12, 31) }, C27),
  tpl("в течение года Y", { ...period(null, null), relative: rel(0, 12, 31) }),
  tpl("по графику федерального оператора", EXT, C27),
  tpl("1 марта года Y+1", { kind: "relative", due: "2028-03-01", relative: rel(1, 3, 1) }, C27),
  tpl("1 марта Y года", { kind: "relative", due: "2027-03-01", relative: rel(0, 3, 1) }, C27),
  tpl(
    "30 декабря года Y-1, далее – ежегодно",
    { ...every("yearly", "2026-12-30", "2026-12-30"), relative: rel(-1, 12, 30) },
    C27,
  ),
  tpl(
    "27 ноября года, предшествующего году открытия центра",
    { kind: "relative", due: "2024-11-27", relative: rel(-1, 11, 27) },
    C25,
  ),
  tpl(
    "1 марта года, следующего за годом получения субсидии",
    { kind: "relative", due: "2026-03-01", relative: rel(1, 3, 1) },
    C25,
  ),
  // 29 February has no place in 2027: the rule falls back to the month's last day.
  tpl("29 февраля года Y", { kind: "relative", due: "2027-02-28", relative: rel(0, 2, 29) }, C27),
  tpl("до конца года Y", { ...by("2027-12-31"), relative: rel(0, 12, 31) }, C27),
  tpl("1 квартал года Y", { ...period("2027-01-01", "2027-03-31"), relative: rel(0, 3, 31) }, C27),
  tpl("18 декабря года, предшествующего году получения субсидии", {
    kind: "relative",
    due: null,
    relative: rel(-1, 12, 18),
  }),
  tpl(
    "в течение года получения субсидии",
    { ...period("2025-01-01", "2025-12-31"), relative: rel(0, 12, 31) },
    C25,
  ),
  tpl(
    "27 ноября 2026 года (года, предшествующего году получения субсидии)",
    { kind: "relative", due: "2026-11-27", relative: rel(-1, 11, 27) },
    C27,
  ),

  // Canonical texts formatDeadline writes.
  canon("не позднее 1 марта 2027 года", by("2027-03-01")),
  canon("ежеквартально, начиная с 1 октября 2027 года", every("quarterly", "2027-10-01", "2027-10-01")),
  canon("в течение 2027 года", period("2027-01-01", "2027-12-31")),
  canon("1 квартал 2027 года", period("2027-01-01", "2027-03-31")),
  canon("согласно графику, направляемому федеральным оператором", EXT),
  canon("по запросу", REQ),
  canon("октябрь 2027 года, далее – ежеквартально", every("quarterly", "2027-10-01", "2027-10-31")),
  canon("1–2 кварталы 2027 года", period("2027-01-01", "2027-06-30")),
  canon("2023–2024 годы", period("2023-01-01", "2024-12-31")),
  canon("30 декабря 2026 года, далее – по необходимости", every("as-needed", "2026-12-30", "2026-12-30")),
  canon("с 1 сентября по 15 октября 2027 года", period("2027-09-01", "2027-10-15")),

  // Excel serials (1900 system), Date cells and other cell values.
  hand(45260, date("2023-11-30")),
  hand(45292, date("2024-01-01")),
  hand(45351.5, date("2024-02-29")),
  hand(44197, date("2021-01-01")),
  hand(60, UNK),
  hand(1, UNK),
  hand(2024, period("2024-01-01", "2024-12-31")),
  hand(new Date(Date.UTC(2024, 1, 29)), date("2024-02-29")),
  // Local midnight of 30.11.2023 in Moscow (UTC+3) is 21:00 UTC the day before.
  hand(new Date(Date.UTC(2023, 10, 29, 21, 0)), date("2023-11-30")),
  hand(new Date(Number.NaN), UNK),
  hand(null, UNK),
  hand("", UNK),
  hand("   ", UNK),
  hand(true, UNK),
  hand({ error: "#N/A" }, UNK),

  // Numeric dates typed by hand.
  hand("до 01.02.2024", by("2024-02-01")),
  hand("01.02.2024 г.", date("2024-02-01")),
  hand("1.9.2024", date("2024-09-01")),
  hand("30.11.23", date("2023-11-30")),
  hand("31/12/2024", date("2024-12-31")),
  hand("2024-03-01", date("2024-03-01")),
  hand("до 1.02.24", by("2024-02-01")),
  hand("не позднее 25.08.2024", by("2024-08-25")),
  hand("в срок до 15.03.2024", by("2024-03-15")),
  hand("до 31.12.2024 включительно", by("2024-12-31")),
  hand("30.11.2023 0:00:00", date("2023-11-30")),
  hand("31.01", date("2024-01-31", true), C24),
  hand("31.02.2024", UNK),

  // Quarters, half-years, decades (Arabic, Roman, words).
  hand("II квартал 2024", period("2024-04-01", "2024-06-30")),
  hand("IV квартал 2024 г.", period("2024-10-01", "2024-12-31")),
  hand("III-IV кварталы 2024 года", period("2024-07-01", "2024-12-31")),
  hand("I–II кварталы 2025 года", period("2025-01-01", "2025-06-30")),
  hand("I полугодие 2025 года", period("2025-01-01", "2025-06-30")),
  hand("2 полугодие", period("2024-07-01", "2024-12-31", true), C24),
  hand("во втором полугодии 2024 года", period("2024-07-01", "2024-12-31")),
  hand("в первом квартале 2025 г.", period("2025-01-01", "2025-03-31")),
  hand("1-й квартал 2025 года", period("2025-01-01", "2025-03-31")),
  hand("4 кв. 2024 г.", period("2024-10-01", "2024-12-31")),
  hand("I квартал", period("2025-01-01", "2025-03-31", true), C25),
  hand("1 декада сентября 2024", period("2024-09-01", "2024-09-10")),
  hand("3 декада декабря 2024 г.", period("2024-12-21", "2024-12-31")),
  hand("не позднее II квартала 2024 г.", by("2024-06-30")),
  hand("до конца 1 квартала 2024 года", by("2024-03-31")),
  hand("1 квартал 2024 г. – 4 квартал 2025 г.", period("2024-01-01", "2025-12-31")),

  // Years and school years.
  hand("до конца года", by("2024-12-31", true), C24),
  hand("до конца 2024 года", by("2024-12-31")),
  hand("до конца текущего года", by("2025-12-31", true), C25),
  hand("в течение года", period("2024-01-01", "2024-12-31", true), C24),
  hand("в течение года", period(null, null, true)),
  hand("2024 год", period("2024-01-01", "2024-12-31")),
  hand("в 2025 году", period("2025-01-01", "2025-12-31")),
  hand("на 2025 год", period("2025-01-01", "2025-12-31")),
  hand("2024г", period("2024-01-01", "2024-12-31")),
  hand("2024", period("2024-01-01", "2024-12-31")),
  hand("2024-2025 гг.", period("2024-01-01", "2025-12-31")),
  hand("до 2025 года", by("2024-12-31")),
  hand("2023-2024 учебный год", period("2023-09-01", "2024-08-31")),
  hand("2024/25 уч. год", period("2024-09-01", "2025-08-31")),
  hand("в течение 2024/2025 учебного года", period("2024-09-01", "2025-08-31")),
  hand("2023/2024", period("2023-09-01", "2024-08-31")),

  // Months and ranges.
  hand("сентябрь 2024", period("2024-09-01", "2024-09-30")),
  hand("сентябрь", period("2024-09-01", "2024-09-30", true), C24),
  hand("в сентябре 2024 года", period("2024-09-01", "2024-09-30")),
  hand("до сентября 2024 года", by("2024-08-31")),
  hand("не позднее сентября 2024 года", by("2024-09-30")),
  hand("январь–март 2025 г.", period("2025-01-01", "2025-03-31")),
  hand("янв. 2025", period("2025-01-01", "2025-01-31")),
  hand("сент. 2024 г.", period("2024-09-01", "2024-09-30")),
  hand("декабрь", period("2024-12-01", "2024-12-31", true), C24),
  // No year on «ноябрь»: it is the November before February 2024.
  hand("ноябрь - февраль 2024", period("2023-11-01", "2024-02-29")),
  hand("декабрь 2024 – январь 2025", period("2024-12-01", "2025-01-31")),
  hand("с 1 сентября по 31 декабря 2024 года", period("2024-09-01", "2024-12-31")),
  hand("1 сентября – 31 декабря 2024 г.", period("2024-09-01", "2024-12-31")),
  hand("с 1 по 15 сентября 2024 г.", period("2024-09-01", "2024-09-15")),
  hand("1–15 сентября", period("2024-09-01", "2024-09-15", true), C24),
  hand("11.2024", period("2024-11-01", "2024-11-30")),

  // Day-month dates: cases, year from context, by-dates.
  hand("31 января", date("2023-01-31", true), { documentYear: 2023 }),
  hand("1 сентября", date("2024-09-01", true), C24),
  hand("1 сентября", date(null, true)),
  hand("к 1 сентября 2024 г.", by("2024-09-01")),
  hand("по 31 декабря 2024 года", by("2024-12-31")),
  hand("15 сент. 2024 г.", date("2024-09-15")),
  hand("1-го сентября 2024 года", date("2024-09-01")),
  hand("01 сентября 2024 г.", date("2024-09-01")),
  hand("НЕ ПОЗДНЕЕ 1 МАРТА 2024 ГОДА", by("2024-03-01")),
  hand("1\u00A0марта\u00A02024\u00A0г.", date("2024-03-01")),
  hand("не позднее 1 марта 2024 года", by("2024-03-01")),
  hand("до 1 марта 2024 г.", by("2024-03-01")),
  hand("не позже 20 декабря 2024 года", by("2024-12-20")),
  hand("с 1 сентября 2024 года", date("2024-09-01")),
  hand("1 марта 2024 года, 1 сентября 2024 года", date("2024-09-01")),
  hand("30 июня 2024 г.; 30 декабря 2024 г.", date("2024-12-30")),

  // Footnotes, brackets, OCR debris, typos.
  hand("1 марта 2024 г.*", date("2024-03-01")),
  hand("30.11.2023¹", date("2023-11-30")),
  hand("1 марта 2024 года⁾", date("2024-03-01")),
  hand("не позднее 1 марта 2024 года**", by("2024-03-01")),
  hand("1 марта 2024 года (по согласованию с федеральным оператором)", date("2024-03-01")),
  hand("01.03.2024 (срок может быть перенесен)", date("2024-03-01")),
  // Latin look-alike letters typed inside Russian words («дo», «дeкaбpя», «CEHTЯБPЯ»): read as the Russian ones.
  hand("дo 24 дeкaбpя 2026 г.", by("2026-12-24")),
  hand("дo 25 aвгycтa 2027 г.", by("2027-08-25")),
  hand("HE ПOЗДHEE 1 CEHTЯБPЯ 2027 Г.", by("2027-09-01")),
  hand("coглacнo графику фeдepaльнoгo оператора", EXT),
  hand("2〇24 г.", period("2024-01-01", "2024-12-31")),
  hand("1 марта 2〇24 года", date("2024-03-01")),
  hand("Декабрь 2023「.", period("2023-12-01", "2023-12-31")),
  hand("сентебря 2024", period("2024-09-01", "2024-09-30")),
  hand("1 октяря 2024 года", date("2024-10-01")),
  hand("до 1 феврала 2024 г.", by("2024-02-01")),
  hand("25 авгуса 2024", date("2024-08-25")),
  hand("1 Сентября 2024г.", date("2024-09-01")),
  hand("1 марта 2024 года ", date("2024-03-01")),

  // Cadences.
  hand("далее - ежегодно", every("yearly", null, null)),
  hand("далее – по необходимости", every("as-needed", null, null)),
  hand("по мере необходимости", every("as-needed", null, null)),
  hand("ежеквартально до 5 числа месяца, следующего за отчётным", every("quarterly", null, null)),
  hand("ежегодно до 1 марта", every("yearly", "2025-03-01", "2025-03-01", true), C25),
  hand("ежемесячно, начиная с января 2025 года", every("monthly", "2025-01-01", "2025-01-31")),
  hand("1 раз в квартал", every("quarterly", null, null)),
  hand("раз в полгода", every("half-yearly", null, null)),
  hand("ежеполугодно, начиная с 1 июля 2024 года", every("half-yearly", "2024-07-01", "2024-07-01")),
  hand("ежегодно, 25 августа", every("yearly", "2024-08-25", "2024-08-25", true), C24),

  // Requests and outside schedules.
  hand("по заявке", REQ),
  hand("по запросу Минпросвещения России", REQ),
  hand("по заявкам образовательных организаций", REQ),
  hand("по мере поступления запросов", REQ),
  hand("по требованию", REQ),
  // «в установленные сроки», «по согласованию с поставщиком» name neither a date nor whose schedule sets one.
  hand("в установленные сроки", UNK),
  hand("в определённые сроки", UNK),
  hand("по согласованию с поставщиком", UNK),
  hand("по согласованию", UNK),
  hand("по согласованию с министерством образования", EXT),
  hand("по отдельному графику", EXT),
  hand("согласно плану-графику", EXT),
  hand("по графику", EXT),
  hand("в сроки, установленные Минпросвещения России", EXT),
  hand("в течение 2024 года по запросу", period("2024-01-01", "2024-12-31")),

  // More hand-typed forms: context-relative years, numeric ranges, cadences in brackets.
  hand("1 марта следующего года", date("2025-03-01", true), C24),
  hand("до конца следующего года", by("2025-12-31", true), C24),
  hand("31 декабря отчетного года", date("2024-12-31", true), C24),
  hand("согласно срокам, установленным Минпросвещения России", EXT),
  hand("в соответствии с планом мероприятий", EXT),
  hand("по согласованию с федеральным оператором", EXT),
  hand("с 01.09.2024 по 31.05.2025", period("2024-09-01", "2025-05-31")),
  hand("01.09.2024-31.05.2025", period("2024-09-01", "2025-05-31")),
  hand("I квартал 2024 года, далее – ежеквартально", every("quarterly", "2024-01-01", "2024-03-31")),
  hand("до 25-го августа 2024 г.", by("2024-08-25")),
  hand("в IV квартале 2024 г.", period("2024-10-01", "2024-12-31")),
  hand("до 1 марта 2024 г. (далее – по мере необходимости)", every("as-needed", "2024-03-01", "2024-03-01")),
  hand("сентябрь 2024 года – май 2025 года", period("2024-09-01", "2025-05-31")),
  hand("25 августа 2024 года и далее ежегодно", every("yearly", "2024-08-25", "2024-08-25")),
  hand("31 декабря 2024 г. (далее – ежегодно)", every("yearly", "2024-12-31", "2024-12-31")),
  hand("не позднее 10 числа месяца, следующего за отчетным", UNK),

  // The day in guillemets or quotes, as official documents write it.
  hand("«25» августа 2027 г.", date("2027-08-25")),
  hand('"25" августа 2027 года', date("2027-08-25")),
  hand("“25” августа 2027 г.", date("2027-08-25")),
  hand("« 25 » августа 2027 г.", date("2027-08-25")),
  hand("«25»августа 2027г.", date("2027-08-25")),
  hand("„1“ сентября 2027 г.", date("2027-09-01")),
  hand("не позднее «1» марта 2027 года", by("2027-03-01")),
  hand("до «15» февраля 2027 г.", by("2027-02-15")),
  hand("с «1» сентября по «15» октября 2027 г.", period("2027-09-01", "2027-10-15")),
  hand("«31» января", date("2027-01-31", true), C27),

  // Recurrences with a reporting rule inside, periods, terms counted from an event (2027 calendar: 8 March is a
  // holiday; 6 February 2027 is a Saturday).
  hand(
    "ежеквартально (до 5 числа месяца, следующего за отчетным кварталом), начиная с I квартала 2027 г.",
    every("quarterly", "2027-01-01", "2027-04-05"),
  ),
  hand(
    "ежеквартально, до 5 числа месяца, следующего за отчетным кварталом, начиная с IV квартала 2027 г.",
    every("quarterly", "2027-10-01", "2028-01-05"),
  ),
  // A first day written as a day stays the first due date; the rule governs the later reports.
  hand(
    "ежеквартально, начиная с 1 октября 2027 года (до 5 числа месяца, следующего за отчетным кварталом)",
    every("quarterly", "2027-10-01", "2027-10-01"),
  ),
  // Without a first period the reports' start is not written (a monthly report may run «с марта по август»): no first
  // due date is invented from the target year, as the corpus truth reads these rows (tests/corpus/README.md).
  hand("ежемесячно до 5 числа", every("monthly", null, null), C27),
  hand("ежемесячно до 5 числа", every("monthly", null, null)),
  hand("ежемесячно до 10 числа месяца, следующего за отчетным", every("monthly", null, null), C27),
  hand(
    "ежеквартально до 5 числа месяца, следующего за отчетным кварталом",
    every("quarterly", null, null),
    C27,
  ),
  hand(
    "ежемесячно до 6-го рабочего дня месяца, следующего за отчетным, начиная с января 2027 г.",
    every("monthly", "2027-01-01", "2027-02-08"),
    C27,
  ),
  hand("ежегодно до 1 февраля", every("yearly", "2027-02-01", "2027-02-01", true), C27),
  hand(
    "ежегодно до 1 февраля года, следующего за отчетным",
    every("yearly", "2028-02-01", "2028-02-01", true),
    C27,
  ),
  hand("31 декабря года, следующего за отчетным", date("2028-12-31", true), C27),
  hand("сентябрь – октябрь 2025 г.", period("2025-09-01", "2025-10-31")),
  hand("в течение I полугодия 2027 г.", period("2027-01-01", "2027-06-30")),
  hand("до конца 2027 года", by("2027-12-31")),
  hand("не позднее 10 рабочих дней после подписания соглашения", UNK),
  // «по итогам квартала» naming no quarter reports after every quarter; a named quarter stays that quarter.
  hand("по итогам квартала", every("quarterly", null, null)),
  hand("по итогам каждого месяца", every("monthly", null, null)),
  hand("по итогам полугодия", every("half-yearly", null, null)),
  hand("по итогам I квартала 2027 г.", period("2027-01-01", "2027-03-31")),
  hand("не позднее 10 рабочих дней после 1 марта 2027 г.", by("2027-03-16")),
  hand("в течение 30 дней со дня 1 сентября 2027 года", by("2027-10-01")),
  // A term from an undated step capped by a bound: the bound is the due day, not a day to count from.
  hand(
    "в течение 5 рабочих дней после определения ответственного лица, но не позднее 29.12.2026",
    by("2026-12-29"),
  ),

  // Half-months as school planners write them: the first half is due on the 15th, the second on the month's last day.
  hand("первая половина декабря 2026 г.", period("2026-12-01", "2026-12-15")),
  hand("вторая половина декабря 2026 г.", period("2026-12-16", "2026-12-31")),
  hand("в первой половине августа 2027 года", period("2027-08-01", "2027-08-15")),
  hand("1-я половина февраля 2027 г.", period("2027-02-01", "2027-02-15")),
  hand("во второй половине февраля 2027 г.", period("2027-02-16", "2027-02-28")),
  hand("январь – первая половина февраля 2027 г.", period("2027-01-01", "2027-02-15")),
  hand("до середины декабря 2026 г.", by("2026-12-15")),
  hand("середина марта 2027 г.", date("2027-03-15")),
  hand("вторая половина сентября", period("2026-09-16", "2026-09-30", true), { ...C27, yearFrom: 9 }),

  // A deadline moved, the new date written beside the old one: the new date is the deadline now.
  hand("до 15.07.2027 перенесено на 20.08.2027 (продление ремонтных работ)", by("2027-08-20")),
  hand("до 1 июня 2027 г. (срок перенесён на 25 августа 2027 г. письмом)", by("2027-08-25")),
  hand("до 30.06.2027; срок изменён на 25.08.2027 (дополнительное соглашение)", by("2027-08-25")),
  hand("до 30.06.2027, продлён до 15.08.2027", by("2027-08-15")),
  // A month with its day given as «(до 25 числа)»: that day of the month, as «(до 25 августа)».
  hand("август 2027 г. (до 25 числа)", period("2027-08-01", "2027-08-25")),
  hand("декабрь 2026 г. (не позднее 20 числа)", period("2026-12-01", "2026-12-20")),
  hand("июль – август 2027 г. (до 25 числа)", period("2027-07-01", "2027-08-25")),
  // The first occurrence's bracketed «до» day bounds it, as it bounds a period without a cadence.
  hand("октябрь 2027 г. (до 1 октября), далее ежеквартально", every("quarterly", "2027-10-01", "2027-10-01")),
  hand(
    "декабрь 2026 г. (не позднее 20 декабря), далее – ежемесячно",
    every("monthly", "2026-12-01", "2026-12-20"),
  ),

  // «не реже 1 раза в месяц»: a floor on the frequency is the cadence; no first date is named.
  hand("не реже 1 раза в месяц", every("monthly", null, null)),
  hand("не реже одного раза в квартал", every("quarterly", null, null)),
  hand("не реже 1 раза в полугодие", every("half-yearly", null, null)),
  hand("не реже одного раза в год", every("yearly", null, null)),
  // A school's quarter («четверть») as a cadence: once a school term, no first date named.
  hand("1 раз в четверть", every("quarterly", null, null)),
  hand("ежечетвертно", every("quarterly", null, null)),
  hand("по итогам каждой четверти", every("quarterly", null, null)),

  // A cadence over a written span recurs inside it: first due at the end of its first period there.
  hand("ежеквартально в течение 2027 г.", every("quarterly", "2027-01-01", "2027-03-31")),
  hand("ежемесячно в течение 2027 года", every("monthly", "2027-01-01", "2027-01-31")),
  hand("ежеквартально в течение 2026/2027 учебного года", every("quarterly", "2026-09-01", "2026-09-30")),
  hand("в течение 2027 года ежеполугодно", every("half-yearly", "2027-01-01", "2027-06-30")),
  // A yearly day with its first year written apart: «(первый – 27.12.2024)», «начиная с 2024 года».
  hand("ежегодно, до 27 декабря (первый – 27.12.2024)", every("yearly", "2024-12-27", "2024-12-27"), C25),
  hand("ежегодно до 27 декабря, начиная с 2024 года", every("yearly", "2024-12-27", "2024-12-27"), C25),
  // So does a cadence over a span of whole years, «в течение» or not: a multi-year roadmap's yearly step.
  hand("ежегодно, 2025–2030 гг.", every("yearly", "2025-01-01", "2025-12-31")),
  hand("ежегодно, в течение года, 2025–2030 гг.", every("yearly", "2025-01-01", "2025-12-31")),
  hand("ежеквартально, 2027–2029 годы", every("quarterly", "2027-01-01", "2027-03-31")),
  // A cadence written before a range of months longer than one of its periods recurs over the range.
  hand("ежемесячно, сентябрь 2026 г. – май 2027 г.", every("monthly", "2026-09-01", "2026-09-30")),
  hand("ежемесячно с сентября 2026 г. по май 2027 г.", every("monthly", "2026-09-01", "2026-09-30")),
  hand("ежеквартально, январь – декабрь 2027 г.", every("quarterly", "2027-01-01", "2027-03-31")),
  // A range no longer than one period is the occurrence; a range written first is the first occurrence.
  hand("ежегодно, ноябрь 2027 г. – февраль 2028 г.", every("yearly", "2027-11-01", "2028-02-29")),
  hand("ежеквартально, октябрь – декабрь 2027 г.", every("quarterly", "2027-10-01", "2027-12-31")),
  hand("сентябрь – ноябрь 2027 г., далее ежемесячно", every("monthly", "2027-09-01", "2027-11-30")),

  // Nothing to read.
  hand("уточняется", UNK),
  hand("-", UNK),
  hand("???", UNK),
  hand("после 1 сентября 2024 г.", UNK),
  hand("не ранее 1 марта 2024 года", UNK),
  hand("30 февраля 2024 года", UNK),
  hand("12345", UNK),
  hand("когда-нибудь", UNK),
  hand("постоянно", ONGOING, C24),
  hand("Постоянно", ONGOING, C24),
  hand("ежедневно", ONGOING, C24),
  hand("в течение всего периода", ONGOING, C24),
];
