import { readFileSync, writeFileSync } from "node:fs";
import { format } from "prettier";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { checkSheet } from "../../src/core/checks/sheet";
import type { Finding } from "../../src/core/report";
import {
  CORPUS_DIR,
  evaluateWorkbook,
  gridOf,
  loadSet,
  parseWorkbook,
  scoreWorkbook,
  type Gap,
  HELD_OUT_SETS,
} from "./evaluate";
import type { CorpusWorkbook } from "./schema";

/**
 * The tuning corpus against the checker. Every error or warning not in the truth, every planted mistake not found and
 * every wrong due date is a gap; today's gaps are listed in known-gaps.json. A new gap fails, and so does a listed gap
 * that has disappeared: whoever closes one shrinks the list (KNOWN_GAPS_UPDATE=1 rewrites it; say why in the commit).
 */

const KNOWN_FILE = join(CORPUS_DIR, "known-gaps.json");
const UPDATE = process.env.KNOWN_GAPS_UPDATE === "1";

interface KnownGaps {
  about: string;
  workbooks: Record<string, Gap[]>;
}

const known = JSON.parse(readFileSync(KNOWN_FILE, "utf8")) as KnownGaps;
const tuning = loadSet("tuning");

describe("corpus format", () => {
  it("has at least 25 tuning workbooks, about two thirds of them wholly correct", () => {
    expect(tuning.length).toBeGreaterThanOrEqual(25);
    // Correct: nothing wrong in the document; IT-куб's «no template» warning is about the product, not the roadmap.
    const correct = tuning.filter(({ workbook }) =>
      workbook.truth.roadmaps.every((r) => r.findings.every((f) => f.code === "no-template")),
    ).length;
    expect(correct / tuning.length).toBeGreaterThan(0.55);
    expect(correct / tuning.length).toBeLessThan(0.75);
  });

  it("a held-out set, when present, is made of valid corpus workbooks (scored by the bench, not ratcheted)", () => {
    // loadSet throws on a malformed file; the held-out truth itself is not looked at here.
    for (const set of HELD_OUT_SETS) expect(() => loadSet(set)).not.toThrow();
  });

  const good = () => structuredClone(tuning[0]!.workbook) as unknown as Record<string, unknown>;
  it.each([
    ["a workbook without truth", (w: Record<string, unknown>) => delete w.truth],
    ["a date that is not yyyy-mm-dd", (w: Record<string, unknown>) => (w.checkDate = "20.01.2027")],
    [
      "a row finding without a row",
      (w: Record<string, unknown>) => {
        const t = w.truth as CorpusWorkbook["truth"];
        t.roadmaps[0]!.findings.push({ code: "deadline-missing" });
      },
    ],
    [
      "missing-item without an item id",
      (w: Record<string, unknown>) => {
        const t = w.truth as CorpusWorkbook["truth"];
        t.roadmaps[0]!.findings.push({ code: "missing-item", row: 5 });
      },
    ],
    [
      "an unknown programme",
      (w: Record<string, unknown>) =>
        ((w.truth as { roadmaps: { programme: string }[] }).roadmaps[0]!.programme = "kvant"),
    ],
    [
      "a truth sheet that is not in the workbook",
      (w: Record<string, unknown>) => ((w.truth as { sheet: string }).sheet = "Лист2"),
    ],
    [
      "a cell that is an object of unknown shape",
      (w: Record<string, unknown>) => ((w.sheets as { rows: unknown[][] }[])[0]!.rows[0] = [{ value: 1 }]),
    ],
  ])("rejects %s", (_, spoil) => {
    const w = good();
    expect(() => parseWorkbook(w)).not.toThrow();
    spoil(w);
    expect(() => parseWorkbook(w)).toThrow(/not a corpus workbook/);
  });
});

