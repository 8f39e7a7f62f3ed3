import { describe, expect, it } from "vitest";
import { formatDeadline, parseDeadline, type DeadlineContext } from "../../../src/core/deadlines";
import { expectedReading, PHRASES, readingOf, type PhraseCase } from "./phrases";

function label(p: PhraseCase): string {
  const v =
    p.input instanceof Date
      ? `Date(${Number.isNaN(p.input.getTime()) ? "invalid" : p.input.toISOString()})`
      : JSON.stringify(p.input);
  return `${p.source}: ${v}${p.ctx ? ` ${JSON.stringify(p.ctx)}` : ""}`;
}

describe("phrase table", () => {
  it("has at least 150 phrases and every seed", () => {
    expect(PHRASES.length).toBeGreaterThanOrEqual(150);
    for (const s of ["000", "001", "002", "003", "004"]) {
      expect(PHRASES.some((p) => p.source === `seed ${s}`)).toBe(true);
    }
  });

  it.each(PHRASES.map((p) => [label(p), p] as const))("%s", (_name, p) => {
    const d = parseDeadline(p.input, p.ctx);
    expect(readingOf(d)).toEqual(expectedReading(p.expect));
    expect(d.confidence).toBeGreaterThanOrEqual(0);
    expect(d.confidence).toBeLessThanOrEqual(1);
    if (d.kind === "unknown") {
      expect(d.reason).toBeTruthy();
      expect(d.confidence).toBe(0);
    } else {
      expect(d.confidence).toBeGreaterThan(0);
    }
    if (d.span) {
      expect(d.span[0]).toBeGreaterThanOrEqual(0);
      expect(d.span[1]).toBeLessThanOrEqual(d.text.length);
      expect(d.span[0]).toBeLessThan(d.span[1]);
    }
  });
});

