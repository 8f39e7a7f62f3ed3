import { describe, expect, it } from "vitest";
import { templateSheetFor } from "../../src/core";
import {
  acceptFinding,
  acceptanceKey,
  applyAcceptances,
  collectTyped,
  findingKey,
  parseAcceptanceKey,
  STALE_TITLE,
  typedReasons,
  verdictText,
  withoutAcceptances,
} from "../../src/core/acceptance";
import { checkSheet } from "../../src/core/checks/sheet";
import { CATALOGUE } from "../../src/core/findings/catalogue";
import type { CellValue, Grid } from "../../src/core/grid";
import { buildMarkPlan } from "../../src/core/marks";
import { RoadmapReportSchema, type RoadmapReport } from "../../src/core/report";
import { decodeStore, emptyStore, encodeStore, textHash } from "../../src/core/store";
import { planGrid } from "./checks/helpers";

const AT = "2026-12-03T10:00:00.000Z";
const CHECK = { checkDate: "2026-11-01" };

/** The kvantorium form for 2027 with item 3 a day late (an error with an item) and a regional row (no item). */
function sheet(): Grid {
  const g = planGrid(templateSheetFor("kvantorium-2024", 2027, "ru"));
  const row3 = g.values.findIndex((r) => r[0] === "3");
  g.values[row3]![4] = "не позднее 2 февраля 2027 года";
  const width = g.values[0]!.length;
  const extra: CellValue[] = [
    "99",
    "Региональный форум юных изобретателей",
    "Региональный координатор",
    "Отчёт",
    "не позднее 1 марта 2027 года",
    null,
  ];
  g.values.push([...extra, ...Array<CellValue>(width - extra.length).fill(null)]);
  return g;
}

/** `n` blank rows inserted above sheet row `at` (1-based): every address below moves. */
function insertRows(g: Grid, at: number, n: number): Grid {
  const width = g.values[0]!.length;
  const values = [...g.values];
  values.splice(at - 1, 0, ...Array.from({ length: n }, () => Array<CellValue>(width).fill(null)));
  return { ...g, values };
}

function check(g: Grid): RoadmapReport {
  const res = checkSheet(g, CHECK);
  expect(res.reports).toHaveLength(1);
  return res.reports[0]!;
}

const late = (r: RoadmapReport) => r.findings.find((f) => f.code === "late-vs-template")!;
const extra = (r: RoadmapReport) => r.findings.find((f) => f.code === "extra-row")!;

describe("the acceptance key", () => {
  it("is the roadmap (programme, year, organisation), the code and the item — or the normalised measure text", () => {
    const r = check(sheet());
    expect(r.verdict).toBe("has-errors");
    expect(findingKey(r, late(r))).toEqual({
      programme: "kvantorium",
      year: 2027,
      org: null,
      code: "late-vs-template",
      item: "item:design-zoning",
    });
    expect(late(r).measureText).toBeNull();
    expect(findingKey(r, extra(r)).item).toBe("text:региональный форум юных изобретателей");
    const k = acceptanceKey(findingKey(r, late(r)));
    expect(parseAcceptanceKey(k)).toEqual(findingKey(r, late(r)));
    expect(parseAcceptanceKey("{not json")).toBeNull();
    expect(parseAcceptanceKey('["a",1]')).toBeNull();
  });

  it("differs per organisation on a sheet checked per organisation", () => {
    const r = check(sheet());
    const a = findingKey({ ...r, organisation: "МБОУ «СОШ № 1»" }, late(r));
    const b = findingKey({ ...r, organisation: "МБОУ «СОШ № 2»" }, late(r));
    expect([a.org, b.org]).toEqual(["мбоу сош 1", "мбоу сош 2"]);
    expect(acceptanceKey(a)).not.toBe(acceptanceKey(b));
  });
});

