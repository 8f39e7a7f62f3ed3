import { describe, expect, it } from "vitest";
import { guessProgramme } from "../../../src/core/reader/guess";

describe("the complex plan under another name", () => {
  const at = (text: string) => ({ text, address: "A1" });
  it("«План мероприятий по организационно-методической поддержке» of several programmes is the complex plan", () => {
    for (const title of [
      "План мероприятий по организационно-методической поддержке центров «Точка роста», детских технопарков «Кванториум» на базе общеобразовательных организаций и центров «IT-куб» Республики Марий Эл на 2024/2025 учебный год",
      "План-график мероприятий по организационно-методической поддержке центров «Точка роста», детских технопарков «Кванториум» и центров «IT-куб» Курганской области на 2025/2026 учебный год",
    ]) {
      const g = guessProgramme([at(title)], [], [], []);
      expect(g.value).toBe("complex-plan");
      expect(g.evidence[0]).toContain("организационно-методической поддержке");
    }
  });
  it("one programme's own plan of support stays that programme's", () => {
    const g = guessProgramme(
      [at("План мероприятий по методической поддержке центров «Точка роста» Курганской области на 2026 год")],
      [],
      [],
      [],
    );
    expect(g.value).toBe("tochka-rosta");
  });
  it("the centres named by their descriptive names count as programmes", () => {
    for (const title of [
      "План мероприятий по организационно-методической поддержке центров образования естественно-научной и технологической направленностей, технопарков и IT-кубов Ставровской области на 2026/2027 учебный год",
      "План мероприятий по методической поддержке центров образования естественно-научной и технологической направленности и детских технопарков на 2025/2026 учебный год",
      "План-график мероприятий по организационно-методическому сопровождению школьных Кванториумов и центров цифрового образования детей на 2026/2027 учебный год",
    ]) {
      const g = guessProgramme([at(title)], [], [], []);
      expect(g.value).toBe("complex-plan");
    }
  });
  it("one programme under its brand and its descriptive name is still that programme's own plan", () => {
    const g = guessProgramme(
      [
        at(
          "План мероприятий по методической поддержке центров образования естественно-научной и технологической направленностей «Точка роста» на 2026 год",
        ),
      ],
      [],
      [],
      [],
    );
    expect(g.value).toBe("tochka-rosta");
  });

  it("a centre's plan «в рамках единого комплексного плана» is its share of the complex plan", () => {
    const g = guessProgramme(
      [
        at(
          "План мероприятий центра «Точка роста» на 2026–2027 учебный год (в рамках единого комплексного плана)",
        ),
      ],
      [],
      [],
      [],
    );
    expect(g.value).toBe("complex-plan");
    expect(g.evidence[0]).toContain("единого комплексного плана");
  });
});
