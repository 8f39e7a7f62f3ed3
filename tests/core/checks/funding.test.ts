// Funding basis: read from the title and the text above the table, set by the planner or a template, and the items of
// a federal subsidy applied only under one.
import { describe, expect, it } from "vitest";
import { checkSheet } from "../../../src/core/checks/sheet";
import { inferFunding, resolveFunding } from "../../../src/core/funding";
import type { CellValue, Grid } from "../../../src/core/grid";
import { templateSheetFor } from "../../../src/core/index";
import type { RoadmapReport } from "../../../src/core/report";
import { parseTemplateJson } from "../../../src/core/templates/parse";
import { getEdition } from "../../../src/core/templates/library";
import { planGrid } from "./helpers";

const cell = (text: string, address = "A1") => [{ text, address }];

describe("inferFunding: the words name the basis", () => {
  it.each([
    ["субсидии из федерального бюджета бюджету субъекта Российской Федерации", "federal"],
    ["за счёт субсидии, предоставляемой из федерального бюджета", "federal"],
    ["за счет средств федерального бюджета", "federal"],
    ["в рамках федеральной субсидии на создание центров", "federal"],
    ["софинансирование из федерального бюджета", "federal"],
    ["за счёт средств областного бюджета", "regional"],
    ["за счет средств краевого бюджета", "regional"],
    ["из республиканского бюджета Республики Татарстан", "regional"],
    ["за счёт средств бюджета Смоленской области", "regional"],
    ["средства бюджета субъекта Российской Федерации", "regional"],
    ["за счёт средств бюджета муниципального образования «Город Иркутск»", "municipal"],
    ["из местного бюджета", "municipal"],
    ["за счет средств бюджета городского округа", "municipal"],
    ["за счёт внебюджетных средств и спонсорской помощи", "other"],
  ])("«%s» → %s", (text, basis) => {
    const f = inferFunding(cell(text, "B3"));
    expect(f.basis).toBe(basis);
    expect(f.source).toBe("sheet");
    expect(f.address).toBe("B3");
    expect(text).toContain(f.words!);
  });

  it("a federal subsidy wins over the regional co-financing named before it, in another cell", () => {
    const f = inferFunding([
      { text: "Софинансирование за счёт средств областного бюджета", address: "A2" },
      { text: "Центры создаются с использованием субсидии из федерального бюджета", address: "A4" },
    ]);
    expect(f).toEqual({
      basis: "federal",
      source: "sheet",
      words: "субсидии из федерального бюджета",
      address: "A4",
    });
  });

  it("the regional budget wins over the municipal one", () => {
    const f = inferFunding(cell("за счёт средств местного бюджета и областного бюджета"));
    expect(f.basis).toBe("regional");
  });

  it("a budget named only to exclude it does not count", () => {
    expect(
      inferFunding(cell("без привлечения средств федерального бюджета, из областного бюджета")).basis,
    ).toBe("regional");
  });

  it.each([
    "Комплекс мер (дорожная карта) по созданию и функционированию центров «Точка роста» в 2027 году",
    "УТВЕРЖДЕН распоряжением Департамента от 12.12.2026 № 1234",
    "Федеральный проект «Современная школа»",
    // A subsidy without a budget named (the region's own subsidies to municipalities are common) decides nothing.
    "Заключение соглашений о предоставлении субсидий",
  ])("«%s» names no basis", (text) => {
    expect(inferFunding(cell(text))).toEqual({
      basis: "unknown",
      source: "none",
      words: null,
      address: null,
    });
  });

  it("the planner wins over the template, the template over the sheet", () => {
    const sheet = inferFunding(cell("из областного бюджета"));
    expect(resolveFunding(sheet, "municipal", "federal").source).toBe("planner");
    expect(resolveFunding(sheet, "municipal", null)).toMatchObject({
      basis: "municipal",
      source: "template",
    });
    expect(resolveFunding(sheet, null, null)).toBe(sheet);
    expect(resolveFunding(undefined, null, null).basis).toBe("unknown");
  });
});

