// One cell listing two of the form's steps with a semicolon and no numbers («Реестр документов о приёмке;
// фотомониторинг площадки центра»): each part that names an item on its own words covers it. A cell whose parts name
// fewer than two items stays one measure («Назначен ответственный; приказ о создании центра»).
import { describe, expect, it } from "vitest";
import { matchRoadmap } from "../../../src/core/match";
import { getEdition } from "../../../src/core/templates/library";
import { buildRoadmap } from "./build";

const covered = (edition: string, titles: string[]) => {
  const m = matchRoadmap(buildRoadmap(titles.map((title) => ({ title }))), getEdition(edition)!, {
    targetYear: 2027,
  });
  return { rows: titles.map((_, pos) => (m.byRow.get(pos) ?? []).map((c) => c.itemId).sort()), m };
};

describe("an unnumbered «;» list of the form's steps in one cell", () => {
  it.each([
    [
      "tochka-rosta-2024",
      "Реестр документов о приёмке; фотомониторинг площадки центра",
      ["acceptance-register", "photo-monitoring"],
    ],
    [
      "tochka-rosta-2024",
      "Реестр документов, подтверждающих приёмку материальных ценностей; фотомониторинг площадок; формирование единого комплексного плана методической поддержки",
      ["acceptance-register", "complex-plan", "photo-monitoring"],
    ],
    [
      "cos-2024",
      "Поставка, установка и наладка оборудования; мониторинг хода внедрения ЦОС",
      ["equipment-delivery", "progress-monitoring-august"],
    ],
  ])("%s: «%s» covers %j", (edition, title, items) => {
    const ids = getEdition(edition)!.items.map((i) => i.id);
    for (const id of items) expect(ids).toContain(id);
    expect(covered(edition, [title]).rows[0]).toEqual(items);
  });

  it("a list under one head «Утверждение: …; …» is covered whole, as grouped items are", () => {
    const { rows } = covered("tochka-rosta-2024", [
      "Утверждение: ответственного лица за создание и функционирование центра «Точка роста»; дорожной карты на 2027 год; включения школы в перечень школ, создающих центры; показателей деятельности центра; положения о центре",
    ]);
    expect(rows[0]).toEqual([
      "approve-indicators",
      "approve-official",
      "approve-regulation",
      "approve-roadmap",
      "approve-school-list",
    ]);
  });

  it("an item the head's list names on its own words stays with it, not with a school's step paraphrasing it", () => {
    // h173-tr-school-progress-oct2027-overdue: «… назначении руководителя Центра» took approve-official from the
    // regional list above it, and its January date was then «later than the form» (a false error).
    const { rows } = covered("tochka-rosta-2024", [
      "Утверждение (региональный уровень): должностного лица в составе регионального ведомственного проектного офиса; комплекса мер (дорожной карты); перечня общеобразовательных организаций, на базе которых создаются Центры «Точка роста»; показателей деятельности Центров; Типового положения о деятельности Центров",
      "Издание приказа о создании Центра «Точка роста» и назначении руководителя Центра",
    ]);
    expect(rows[0]).toEqual([
      "approve-indicators",
      "approve-official",
      "approve-regulation",
      "approve-roadmap",
      "approve-school-list",
    ]);
    expect(rows[1]).not.toContain("approve-official");
    // A list closed by a «;» (pasted from Word) is the same list.
    const closed = covered("tochka-rosta-2024", [
      "Утверждение (региональный уровень): должностного лица в составе регионального ведомственного проектного офиса; комплекса мер (дорожной карты); перечня общеобразовательных организаций, на базе которых создаются Центры «Точка роста»; показателей деятельности Центров; Типового положения о деятельности Центров;",
      "Издание приказа о создании Центра «Точка роста» и назначении руководителя Центра",
    ]);
    expect(closed.rows[1]).not.toContain("approve-official");
  });

  it("a cell whose parts name one item stays one measure, with no duplicate", () => {
    const { rows, m } = covered("tochka-rosta-2024", [
      "Назначен ответственный за центр в школе; приказ о создании центра",
      "Закупки объявлены; извещения размещены в ЕИС",
    ]);
    expect(rows).toEqual([["approve-official"], ["procurement"]]);
    expect(m.duplicates).toEqual([]);
  });
});

