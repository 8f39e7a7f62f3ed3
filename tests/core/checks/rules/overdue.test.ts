import { describe, expect, it } from "vitest";
import { isDone, overdue } from "../../../../src/core/checks/rules/overdue";
import { contextOf, findingsOf, leningrad } from "./context";

describe("rule overdue", () => {
  it("a passed date without a completion mark; «Выполнено» and «Да» clear it, «Не выполнено» does not", () => {
    const rows = leningrad();
    rows[2]!.status = "Выполнено";
    rows[3]!.status = "не выполнено";
    rows[4]!.status = "Да";
    rows[5]!.status = "Дальше по плану";
    const found = findingsOf(overdue, contextOf(rows, { checkDate: "2024-07-05", withStatus: true }));
    expect(found.map((f) => f.address)).toEqual(["E2", "E5", "E7"]);
    expect(found[0]!.message.ru).toBe(
      "Срок 29.12.2023 прошёл (проверка на 05.07.2024), а отметки о выполнении нет.",
    );
  });

  it("nothing is overdue before its day, and «по графику» has no day", () => {
    expect(findingsOf(overdue, contextOf(leningrad(), { checkDate: "2023-12-01" }))).toEqual([]);
    const rows = [{ number: "1", title: "Поставка оборудования", deadline: "по графику поставки" }];
    expect(findingsOf(overdue, contextOf(rows, { checkDate: "2030-01-01" }))).toEqual([]);
  });

  it("isDone reads Russian and English marks, not their negations", () => {
    const f = (text: string) => ({ text, value: text, addresses: [] });
    expect(["Исполнено", "done", "✓", "+", "да"].map((t) => isDone(f(t)))).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(["не исполнено", "нет", "no", "данные"].map((t) => isDone(f(t)))).toEqual([
      false,
      false,
      false,
      false,
    ]);
    expect(isDone(undefined)).toBe(false);
  });
});
