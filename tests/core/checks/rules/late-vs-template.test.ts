import { describe, expect, it } from "vitest";
import { check as lateVsTemplate, codes } from "../../../../src/core/checks/rules/late-vs-template";
import { getEdition } from "../../../../src/core/templates/library";
import { check as missingItem } from "../../../../src/core/checks/rules/missing-item";
import { contextOf, findingsOf, kv21, leningrad, withRow } from "./context";
import { check, producesItsCodes } from "./produce";

describe("rule late-vs-template", () => {
  it("on or before the rule: nothing", () => {
    expect(findingsOf(lateVsTemplate, contextOf(leningrad()))).toEqual([]);
  });

  it.each([
    ["ежеквартально, начиная с IV квартала 2027 г.", []],
    ["ежеквартально, начиная с октября 2027 г.", []],
    ["ежеквартально, начиная с 1 октября 2027 г.", []],
    ["ежеквартально, начиная с I квартала 2028 г.", [["error", "indicator-monitoring"]]],
  ])("a quarterly schedule «%s» for the form's «quarterly from 1 October» → %j", (deadline, expected) => {
    const row = [
      {
        number: "14",
        title: "Ежеквартальный мониторинг выполнения показателей",
        deadline,
        responsible: "УО",
        result: "Отчёт",
      },
    ];
    const ctx = contextOf(row, { year: 2027, edition: getEdition("tochka-rosta-2024")! });
    expect(ctx.rows[0]!.items.map((it) => it.id)).toEqual(["indicator-monitoring"]);
    expect(findingsOf(lateVsTemplate, ctx).map((f) => [f.severity, f.itemId])).toEqual(expected);
  });

  it("one row standing for two dated items is compared, item by item, with its own date", () => {
    const cos = getEdition("cos-2024")!;
    const row = (deadline: string) => [
      { number: "1", title: "Мониторинг хода внедрения ЦОС", deadline, responsible: "РЦОИ", result: "Отчёт" },
    ];
    const both = contextOf(row("август, ноябрь 2027 г. (до 25.08.2027, до 30.11.2027)"), {
      year: 2027,
      edition: cos,
    });
    expect(both.rows[0]!.items.map((it) => it.id)).toEqual([
      "progress-monitoring-august",
      "progress-monitoring-november",
    ]);
    expect(findingsOf(lateVsTemplate, both)).toEqual([]);
    const covered = findingsOf(missingItem, both).map((f) => f.itemId);
    expect(covered).not.toContain("progress-monitoring-august");
    expect(covered).not.toContain("progress-monitoring-november");
    // The November date later than the form's: late, on the November item.
    const late = findingsOf(
      lateVsTemplate,
      contextOf(row("до 25.08.2027, до 10.12.2027"), { year: 2027, edition: cos }),
    );
    expect(late.map((f) => [f.severity, f.itemId])).toEqual([["error", "progress-monitoring-november"]]);
  });

  it("«ежегодно, до 25 августа и до 30 ноября» stands for both monitorings, each on time", () => {
    const cos = getEdition("cos-2024")!;
    const ctx = contextOf(
      [
        {
          number: "1",
          title: "Мониторинг хода внедрения цифровой образовательной среды в школах округа",
          deadline: "ежегодно, до 25 августа и до 30 ноября",
          responsible: "Комитет",
          result: "Отчёт",
        },
      ],
      { year: 2027, edition: cos },
    );
    expect(ctx.rows[0]!.deadline?.occurrences).toEqual(["2027-08-25", "2027-11-30"]);
    expect(ctx.rows[0]!.items.map((it) => it.id)).toEqual([
      "progress-monitoring-august",
      "progress-monitoring-november",
    ]);
    expect(findingsOf(lateVsTemplate, ctx)).toEqual([]);
    expect(findingsOf(missingItem, ctx).map((f) => f.itemId)).not.toContain("progress-monitoring-november");
  });

  it("bare dates «25.08.2027, 30.11.2027» for the two monitorings: each met by its own date, the later one no lateness", () => {
    const cos = getEdition("cos-2024")!;
    const ctx = contextOf(
      [
        {
          number: "1",
          title: "Мониторинг хода реализации мероприятий по внедрению ЦОС",
          deadline: "25.08.2027, 30.11.2027",
          responsible: "Министерство",
          result: "Отчёт",
        },
      ],
      { year: 2027, edition: cos },
    );
    expect(ctx.rows[0]!.items.map((it) => it.id)).toEqual([
      "progress-monitoring-august",
      "progress-monitoring-november",
    ]);
    expect(findingsOf(lateVsTemplate, ctx)).toEqual([]);
  });

  it("a plan for several years doing the step once a year: its target year's time is compared, not the last year's", () => {
    const tr = getEdition("tochka-rosta-2024")!;
    const late = (deadline: string) =>
      findingsOf(
        lateVsTemplate,
        contextOf(
          [
            {
              number: "15",
              title: "Повышение квалификации педагогических работников центров",
              deadline,
              responsible: "ИРО",
              result: "Удостоверения",
            },
          ],
          { year: 2027, edition: tr },
        ),
      ).map((f) => f.itemId);
    expect(late("в течение 2027 г.; в течение 2028 г.")).toEqual([]);
    expect(late("март 2027 г., март 2028 г.")).toEqual([]);
    // Nothing in the target year's time: late.
    expect(late("в течение 2028 г.")).toEqual(["professional-development"]);
    expect(late("в течение 2028 г.; в течение 2029 г.")).toEqual(["professional-development"]);
  });

  it("a day later than the rule: an error with both dates and the rule's source", () => {
    const [f, ...rest] = findingsOf(
      lateVsTemplate,
      contextOf(withRow(4, { deadline: "не позднее 16 февраля 2024 года" })),
    );
    expect(rest).toEqual([]);
    expect([f!.severity, f!.address, f!.itemId, f!.actual]).toEqual([
      "error",
      "E6",
      "procurement",
      "не позднее 16 февраля 2024 года",
    ]);
    expect(f!.expected!.ru).toBe("не позднее 15 февраля 2024 года");
    expect(f!.rule!.confidence).toBe("unknown");
  });

  it("without a year, compares deadlines written relative to the subsidy year", () => {
    const rows = [
      {
        number: "1",
        title: "Объявлены закупки товаров, работ, услуг",
        deadline: "2 марта года получения субсидии",
      },
    ];
    const [f] = findingsOf(lateVsTemplate, contextOf(rows, { year: null, edition: kv21, withResult: false }));
    expect(f!.expected!.ru).toBe("1 марта года получения субсидии");
  });

  it("«по графику» where the form fixes a date: a warning, not an error", () => {
    const [f] = findingsOf(
      lateVsTemplate,
      contextOf(withRow(4, { deadline: "по графику федерального оператора" })),
    );
    expect(f!.severity).toBe("warning");
    expect(f!.message.ru).toContain("нельзя сравнить с шаблоном");
  });
});

producesItsCodes(codes, {
  "late-vs-template": () => check(withRow(4, { deadline: "не позднее 16 февраля 2024 года" })),
});