describe("the evaluator counts what it is shown", () => {
  const id = "tr-2025-excel-dates-late-start";
  let w: CorpusWorkbook;
  let result: ReturnType<typeof checkSheet>;
  beforeAll(async () => {
    w = tuning.find((x) => x.workbook.id === id)!.workbook;
    result = checkSheet(await gridOf(w), { checkDate: w.checkDate });
  });
  const withFindings = (edit: (fs: Finding[]) => Finding[]) => ({
    ...result,
    reports: result.reports.map((r, i) => (i === 0 ? { ...r, findings: edit(r.findings) } : r)),
  });

  it("a planted false finding is a false finding of its code", () => {
    const base = scoreWorkbook("tuning", w, result);
    const fake: Finding = {
      ...result.reports[0]!.findings[0]!,
      code: "responsible-missing",
      severity: "warning",
      address: "D7",
      itemId: null,
    };
    const s = scoreWorkbook(
      "tuning",
      w,
      withFindings((fs) => [...fs, fake]),
    );
    expect(s.falseFindings).toBe(base.falseFindings + 1);
    expect(s.byCode["responsible-missing"]!.fp).toBe((base.byCode["responsible-missing"]?.fp ?? 0) + 1);
    expect(s.gaps).toContain("tochka-rosta: false warning responsible-missing row 7");
  });

  it("an info finding is not a false finding", () => {
    const base = scoreWorkbook("tuning", w, result);
    const info: Finding = {
      ...result.reports[0]!.findings[0]!,
      code: "extra-row",
      severity: "info",
      address: "B7",
    };
    expect(
      scoreWorkbook(
        "tuning",
        w,
        withFindings((fs) => [...fs, info]),
      ).falseFindings,
    ).toBe(base.falseFindings);
  });

  it("a planted mistake the checker drops is a miss", () => {
    const base = scoreWorkbook("tuning", w, result);
    const s = scoreWorkbook(
      "tuning",
      w,
      withFindings((fs) => fs.filter((f) => f.code !== "late-vs-template")),
    );
    expect(s.misses).toBe(base.misses + 1);
    expect(s.byCode["late-vs-template"]!.fn).toBe((base.byCode["late-vs-template"]?.fn ?? 0) + 1);
  });

  it("a correct roadmap judged «ЕСТЬ ОШИБКИ» is counted", () => {
    const correct = structuredClone(w);
    correct.truth.roadmaps[0]!.findings = [];
    const s = scoreWorkbook("tuning", correct, result);
    expect(result.reports[0]!.verdict).toBe("has-errors");
    expect(s.falseHasErrors).toBe(1);
    expect(s.correctRoadmaps).toBe(1);
  });

  it("a roadmap with planted errors not judged «ЕСТЬ ОШИБКИ» is counted", () => {
    const softened = {
      ...result,
      reports: result.reports.map((r) => ({ ...r, verdict: "ready" as const })),
    };
    expect(scoreWorkbook("tuning", w, result).lostHasErrors).toBe(0);
    expect(scoreWorkbook("tuning", w, softened).lostHasErrors).toBe(1);
  });

  it("a wrong due date and an unfound roadmap are counted", () => {
    const base = scoreWorkbook("tuning", w, result);
    const shifted = structuredClone(w);
    const row = shifted.truth.roadmaps[0]!.rows.find((r) => r.due !== null)!;
    row.due = "2099-01-01";
    expect(scoreWorkbook("tuning", shifted, result).due.wrong).toBe(base.due.wrong + 1);
    const other = structuredClone(w);
    other.truth.roadmaps[0]!.programme = "kvantorium";
    const s = scoreWorkbook("tuning", other, result);
    expect(s.notFound).toBe(1);
    expect(s.extraRoadmaps).toBe(1);
    expect(s.misses).toBe(w.truth.roadmaps[0]!.findings.length);
  });
});

