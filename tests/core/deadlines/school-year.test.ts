// A school-year plan («на 2026/2027 учебный год», target year 2027) runs September 2026 – August 2027: a day or month
// written without a year falls in the school year, so «до 20 декабря» is December 2026, not December 2027.
import { describe, expect, it } from "vitest";
import { parseDeadline, type DeadlineContext } from "../../../src/core/deadlines";
import { checkSheet } from "../../../src/core/checks/sheet";
import { readingOf } from "../../../src/core/reading";
import { getEdition, planYearFrom } from "../../../src/core/templates/library";
import type { Grid } from "../../../src/core/grid";

const plan = { targetYear: 2027, documentYear: 2026, yearFrom: 9, schoolYear: true };

describe("year-less deadlines in a school-year plan", () => {
  it("September–December fall in the first calendar year, January–August in the second", () => {
    expect(parseDeadline("ежегодно до 20 декабря", plan).due).toBe("2026-12-20");
    expect(parseDeadline("до 1 октября", plan).due).toBe("2026-10-01");
    expect(parseDeadline("ноябрь", plan).due).toBe("2026-11-30");
    expect(parseDeadline("до 1 марта", plan).due).toBe("2027-03-01");
    const range = parseDeadline("сентябрь – май", plan);
    expect([range.start, range.due]).toEqual(["2026-09-01", "2027-05-31"]);
  });

  it("a bare «в течение года» is the plan's school year; a written year or «до конца года» stays the calendar's", () => {
    const span = (t: string, ctx: DeadlineContext = plan) => {
      const d = parseDeadline(t, ctx);
      return [d.start, d.due];
    };
    expect(span("в течение года")).toEqual(["2026-09-01", "2027-08-31"]);
    expect(span("в течение учебного года")).toEqual(["2026-09-01", "2027-08-31"]);
    expect(span("в течение 2027 года")).toEqual(["2027-01-01", "2027-12-31"]);
    expect(parseDeadline("до конца года", plan).due).toBe("2027-12-31");
    // A calendar-year plan («на 2027 год»), even of a form whose measures run over a school year: the calendar year.
    expect(span("в течение года", { targetYear: 2027 })).toEqual(["2027-01-01", "2027-12-31"]);
    expect(span("в течение года", { ...plan, schoolYear: false })).toEqual(["2027-01-01", "2027-12-31"]);
  });

  it("a year-less day in brackets bounds the period it follows, in that period's year", () => {
    expect(parseDeadline("сентябрь 2026 г. (до 25.09)", plan).due).toBe("2026-09-25");
    expect(parseDeadline("сентябрь 2026 г. (до 25 сентября)", plan).due).toBe("2026-09-25");
    expect(parseDeadline("март 2027 г. (не позднее 15 марта)", plan).due).toBe("2027-03-15");
  });

  it("a half of the school year is September–December or January–May, not a calendar half", () => {
    const span = (t: string, ctx: DeadlineContext = plan) => {
      const d = parseDeadline(t, ctx);
      return [d.start, d.due];
    };
    expect(span("I полугодие учебного года")).toEqual(["2026-09-01", "2026-12-31"]);
    expect(span("в II полугодии учебного года")).toEqual(["2027-01-01", "2027-05-31"]);
    expect(span("II полугодие 2026/2027 учебного года", { targetYear: 2027 })).toEqual([
      "2027-01-01",
      "2027-05-31",
    ]);
    expect(span("I полугодие 2026/2027 уч. года", { targetYear: 2027 })).toEqual([
      "2026-09-01",
      "2026-12-31",
    ]);
    // A bracketed last day inside the school half is its due date; a calendar half stays calendar.
    expect(span("II полугодие учебного года (до 30 апреля 2027 г.)")).toEqual(["2027-01-01", "2027-04-30"]);
    expect(span("II полугодие 2027 года")).toEqual(["2027-07-01", "2027-12-31"]);
  });

  it("a half without its year in a school-year plan is the school year's half; with a year or elsewhere, the calendar's", () => {
    const span = (t: string, ctx: DeadlineContext = plan) => {
      const d = parseDeadline(t, ctx);
      return [d.start, d.due];
    };
    expect(span("в течение II полугодия (январь – май 2027)")).toEqual(["2027-01-01", "2027-05-31"]);
    expect(span("II полугодие")).toEqual(["2027-01-01", "2027-05-31"]);
    expect(span("в течение I полугодия")).toEqual(["2026-09-01", "2026-12-31"]);
    expect(span("в течение II полугодия (до 30 апреля 2027 г.)")).toEqual(["2027-01-01", "2027-04-30"]);
    expect(span("I полугодие 2027 г.")).toEqual(["2027-01-01", "2027-06-30"]);
    expect(span("II полугодие", { targetYear: 2027 })).toEqual(["2027-07-01", "2027-12-31"]);
  });

  it("a written year, a year-less date in a calendar-year roadmap, and «текущего года» keep their year", () => {
    expect(parseDeadline("до 20 декабря 2027 г.", plan).due).toBe("2027-12-20");
    expect(parseDeadline("до 20 декабря", { targetYear: 2027 }).due).toBe("2027-12-20");
    expect(parseDeadline("до 20 декабря текущего года", plan).due).toBe("2027-12-20");
  });

  it("the complex plan's edition begins its year in September; the calendar-year forms do not", () => {
    expect(planYearFrom(getEdition("complex-plan-2024"))).toBe(9);
    expect(planYearFrom(getEdition("tochka-rosta-2024"))).toBeNull();
    expect(planYearFrom(null)).toBeNull();
  });

  it("the checks and the report's reading take December of the plan's first year", () => {
    const grid: Grid = {
      sheetName: "ЕКП",
      origin: "A1",
      merges: ["A3:D3"],
      values: [
        [
          "Единый комплексный план мероприятий по организационно-методической поддержке созданной инфраструктуры на 2026/2027 учебный год",
          null,
          null,
          null,
        ],
        ["№ п/п", "Наименование мероприятия", "Сроки проведения", "Ответственные"],
        ["Направление 7. Организация профориентационной деятельности обучающихся", null, null, null],
        ["7.1", "Профориентационные встречи с предприятиями-партнёрами", "ежегодно до 20 декабря", "Школы"],
      ],
    };
    const res = checkSheet(grid, { checkDate: "2026-08-20" });
    const reading = readingOf(res.roadmaps[0]!, res.reports[0]!);
    expect(reading.rows.find((r) => r.kind === "measure")!.deadline!.due).toBe("2026-12-20");

    // The planner's own school-year edition (a saved or --template one) gives the reading its year start too.
    const own = { ...getEdition("complex-plan-2024")!, id: "my-plan" };
    const id = res.roadmaps[0]!.id;
    const mine = checkSheet(grid, {
      checkDate: "2026-08-20",
      extraEditions: [own],
      overrides: { [id]: { editionId: "my-plan" } },
    });
    expect(mine.reports[0]!.editionId).toBe("my-plan");
    const ownReading = readingOf(mine.roadmaps[0]!, mine.reports[0]!, [own]);
    expect(ownReading.rows.find((r) => r.kind === "measure")!.deadline!.due).toBe("2026-12-20");
  });
});

