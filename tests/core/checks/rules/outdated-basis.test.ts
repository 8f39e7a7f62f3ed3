import { describe, expect, it } from "vitest";
import { check as outdatedBasis, codes } from "../../../../src/core/checks/rules/outdated-basis";
import { checkSheet } from "../../../../src/core/checks/sheet";
import { templateSheetFor } from "../../../../src/core/index";
import { planGrid } from "../helpers";
import { contextOf, findingsOf, kv24, leningrad } from "./context";
import { producesItsCodes } from "./produce";
import { checkRoadmap } from "../../../../src/core/checks";
import { buildRoadmap } from "../../match/build";

function ctxWith(text: string, year: number) {
  const ctx = contextOf(leningrad(), { year });
  ctx.roadmap.textAbove = [
    { text: "УТВЕРЖДЕНА распоряжением комитета", address: "D1" },
    { text, address: "A3" },
  ];
  return ctx;
}

describe("rule outdated-basis", () => {
  it.each([
    "Комплекс мер в рамках реализации федерального проекта «Современная школа» на 2027 год",
    "в рамках национального проекта «Образование»",
    'реализация регионального проекта (ФП "Современная школа")',
    "нацпроекта «Образование» на 2026 год",
  ])("a 2026/2027 roadmap citing «%s» gets one note (info), on the cell, not marking it", (text) => {
    for (const year of [2026, 2027]) {
      const [f, ...rest] = findingsOf(outdatedBasis, ctxWith(text, year));
      expect(rest).toEqual([]);
      expect([f!.code, f!.severity, f!.address, f!.marksCell]).toEqual([
        "outdated-basis",
        "info",
        "A3",
        false,
      ]);
      expect(f!.message.ru).toContain(`на ${year} год`);
      expect(f!.message.ru).toContain("«Молодёжь и дети»");
    }
  });

  it("is silent for 2025 and earlier, for an unknown year, and when the new national project is named", () => {
    const text = "в рамках федерального проекта «Современная школа» национального проекта «Образование»";
    expect(findingsOf(outdatedBasis, ctxWith(text, 2025))).toEqual([]);
    expect(findingsOf(outdatedBasis, ctxWith(text, 2024))).toEqual([]);
    const unknown = ctxWith(text, 2027);
    unknown.year = null;
    expect(findingsOf(outdatedBasis, unknown)).toEqual([]);
    expect(
      findingsOf(
        outdatedBasis,
        ctxWith(`${text}, который теперь входит в национальный проект «Молодежь и дети»`, 2027),
      ),
    ).toEqual([]);
  });

  it("is silent on a roadmap that names neither (a school named «Современная школа № 5» without quotes)", () => {
    expect(findingsOf(outdatedBasis, ctxWith("Дорожная карта Точка роста на 2027 год", 2027))).toEqual([]);
  });

  it("reads the title written above a real sheet and does not change the verdict", () => {
    const plan = templateSheetFor("kvantorium-2024", 2027, "ru");
    const g = planGrid(plan);
    g.values.unshift([
      "в рамках реализации федерального проекта «Современная школа» национального проекта «Образование»",
      ...Array(g.values[0]!.length - 1).fill(null),
    ]);
    const [r] = checkSheet(g, { checkDate: "2026-12-01" }).reports;
    const f = r!.findings.filter((x) => x.code === "outdated-basis");
    expect(f.map((x) => [x.address, x.severity])).toEqual([["A1", "info"]]);
    expect(r!.verdict).toBe("ready");
  });
});

producesItsCodes(codes, {
  "outdated-basis": () => {
    const r = buildRoadmap(leningrad(), { year: 2027 });
    r.textAbove = [
      {
        text: "Комплекс мер в рамках федерального проекта «Современная школа» национального проекта «Образование» на 2027 год",
        address: "A1",
      },
    ];
    return checkRoadmap(r, kv24, { targetYear: 2027, checkDate: "2026-12-10" });
  },
});
