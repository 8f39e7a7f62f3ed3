// «ответственный за создание …» names the form's responsible official only when it is a person: a body («… орган
// исполнительной власти (региональный координатор)») is the regional coordinator, another item of the form.
import { describe, expect, it } from "vitest";
import { matchRoadmap } from "../../../src/core/match";
import { withFormWords } from "../../../src/core/match/paraphrase";
import { getEdition } from "../../../src/core/templates/library";
import { buildRoadmap } from "./build";

describe("a body responsible for the centres is not the responsible official", () => {
  it("reads «ответственный за создание … орган» and «орган, ответственный за …» without the official's words", () => {
    expect(
      withFormWords(
        "Определены: 1) ответственный за создание и функционирование центров «Точка роста» орган исполнительной власти области (региональный координатор); 2) комплекс мер",
      ),
    ).not.toContain("ответственное лицо");
    expect(
      withFormWords("Определен орган исполнительной власти, ответственный за создание центров «Точка роста»"),
    ).not.toContain("ответственное лицо");
    // A person stays the official, even with a body named in another clause.
    expect(
      withFormWords("Назначено лицо, ответственное за создание центров; орган — министерство образования"),
    ).toContain("ответственное лицо");
  });

  it("the body's row and the official's row are two items, not a duplicate", () => {
    const tr = getEdition("tochka-rosta-2021")!;
    const m = matchRoadmap(
      buildRoadmap([
        {
          title:
            "Определены: 1) ответственный за создание и функционирование центров «Точка роста» орган исполнительной власти области (региональный координатор); 2) комплекс мер по созданию и функционированию центров «Точка роста»",
        },
        {
          title:
            "Утверждено должностное лицо в составе регионального ведомственного проектного офиса, ответственное за создание и функционирование Центров «Точка роста»",
        },
      ]),
      tr,
      { targetYear: 2022 },
    );
    expect(m.duplicates).toEqual([]);
    expect((m.byRow.get(1) ?? []).map((c) => c.itemId)).toContain("approve-official");
  });
});

describe("«отвечающий за создание …» is «ответственный за создание …»", () => {
  it("a person «отвечающий за создание и работу» is the official; a body that is stays the coordinator", () => {
    const kv = getEdition("kvantorium-2024")!;
    const title =
      "Назначение в составе регионального ведомственного проектного офиса лица, отвечающего за создание и работу Школьных Кванториумов";
    const m = matchRoadmap(buildRoadmap([{ title }]), kv, { targetYear: 2027 });
    expect((m.byRow.get(0) ?? []).map((c) => c.itemId)).toEqual(["approve-official"]);
    expect(withFormWords("Сотрудник, отвечающий за функционирование центров")).toContain(
      "ответственное лицо",
    );
    expect(
      withFormWords("Определен орган исполнительной власти, отвечающий за создание центров «Точка роста»"),
    ).not.toContain("ответственное лицо");
  });
});