describe("text, span and confidence", () => {
  it("keeps the cell text and points at the words it used", () => {
    const d = parseDeadline("Срок: до 1 февраля 2024 года (см. письмо)");
    expect(d.text).toBe("Срок: до 1 февраля 2024 года (см. письмо)");
    expect(d.text.slice(...d.span!)).toBe("до 1 февраля 2024 года");
  });

  it("spans a day in guillemets from the opening mark", () => {
    const t = "Срок: до «25» августа 2027 г.";
    expect(t.slice(...parseDeadline(t).span!)).toBe("до «25» августа 2027 г.");
  });

  it("spans a range across a line break and OCR spacing", () => {
    const t = "Ноябрь 2023 г .-  \nфевраль 2024 г.";
    const d = parseDeadline(t);
    expect(t.slice(...d.span!)).toBe(t);
  });

  it("renders Excel serials and Date cells as dd.mm.yyyy text", () => {
    expect(parseDeadline(45260).text).toBe("30.11.2023");
    expect(parseDeadline(new Date(Date.UTC(2024, 0, 31))).text).toBe("31.01.2024");
  });

  it("is sure of a written date and less sure of an inferred year, an OCR repair or a typo", () => {
    const sure = parseDeadline("1 марта 2024 года").confidence;
    expect(sure).toBe(1);
    expect(parseDeadline("1 марта", { targetYear: 2024 }).confidence).toBeLessThan(sure);
    expect(parseDeadline("Октябрь 2023「 .").confidence).toBeLessThan(sure);
    expect(parseDeadline("1 октяря 2024 года").confidence).toBeLessThan(sure);
    expect(parseDeadline("1 октяря 2024 года").reason).toMatch(/misspelt/);
  });

  it("explains unknown readings", () => {
    expect(parseDeadline("31.02.2024").reason).toMatch(/no such date/);
    expect(parseDeadline(null).reason).toMatch(/empty/);
    expect(parseDeadline({ error: "#REF!" }).reason).toMatch(/#REF!/);
    expect(parseDeadline("после 1 сентября 2024 г.").reason).toMatch(/earliest/);
  });

  it("says honestly what a rule or an event leaves unreadable", () => {
    expect(parseDeadline("не позднее 10 рабочих дней после подписания соглашения").reason).toBe(
      "counted from an event («не позднее 10 рабочих дней после подписания соглашения»), not from a calendar date",
    );
    expect(parseDeadline("не позднее 10 числа месяца, следующего за отчетным").reason).toMatch(
      /reporting day .* with no period or cadence/,
    );
    const monthly = parseDeadline("ежемесячно до 5 числа");
    expect([monthly.kind, monthly.cadence, monthly.due]).toEqual(["recurring", "monthly", null]);
    expect(monthly.reason).toMatch(/no first period is written; no first due date/);
    // A target year does not say when the reports start: still no first due date.
    const inYear = parseDeadline("ежемесячно до 5 числа", { targetYear: 2027 });
    expect([inYear.kind, inYear.cadence, inYear.due, inYear.start]).toEqual([
      "recurring",
      "monthly",
      null,
      null,
    ]);
    expect(inYear.reason).toMatch(/no first period is written; no first due date/);
  });

  it("reads terms before and after a step, in days, weeks or months, with the step they count from", () => {
    const before = parseDeadline("не позднее чем за месяц до открытия Кванториумов (п. 13)");
    expect([before.kind, before.due]).toEqual(["unknown", null]);
    expect(before.event).toEqual({
      n: 1,
      unit: "month",
      working: false,
      sign: -1,
      words: "открытия Кванториумов",
      point: "13",
    });
    expect(parseDeadline("в течение двух недель после поставки оборудования").event).toMatchObject({
      n: 2,
      unit: "week",
      sign: 1,
      words: "поставки оборудования",
      point: null,
    });
    expect(parseDeadline("за 5 рабочих дней до начала работы центра").event).toMatchObject({
      n: 5,
      unit: "day",
      working: true,
      sign: -1,
    });
    // A written day after «за … до» is the event: counted back from it, not read as «до <day>».
    expect(parseDeadline("за 10 дней до 1 сентября 2027 г.").due).toBe("2027-08-22");
    expect(parseDeadline("не позднее чем за 2 недели до 01.09.2027").due).toBe("2027-08-18");
    // A bound later in the text still caps the term.
    expect(parseDeadline("за месяц до открытия, но не позднее 01.08.2027").due).toBe("2027-08-01");
    // A date alone is no event.
    expect(parseDeadline("до 1 сентября 2027 г.").event).toBeUndefined();
  });

  it("a report «до 30 числа последнего месяца квартала» falls in the quarter's own last month", () => {
    const d = parseDeadline(
      "ежеквартально, начиная с III квартала 2027 г. (отчёт – до 30 числа последнего месяца квартала)",
      { targetYear: 2027 },
    );
    expect([d.kind, d.due]).toEqual(["recurring", "2027-09-30"]);
    // Without «последнего месяца», a quarterly report day follows the quarter, as before.
    expect(
      parseDeadline("ежеквартально, начиная с III квартала 2027 г., до 5 числа", { targetYear: 2027 }).due,
    ).toBe("2027-10-05");
  });

  it("says why a year-less date has no due date without a context", () => {
    const d = parseDeadline("31 января");
    expect(d.due).toBeNull();
    expect(d.reason).toMatch(/year/);
  });

  it("prefers the target year to the document year for year-less dates", () => {
    expect(parseDeadline("31 января", { targetYear: 2024, documentYear: 2023 }).due).toBe("2024-01-31");
    expect(parseDeadline("31 января", { documentYear: 2023 }).due).toBe("2023-01-31");
  });

  it("does not resolve relative rules from the document year alone", () => {
    const d = parseDeadline("1 марта года получения субсидии", { documentYear: 2020 });
    expect(d.due).toBeNull();
    expect(d.relative).toEqual({ yearOffset: 0, month: 3, day: 1 });
  });

  it("flags a written year that contradicts the rule in brackets", () => {
    const d = parseDeadline("27 ноября 2020 года (года, предшествующего году получения субсидии)", {
      targetYear: 2024,
    });
    expect(d.kind).toBe("relative");
    expect(d.due).toBe("2020-11-27");
    expect(d.confidence).toBeLessThan(0.8);
  });
});

describe("a period bounded by a bracketed last day", () => {
  it("takes «(не позднее 15 февраля)» inside «январь – февраль 2024 г.» as the due date, keeping the start", () => {
    const d = parseDeadline("январь – февраль 2024 г. (не позднее 15 февраля)");
    expect([d.kind, d.start, d.due]).toEqual(["period", "2024-01-01", "2024-02-15"]);
    expect(parseDeadline("ноябрь 2022 г. (не позднее 27 ноября)").due).toBe("2022-11-27");
  });

  it("takes «до 31 мая 2027 г.» written after «в течение 2026/2027 учебного года,» as the due date, keeping the start", () => {
    const d = parseDeadline("в течение 2026/2027 учебного года, до 31 мая 2027 г.");
    expect([d.kind, d.start, d.due]).toEqual(["period", "2026-09-01", "2027-05-31"]);
    expect(parseDeadline("в течение 2027 года, не позднее 15 ноября").due).toBe("2027-11-15");
    expect(parseDeadline("в течение 2027 года, до 15 января 2028 г.").due).toBe("2028-01-15");
  });

  it("takes a bracketed day without «до» as the due date only in the period's last month", () => {
    const d = parseDeadline("январь – май 2027 г. (последняя сессия 28.05.2027)");
    expect([d.kind, d.start, d.due]).toEqual(["period", "2027-01-01", "2027-05-28"]);
    expect(parseDeadline("январь – май 2027 г. (старт 15.01.2027)").due).toBe("2027-05-31");
  });

  it("ends a period written from its start («с сентября 2027 г.») at the «до …» day in brackets after it", () => {
    const d = parseDeadline("с сентября 2027 г. (до 31.12.2027)");
    expect([d.kind, d.start, d.due]).toEqual(["period", "2027-09-01", "2027-12-31"]);
    const e = parseDeadline("с 01.09.2027 (до 31.12.2027)");
    expect([e.kind, e.start, e.due]).toEqual(["period", "2027-09-01", "2027-12-31"]);
    expect(parseDeadline("начиная с сентября 2027 г. (по 31.12.2027)").due).toBe("2027-12-31");
    // A bracketed day before the start ends nothing.
    expect(parseDeadline("с сентября 2027 г. (до 01.06.2027)").due).toBe("2027-09-30");
  });

  it("ignores a bracketed day outside the period and a bare period", () => {
    expect(parseDeadline("март 2024 (до 5 апреля)").due).toBe("2024-03-31");
    expect(parseDeadline("сентябрь – октябрь 2025 г.").due).toBe("2025-10-31");
  });
});

describe("separate dates in one cell: each is an occurrence", () => {
  it("a list of deadlines is due at its first: «август, ноябрь 2027 г. (до 25.08.2027, до 30.11.2027)»", () => {
    const d = parseDeadline("август, ноябрь 2027 г. (до 25.08.2027, до 30.11.2027)");
    expect([d.kind, d.start, d.due]).toEqual(["period", "2027-08-01", "2027-08-25"]);
    expect(d.occurrences).toEqual(["2027-08-25", "2027-11-30"]);
    const b = parseDeadline("до 25.08.2027, до 30.11.2027");
    expect([b.kind, b.due, b.occurrences]).toEqual(["by-date", "2027-08-25", ["2027-08-25", "2027-11-30"]]);
  });

  it("an event held more than once is due at the latest, and lists its dates: «декабрь 2026 г., март 2027 г.»", () => {
    const d = parseDeadline("декабрь 2026 г., март 2027 г.");
    expect([d.due, d.occurrences]).toEqual(["2027-03-31", ["2026-12-31", "2027-03-31"]]);
    const a = parseDeadline("30 июня 2024 г.; 30 декабря 2024 г.");
    expect([a.kind, a.due, a.occurrences]).toEqual(["date", "2024-12-30", ["2024-06-30", "2024-12-30"]]);
  });

  it("each date for its own schools is a list of deadlines, due at the first: «1 сентября 2027 г. (… СОШ); 1 сентября 2028 г. (…)»", () => {
    const d = parseDeadline(
      "1 сентября 2027 г. (Сосновская СОШ, Луговская ООШ); 1 сентября 2028 г. (Кедровская СОШ)",
    );
    expect([d.due, d.occurrences]).toEqual(["2027-09-01", ["2027-09-01", "2028-09-01"]]);
    // Stages of one event, not organisations: the event is complete at the latest.
    expect(parseDeadline("март 2027 г. (1 этап), октябрь 2027 г. (2 этап)").due).toBe("2027-10-31");
  });

  it("a list writes its year once: «ноябрь, декабрь 2026 г.» is 2026 in a 2027 plan", () => {
    expect(parseDeadline("ноябрь, декабрь 2026 г.", { targetYear: 2027 }).due).toBe("2026-12-31");
    expect(parseDeadline("август, ноябрь 2027 г.").occurrences).toEqual(["2027-08-31", "2027-11-30"]);
  });

  it("months that follow one another, a «до …» bounding a period, and a single date list no occurrences", () => {
    const d = parseDeadline("сентябрь, октябрь 2027 г.");
    expect([d.due, d.occurrences]).toEqual(["2027-10-31", null]);
    expect(parseDeadline("в течение 2027 года, до 15 января 2028 г.").occurrences).toBeNull();
    expect(parseDeadline("до 25.08.2027").occurrences).toBeNull();
    expect(parseDeadline("сентябрь – октябрь 2025 г.").occurrences).toBeNull();
  });
});

describe("«в сроки ФО»", () => {
  it("the dates of the body named (the federal operator, the ministry) are a schedule set elsewhere", () => {
    for (const t of ["в сроки ФО", "в сроки федерального оператора", "в сроки Минпросвещения России"])
      expect([t, parseDeadline(t).kind]).toEqual([t, "external-schedule"]);
    expect(parseDeadline("в срок до 01.02.2027").due).toBe("2027-02-01");
  });
});

describe("an English working copy's schedule", () => {
  it("«per the federal operator's schedule», «according to a separate timetable» are schedules set elsewhere", () => {
    for (const t of [
      "per the federal operator's schedule",
      "According to the schedule sent by the federal operator",
      "as scheduled by the federal operator",
      "according to a separate timetable",
    ])
      expect([t, parseDeadline(t).kind]).toEqual([t, "external-schedule"]);
    expect(formatDeadline(parseDeadline("according to a separate timetable"), "en")).toBe(
      "according to a separate schedule",
    );
    expect(formatDeadline(parseDeadline("per the federal operator's schedule"), "ru")).toBe(
      "согласно графику, направляемому федеральным оператором",
    );
    // A schedule word without «per», «according to»… is no deadline: «schedule of repairs» stays unread.
    expect(parseDeadline("schedule of repairs").kind).toBe("unknown");
  });
});

describe("an English working copy's schedule and cadence", () => {
  it("«by the federal operator's schedule» is a schedule set elsewhere", () => {
    for (const t of ["by the federal operator's schedule", "by the schedule of the federal operator"])
      expect([t, parseDeadline(t).kind]).toEqual([t, "external-schedule"]);
  });
  it("«quarterly, by the 5th day of the month after the quarter» is a cadence with no first due day", () => {
    for (const [t, cadence] of [
      ["quarterly, by the 5th day of the month after the quarter", "quarterly"],
      ["monthly", "monthly"],
      ["every quarter", "quarterly"],
      ["annually, by 20 January", "yearly"],
      ["twice a year", "half-yearly"],
    ] as const) {
      const d = parseDeadline(t);
      expect([t, d.kind, d.cadence, d.due]).toEqual([t, "recurring", cadence, null]);
    }
  });
});

describe("a plan kept by someone else", () => {
  it("«по плану регионального оператора», «по плану работы министерства» are schedules set elsewhere", () => {
    for (const t of [
      "по плану регионального оператора",
      "по плану федерального оператора",
      "по плану работы министерства",
      "согласно плану регионального оператора",
    ])
      expect([t, parseDeadline(t).kind]).toEqual([t, "external-schedule"]);
    // A plan with a date is that date.
    expect(parseDeadline("по плану до 15.03.2027").due).toBe("2027-03-15");
  });
});

describe("an English working copy's dates", () => {
  it("reads English month names in either order, «by …» and «Q2 2027» as the day or period they name", () => {
    for (const [t, due] of [
      ["Dec 29, 2026", "2026-12-29"],
      ["January 31, 2027", "2027-01-31"],
      ["September 1st, 2027", "2027-09-01"],
      ["29 December 2026", "2026-12-29"],
      ["by 15 February 2027", "2027-02-15"],
      ["no later than 1 March 2027", "2027-03-01"],
      ["Q2 2027", "2027-06-30"],
      ["by the end of 2027", "2027-12-31"],
      ["August 2027", "2027-08-31"],
    ] as const)
      expect([t, parseDeadline(t).due]).toEqual([t, due]);
    expect(parseDeadline("by 15 February 2027").kind).toBe("by-date");
    // A number after a Russian month is its year's two digits or nothing, never a day: the English order is English only.
    expect(parseDeadline("март 27").due).not.toBe("2027-03-27");
  });
});

describe("a plan for several years writing each year's term after its year", () => {
  const read = (t: string) => {
    const d = parseDeadline(t, { targetYear: 2027 });
    return [d.kind, d.start, d.due];
  };

  it("«2026 г. – до 29 декабря», «2027 г. – до 15 февраля; 2028 г. – до 15 февраля»: the first year's term, in that year", () => {
    expect(read("2026 г. – до 29 декабря")).toEqual(["by-date", null, "2026-12-29"]);
    expect(read("2027 г. – до 15 февраля; 2028 г. – до 15 февраля")).toEqual(["by-date", null, "2027-02-15"]);
    expect(read("2026 г. – до 29 декабря; 2027 г. – до 29 декабря")).toEqual(["by-date", null, "2026-12-29"]);
    expect(read("2027 г. – в течение года; 2028 г. – в течение года")).toEqual([
      "period",
      "2027-01-01",
      "2027-12-31",
    ]);
    expect(read("2027 год: до 1 февраля")).toEqual(["by-date", null, "2027-02-01"]);
  });

  it("«2027 г., 2028 г. – ежеквартально, начиная с III квартала 2027 г.»: the clause after both years, read in the first", () => {
    expect(read("2027 г., 2028 г. – ежеквартально, начиная с III квартала 2027 г.")).toEqual([
      "recurring",
      "2027-07-01",
      "2027-09-30",
    ]);
    expect(read("2027 г., 2028 г. – согласно графику федерального оператора")[2]).toBeNull();
  });

  it("«2026 – 2028 гг., в соответствии с графиком федерального оператора»: the years span the plan, the schedule dates each step", () => {
    expect(read("2026 – 2028 гг., в соответствии с графиком Федерального оператора")).toEqual([
      "external-schedule",
      null,
      null,
    ]);
    // One year with the schedule is that year's work, due at its end, as planners read it.
    expect(read("в течение 2027 года, по графику федерального оператора")[2]).toBe("2027-12-31");
    expect(read("по графику федерального оператора, в течение 2027 года")[2]).toBe("2027-12-31");
    // A bracketed schedule note leaves the years the deadline.
    expect(read("2027 – 2028 гг. (по графику федерального оператора)")[2]).toBe("2028-12-31");
  });

  it("the same period written once a year («в течение 2027 г.; в течение 2028 г.»): due at the last, each year an occurrence", () => {
    const occ = (t: string) => parseDeadline(t, { targetYear: 2027 }).occurrences;
    expect(read("в течение 2027 г.; в течение 2028 г.")[2]).toBe("2028-12-31");
    expect(occ("в течение 2027 г.; в течение 2028 г.")).toEqual(["2027-12-31", "2028-12-31"]);
    expect(occ("март 2027 г., март 2028 г.")).toEqual(["2027-03-31", "2028-03-31"]);
    // Months that follow one another are one period.
    expect(occ("сентябрь, октябрь 2027 г.")).toBeNull();
  });

  it("a span of years, or a date written in full, is no year heading its term", () => {
    expect(read("2027 – 2028 гг.")).toEqual(["period", "2027-01-01", "2028-12-31"]);
    expect(read("2027-09-01")[2]).toBe("2027-09-01");
  });
});

describe("a period with a bracketed note of whose schedule it follows", () => {
  const read = (t: string) => {
    const d = parseDeadline(t, { targetYear: 2027, yearFrom: 9, schoolYear: true });
    return [d.kind, d.start, d.due];
  };

  it("«в течение учебного года (по плану федерального оператора)» is the school year, as a dated period with the note is", () => {
    expect(read("в течение учебного года (по плану федерального оператора)")).toEqual([
      "period",
      "2026-09-01",
      "2027-08-31",
    ]);
    expect(read("в течение года (по графику ФО)")).toEqual(["period", "2026-09-01", "2027-08-31"]);
  });

  it("the schedule in the main text, or a bracketed year with the schedule outside, is still the schedule", () => {
    expect(read("по графику ФО (в течение учебного года)")[0]).toBe("external-schedule");
    expect(read("в течение учебного года по плану федерального оператора")[0]).toBe("external-schedule");
  });
});

describe("a month bounded by the first day of the next one", () => {
  const due = (t: string) => parseDeadline(t, { targetYear: 2027 }).due;

  it("«январь 2027 г. (до 1 февраля 2027 г.)», «ежегодно, январь (до 1 февраля)»: due on the day written", () => {
    expect(due("январь 2027 г. (до 1 февраля 2027 г.)")).toBe("2027-02-01");
    expect(due("ежегодно, январь (до 1 февраля 2027 г., до 1 февраля 2028 г.)")).toBe("2027-02-01");
    expect(due("август 2027 г. (до 1 сентября)")).toBe("2027-09-01");
  });

  it("a bracketed day further after the period is not its bound", () => {
    expect(due("январь 2027 г. (до 15 февраля 2027 г.)")).toBe("2027-01-31");
  });
});

describe("a yearly cadence over the plan's year", () => {
  it("«ежегодно, в течение года», «в течение учебного года (ежегодно)»: recurring, first due at the end of the (school) year", () => {
    const read = (t: string, ctx: object) => {
      const d = parseDeadline(t, ctx);
      return [d.kind, d.cadence, d.start, d.due];
    };
    expect(read("ежегодно, в течение года", { targetYear: 2027 })).toEqual([
      "recurring",
      "yearly",
      "2027-01-01",
      "2027-12-31",
    ]);
    expect(
      read("в течение учебного года (ежегодно)", { targetYear: 2027, yearFrom: 9, schoolYear: true }),
    ).toEqual(["recurring", "yearly", "2026-09-01", "2027-08-31"]);
    // «календарного» only says which year: the calendar one, as «в течение года» means anyway.
    expect(read("ежегодно, в течение календарного года", { targetYear: 2027 })).toEqual([
      "recurring",
      "yearly",
      "2027-01-01",
      "2027-12-31",
    ]);
    expect(read("в течение календарного года", { targetYear: 2027 })).toEqual([
      "period",
      null,
      "2027-01-01",
      "2027-12-31",
    ]);
    // A cadence with no year to fall in keeps no due day; so does a quarterly one (its first quarter is not written).
    expect(read("ежегодно", { targetYear: 2027 })[3]).toBeNull();
    expect(read("ежеквартально в течение года", { targetYear: 2027 })[3]).toBeNull();
  });
});

describe("a yearly period whose first year is written apart", () => {
  it("«ежегодно в марте, начиная с 2028 г.»: first due at the end of March 2028", () => {
    const read = (t: string) => {
      const d = parseDeadline(t, { targetYear: 2027 });
      return [d.kind, d.start, d.due];
    };
    expect(read("ежегодно в марте, начиная с 2028 г.")).toEqual(["recurring", "2028-03-01", "2028-03-31"]);
    expect(read("ежегодно, октябрь – ноябрь, начиная с 2028 года")).toEqual([
      "recurring",
      "2028-10-01",
      "2028-11-30",
    ]);
    // A day keeps its reading.
    expect(read("ежегодно до 27 декабря, начиная с 2024 года")).toEqual([
      "recurring",
      "2024-12-27",
      "2024-12-27",
    ]);
    // The years it recurs in, in brackets: the first of them.
    expect(read("ежегодно, апрель (2028, 2029 гг.)")).toEqual(["recurring", "2028-04-01", "2028-04-30"]);
  });
});

describe("a completion mark written after the deadline in the same cell", () => {
  it("«март 2027 г. – исполнено 05.04.2027»: the day it was done is no deadline", () => {
    const read = (t: string) => {
      const d = parseDeadline(t, { targetYear: 2027 });
      return [d.kind, d.due, d.occurrences, d.text];
    };
    expect(read("март 2027 г. – исполнено 05.04.2027")).toEqual([
      "period",
      "2027-03-31",
      null,
      "март 2027 г. – исполнено 05.04.2027",
    ]);
    expect(read("до 29.12.2026 – исполнено 27.12.2026 (№ 1744-р)").slice(0, 3)).toEqual([
      "by-date",
      "2026-12-29",
      null,
    ]);
    expect(read("ноябрь 2026 г. (проведён 12.11.2026)").slice(0, 3)).toEqual(["period", "2026-11-30", null]);
    expect(read("01.10.2027, далее ежеквартально – исполнено за III квартал").slice(0, 2)).toEqual([
      "recurring",
      "2027-10-01",
    ]);
    // A finished step's own word after a dash: «— согласован 11.03.2027», «— отчёт … сдан 01.10.2027».
    expect(read("по графику федерального оператора — согласован 11.03.2027").slice(0, 2)).toEqual([
      "external-schedule",
      null,
    ]);
    expect(
      read("01.10.2027, далее ежеквартально — отчёт за III квартал сдан 01.10.2027").slice(0, 2),
    ).toEqual(["recurring", "2027-10-01"]);
    expect(read("до 15.02.2027 — не согласован 20.02.2027")[1]).toBe("2027-02-15");
    // An unreadable term before the mark stays unreadable: the day it was done does not stand in for it.
    expect(read("по мере поставки — исполнено 20.08.2027").slice(0, 2)).toEqual(["unknown", null]);
    // With no dash or comma before it, too.
    expect(read("до 01.03.2027 исполнено 20.02.2027").slice(0, 3)).toEqual(["by-date", "2027-03-01", null]);
    // «выполнение» is no mark: both days stay deadlines.
    expect(read("до 01.03.2027, выполнение – до 15.03.2027")[2]).not.toBeNull();
  });
});

describe("years a yearly cadence runs over, its months written after them", () => {
  it("«2027–2029 гг., ежегодно в марте»: first due at the end of March of the first year", () => {
    const read = (t: string, ctx: DeadlineContext = { targetYear: 2027 }) => {
      const d = parseDeadline(t, ctx);
      return [d.kind, d.start, d.due];
    };
    expect(read("2027–2029 гг., ежегодно в марте")).toEqual(["recurring", "2027-03-01", "2027-03-31"]);
    expect(read("в течение 2027–2028 гг., ежегодно, октябрь – ноябрь")).toEqual([
      "recurring",
      "2027-10-01",
      "2027-11-30",
    ]);
    // School years: October falls in the first school year's autumn, May in its spring.
    expect(
      read("2026/2027, 2027/2028, 2028/2029 уч. г., ежегодно с октября по май", {
        targetYear: 2027,
        yearFrom: 9,
        schoolYear: true,
      }),
    ).toEqual(["recurring", "2026-10-01", "2027-05-31"]);
    // A «до» day stays the bound it was; months outside the years do not move the reading.
    expect(read("в 2027 и 2028 годах ежегодно до 1 сентября")[2]).toBe("2027-09-01");
    expect(read("в течение 2027 г., ежегодно")[2]).toBe("2027-12-31");
    // Only years are narrowed: a yearly range of months keeps its whole range.
    expect(read("ежегодно, январь – май 2027 г. (в марте – отчёт)")[2]).toBe("2027-05-31");
  });
});

describe("a cadence over a range of quarters", () => {
  it("«ежеквартально, начиная с III квартала 2027 г. по IV квартал 2028 г.»: first due at the end of the first quarter", () => {
    const read = (t: string) => {
      const d = parseDeadline(t, { targetYear: 2027 });
      return [d.kind, d.start, d.due];
    };
    expect(read("ежеквартально, начиная с III квартала 2027 г. по IV квартал 2028 г.")).toEqual([
      "recurring",
      "2027-07-01",
      "2027-09-30",
    ]);
    expect(read("ежеквартально, III квартал 2027 г. – IV квартал 2028 г.")[2]).toBe("2027-09-30");
  });
});

describe("a season of a year", () => {
  it("is its months: spring March–May, summer June–August, autumn September–November", () => {
    const read = (t: string) => {
      const d = parseDeadline(t);
      return [d.kind, d.start, d.due];
    };
    expect(read("весна 2027 г.")).toEqual(["period", "2027-03-01", "2027-05-31"]);
    expect(read("весной 2027 года")).toEqual(["period", "2027-03-01", "2027-05-31"]);
    expect(read("лето 2027 г.")).toEqual(["period", "2027-06-01", "2027-08-31"]);
    expect(read("летом 2027 г.")).toEqual(["period", "2027-06-01", "2027-08-31"]);
    expect(read("осень 2027 г.")).toEqual(["period", "2027-09-01", "2027-11-30"]);
    expect(read("Осенью 2027 г.")).toEqual(["period", "2027-09-01", "2027-11-30"]);
    // Winter spans two years: not read as a season; «в течение 5 лет 2027…» is no summer.
    expect(read("зима 2027 г.")[2]).not.toBe("2027-02-28");
    expect(parseDeadline("весна 2027 г.").text).toBe("весна 2027 г.");
  });
});

describe("a day and month closed by a dot before the next date", () => {
  it("«15.06. 15.08.2027» is two days of 2027, not 15 June 2015 then a stray date", () => {
    // Found by a real phrase (Орёл, 2011): «15.06. 15» had been read as dd.mm.yy.
    const d = parseDeadline("15.06. 15.08.2027");
    expect([d.due, d.occurrences]).toEqual(["2027-08-15", ["2027-06-15", "2027-08-15"]]);
    expect(parseDeadline("01.09. – 30.09.2027").due).toBe("2027-09-30");
    // A two-digit year stays one where no date follows it.
    expect(parseDeadline("15.06.25").due).toBe("2025-06-15");
    expect(parseDeadline("15.06.25 15.08.2025").occurrences).toEqual(["2025-06-15", "2025-08-15"]);
  });
});

describe("a word a Word or PDF line end broke with a hyphen", () => {
  it("is one word again: «29 де-⏎кабря», «по графику федераль-⏎ного оператора»", () => {
    // h196 (Word/PDF conversions): «до 25 ав-⏎густа 2027 г.» read as the whole of 2027, a false late-vs-template error;
    // «федераль» read as a misspelt «февраль».
    const read = (t: string) => {
      const d = parseDeadline(t);
      return [d.kind, d.start, d.due];
    };
    expect(read("не позднее 29 де-\nкабря 2026 г.")).toEqual(["by-date", null, "2026-12-29"]);
    expect(read("до 25 ав-\r\nгуста 2027 г.")).toEqual(["by-date", null, "2027-08-25"]);
    expect(read("до 1 мар\u00AD\nта 2027 г.")).toEqual(["by-date", null, "2027-03-01"]);
    expect(read("по графику федераль-\nного оператора")).toEqual(["external-schedule", null, null]);
    // A range of two months broken at its dash stays a range.
    expect(read("сентябрь-\nоктябрь 2027 г.")).toEqual(["period", "2027-09-01", "2027-10-31"]);
    expect(read("май-\nиюнь 2027 г.")).toEqual(["period", "2027-05-01", "2027-06-30"]);
    expect(parseDeadline("до 25 ав-\nгуста 2027 г.").text).toBe("до 25 ав-\nгуста 2027 г.");
  });
});