describe("two of the form's steps joined by «и» in one cell", () => {
  it("each half that names a different item on its own words covers it", () => {
    const { rows } = covered("kvantorium-2024", [
      "Утверждены планы мероприятий и единый комплексный план на 2027/2028 учебный год",
    ]);
    expect(rows[0]).toEqual(["complex-plan", "event-plans"]);
  });

  it("«Поставка и наладка оборудования», «Разработка и утверждение положения» stay one step", () => {
    const { rows } = covered("kvantorium-2024", [
      "Поставка и наладка оборудования",
      "Разработка и утверждение положения о технопарке",
    ]);
    expect(rows.map((r) => r.length)).toEqual([1, 1]);
  });
});

describe("a comma list of the form's steps under one verb", () => {
  it("«Утверждение реестра школ, показателей и индикаторов, типового положения» covers each item it names", () => {
    const { rows } = covered("kvantorium-2024", [
      "Утверждение реестра школ, показателей и индикаторов, типового положения",
    ]);
    expect(rows[0]).toEqual(["approve-indicators", "approve-register", "approve-regulation"]);
  });

  it("«Утверждение муниципальных документов: ответственного лица, дорожной карты, перечня (реестра) организаций, …» covers each", () => {
    const { rows } = covered("kvantorium-2024", [
      "Утверждение муниципальных документов: ответственного лица, дорожной карты, перечня (реестра) организаций, показателей и индикаторов, положения о Школьном Кванториуме",
    ]);
    expect(rows[0]).toEqual([
      "approve-indicators",
      "approve-official",
      "approve-register",
      "approve-regulation",
      "approve-roadmap",
    ]);
  });

  // h151-kv-municipal-split-column-duplicate: «утверждение реестра организаций, показателей …» — a bare «реестр
  // организаций» closed by the list's comma is the register, as when closed by «;» or the cell's end.
  it("«…, утверждение реестра организаций, показателей и индикаторов, положения …» covers the register too", () => {
    const { rows } = covered("kvantorium-2024", [
      "Утверждение муниципального комплекса мер (дорожной карты), назначение должностного лица, ответственного за создание и функционирование Школьного Кванториума, утверждение реестра организаций, показателей и индикаторов, положения о деятельности Школьного Кванториума",
    ]);
    expect(rows[0]).toEqual([
      "approve-indicators",
      "approve-official",
      "approve-register",
      "approve-regulation",
      "approve-roadmap",
    ]);
  });

  it("a list part joining two steps with «и» covers both; a bare «показателей» in the list names the indicators", () => {
    const { rows } = covered("tochka-rosta-2024", [
      "Утверждение положения о центре, показателей и дорожной карты школы",
    ]);
    expect(rows[0]).toEqual(["approve-indicators", "approve-regulation", "approve-roadmap"]);
  });

  it("a clause after a comma («…, реализующих …», «…, на базе которой …») is no list item", () => {
    const { rows } = covered("kvantorium-2024", [
      "Проведено повышение квалификации педагогических работников, реализующих образовательные программы с использованием средств обучения и воспитания (по программам из реестра федерального оператора)",
      "Информационная справка об общеобразовательной организации, на базе которой создается Школьный Кванториум",
    ]);
    expect(rows).toEqual([["professional-development"], ["info-reference"]]);
  });

  it("a comma inside one step's wording does not split it", () => {
    const { rows } = covered("kvantorium-2024", ["Поставка, установка и наладка оборудования"]);
    expect(rows[0]).toEqual(["equipment-installed"]);
  });
});

describe("a comma inside brackets", () => {
  it("does not split the step: «(повторный, перед открытием)» names no second item", () => {
    const { rows } = covered("tochka-rosta-2024", [
      "Фотомониторинг приведения площадок центров «Точка роста» в соответствие с методическими рекомендациями (повторный, перед открытием)",
    ]);
    expect(rows[0]).toEqual(["photo-monitoring"]);
  });
});