describe("pairing per organisation", () => {
  it("pairs one found roadmap per school when the reader names its organisation", async () => {
    const w = tuning.find((x) => x.workbook.id === "tr-2026-per-school-list")!.workbook;
    const result = checkSheet(await gridOf(w), { checkDate: w.checkDate });
    // The reader splits the list itself: one roadmap per school, named by Roadmap.organisation (a string).
    const own = scoreWorkbook("tuning", w, result);
    expect([own.notFound, own.extraRoadmaps, own.due.notRead]).toEqual([0, 0, 0]);
    // The same rows under an organisation given as Evidence<string> pair the same way.
    const [roadmap, report] = [
      { ...result.roadmaps[0]!, rows: result.roadmaps.flatMap((r) => r.rows) },
      result.reports[0]!,
    ];
    const split = {
      ...result,
      roadmaps: w.truth.roadmaps.map((t) => {
        const rows = new Set(t.rows.map((r) => r.row));
        return {
          ...roadmap,
          // Evidence<string>, as another reader might expose it: the evaluator reads both forms.
          organisation: { value: t.organisation, evidence: [] } as unknown as string,
          rows: roadmap.rows.filter((r) => rows.has(r.sheetRows[0]!)),
        };
      }),
      reports: w.truth.roadmaps.map(() => ({ ...report, findings: [] })),
    };
    const s = scoreWorkbook("tuning", w, split);
    expect(s.notFound).toBe(0);
    expect(s.extraRoadmaps).toBe(0);
    expect(s.due.notRead).toBe(0);
  });

  it("pairs the only truth roadmap of a programme, named by its author, with a found one that names none", async () => {
    const w = tuning.find((x) => x.workbook.id === "tr-2026-per-school-list")!.workbook;
    const result = checkSheet(await gridOf(w), { checkDate: w.checkDate });
    const [first] = w.truth.roadmaps;
    const one = { ...w, truth: { ...w.truth, roadmaps: [{ ...first!, organisation: "Камышинский район" }] } };
    const found = { ...result.roadmaps[0]!, organisation: null };
    const s = scoreWorkbook("tuning", one, { ...result, roadmaps: [found], reports: [result.reports[0]!] });
    expect([s.notFound, s.extraRoadmaps]).toEqual([0, 0]);
    // A found roadmap naming another organisation is still another roadmap.
    const other = { ...found, organisation: "Белоярский район" };
    const t = scoreWorkbook("tuning", one, { ...result, roadmaps: [other], reports: [result.reports[0]!] });
    expect([t.notFound, t.extraRoadmaps]).toEqual([1, 1]);
  });

  it("pairs a school named without its legal form and quotes, not a school whose number only starts the same", async () => {
    const w = tuning.find((x) => x.workbook.id === "tr-2026-per-school-list")!.workbook;
    const result = checkSheet(await gridOf(w), { checkDate: w.checkDate });
    const [first] = w.truth.roadmaps;
    const truth = (organisation: string) => ({
      ...w,
      truth: { ...w.truth, roadmaps: [first!, { ...first!, organisation }] },
    });
    const found = (organisation: string) => ({
      ...result,
      roadmaps: [{ ...result.roadmaps[0]!, organisation }],
      reports: [result.reports[0]!],
    });
    const s = scoreWorkbook("tuning", truth("МКОУ «Луговская СОШ»"), found("Луговская СОШ"));
    expect(s.extraRoadmaps).toBe(0);
    const t = scoreWorkbook("tuning", truth("МБОУ «СОШ № 12»"), found("СОШ № 1"));
    expect(t.extraRoadmaps).toBe(1);
  });

  it("pairs «СОШ» with «средняя общеобразовательная школа», in an exposed name or a title", async () => {
    const w = tuning.find((x) => x.workbook.id === "tr-2026-per-school-list")!.workbook;
    const result = checkSheet(await gridOf(w), { checkDate: w.checkDate });
    const [first] = w.truth.roadmaps;
    const truth = {
      ...w,
      truth: { ...w.truth, roadmaps: [first!, { ...first!, organisation: "МКОУ «Сухоборская СОШ»" }] },
    };
    const named = (organisation: string | null, title: string) => ({
      ...result,
      roadmaps: [{ ...result.roadmaps[0]!, organisation, title }],
      reports: [result.reports[0]!],
    });
    const full = "МКОУ «Сухоборская средняя общеобразовательная школа»";
    expect(scoreWorkbook("tuning", truth, named(full, "")).extraRoadmaps).toBe(0);
    expect(
      scoreWorkbook("tuning", truth, named(null, `Дорожная карта … на базе ${full} на 2027 год`))
        .extraRoadmaps,
    ).toBe(0);
    // Another school of the same type is still another school.
    expect(
      scoreWorkbook("tuning", truth, named("МКОУ «Заречная средняя общеобразовательная школа»", ""))
        .extraRoadmaps,
    ).toBe(1);
  });
});

describe("tuning corpus: gaps are exactly those in known-gaps.json", () => {
  const seen: Record<string, Gap[]> = {};

  it("lists no workbook that does not exist", () => {
    const ids = new Set(tuning.map((t) => t.workbook.id));
    expect(Object.keys(known.workbooks).filter((id) => !ids.has(id))).toEqual([]);
  });

  it.each(tuning.map((t) => [t.workbook.id, t.workbook] as const))("%s", async (id, workbook) => {
    const score = await evaluateWorkbook("tuning", workbook);
    seen[id] = score.gaps;
    const listed = known.workbooks[id] ?? [];
    const appeared = score.gaps.filter((g) => !listed.includes(g));
    const disappeared = listed.filter((g) => !score.gaps.includes(g));
    if (UPDATE) return;
    expect(
      { appeared, disappeared },
      "new gaps fail; closed gaps must be removed from known-gaps.json",
    ).toEqual({
      appeared: [],
      disappeared: [],
    });
  });

  it.runIf(UPDATE)("rewrites known-gaps.json (KNOWN_GAPS_UPDATE=1)", async () => {
    const workbooks = Object.fromEntries(
      Object.entries(seen)
        .filter(([, g]) => g.length > 0)
        .sort(([a], [b]) => a.localeCompare(b)),
    );
    const text = JSON.stringify({ about: known.about, workbooks }, null, 2);
    // Formatted as `npm run lint` checks it, so an update commits clean.
    writeFileSync(KNOWN_FILE, await format(text, { parser: "json", printWidth: 110 }));
  });
});
