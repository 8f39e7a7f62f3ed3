import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { checkRoadmap } from "../../../src/core/checks";
import { checkSheet } from "../../../src/core/checks/sheet";
import type { CellValue, Grid } from "../../../src/core/grid";
import { readRoadmaps } from "../../../src/core/reader";
import type { Roadmap } from "../../../src/core/reader/types";
import { RoadmapReportSchema } from "../../../src/core/report";
import {
  editionSheetPlan,
  instantiateTemplate,
  templateYearProblem,
} from "../../../src/core/templates/instantiate";
import { getEdition, listEditions } from "../../../src/core/templates/library";
import { parseTemplateGrid } from "../../../src/core/templates/parse";
import { EditionSchema, RULE_KINDS, type Edition } from "../../../src/core/templates/schema";
import { buildRoadmap } from "../match/build";
import { fixtureGrid } from "./helpers";

// Words planners write, so random sheets reach the reader's and the checks' deep paths, not only their exits.
const VOCAB = [
  "№ п/п",
  "Наименование мероприятия",
  "Ответственный",
  "Результат",
  "Срок",
  "Срок исполнения",
  "Отметка о выполнении",
  "Направление 1. Проведение совместных мероприятий",
  "Комплекс мер (дорожная карта) на 2027 год",
  "Начало работы Школьного Кванториума",
  "Объявлены закупки товаров, работ, услуг",
  "Утверждены: 1) должностное лицо; 2) комплекс мер (дорожная карта)",
  "Сформирован инфраструктурный лист",
  "не позднее 15 февраля 2024 года",
  "27 ноября года, предшествующего году получения субсидии",
  "согласно графику, направляемому федеральным оператором",
  "1 октября года Y, далее – ежеквартально",
  "в течение года Y",
  "31 января",
  "30.11.2023",
  "Выполнено",
  "Отв. Баник Я.В., Банник Я.В.",
  "Региональный координатор",
  "1.",
  "5.3",
  "9.5",
  "",
];

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...VOCAB) },
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 1, arbitrary: fc.integer({ min: -5, max: 60_000 }) },
  { weight: 1, arbitrary: fc.double({ noNaN: false }) },
  { weight: 1, arbitrary: fc.boolean() },
  {
    weight: 1,
    arbitrary: fc.date({
      min: new Date(Date.UTC(1900, 0, 1)),
      max: new Date(Date.UTC(2100, 0, 1)),
      noInvalidDate: false,
    }),
  },
  { weight: 1, arbitrary: fc.constantFrom({ error: "#N/A" }, { error: "#REF!" }) },
);

const grid: fc.Arbitrary<Grid> = fc
  .tuple(fc.integer({ min: 1, max: 7 }), fc.integer({ min: 0, max: 14 }), fc.boolean())
  .chain(([cols, rows, header]) =>
    fc
      .array(fc.array(cell, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows })
      .map((values) => {
        if (header && cols >= 5)
          values.splice(Math.min(1, values.length), 0, [
            "№ п/п",
            "Наименование мероприятия",
            "Ответственный",
            "Результат",
            "Срок",
            ...Array(cols - 5).fill(null),
          ]);
        return { sheetName: "Лист", origin: "B2", values, merges: [] } satisfies Grid;
      }),
  );

const rule = fc.constantFrom(...RULE_KINDS).chain((kind) => {
  const dated = kind === "by-date" || kind === "date" || kind === "recurring";
  return fc.record({
    kind: fc.constant(kind),
    month: dated ? fc.integer({ min: 1, max: 12 }) : fc.constant(null),
    day: dated ? fc.integer({ min: 1, max: 28 }) : fc.constant(null),
    yearOffset: fc.integer({ min: -2, max: 2 }),
    cadence:
      kind === "recurring"
        ? fc.constantFrom("monthly", "quarterly", "yearly", "as-needed")
        : fc.constant(null),
    confidence: fc.constantFrom("confirmed", "reconstructed", "unknown"),
  });
});