describe("a complex plan for calendar years («на 2027–2029 годы», «на 2027 год и плановый период 2028 года»)", () => {
  const grid = (title: string): Grid => ({
    sheetName: "ЕКП",
    origin: "A1",
    merges: [],
    values: [
      [title, null, null, null],
      ["№", "Мероприятие", "Сроки", "Исполнитель"],
      [
        "1",
        "Совместные мероприятия обучающихся центров и школ округа",
        "ежегодно, сентябрь",
        "Управление образования",
      ],
      ["2", "Муниципальный конкурс проектов обучающихся", "ежегодно, апрель", "Управление образования"],
      ["3", "Наставничество обучающихся центров", "ежегодно, сентябрь – май", "Руководители центров"],
    ],
  });

  it("runs January to December of its first year: «ежегодно, сентябрь» is September of that year, not the one before", () => {
    for (const title of [
      "Муниципальный комплексный план мероприятий по организационно-методической поддержке центров на 2027–2029 годы",
      "Комплексный план мероприятий по организационно-методической поддержке центров на 2027 год и плановый период 2028 и 2029 годов",
    ]) {
      const res = checkSheet(grid(title), { checkDate: "2026-12-22" });
      const reading = readingOf(res.roadmaps[0]!, res.reports[0]!);
      const dues = reading.rows.filter((r) => r.kind === "measure").map((r) => r.deadline?.due);
      expect([title, dues]).toEqual([title, ["2027-09-30", "2027-04-30", "2028-05-31"]]);
      expect(res.reports[0]!.findings.filter((f) => f.code === "overdue")).toEqual([]);
    }
  });

  it("a year-less range that wraps («ноябрь – февраль», «май – сентябрь» in a school year) runs on into the next year", () => {
    const span = (t: string, ctx: DeadlineContext) => {
      const d = parseDeadline(t, ctx);
      return [d.kind, d.start, d.due];
    };
    expect(span("ноябрь – февраль", { targetYear: 2027 })).toEqual(["period", "2027-11-01", "2028-02-29"]);
    expect(span("май – сентябрь", plan)).toEqual(["period", "2027-05-01", "2027-09-30"]);
    // A written year keeps its order: an end before the start is still unreadable.
    expect(span("ноябрь 2027 – февраль 2027", { targetYear: 2027 })[0]).toBe("unknown");
  });
});

describe("«до начала учебного года»: the first day of the school year, as «до 1 сентября»", () => {
  it("a calendar-year roadmap means the school year that begins in its year", () => {
    for (const t of [
      "до начала учебного года",
      "к началу учебного года",
      "не позднее начала учебного года",
    ]) {
      const d = parseDeadline(t, { targetYear: 2027 });
      expect([t, d.kind, d.due]).toEqual([t, "by-date", "2027-09-01"]);
    }
  });

  it("a school-year plan means its own school year; a written school year is that one", () => {
    expect(parseDeadline("до начала учебного года", plan).due).toBe("2026-09-01");
    expect(parseDeadline("до начала 2027/2028 учебного года", { targetYear: 2027 }).due).toBe("2027-09-01");
    expect(parseDeadline("к началу 2027/2028 уч. года", plan).due).toBe("2027-09-01");
  });
});