/** The template sheet of Точка роста 2021 for 2027 (every item, on time), with lines written above its title. */
function roadmap(above: string[], drop: string[] = []): Grid {
  const g = planGrid(templateSheetFor("tochka-rosta-2021", 2027, "ru"));
  const width = g.values[0]!.length;
  const lines: CellValue[][] = above.map((t) => [t, ...Array<CellValue>(width - 1).fill(null)]);
  const keep = g.values.filter((row) => !drop.some((d) => String(row[1] ?? "").startsWith(d)));
  return { ...g, values: [...lines, ...keep] };
}

const SUBSIDY = "Заключение соглашения о предоставлении субсидии";
const INFRA = "Формирование и согласование инфраструктурного листа";
/** Checked against the 2021 edition (a 2027 roadmap would get the 2024 one, which has no subsidy agreement). */
const check = (g: Grid, funding?: "federal" | "regional" | "municipal" | "other"): RoadmapReport => {
  const id = checkSheet(g, { checkDate: "2026-12-01" }).roadmaps[0]!.id;
  const res = checkSheet(g, {
    checkDate: "2026-12-01",
    overrides: { [id]: { editionId: "tochka-rosta-2021", ...(funding ? { funding } : {}) } },
  });
  expect(res.reports).toHaveLength(1);
  return res.reports[0]!;
};
const missing = (r: RoadmapReport) =>
  r.findings.filter((f) => f.code === "missing-item").map((f) => f.itemId);

describe("items of a federal subsidy apply only under one", () => {
  it("the template sheet drops exactly the rows the test removes", () => {
    const full = roadmap([]);
    const cut = roadmap([], [SUBSIDY, INFRA]);
    expect(full.values.length - cut.values.length).toBe(2);
  });

  it("a regionally funded roadmap without the subsidy agreement and the infrastructure list has no missing item", () => {
    const r = check(roadmap(["Создание центров за счёт средств областного бюджета"], [SUBSIDY, INFRA]));
    expect(missing(r)).toEqual([]);
    expect(r.funding).toMatchObject({
      basis: "regional",
      source: "sheet",
      words: "областного бюджета",
      address: "A1",
    });
    expect(r.funding!.notApplied.map((x) => [x.itemId, x.confidence])).toEqual([
      ["infrastructure-list", "unknown"],
      ["subsidy-agreement", "reconstructed"],
    ]);
    const note = r.notes.find((n) => n.ru.startsWith("Не применены пункты"))!;
    expect(note.ru).toContain(
      "«Соглашение о предоставлении субсидии» (источник финансирования — региональный бюджет",
    );
    expect(note.ru).toContain("в ячейке A1 написано «областного бюджета»");
    // The infrastructure list's condition is unconfirmed, and the note says so.
    expect(note.ru).toMatch(/Не подтверждено, что «Инфраструктурный лист»/);
  });

  it("a federally funded one (regional co-financing named too) is still told both are missing", () => {
    const r = check(
      roadmap(
        ["за счёт средств субсидии из федерального бюджета", "и софинансирования из областного бюджета"],
        [SUBSIDY, INFRA],
      ),
    );
    expect(missing(r).sort()).toEqual(["infrastructure-list", "subsidy-agreement"]);
    expect(r.funding).toMatchObject({ basis: "federal", notApplied: [] });
    expect(r.notes.some((n) => n.ru.startsWith("Не применены пункты"))).toBe(false);
  });

  it("unknown funding keeps every item required, and the note says the basis could not be determined", () => {
    const r = check(roadmap([], [SUBSIDY]));
    expect(missing(r)).toEqual(["subsidy-agreement"]);
    expect(r.funding).toMatchObject({ basis: "unknown", source: "none", notApplied: [] });
    expect(r.notes.some((n) => n.ru.startsWith("Источник финансирования не определён"))).toBe(true);
  });

  it("the planner's basis overrides the sheet's words, both ways", () => {
    const federalSheet = roadmap(["субсидии из федерального бюджета"], [SUBSIDY]);
    expect(missing(check(federalSheet, "municipal"))).toEqual([]);
    expect(check(federalSheet, "municipal").funding).toMatchObject({ basis: "municipal", source: "planner" });
    const regionalSheet = roadmap(["за счёт средств краевого бюджета"], [SUBSIDY]);
    expect(missing(check(regionalSheet, "federal"))).toEqual(["subsidy-agreement"]);
  });

  it("a planner's template sets the basis with its `funding` field", () => {
    const base = getEdition("tochka-rosta-2021")!;
    const parsed = parseTemplateJson({ ...base, id: "my-tr", origin: undefined, funding: "regional" });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const g = roadmap([], [SUBSIDY]);
    const id = checkSheet(g, { checkDate: "2026-12-01" }).roadmaps[0]!.id;
    const r = checkSheet(g, {
      checkDate: "2026-12-01",
      extraEditions: [parsed.edition],
      overrides: { [id]: { editionId: "my-tr" } },
    }).reports[0]!;
    expect(r.funding).toMatchObject({ basis: "regional", source: "template" });
    expect(missing(r)).toEqual([]);
  });

  it("a template refuses an unknown basis or an empty condition", () => {
    const base = getEdition("tochka-rosta-2021")!;
    expect(parseTemplateJson({ ...base, funding: "private" }).ok).toBe(false);
    const items = base.items.map((it, i) =>
      i === 0 ? { ...it, appliesWhen: { funding: [], source: "x", confidence: "unknown" } } : it,
    );
    expect(parseTemplateJson({ ...base, items }).ok).toBe(false);
  });
});

