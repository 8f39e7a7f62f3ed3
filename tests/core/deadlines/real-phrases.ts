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
];

/** Every third phrase by source order (index 2, 5, 8, …): held out, scored only by the bench. */
export const isHeldOut = (index: number): boolean => index % 3 === 2;

export const REAL_TUNING: PhraseCase[] = REAL_PHRASES.filter((_, i) => !isHeldOut(i));
export const REAL_HELD_OUT: PhraseCase[] = REAL_PHRASES.filter((_, i) => isHeldOut(i));
