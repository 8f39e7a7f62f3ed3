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
  it("one programme's own plan of methodical support is its share of the complex plan; its creation plan is not", () => {
    const title = (t: string) => guessProgramme([at(t)], [], [], []).value;
    expect(
      title(
        "План мероприятий по методической поддержке центров «Точка роста» Курганской области на 2026 год",
      ),
    ).toBe("complex-plan");
    expect(
      title(
        "План мероприятий по организационно-методической поддержке детского технопарка «Кванториум» МАОУ «Гимназия № 7» г. Белоозёрска на 2027 год",
      ),
    ).toBe("complex-plan");
    expect(
      title(
        "План мероприятий по поддержке функционирования центров «Точка роста» Курганской области на 2027 год",
      ),
    ).toBe("tochka-rosta");
    expect(
      title(
        "План мероприятий (дорожная карта) по созданию центров «Точка роста» и сопровождению их деятельности на 2027 год",
      ),
    ).toBe("tochka-rosta");
  });
  it("one programme's plan of support over a school year is its share of the complex plan", () => {
    const g = guessProgramme(
      [
        at(
          "План работы по организационно-методической поддержке центров «Точка роста» Берёзовского района на 2026/2027 учебный год",
        ),
      ],
      [],
      [],
      [],
    );
    expect(g.value).toBe("complex-plan");
  });
  it("a title broken over lines, or only in the lines right above the table, still names the plan", () => {
    const lines = [
      at("Приложение к приказу Департамента образования от 10.12.2026 № 1560"),
      at("ПЛАН"),
      at("организационно-методической поддержки центров «Точка роста», «Кванториум» и «IT-куб» на 2027 год"),
    ];
    expect(guessProgramme(lines.slice(1), [], [], []).value).toBe("complex-plan");
    expect(guessProgramme([], [], [], lines).value).toBe("complex-plan");
    // A creation roadmap whose order text mentions the plan far above stays its programme's.
    const order = [
      at(
        "В целях реализации единого комплексного плана мероприятий по организационно-методической поддержке",
      ),
      at("приказываю:"),
      at("1. Утвердить комплекс мер (дорожную карту) по созданию центров «Точка роста» на 2027 год"),
      at("2. Контроль оставляю за собой"),
      at("Комплекс мер («дорожная карта») по созданию центров «Точка роста» на 2027 год"),
    ];
    expect(guessProgramme([], [], [], order).value).toBe("tochka-rosta");
  });
  it("a centre's plan of work for a school year is its share of the complex plan; for a calendar year it is not", () => {
    const title = (year: string) =>
      guessProgramme(
        [
          at(
            `План работы центра образования естественно-научной и технологической направленностей «Точка роста» МБОУ «Луговская СОШ» ${year}`,
          ),
        ],
        [],
        [],
        [],
      ).value;
    expect(title("на 2026/2027 учебный год")).toBe("complex-plan");
    expect(title("на 2027 год")).toBe("tochka-rosta");
  });
  it("an IT-куб centre's own plan of work for school years is the centre's, not the complex plan", () => {
    // IT-куб centres have no known federal form: read as IT-куб, the plan gets an honest «no template», not nine
    // missing directions of a plan it is not.
    const title = (words: string) => guessProgramme([at(words)], [], [], []).value;
    expect(
      title(
        "ПЛАН работы центра цифрового образования детей «IT-куб» г. Приволжанска на 2027/2028 и 2028/2029 учебные годы",
      ),
    ).toBe("it-cube");
    expect(title("План работы центра «IT-куб» на 2027/2028 учебный год")).toBe("it-cube");
    // Its plan said to be part of the complex plan, or of support to the centres, stays the complex plan.
    expect(
      title(
        "План мероприятий центра «IT-куб» на 2027/2028 учебный год (в рамках единого комплексного плана)",
      ),
    ).toBe("complex-plan");
    expect(
      title("План работы по организационно-методической поддержке центров «IT-куб» на 2027/2028 учебный год"),
    ).toBe("complex-plan");
  });
  it("a centre's plan of its educational, extracurricular and sociocultural events for a school year is its share", () => {
    const title = (year: string) =>
      guessProgramme(
        [
          at(
            `План учебно-воспитательных, внеурочных и социокультурных мероприятий центра «Точка роста» МБОУ «Ольховская СОШ» ${year}`,
          ),
        ],
        [],
        [],
        [],
      ).value;
    expect(title("на 2026/2027 учебный год")).toBe("complex-plan");
    expect(title("на 2027 год")).toBe("tochka-rosta");
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
          "План мероприятий по поддержке центров образования естественно-научной и технологической направленностей «Точка роста» на 2026 год",
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
