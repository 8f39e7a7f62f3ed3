// Deadline phrases copied from published regional acts (roadmaps, plans, indicator passports), each with its
// source and a reading worked out by hand from the phrase and the act's date, not from the parser's output.
//
// The split was fixed before the parser was changed for these phrases and must not move: by source order, every
// third phrase (index 2, 5, 8, …) is held out. The tuning part is pinned by real-phrases.test.ts; the held-out part
// is only scored by bench/deadlines.bench.ts and is never tuned against (a failure there is reported, not fixed by
// editing the parser for that phrase).
import type { PhraseCase } from "./phrases";

const TAMBOV_2020 = "https://base.garant.ru/74770860/53f89421bbdaf741eb2d1ecc4ddb4c33/";
// Распоряжение Правительства Омской области от 27.06.2019 N 120-рп (the search corpus stored it without an address).
const OMSK_2019 = "Распоряжение Правительства Омской области от 27.06.2019 N 120-рп";
const NOVOSIBIRSK_2019 = "https://docs.cntd.ru/document/465730726/titles/44SJB5";
const NIZHNY_2019 = "https://base.garant.ru/72588056/53f89421bbdaf741eb2d1ecc4ddb4c33";
const FP_INDICATOR = "https://docs.cntd.ru/document/727645480/titles/7DO0KC";
const IRKUTSK_2024 = "https://docs.cntd.ru/document/406669964/titles/2UVONJ9";
const TAMBOV_2022 = "https://docs.cntd.ru/document/578115071";
// Распоряжение Правительства Орловской области от 16.10.2020 N 645-р, Приложение 1 (Точка роста).
const ORYOL_2020 = "https://base.garant.ru/74772586/53f89421bbdaf741eb2d1ecc4ddb4c33";
// Распоряжение Совета министров Республики Крым от 28.01.2020 N 22-р (Год памяти и славы), «Срок исполнения».
const CRIMEA_2020 = "https://base.garant.ru/73467105/53f89421bbdaf741eb2d1ecc4ddb4c33/";
// Приказ Министерства образования Республики Мордовия от 30.12.2021 N 1295 (обновлённые ФГОС), «Период реализации».
const MORDOVIA_2021 = "https://base.garant.ru/405285547/53f89421bbdaf741eb2d1ecc4ddb4c33/";
// Постановление администрации Тамбовской области от 24.02.2015 N 172, Приложение 2: план на 2019 - 2021 годы.
const TAMBOV_NATPOL_2019 = "https://docs.cntd.ru/document/561549755/titles/33UPDSC";
// Республика Адыгея, план конкурсного отбора лучших ДОУ на 2009 год, «Дата проведения» (act date not on the page).
const ADYGEA_2009 = "https://adygea-gov.ru/doc/9022";
// Саратовская область, план мероприятий министерств области, «Срок исполнения» (act date not on the page).
const SARATOV_2009 = "https://saratov-gov.ru/doc/19862";
// Municipal acts (not regional), kept last: Пенза 27.11.2007 N 1074 «Сроки»; Орёл 16.06.2011 N 1864; Омсукчан 17.05.2018 N 259.
const PENZA_CITY_2007 = "https://penza-gov.ru/doc/12900";
const OREL_CITY_2011 = "https://orel-gov.ru/doc/12105";
const OMSUKCHAN_2018 = "https://base.garant.ru/43936386/53f89421bbdaf741eb2d1ecc4ddb4c33";

const real = (
  source: string,
  input: string,
  expect: PhraseCase["expect"],
  ctx?: PhraseCase["ctx"],
): PhraseCase => ({
  input,
  expect,
  source,
  ...(ctx ? { ctx } : {}),
});

/** A phrase whose hand-written reading the parser does not give, left so for the reason given (see PhraseCase.left). */
const left = (reason: string, p: PhraseCase): PhraseCase => ({ ...p, left: reason });

