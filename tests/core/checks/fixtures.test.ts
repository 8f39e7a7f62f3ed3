import { describe, expect, it } from "vitest";
import { checkSheet } from "../../../src/core/checks/sheet";
import { cellText, gridAddress } from "../../../src/core/grid";
import { RoadmapReportSchema, type RoadmapReport } from "../../../src/core/report";
import { SPECS, type RoadmapSpec } from "./fixture-spec";
import { fixtureGrid } from "./helpers";

async function reportFor(spec: RoadmapSpec, checkDate = spec.checkDate): Promise<RoadmapReport> {
  const grid = await fixtureGrid(spec.file);
  const res = checkSheet(grid, { checkDate });
  expect(res.reason).toBeNull();
  const report = res.reports.find((r) => r.programme === spec.programme);
  expect(report, `${spec.file}: no ${spec.programme} roadmap`).toBeDefined();
  return RoadmapReportSchema.parse(report);
}

describe("the five fixtures against their editions", () => {
  for (const spec of SPECS) {
    describe(`${spec.file} — ${spec.programme}`, () => {
      it("picks the edition and the year a reader would", async () => {
        const r = await reportFor(spec);
        expect(r.editionId).toBe(spec.edition);
        expect(r.targetYear).toBe(spec.targetYear);
      });

      it("takes every row as the items it covers", async () => {
        const r = await reportFor(spec);
        expect(r.rowsRead).toBe(spec.rows.length);
        const got = spec.rows.map((_, i) =>
          r.matches
            .filter((m) => m.rowIndex === i)
            .map((m) => m.itemId)
            .sort(),
        );
        expect(got).toEqual(spec.rows.map((items) => [...new Set(items)].sort()));
        for (const m of r.matches) {
          expect(m.score).toBeGreaterThan(0);
          expect(m.terms.length).toBeGreaterThan(0);
        }
      });

      it("finds no missing item and no late deadline — only the notes the document deserves", async () => {
        const r = await reportFor(spec);
        expect(r.byCode).toEqual(spec.findings);
        expect(r.verdict).toBe("ready");
        expect(r.notes.length).toBeGreaterThan(0);
      });
    });
  }
});

describe("what the fixtures' notes say", () => {
  it("seed 000: «Баник Я.В.» in the table against «Банник Я.В.» in the sign-off list", async () => {
    const spec = SPECS.find((s) => s.file.startsWith("seed000") && s.programme === "kvantorium")!;
    const grid = await fixtureGrid(spec.file);
    let signOff: string | null = null;
    grid.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (cellText(v).trim() === "Банник Я.В.") signOff = gridAddress(grid, r, c);
      }),
    );
    expect(signOff).not.toBeNull();
    const r = await reportFor(spec);
    const f = r.findings.find((x) => x.code === "responsible-name-variant")!;
    expect(f.severity).toBe("info");
    expect(f.message.ru).toContain("«Баник Я.В.»");
    expect(f.message.ru).toContain("«Банник Я.В.»");
    expect(f.message.ru).toContain(signOff!);
    // The table cell that holds «Баник»: the responsible line under the «30 июня» row (row 5).
    expect(f.rowIndex).toBe(5);
  });

  it("seed 004: the gaps 5.3 → 5.5 and 9.2 → 9.5", async () => {
    const r = await reportFor(SPECS.find((s) => s.file.startsWith("seed004"))!);
    const gaps = r.findings.filter((f) => f.code === "numbering-gap").map((f) => f.message.ru);
    expect(gaps).toEqual([
      "После пункта 5.3 идёт 5.5: пропущен номер 5.4.",
      "После пункта 9.2 идёт 9.5: пропущены номера 9.3–9.4.",
    ]);
  });

  it("seed 002: weekends are named with their date", async () => {
    const r = await reportFor(SPECS.find((s) => s.file.startsWith("seed002"))!);
    const days = r.findings.filter((f) => f.code === "non-working-day").map((f) => f.message.ru.slice(0, 16));
    expect(days).toEqual([
      "Срок 30.06.2024 ",
      "Срок 25.08.2024 ",
      "Срок 25.08.2024 ",
      "Срок 25.08.2024 ",
      "Срок 25.08.2024 ",
      "Срок 15.09.2024 ",
    ]);
  });

  it("seed 002 checked on 1 July 2024: the five deadlines before it are overdue (no status column)", async () => {
    const spec = SPECS.find((s) => s.file.startsWith("seed002"))!;
    const r = await reportFor(spec, "2024-07-01");
    const overdue = r.findings.filter((f) => f.code === "overdue");
    // 29.12.2023 (approvals), до 01.02 (design), 01.03 (equipment), 15.02 (procurement), 30.06 (reference).
    expect(overdue.map((f) => f.rowIndex)).toEqual([0, 2, 3, 4, 5]);
    expect(overdue.every((f) => f.severity === "warning")).toBe(true);
    expect(overdue[0]!.message.ru).toBe(
      "Срок 29.12.2023 прошёл (проверка на 01.07.2024), а отметки о выполнении нет.",
    );
  });

  it("ЦОС: the edition says its items and dates come from one region only", async () => {
    const r = await reportFor(SPECS.find((s) => s.programme === "cos")!);
    expect(r.editionConfidence).toBe("unknown");
    expect(r.notes[0]!.ru).toContain("только из дорожной карты Смоленской обл.");
  });
});