describe("the built-in editions' conditions", () => {
  it("every condition names a source and a confidence, and only federal-subsidy steps carry one", () => {
    const conditional: string[] = [];
    for (const id of [
      "tochka-rosta-2021",
      "tochka-rosta-2024",
      "kvantorium-2021",
      "kvantorium-2024",
      "cos-2024",
    ]) {
      for (const it of getEdition(id)!.items) {
        if (!it.appliesWhen) continue;
        conditional.push(`${id}/${it.id}:${it.appliesWhen.confidence}`);
        expect(it.appliesWhen.funding).toEqual(["federal"]);
        expect(it.appliesWhen.source.length).toBeGreaterThan(20);
        expect(it.appliesWhen.note).not.toBeNull();
      }
    }
    expect(conditional.sort()).toEqual([
      "cos-2024/infrastructure-list:unknown",
      "kvantorium-2021/infrastructure-list:unknown",
      "kvantorium-2021/subsidy-agreement:reconstructed",
      "kvantorium-2024/infrastructure-list:unknown",
      "tochka-rosta-2021/infrastructure-list:unknown",
      "tochka-rosta-2021/subsidy-agreement:reconstructed",
      "tochka-rosta-2024/infrastructure-list:unknown",
    ]);
  });
});

describe("honest editions for 2025 and later", () => {
  const notesFor = (editionId: string, year: number) =>
    checkSheet(planGrid(templateSheetFor(editionId, year, "ru")), {
      checkDate: "2026-12-01",
    }).reports[0]!.notes.map((n) => n.ru);

  it("a 2027 roadmap is told the latest known generation and that no federal form for 2027 was received", () => {
    const notes = notesFor("tochka-rosta-2024", 2027);
    expect(notes).toContain(
      "Применена последняя известная редакция (поколение 2024 года); федеральная форма на 2027 год не получена. Загрузите официальную форму, когда она будет получена.",
    );
    expect(notes.some((n) => n.startsWith("Шаблон поколения"))).toBe(false);
  });

  it("before 2025 an older generation is still «a newer form was not found»", () => {
    const notes = notesFor("tochka-rosta-2021", 2023);
    expect(
      notes.some((n) => n.startsWith("Шаблон поколения 2021 года применён к дорожной карте на 2023 год")),
    ).toBe(true);
    expect(notes.some((n) => n.includes("не получена"))).toBe(false);
  });

  it("ЦОС 2024 is historical from 2025 on, and still checks", () => {
    expect(getEdition("cos-2024")!.historical!.ru).toMatch(
      /^Историческая редакция: программа ЦОС .* Минцифры/,
    );
    expect(notesFor("cos-2024", 2026).some((n) => n.startsWith("Историческая редакция"))).toBe(true);
    expect(notesFor("cos-2024", 2024).some((n) => n.startsWith("Историческая редакция"))).toBe(false);
    expect(getEdition("tochka-rosta-2024")!.historical).toBeNull();
  });
});
