import { describe, expect, it } from "vitest";
import {
  blankDeadline,
  formatDeadline,
  parseDeadline,
  SUPPORTED_YEARS,
  unsupportedYear,
} from "../../../src/core/deadlines";
import { instantiateTemplate, templateYearProblem } from "../../../src/core/templates/instantiate";
import { getEdition, listEditions } from "../../../src/core/templates/library";
import { ruleText } from "../../../src/core/templates/rules";

const reason = (y: number) => unsupportedYear(y)!.en;

describe("supported years", () => {
  it("are 2000–2099", () => {
    expect(SUPPORTED_YEARS).toEqual({ min: 2000, max: 2099 });
    expect(unsupportedYear(2000)).toBeNull();
    expect(unsupportedYear(2099)).toBeNull();
    expect(unsupportedYear(2100)).toEqual({
      ru: "год 2100 вне поддерживаемых 2000–2099",
      en: "the year 2100 is outside the supported years 2000–2099",
    });
    expect(unsupportedYear(Number.NaN)!.en).toMatch(/year \? is outside/);
  });
});

describe("parseDeadline outside the supported years", () => {
  it.each([
    ["в течение 08.0000", 0],
    ["31.12.2100", 2100],
    ["1 марта 2100 года", 2100],
    ["не позднее 1 марта 2100 года", 2100],
    ["2100 год", 2100],
    ["31.12.1999", 1999],
    ["30.11.99", 1999],
    ["1999-2001 гг.", 1999],
    ["2099/2100 учебный год", 2100],
    // The November before February 2000.
    ["ноябрь - февраль 2000", 1999],
  ])("refuses %s", (text, year) => {
    const d = parseDeadline(text);
    expect([d.kind, d.due, d.start, d.reason]).toEqual(["unknown", null, null, reason(year)]);
    // The refusal is an ordinary unknown reading: it formats as the planner's own text.
    expect(formatDeadline(d, "ru")).toBe(text);
  });

  it("refuses numbers, Excel serials and Date cells outside them, and keeps the edges", () => {
    expect(parseDeadline(2100).reason).toBe(reason(2100));
    expect(parseDeadline(1995).reason).toBe(reason(1995));
    expect(parseDeadline(2099).due).toBe("2099-12-31");
    // Serial 73051 is 1 January 2100; 36525 is 31 December 1999; 36526 is 1 January 2000.
    expect(parseDeadline(73051).reason).toMatch(reason(2100));
    expect(parseDeadline(36525).reason).toMatch(reason(1999));
    expect(parseDeadline(36526).due).toBe("2000-01-01");
    const jan2100 = parseDeadline(new Date(Date.UTC(2100, 0, 1)));
    expect([jan2100.kind, jan2100.text, jan2100.reason]).toEqual(["unknown", "01.01.2100", reason(2100)]);
    expect(parseDeadline(new Date(Date.UTC(2099, 11, 31))).due).toBe("2099-12-31");
    expect(parseDeadline("IV квартал 2099 года").due).toBe("2099-12-31");
    expect(parseDeadline("до 1 января 2000 года").due).toBe("2000-01-01");
  });

  it("refuses a year taken from the context or a rule when it falls outside", () => {
    expect(parseDeadline("31 января", { targetYear: 2100 }).reason).toBe(reason(2100));
    expect(parseDeadline("27 ноября года Y-1", { targetYear: 2000 }).reason).toBe(reason(1999));
    // The rule of a phrase is still read when Y ± 3 is far from the edges.
    const plus3 = parseDeadline("1 марта года Y+3", { targetYear: 2027 });
    expect([plus3.due, plus3.relative]).toEqual(["2030-03-01", { yearOffset: 3, month: 3, day: 1 }]);
    expect(parseDeadline("1 марта года Y-3").relative).toEqual({ yearOffset: -3, month: 3, day: 1 });
  });
});

describe("formatDeadline outside the supported years", () => {
  it("throws the parser's reason", () => {
    const by = { ...blankDeadline("by-date"), due: "2100-03-01" };
    expect(() => formatDeadline(by, "ru")).toThrow(new RangeError(reason(2100)));
    const period = { ...blankDeadline("period"), start: "1999-09-01", due: "2000-08-31" };
    expect(() => formatDeadline(period, "en")).toThrow(new RangeError(reason(1999)));
    expect(() => formatDeadline({ ...blankDeadline("date"), due: "0-08-01" }, "ru")).toThrow(RangeError);
    expect(formatDeadline({ ...blankDeadline("date"), due: "2099-12-31" }, "ru")).toBe(
      "31 декабря 2099 года",
    );
  });
});

describe("the template writer outside the supported years", () => {
  const tochka = getEdition("tochka-rosta-2024")!;

  it("refuses the year itself and a year whose deadlines leave them", () => {
    expect(() => instantiateTemplate(tochka, 2100)).toThrow(new RangeError(reason(2100)));
    // The form puts approvals in Y−1: a 2000 roadmap would have 1999 deadlines.
    expect(tochka.items.some((it) => it.deadline.yearOffset === -1)).toBe(true);
    expect(templateYearProblem(tochka, 2000)).toEqual({
      ru: "в дорожной карте на 2000 год были бы сроки 1999 года: год 1999 вне поддерживаемых 2000–2099",
      en: `a roadmap for 2000 would have deadlines in 1999: ${reason(1999)}`,
    });
    expect(() => instantiateTemplate(tochka, 2000)).toThrow(RangeError);
    for (const e of listEditions().map((s) => getEdition(s.id)!)) {
      expect(templateYearProblem(e, 2027), e.id).toBeNull();
      expect(() => instantiateTemplate(e, 2099), e.id).not.toThrow();
    }
  });

  it("words a rule instead of dating it when its year would leave them (the checker's expected text)", () => {
    const rule = tochka.items.find((it) => it.deadline.yearOffset === -1)!.deadline;
    const at2000 = ruleText(rule, 2000);
    expect(at2000.ru).toMatch(/года, предшествующего году получения субсидии/);
    expect(at2000.ru).not.toMatch(/1999/);
    expect(ruleText(rule, 2027).ru).toMatch(/2026 года/);
  });
});
