import { describe, expect, it } from "vitest";
import { check as nonWorkingDay, codes } from "../../../../src/core/checks/rules/non-working-day";
import { contextOf, findingsOf, leningrad, withRow } from "./context";
import { check, producesItsCodes } from "./produce";

describe("rule non-working-day", () => {
  it("a Sunday and a public holiday, each with its reason", () => {
    const rows = leningrad();
    rows[5]!.deadline = "не позднее 30 июня 2024 года";
    rows[3]!.deadline = "23 февраля 2024 года";
    const found = findingsOf(nonWorkingDay, contextOf(rows));
    expect(found.map((f) => [f.address, f.severity])).toEqual([
      ["E5", "info"],
      ["E7", "info"],
    ]);
    expect(found[0]!.message.ru).toBe(
      "Срок 23.02.2024 приходится на нерабочий праздничный день: День защитника Отечества.",
    );
    expect(found[1]!.message.ru).toBe("Срок 30.06.2024 приходится на выходной день (воскресенье).");
  });

  it("a period ending on a Sunday names no single day", () => {
    const rows = [{ number: "1", title: "Обучение педагогов", deadline: "июнь 2024 года" }];
    expect(findingsOf(nonWorkingDay, contextOf(rows))).toEqual([]);
  });
});

producesItsCodes(codes, {
  "non-working-day": () => check(withRow(5, { deadline: "не позднее 30 июня 2024 года" })),
});