describe("applying acceptances", () => {
  it("moves an accepted error out of the counts: ready, and the verdict text counts it", () => {
    const r = check(sheet());
    const a = acceptFinding(r, late(r), { reason: "Письмо оператора № 12", by: "Иванова", at: AT }, "ru");
    const [out] = applyAcceptances([r], [a]);
    expect(out!.counts.error).toBe(0);
    expect(out!.verdict).toBe("ready");
    expect(out!.findings.some((f) => f.code === "late-vs-template")).toBe(false);
    expect(out!.accepted).toEqual([
      { finding: late(r), key: acceptanceKey(a), reason: "Письмо оператора № 12", by: "Иванова", at: AT },
    ]);
    expect(out!.staleAcceptances).toEqual([]);
    expect(verdictText(out!, "ru")).toBe("готово к отправке, 1 принятое отклонение");
    RoadmapReportSchema.parse(out);
  });

  it("says «2 принятых отклонения» / 2 accepted deviations, and keeps the findings that were not accepted", () => {
    const r = check(sheet());
    const by = { reason: "Решение региона", by: "Петров", at: AT };
    const out = applyAcceptances(
      [r],
      [acceptFinding(r, late(r), by, "ru"), acceptFinding(r, extra(r), by, "ru")],
    )[0]!;
    expect(out.accepted).toHaveLength(2);
    expect(verdictText(out, "ru")).toBe("готово к отправке, 2 принятых отклонения");
    expect(verdictText(out, "en")).toBe("ready to send, 2 accepted deviations");
    expect(out.counts.info).toBe(r.counts.info - 1);
    expect(verdictText(r, "ru")).toBe("есть ошибки");
  });

  it("still holds after rows are inserted above the accepted finding (keyed by item, never by cell)", () => {
    const r = check(sheet());
    const acc = [
      acceptFinding(r, late(r), { reason: "Письмо", by: "", at: AT }, "ru"),
      acceptFinding(r, extra(r), { reason: "Региональное", by: "", at: AT }, "ru"),
    ];
    const moved = check(insertRows(sheet(), 2, 3));
    expect(late(moved).address).not.toBe(late(r).address);
    const out = applyAcceptances([moved], acc)[0]!;
    expect(out.accepted!.map((a) => a.finding.code).sort()).toEqual(["extra-row", "late-vs-template"]);
    expect(out.verdict).toBe("ready");
    expect(out.staleAcceptances).toEqual([]);
  });

  it("lists an acceptance whose finding was fixed as stale, and leaves other roadmaps' acceptances alone", () => {
    const r = check(sheet());
    const a = acceptFinding(r, late(r), { reason: "Письмо", by: "Иванова", at: AT }, "ru");
    const other = { ...a, programme: "tochka-rosta" };
    const fixed = check(planGrid(templateSheetFor("kvantorium-2024", 2027, "ru")));
    const out = applyAcceptances([fixed], [a, other])[0]!;
    expect(out.accepted).toEqual([]);
    expect(out.staleAcceptances).toEqual([
      {
        key: acceptanceKey(a),
        code: "late-vs-template",
        label: a.label,
        labels: late(r).message,
        about: late(r).itemTitle,
        reason: "Письмо",
        by: "Иванова",
        at: AT,
      },
    ]);
    expect(withoutAcceptances([a, other], [acceptanceKey(a)])).toEqual([other]);
  });

  it("refuses a blank reason", () => {
    const r = check(sheet());
    expect(() => acceptFinding(r, late(r), { reason: "   ", by: "x", at: AT }, "ru")).toThrow();
  });

  it("round-trips through the workbook store", () => {
    const r = check(sheet());
    const a = acceptFinding(r, late(r), { reason: "Письмо", by: "Иванова", at: AT }, "en");
    const store = { ...emptyStore(), acceptances: [a] };
    expect(decodeStore(encodeStore(store))).toEqual({ store, skipped: 0 });
  });
});

describe("the «Проверка» sheet", () => {
  it("lists accepted deviations with reason, who and when, and stale ones, below the findings", () => {
    const r = check(sheet());
    const a = acceptFinding(r, late(r), { reason: "Письмо", by: "Иванова", at: AT }, "ru");
    const gone = { ...a, code: "overdue", label: "Срок прошёл", labels: undefined, about: undefined };
    const out = applyAcceptances([r], [a, gone]);
    const plan = buildMarkPlan(out, "ru").reportSheet;
    const texts = plan.rows.map((x) => x.cells);
    const title = texts.findIndex((c) => c[0] === "Принятые отклонения");
    expect(title).toBeGreaterThan(0);
    expect(texts[title + 1]!.slice(9)).toEqual(["Письмо", "Иванова", AT, acceptanceKey(a)]);
    expect(plan.rows[title + 1]!.link).toEqual({ sheet: r.sheet, address: late(r).address });
    const stale = texts.findIndex((c) => String(c[0]).startsWith("Устаревшие принятия"));
    expect(texts[stale + 1]!.slice(2, 4)).toEqual(["overdue", "Срок прошёл"]);
    // The accepted cell is not marked on the roadmap any more.
    expect(buildMarkPlan(out, "ru").sheets.flatMap((s) => s.fills.flatMap((f) => f.cells))).not.toContain(
      late(r).address,
    );
  });

  it("reads reasons typed in the reason column back, only from the add-in's own report", () => {
    const r = check(sheet());
    const plan = buildMarkPlan([r], "en").reportSheet;
    const values: unknown[][] = [plan.header, ...plan.rows.map((x) => [...x.cells])];
    const row = plan.rows.findIndex((x) => x.cells[2] === "late-vs-template") + 1;
    values[row]![9] = "  Operator's letter  ";
    const report = {
      name: "Проверка",
      header: textHash(plan.header.join("\t")),
      columns: plan.header.length,
    };
    const typed = typedReasons(values, report);
    expect(typed).toEqual([
      {
        key: acceptanceKey(findingKey(r, late(r))),
        reason: "Operator's letter",
        label: late(r).message.en,
        about: late(r).itemTitle!.en,
      },
    ]);
    // A sheet whose header is not the one the store recorded is not ours: nothing is read from it.
    expect(typedReasons(values, { ...report, header: "00000000" })).toEqual([]);
    expect(typedReasons(values, null)).toEqual([]);

    const collected = collectTyped([], typed, "Smith", AT);
    expect(collected).toHaveLength(1);
    expect(applyAcceptances([r], collected)[0]!.verdict).toBe("ready");
    // The store is authoritative: a reason typed again for a key it holds changes nothing.
    const again = collectTyped(collected, [{ ...typed[0]!, reason: "Other" }], "X", AT);
    expect(again).toEqual(collected);
  });
});

