import { describe, expect, it } from "vitest";
import { check as missingItem, codes } from "../../../../src/core/checks/rules/missing-item";
import { contextOf, findingsOf, kv24, leningrad } from "./context";
import { check, producesItsCodes } from "./produce";

describe("rule missing-item", () => {
  it("finds nothing missing in the complete roadmap", () => {
    expect(findingsOf(missingItem, contextOf(leningrad()))).toEqual([]);
  });

  it("places a missing item after the row of the nearest earlier item found, with the rule it comes from", () => {
    const ctx = contextOf(leningrad().filter((x) => x.number !== "5."));
    const [p, ...rest] = missingItem(ctx);
    expect(rest).toEqual([]);
    // Item 4 (basic equipment) is on the fourth row, B5: the missing one belongs after it.
    expect(p!.at).toBe(3.5);
    const f = p!.finding;
    expect([f.severity, f.itemId, f.address, f.marksCell]).toEqual(["error", "procurement", "B5", false]);
    expect(f.expected).toEqual({ ru: "не позднее 15 февраля 2024 года", en: "by 15 February 2024" });
    expect(f.rule!.source).toBe(kv24.items.find((i) => i.id === "procurement")!.source.document);
  });

  it("places an item missing before every found one before the first of them", () => {
    const ctx = contextOf(leningrad().slice(1));
    const placed = missingItem(ctx);
    expect(placed.length).toBeGreaterThan(0);
    // The later items found start at row position 0: the missing first items belong just after it (0.5).
    expect(placed.every((p) => p.at === 0.5 && p.finding.address === "B2")).toBe(true);
  });

  it("is a warning naming the row that stands in its place when that row matches no item (other words)", () => {
    // Item 5 (procurement) written so that no term of the form is in it: the row is there, the matcher cannot place it.
    const rows = leningrad().map((x) =>
      x.number === "5." ? { ...x, title: "Подать заявку в контрактную службу министерства" } : x,
    );
    const [p, ...rest] = missingItem(contextOf(rows));
    expect(rest).toEqual([]);
    const f = p!.finding;
    expect([f.severity, f.itemId, f.address]).toEqual(["warning", "procurement", "B6"]);
    expect(f.message.ru).toContain("«Подать заявку в контрактную службу министерства» (B6)");
    expect(f.message.en).toContain("if not, the item is missing");
  });

  it("stays an error when the row that matches no item stands elsewhere (a regional addition)", () => {
    const rows = leningrad().filter((x) => x.number !== "5.");
    rows.splice(1, 0, {
      number: "1.1",
      title: "Заседание рабочей группы министерства",
      deadline: "10 января 2024 года",
    });
    const [p] = missingItem(contextOf(rows));
    expect([p!.finding.severity, p!.finding.itemId]).toEqual(["error", "procurement"]);
  });

  it("stays an error when the row in its place is an event and the item is no event or training (a seminar for a monitoring)", () => {
    // Procurement is a purchase: a seminar near its day is a regional addition, not procurement in other words.
    const rows = leningrad().map((x) =>
      x.number === "5." ? { ...x, title: "Методический семинар «Работаем в Кванториуме» для учителей" } : x,
    );
    const [p] = missingItem(contextOf(rows));
    expect([p!.finding.severity, p!.finding.itemId]).toEqual(["error", "procurement"]);
  });

  it("stays an error when the row in its place is a repair and the item is not about the premises (h215)", () => {
    // A school's «Ремонт и подготовка помещений» near the form's day of a purchase is a school's own step.
    const rows = leningrad().map((x) =>
      x.number === "5." ? { ...x, title: "Ремонт и подготовка помещений (кабинеты № 12, 14)" } : x,
    );
    const [p] = missingItem(contextOf(rows));
    expect([p!.finding.severity, p!.finding.itemId]).toEqual(["error", "procurement"]);
  });

  it("is a warning when a repair stands in the place of an item about the premises (photo-monitoring)", () => {
    const rows = leningrad().map((x) =>
      x.number === "9." ? { ...x, title: "Ремонт и подготовка кабинетов к открытию" } : x,
    );
    const [p] = missingItem(contextOf(rows));
    expect([p!.finding.severity, p!.finding.itemId]).toEqual(["warning", "photo-monitoring"]);
  });

  it("stays an error when the row in its place falls due far from the form's day (a regional addition)", () => {
    // Procurement is due by 15 February; a row due in June in its place is another measure.
    const rows = leningrad().map((x) =>
      x.number === "5."
        ? { ...x, title: "Подключение школ к платформе «Моя школа»", deadline: "1 июня 2024 года" }
        : x,
    );
    const [p] = missingItem(contextOf(rows));
    expect([p!.finding.severity, p!.finding.itemId]).toEqual(["error", "procurement"]);
  });

  it("stays an error when the row in its place recurs every quarter and the item is a one-off step", () => {
    // Procurement is due once, by 15 February; a row «ежеквартально» in its place is work that goes on, not procurement.
    const rows = leningrad().map((x) =>
      x.number === "5."
        ? { ...x, title: "Размещение информации о Кванториуме на сайте школы", deadline: "ежеквартально" }
        : x,
    );
    const [p] = missingItem(contextOf(rows));
    expect([p!.finding.severity, p!.finding.itemId]).toEqual(["error", "procurement"]);
  });

  it("stays an error when the row in its place names another programme's step (a shared sheet's Кванториум step in a Точка роста roadmap)", () => {
    // h168-tr-kv-municipal-plus-minus: «Утверждение планов мероприятий центров на учебный год», Кванториум's event
    // plans, stood where the Точка роста photo-monitoring belongs and made its missing item a warning.
    const rows = leningrad().map((x) =>
      x.number === "5."
        ? {
            ...x,
            title: "Подготовка реестра документов, подтверждающих приёмку материальных ценностей и услуг",
            deadline: "15 февраля 2024 года",
          }
        : x,
    );
    const [p] = missingItem(contextOf(rows));
    expect([p!.finding.severity, p!.finding.itemId]).toEqual(["error", "procurement"]);
  });

  it("stays an error when most items are missing, whatever rows stand between", () => {
    const rows = [
      ...leningrad().slice(0, 2),
      { number: "3.", title: "Заседание рабочей группы министерства", deadline: "10 января 2024 года" },
    ];
    const placed = missingItem(contextOf(rows));
    expect(placed.length).toBeGreaterThan(3);
    expect(placed.every((x) => x.finding.severity === "error")).toBe(true);
  });

  it("gives no findings without an edition", () => {
    expect(findingsOf(missingItem, contextOf(leningrad(), { edition: null }))).toEqual([]);
  });
});

producesItsCodes(codes, {
  "missing-item": () => check(leningrad().filter((x) => x.number !== "5.")),
});