const edition: fc.Arbitrary<Edition> = fc
  .record({
    directions: fc.boolean(),
    items: fc.array(
      fc.record({
        text: fc.constantFrom(...VOCAB.filter((v) => v.length > 3)),
        terms: fc.array(
          fc.record({
            term: fc.constantFrom(...VOCAB.filter((v) => v.length > 0)),
            weight: fc.double({ min: 0.1, max: 10, noNaN: true }),
          }),
          { minLength: 1, maxLength: 4 },
        ),
        group: fc.constantFrom(null, "g"),
        deadline: rule,
        result: fc.boolean(),
      }),
      { minLength: 1, maxLength: 8 },
    ),
  })
  .map(({ directions, items }) =>
    EditionSchema.parse({
      schemaVersion: 1,
      id: "random",
      programme: "kvantorium",
      generation: 2024,
      title: { ru: "Случайный", en: "Random" },
      sheetTitle: "Случайный шаблон на {Y} год",
      basis: [],
      confidence: "unknown",
      notes: [],
      kind: directions ? "directions" : "items",
      groups: [{ id: "g", lead: "Утверждены:" }],
      measurePeriod: directions
        ? { start: { month: 9, day: 1, yearOffset: -1 }, end: { month: 8, day: 31, yearOffset: 0 } }
        : null,
      items: items.map((it, i) => ({
        id: `i${i}`,
        number: String(i + 1),
        section: directions ? String(i + 1) : null,
        multiple: directions,
        group: directions ? null : it.group,
        title: { ru: it.text, en: it.text },
        text: it.text,
        terms: it.terms,
        responsible: { ru: "Региональный координатор", en: "Regional coordinator" },
        result: it.result ? { ru: "Акт", en: "Act" } : null,
        deadline: it.deadline,
        source: { document: "тест", seeds: [] },
        confidence: "unknown",
      })),
    }),
  );

describe("properties: nothing throws, every report fits its schema", () => {
  let fixtures: Roadmap[] = [];
  beforeAll(async () => {
    for (const f of [
      "seed000-smolensk-2024-matrix.xlsx",
      "seed002-leningrad-2024-kvantorium.xlsx",
      "seed004-smolensk-2023-complex-plan.xlsx",
    ]) {
      fixtures.push(...readRoadmaps(await fixtureGrid(f)).roadmaps);
    }
    fixtures = fixtures.slice(0, 4);
  });

  it("arbitrary grids through checkSheet", () => {
    fc.assert(
      fc.property(grid, fc.constantFrom("2024-01-01", "2027-06-30"), (g, checkDate) => {
        const res = checkSheet(g, { checkDate });
        for (const r of res.reports) RoadmapReportSchema.parse(r);
        expect(res.reason === null || res.reports.length === 0).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it("arbitrary grids through parseTemplateGrid", () => {
    fc.assert(
      fc.property(grid, (g) => {
        const res = parseTemplateGrid(g, { programme: "kvantorium", year: 2025 });
        if (res.ok) EditionSchema.parse(res.edition);
        else expect(res.errors.length).toBeGreaterThan(0);
      }),
      { numRuns: 150 },
    );
  });

  it("arbitrary templates against real roadmaps, and instantiated for any year", () => {
    fc.assert(
      fc.property(
        edition,
        fc.integer({ min: 2000, max: 2100 }),
        fc.constantFrom(null, 2021, 2024),
        (e, year, target) => {
          for (const r of fixtures)
            RoadmapReportSchema.parse(checkRoadmap(r, e, { targetYear: target, checkDate: "2024-05-01" }));
          // Outside the supported years (the year, or Y ± offset of a dated item) the writer refuses with the reason.
          const problem = templateYearProblem(e, year);
          if (problem) {
            expect(() => instantiateTemplate(e, year)).toThrow(new RangeError(problem.en));
            return;
          }
          const rows = instantiateTemplate(e, year);
          expect(rows.length).toBeGreaterThan(0);
          const plan = editionSheetPlan(e, year, "ru");
          expect(plan.rows).toHaveLength(rows.length);
        },
      ),
      { numRuns: 100 },
    );
  });

  it("arbitrary roadmap rows against every built-in edition", () => {
    const row = fc.record({
      number: fc.option(fc.constantFrom("1", "1.", "2.1", "9.5", "x"), { nil: null }),
      title: fc.constantFrom(...VOCAB),
      responsible: fc.option(fc.constantFrom(...VOCAB), { nil: null }),
      deadline: fc.option(fc.constantFrom(...VOCAB), { nil: null }),
      subItems: fc.array(fc.constantFrom(...VOCAB), { maxLength: 3 }),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 12 }), fc.constantFrom(null, 2020, 2024, 2030), (rows, year) => {
        const r = buildRoadmap(rows, { year, withResult: true, withStatus: true });
        for (const { id } of listEditions()) {
          RoadmapReportSchema.parse(
            checkRoadmap(r, getEdition(id)!, { targetYear: year, checkDate: "2024-05-01" }),
          );
        }
        RoadmapReportSchema.parse(checkRoadmap(r, null, { targetYear: year, checkDate: "2024-05-01" }));
      }),
      { numRuns: 60 },
    );
  });
});
