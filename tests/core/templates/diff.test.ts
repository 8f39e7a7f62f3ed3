import { describe, expect, it } from "vitest";
import { diffEditions, type EditionDiff } from "../../../src/core/templates/diff";
import { templateHash } from "../../../src/core/templates/hash";
import { getEdition } from "../../../src/core/templates/library";
import type { Edition } from "../../../src/core/templates/schema";

const edition = (id: string): Edition => getEdition(id)!;
const ids = (xs: { id: string }[]) => xs.map((x) => x.id);

describe("Точка роста 2021 → 2024, checked against ../shared/reference/federal-templates.md by hand", () => {
  const d: EditionDiff = diffEditions(edition("tochka-rosta-2021"), edition("tochka-rosta-2024"));

  it("names both editions with generation and hash", () => {
    expect(d.from).toMatchObject({ id: "tochka-rosta-2021", generation: 2021 });
    expect(d.to).toMatchObject({ id: "tochka-rosta-2024", generation: 2024 });
    expect(d.from.templateHash).toBe(templateHash(edition("tochka-rosta-2021")));
    expect(d.to.templateHash).toBe(templateHash(edition("tochka-rosta-2024")));
  });

  it("items added: the roadmap's own approval and the §8 «new rows»", () => {
    // §2.2 row 1 (2): the 2024 row 1 also approves «комплекс мер (дорожная карта)»; §2.1 row 1 (2021) does not.
    // §2.2 row 4 and §8 «Design/zoning»: a separate row «1 февраля» (in 2021 inside the Концепция row, Kvantorium).
    // §2.2 row 5 and §8 «New rows»: information reference «30 июня».
    // §2.2 row 6 and §8: register of acceptance documents «25 августа» (Точка роста, Smolensk only).
    // §2.2 row 8 and §8: the unified complex plan «25 августа».
    expect(ids(d.added)).toEqual([
      "approve-roadmap",
      "design-zoning",
      "info-reference",
      "acceptance-register",
      "complex-plan",
    ]);
  });

  it("items removed: the subsidy agreement in «Электронный бюджет» (§8: «absent» in 2024)", () => {
    expect(ids(d.removed)).toEqual(["subsidy-agreement"]);
    expect(d.removed[0]!.source).toContain("1074-р");
    expect(d.removed[0]!.deadline.ru).toBe(
      "30 декабря года, предшествующего году получения субсидии, далее – по необходимости",
    );
  });

  it("items renamed: the premises check became photo-monitoring (matched by wording), three titles reworded", () => {
    const renamed = d.renamed.map((p) => [p.from.id, p.to.id, p.matchedBy]);
    expect(renamed).toEqual([
      // §2.1 row 1 «Name the official» → §2.2 row 1 «Approve: (1) the official».
      ["approve-official", "approve-official", "id"],
      // §8 «Premises check»: «мониторинг … 25 августа» → «фотомониторинг … не позднее 25 августа».
      ["site-monitoring", "photo-monitoring", "title"],
      // §2.1 row 8 «Quarterly monitoring of the indicators» → §2.2 row 10 «Monitor the indicators».
      ["indicator-monitoring", "indicator-monitoring", "id"],
      // §2.1 row 5 «courses for Centre staff» → §2.2 row 11 «teachers running programmes in the Centre».
      ["professional-development", "professional-development", "id"],
    ]);
    const photo = d.renamed[1]!;
    expect(photo.similarity).toBeGreaterThanOrEqual(0.5);
    expect(photo.from.source).toContain("1074-р");
    expect(photo.to.source).toContain("Смоленская обл.");
  });

  it("deadline rules that moved, each from the 2021 rule to the 2024 one", () => {
    const moved = Object.fromEntries(d.moved.map((p) => [p.to.id, [p.from.deadline.ru, p.to.deadline.ru]]));
    const before = "года, предшествующего году получения субсидии";
    const year = "года получения субсидии";
    expect(moved).toEqual({
      // §2.1 row 1 «18 декабря 2020 года» (Vladimir). §2.2 row 1 gives Smolensk's «30.11.2023»; the edition takes the
      // later date of the same generation (Leningrad 29 December, its rule note), so: 18 Dec → by 29 Dec of Y−1.
      "approve-official": [`18 декабря ${before}`, `не позднее 29 декабря ${before}`],
      "approve-school-list": [`18 декабря ${before}`, `не позднее 29 декабря ${before}`],
      "approve-indicators": [`18 декабря ${before}`, `не позднее 29 декабря ${before}`],
      "approve-regulation": [`18 декабря ${before}`, `не позднее 29 декабря ${before}`],
      // §8 «Procurement announced»: «1 марта» → «не позднее 15 февраля» (Leningrad; Smolensk «31 января»).
      procurement: [`1 марта ${year}`, `не позднее 15 февраля ${year}`],
      // §8 «Premises check»: «25 августа …, далее - ежегодно» → «не позднее 25 августа»: the yearly repeat is gone.
      "photo-monitoring": [`ежегодно, начиная с 25 августа ${year}`, `не позднее 25 августа ${year}`],
      // §8 «Start of work»: «1 сентября» → «не позднее 15 сентября» (Leningrad; Smolensk «1 сентября»).
      start: [`1 сентября ${year}`, `не позднее 15 сентября ${year}`],
      // §8 «Professional development»: «25 августа» → «В течение 2024 года» (Leningrad; Smolensk «1 декабря»).
      "professional-development": [`25 августа ${year}`, `в течение ${year}`],
    });
  });

  it("unchanged: only the quarterly indicator monitoring keeps its rule, and the infrastructure list its schedule", () => {
    // §8 «Quarterly indicator monitoring: unchanged»; «Инфраструктурный лист»: the same «по графику» kind of deadline
    // (the wording differs, the rule does not). indicator-monitoring is renamed, so only the list counts as unchanged.
    expect(d.moved.some((p) => p.to.id === "indicator-monitoring" || p.to.id === "infrastructure-list")).toBe(
      false,
    );
    expect(d.renamed.some((p) => p.to.id === "infrastructure-list")).toBe(false);
    expect(d.unchanged).toBe(1);
  });
});

