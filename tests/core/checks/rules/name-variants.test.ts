import { describe, expect, it } from "vitest";
import { extractNames } from "../../../../src/core/checks/names";
import { check as nameVariants, codes } from "../../../../src/core/checks/rules/name-variants";
import { contextOf, findingsOf, leningrad } from "./context";
import { check, producesItsCodes } from "./produce";

describe("rule name-variants", () => {
  it("one person spelled two ways: the rarer spelling is marked; two people are not", () => {
    const rows = leningrad();
    rows[0]!.responsible = "Отв. Баник Я.В., Худолеева Е.С.";
    rows[1]!.responsible = "Банник Я.В.";
    rows[2]!.responsible = "Банник Я.В.";
    rows[3]!.responsible = "Андреев А.В., Андреева А.В.";
    const [f, ...rest] = findingsOf(nameVariants, contextOf(rows));
    expect(rest).toEqual([]);
    expect([f!.severity, f!.address, f!.actual]).toEqual(["info", "C2", "Баник Я.В."]);
    expect(f!.message.ru).toBe(
      "Фамилия записана по-разному: «Баник Я.В.» здесь и «Банник Я.В.» в ячейке C3. Проверьте написание.",
    );
  });

  it("a spelling outside the table counts, and the table's one is marked", () => {
    const rows = leningrad();
    rows[4]!.responsible = "Баник Я.В.";
    const sheetNames = extractNames("Утверждаю: Банник Я.В.", "G40");
    const found = findingsOf(nameVariants, contextOf(rows, { sheetNames }));
    expect(found.map((f) => [f.address, f.message.ru.includes("в ячейке G40")])).toEqual([["C6", true]]);
  });

  it("two spellings both outside the table are not the table's business", () => {
    const sheetNames = [...extractNames("Баник Я.В.", "G40"), ...extractNames("Банник Я.В.", "G41")];
    expect(findingsOf(nameVariants, contextOf(leningrad(), { sheetNames }))).toEqual([]);
  });
});

producesItsCodes(codes, {
  "responsible-name-variant": () => {
    const rows = leningrad();
    rows[0]!.responsible = "Баник Я.В.";
    rows[1]!.responsible = "Банник Я.В.";
    rows[2]!.responsible = "Банник Я.В.";
    return check(rows);
  },
});