describe("stale acceptances always say what was accepted", () => {
  it("accepted in the pane: the message and the item in both languages, on the pane's and the sheet's language", () => {
    const r = check(sheet());
    const a = acceptFinding(r, late(r), { reason: "Письмо", by: "Иванова", at: AT }, "ru");
    expect(a.labels).toEqual(late(r).message);
    expect(a.about).toEqual(late(r).itemTitle);
    const fixed = check(planGrid(templateSheetFor("kvantorium-2024", 2027, "ru")));
    const out = applyAcceptances([fixed], [a]);
    for (const lang of ["ru", "en"] as const) {
      const rows = buildMarkPlan(out, lang).reportSheet.rows.map((x) => x.cells);
      const title = rows.findIndex((c) => c[0] === STALE_TITLE[lang]);
      expect(rows[title + 1]!.slice(2, 5)).toEqual([
        "late-vs-template",
        late(r).message[lang],
        late(r).itemTitle![lang],
      ]);
    }
  });

  it("a record kept with no words (older, or made by hand) is named from its key, never blank", () => {
    const r = check(sheet());
    const fixed = check(planGrid(templateSheetFor("kvantorium-2024", 2027, "ru")));
    const base = { ...acceptFinding(r, late(r), { reason: "Письмо", by: "", at: AT }, "ru") };
    const bare = { ...base, label: "", labels: undefined, about: undefined };
    const byText = { ...bare, code: "extra-row", item: "text:конкурс юных изобретателей" };
    const unknown = { ...bare, code: "from-a-later-version", item: "" };
    const out = applyAcceptances([fixed], [bare, byText, unknown])[0]!;
    const stale = out.staleAcceptances!;
    expect(stale.map((s) => s.labels!.ru)).toEqual([
      "Срок позже шаблона: пункт шаблона design-zoning",
      `${CATALOGUE["extra-row"].label.ru}: конкурс юных изобретателей`,
      "from-a-later-version",
    ]);
    expect(stale[1]!.about).toEqual({ ru: "конкурс юных изобретателей", en: "конкурс юных изобретателей" });
    for (const s of stale) expect(s.label.trim()).not.toBe("");
    const rows = buildMarkPlan([out], "en").reportSheet.rows.map((x) => x.cells);
    const title = rows.findIndex((c) => c[0] === STALE_TITLE.en);
    expect(rows[title + 1]![3]).toBe("Later than the template: template item design-zoning");
  });

  it("typed on the sheet: the row's message and template item are kept with the reason", () => {
    const r = check(sheet());
    const plan = buildMarkPlan([r], "ru").reportSheet;
    const values: unknown[][] = [plan.header, ...plan.rows.map((x) => [...x.cells])];
    const row = plan.rows.findIndex((x) => x.cells[2] === "late-vs-template") + 1;
    values[row]![9] = "Письмо";
    const report = {
      name: "Проверка",
      header: textHash(plan.header.join("\t")),
      columns: plan.header.length,
    };
    const [a] = collectTyped([], typedReasons(values, report), "Петров", AT);
    expect(a!.label).toBe(late(r).message.ru);
    expect(a!.about).toEqual({ ru: late(r).itemTitle!.ru, en: late(r).itemTitle!.ru });
    const fixed = check(planGrid(templateSheetFor("kvantorium-2024", 2027, "ru")));
    const [s] = applyAcceptances([fixed], [a!])[0]!.staleAcceptances!;
    expect(s!.label).toBe(late(r).message.ru);
    expect(s!.about!.ru).toBe(late(r).itemTitle!.ru);
  });
});