describe("diffEditions", () => {
  it("an edition against itself: nothing added, removed, renamed or moved", () => {
    const e = edition("kvantorium-2024");
    const d = diffEditions(e, e);
    expect([d.added, d.removed, d.renamed, d.moved]).toEqual([[], [], [], []]);
    expect(d.unchanged).toBe(e.items.length);
  });

  it("is symmetric: B → A adds what A → B removes", () => {
    const a = edition("tochka-rosta-2021");
    const b = edition("tochka-rosta-2024");
    const ab = diffEditions(a, b);
    const ba = diffEditions(b, a);
    expect(ids(ba.added).sort()).toEqual(ids(ab.removed).sort());
    expect(ids(ba.removed).sort()).toEqual(ids(ab.added).sort());
    expect(ba.moved).toHaveLength(ab.moved.length);
  });

  it("a changed id with the same wording is a rename by title, a new unrelated item is added", () => {
    const a = edition("tochka-rosta-2021");
    const b = structuredClone(a);
    b.items[6]!.id = "procurement-announced";
    b.items[6]!.title = { ru: "Объявление закупок", en: "Procurement" };
    b.items[7]!.deadline = { ...b.items[7]!.deadline, day: 31 };
    b.items.push({
      ...structuredClone(a.items[9]!),
      id: "press",
      title: { ru: "Пресс-релиз", en: "Press" },
      text: "Подготовка пресс-релиза о новых центрах",
      terms: [{ term: "пресс-релиз", synonyms: [], weight: 3 }],
    });
    const d = diffEditions(a, b);
    expect(d.renamed.map((p) => [p.from.id, p.to.id, p.matchedBy])).toEqual([
      ["procurement", "procurement-announced", "title"],
    ]);
    expect(d.moved.map((p) => p.to.id)).toEqual(["professional-development"]);
    expect(ids(d.added)).toEqual(["press"]);
    expect(d.removed).toEqual([]);
  });
});