/** Every real phrase in source order (the order they were collected in). */
export const REAL_PHRASES: PhraseCase[] = [
  real(TAMBOV_2020, "10 ноября 2020* года", { kind: "date", due: "2020-11-10" }, { documentYear: 2020 }),
  real(OMSK_2019, "25 августа 2019 года", { kind: "date", due: "2019-08-25" }, { documentYear: 2019 }),
  real(OMSK_2019, "1 октября 2019 года", { kind: "date", due: "2019-10-01" }, { documentYear: 2019 }),
  real(
    NOVOSIBIRSK_2019,
    "25 августа\n2019 года*",
    { kind: "date", due: "2019-08-25" },
    { documentYear: 2019 },
  ),
  real(
    NOVOSIBIRSK_2019,
    "1 октября\n2020 года*",
    { kind: "date", due: "2020-10-01" },
    { documentYear: 2019 },
  ),
  real(
    NOVOSIBIRSK_2019,
    "30 октября\n2020года*",
    { kind: "date", due: "2020-10-30" },
    { documentYear: 2019 },
  ),
  // X is the year the centre opens; the act plans centres for 2020.
  real(
    NIZHNY_2019,
    "25 августа X - 1 года",
    { kind: "relative", due: "2019-08-25", relative: { yearOffset: -1, month: 8, day: 25 } },
    { targetYear: 2020, documentYear: 2019 },
  ),
  real(
    NIZHNY_2019,
    "1 октября X - 1 года, далее ежегодно",
    {
      kind: "recurring",
      cadence: "yearly",
      start: "2019-10-01",
      due: "2019-10-01",
      relative: { yearOffset: -1, month: 10, day: 1 },
    },
    { targetYear: 2020, documentYear: 2019 },
  ),
  // Working days after an unnamed month: the cadence is readable, no first calendar date is.
  real(FP_INDICATOR, "ежемесячно в срок до 6-го рабочего дня месяца, следующего за отчетным", {
    kind: "recurring",
    cadence: "monthly",
    due: null,
  }),
  // Reporting on the target year 2024: the first report is due 1 February of the next year.
  real(
    FP_INDICATOR,
    "ежегодно в срок до 01 февраля года, следующего за отчетным",
    {
      kind: "recurring",
      cadence: "yearly",
      start: "2025-02-01",
      due: "2025-02-01",
      yearInferred: true,
    },
    { targetYear: 2024 },
  ),
  // Tied to an event with no date: nothing to put on a calendar.
  real(IRKUTSK_2024, "в течение 1 рабочего дня со дня согласования уполномоченным ССП показателей оценки", {
    kind: "unknown",
    due: null,
  }),
  real(
    TAMBOV_2022,
    "2019 - 2024 (1, 2 этапы Стратегии)",
    { kind: "period", start: "2019-01-01", due: "2024-12-31" },
    { documentYear: 2022 },
  ),
  real(ORYOL_2020, "27 ноября 2020 года", { kind: "date", due: "2020-11-27" }, { documentYear: 2020 }),
  real(
    CRIMEA_2020,
    "до 15 февраля 2020 года",
    { kind: "by-date", due: "2020-02-15" },
    { documentYear: 2020 },
  ),
  real(
    CRIMEA_2020,
    "январь - март 2020 года",
    { kind: "period", start: "2020-01-01", due: "2020-03-31" },
    { documentYear: 2020 },
  ),
  real(
    CRIMEA_2020,
    "май 2020 года",
    { kind: "period", start: "2020-05-01", due: "2020-05-31" },
    { documentYear: 2020 },
  ),
  real(
    MORDOVIA_2021,
    "август 2021 г.",
    { kind: "period", start: "2021-08-01", due: "2021-08-31" },
    { documentYear: 2021 },
  ),
  real(TAMBOV_NATPOL_2019, "Постоянно", { kind: "ongoing", due: null }),
  real(ADYGEA_2009, "до 04.02.2009", { kind: "by-date", due: "2009-02-04" }),
  // The year is written once, after the second day; it covers both ends of the range.
  real(ADYGEA_2009, "01.03 - 30.05.2009", { kind: "period", start: "2009-03-01", due: "2009-05-30" }),
  real(ADYGEA_2009, "01.06 - 08.06.2009", { kind: "period", start: "2009-06-01", due: "2009-06-08" }),
  real(ADYGEA_2009, "09.06 - 19.06.2009", { kind: "period", start: "2009-06-09", due: "2009-06-19" }),
  real(ADYGEA_2009, "22.06 - 26.06.2009", { kind: "period", start: "2009-06-22", due: "2009-06-26" }),
  real(ADYGEA_2009, "24.09.2009", { kind: "date", due: "2009-09-24" }),
  // The stored page lost the dash of «2009 - 2011 годы»: two years and «годы» still name the span 2009-2011.
  left(
    "two bare years with the dash lost are read as two year-ends, due the later: the due day is right",
    real(SARATOV_2009, "2009 2011\nгоды", { kind: "period", start: "2009-01-01", due: "2011-12-31" }),
  ),
  real(PENZA_CITY_2007, "01.11.2007", { kind: "date", due: "2007-11-01" }, { documentYear: 2007 }),
  real(PENZA_CITY_2007, "До 01.11.2007", { kind: "by-date", due: "2007-11-01" }, { documentYear: 2007 }),
  real(PENZA_CITY_2007, "До 22.11.2007", { kind: "by-date", due: "2007-11-22" }, { documentYear: 2007 }),
  // A tour held on two consecutive days (one date per line): read as the span from the first to the last day.
  left(
    "two dates one per line are two occurrences in a roadmap («25.08.2027\n30.11.2027»), due the later: same due day",
    real(
      PENZA_CITY_2007,
      "30.11.2007\n01.12.2007",
      { kind: "period", start: "2007-11-30", due: "2007-12-01" },
      { documentYear: 2007 },
    ),
  ),
  real(PENZA_CITY_2007, "До 30.11.2007", { kind: "by-date", due: "2007-11-30" }, { documentYear: 2007 }),
  real(OREL_CITY_2011, "До 12.07.2011", { kind: "by-date", due: "2011-07-12" }, { documentYear: 2011 }),
  real(OREL_CITY_2011, "До 30.07.2011", { kind: "by-date", due: "2011-07-30" }, { documentYear: 2011 }),
  real(OREL_CITY_2011, "До 03.08.2011", { kind: "by-date", due: "2011-08-03" }, { documentYear: 2011 }),
  // The page lost the dash of «15.06 - 15.08.2011»; the first day takes its year from the second.
  left(
    "with no dash written the two days are two occurrences, due the later: the due day is right",
    real(
      OREL_CITY_2011,
      "15.06. 15.08.2011",
      { kind: "period", start: "2011-06-15", due: "2011-08-15" },
      { documentYear: 2011 },
    ),
  ),
  // «С 01.01.2020»: work that starts on a day and goes on with no end named, so no due day.
  left(
    "in a roadmap «с 01.09.2027» alone is the day a step starts on («Начало работы центров»), kept as its due day",
    real(
      OMSUKCHAN_2018,
      "С 01.01.2020",
      { kind: "ongoing", start: "2020-01-01", due: null },
      { documentYear: 2018 },
    ),
  ),
  real(
    OMSUKCHAN_2018,
    "Май 2018 г.",
    { kind: "period", start: "2018-05-01", due: "2018-05-31" },
    { documentYear: 2018 },
  ),
  real(
    OMSUKCHAN_2018,
    "май-июнь 2018 г.",
    { kind: "period", start: "2018-05-01", due: "2018-06-30" },
    { documentYear: 2018 },
  ),
];

/** Every third phrase by source order (index 2, 5, 8, …): held out, scored only by the bench. */
export const isHeldOut = (index: number): boolean => index % 3 === 2;

export const REAL_TUNING: PhraseCase[] = REAL_PHRASES.filter((_, i) => !isHeldOut(i));
export const REAL_HELD_OUT: PhraseCase[] = REAL_PHRASES.filter((_, i) => isHeldOut(i));
