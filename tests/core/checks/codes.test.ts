import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkRoadmap as checkRoadmapOf } from "../../../src/core/checks";
import { extractNames, isVariant } from "../../../src/core/checks/names";
import { checkNumbering } from "../../../src/core/checks/numbering";
import { LISTED } from "../../../src/core/checks/rules";
import { CATALOGUE } from "../../../src/core/findings/catalogue";
import { FINDING_CODES, type RoadmapReport } from "../../../src/core/report";
import { getEdition } from "../../../src/core/templates/library";
import { buildRoadmap, type RowSpec } from "../match/build";
import { leningrad } from "./rules/context";
import { check } from "./rules/produce";

const kv24 = getEdition("kvantorium-2024")!;
const kv21 = getEdition("kvantorium-2021")!;

const checkRoadmap = checkRoadmapOf;

const codes = (r: RoadmapReport) => r.findings.map((f) => `${f.code}@${f.address}`);

const RULES_DIR = "src/core/checks/rules";

describe("the baseline roadmap", () => {
  it("is clean: every item found, every date on or before its rule and on a working day", () => {
    const r = check(leningrad());
    expect(r.findings).toEqual([]);
    expect(r.verdict).toBe("ready");
    expect(r.counts).toEqual({ error: 0, warning: 0, info: 0 });
    expect(r.matches).toHaveLength(17);
  });
});

describe("each finding code", () => {
  it("missing-item: error, where the item belongs, not marking a cell", () => {
    const rows = leningrad().filter((x) => x.number !== "5.");
    const r = check(rows);
    const f = r.findings.find((x) => x.code === "missing-item")!;
    expect([f.severity, f.itemId, f.marksCell]).toEqual(["error", "procurement", false]);
    // After the row of item 4 (basic equipment, B5).
    expect(f.address).toBe("B5");
    expect(f.message.ru).toBe(
      "В дорожной карте нет пункта «Объявлены закупки» (по шаблону — не позднее 15 февраля 2024 года).",
    );
    expect(f.expected).toEqual({ ru: "не позднее 15 февраля 2024 года", en: "by 15 February 2024" });
    expect(f.rule).toEqual({
      source: kv24.items.find((i) => i.id === "procurement")!.source.document,
      confidence: "reconstructed",
    });
    expect(r.verdict).toBe("has-errors");
  });

  it("late-vs-template: error with both dates and the rule's source and confidence", () => {
    const rows = leningrad();
    rows[4]!.deadline = "не позднее 16 февраля 2024 года";
    const f = check(rows).findings.find((x) => x.code === "late-vs-template")!;
    expect([f.severity, f.address, f.itemId, f.actual]).toEqual([
      "error",
      "E6",
      "procurement",
      "не позднее 16 февраля 2024 года",
    ]);
    expect(f.message.ru).toMatch(
      /^Срок «не позднее 16 февраля 2024 года» позже, чем по шаблону: не позднее 15 февраля 2024 года \(пункт «Объявлены закупки»\)\. Ленинградская обл\./,
    );
    expect(f.rule!.confidence).toBe("unknown");
    expect(f.match!.terms).toContain("закупки");
  });

  it("late-vs-template without a year: deadlines written relative to the subsidy year are compared as such", () => {
    const rows: RowSpec[] = [
      {
        number: "1",
        title: "Объявлены закупки товаров, работ, услуг",
        deadline: "2 марта года получения субсидии",
      },
    ];
    const r = check(rows, { year: null, edition: kv21, withResult: false });
    const late = r.findings.find((x) => x.code === "late-vs-template")!;
    expect(late.expected!.ru).toBe("1 марта года получения субсидии");
    expect(r.notes.some((n) => n.ru.startsWith("Год дорожной карты не определён"))).toBe(true);
  });

  it("late-vs-template as a warning: «по графику» where the form fixes a date cannot be compared", () => {
    const rows = leningrad();
    rows[4]!.deadline = "по графику федерального оператора";
    const f = check(rows).findings.find((x) => x.code === "late-vs-template")!;
    expect(f.severity).toBe("warning");
    expect(f.message.ru).toContain("нельзя сравнить с шаблоном");
  });

  it("deadline-missing (error) and deadline-unreadable (warning) at the deadline cell", () => {
    const rows = leningrad();
    rows[3]!.deadline = null;
    rows[5]!.deadline = "как только, так сразу";
    const r = check(rows);
    expect(codes(r)).toEqual(["deadline-missing@E5", "deadline-unreadable@E7"]);
    expect(r.findings[0]!.severity).toBe("error");
    expect(r.findings[0]!.expected!.ru).toBe("1 марта 2024 года");
    expect(r.findings[1]!.severity).toBe("warning");
  });

  it("deadline-outside-plan: a 2026 date in the 2024 roadmap", () => {
    const rows = leningrad();
    rows[2]!.deadline = "до 1 февраля 2026 года";
    const r = check(rows);
    const f = r.findings.find((x) => x.code === "deadline-outside-plan")!;
    expect([f.severity, f.address]).toEqual(["warning", "E4"]);
    expect(f.message.ru).toContain("за период дорожной карты на 2024 год (2023–2024 гг.)");
    // It is also late, which is reported separately.
    expect(r.findings.some((x) => x.code === "late-vs-template" && x.address === "E4")).toBe(true);
  });

  it("responsible-missing at the responsible cell; result-missing only where the form has a result", () => {
    const rows = leningrad();
    rows[0]!.responsible = null;
    rows[1]!.result = "";
    const r = check(rows);
    expect(codes(r)).toEqual(["responsible-missing@C2", "result-missing@D3"]);
    expect(r.findings[1]!.expected!.ru).toContain("инфраструктурного листа");
    // Точка роста 2024 (Smolensk matrix) gives no results: an empty result cell is not reported.
    const tr = buildRoadmap(
      [{ title: "Начало работы Центров «Точка роста»", deadline: "1 сентября 2024 года", result: "" }],
      { withResult: true, programme: "tochka-rosta" },
    );
    const rep = checkRoadmap(tr, getEdition("tochka-rosta-2024")!, {
      targetYear: 2024,
      checkDate: "2023-12-01",
    });
    expect(rep.findings.some((x) => x.code === "result-missing")).toBe(false);
  });

  it("duplicate-item and extra-row", () => {
    const rows = [
      ...leningrad(),
      { number: "14.", title: "Начало работы Кванториума в новом здании", deadline: "2 сентября 2024 года" },
      { number: "15.", title: "Ремонт кровли школы", deadline: "1 июля 2024 года" },
    ];
    const r = check(rows);
    expect(codes(r)).toEqual(["duplicate-item@B15", "extra-row@B16"]);
    expect(r.findings[0]!.message.ru).toBe(
      "Строка повторяет пункт «Начало работы Кванториума», который уже есть в ячейке B13.",
    );
    expect(r.findings[1]!.severity).toBe("info");
  });

  it("numbering-gap and numbering-duplicate", () => {
    const rows = leningrad();
    rows[6]!.number = "8.";
    rows[8]!.number = "8.";
    const r = check(rows);
    expect(r.findings.map((f) => [f.code, f.address, f.severity])).toEqual([
      ["numbering-gap", "A8", "info"],
      ["numbering-duplicate", "A9", "info"],
      ["numbering-duplicate", "A10", "info"],
      // «8.» written in place of «9.»: after it comes «10.».
      ["numbering-gap", "A11", "info"],
    ]);
    expect(r.findings[0]!.message.ru).toBe("После пункта 6 идёт 8: пропущен номер 7.");
  });

  it("non-working-day: a Sunday, a public holiday", () => {
    const rows = leningrad();
    rows[5]!.deadline = "не позднее 30 июня 2024 года"; // Sunday
    rows[3]!.deadline = "23 февраля 2024 года"; // Defender of the Fatherland Day
    const r = check(rows);
    const f = r.findings.filter((x) => x.code === "non-working-day");
    expect(f.map((x) => x.address)).toEqual(["E5", "E7"]);
    expect(f.every((x) => x.severity === "info")).toBe(true);
    expect(f[0]!.message.ru).toBe(
      "Срок 23.02.2024 приходится на нерабочий праздничный день: День защитника Отечества.",
    );
    expect(f[1]!.message.ru).toBe("Срок 30.06.2024 приходится на выходной день (воскресенье).");
  });

  it("no-template: IT-куб is checked for deadlines and responsibles only, and says why", () => {
    const rows: RowSpec[] = [
      { number: "1", title: "Открытие центра «IT-куб»", deadline: "1 сентября 2025 года" },
      { number: "2", title: "Закупка оборудования", deadline: null },
    ];
    const r = checkRoadmap(buildRoadmap(rows, { programme: "it-cube" }), null, {
      targetYear: 2024,
      checkDate: "2024-01-10",
    });
    expect(r.findings.map((f) => [f.code, f.severity])).toEqual([
      ["no-template", "warning"],
      ["deadline-missing", "error"],
    ]);
    expect(r.findings[0]!.marksCell).toBe(false);
    expect(r.notes[0]!.ru).toContain("«IT-куб»");
    expect(r.editionId).toBeNull();
    // A three-year plan: 2025 is inside a 2024 IT-куб roadmap's period.
    expect(r.byCode["deadline-outside-plan"]).toBeUndefined();
  });
});

describe("the report", () => {
  it("drops disabled codes and counts the rest", () => {
    const rows = leningrad();
    rows[3]!.deadline = null;
    rows[4]!.deadline = "не позднее 20 февраля 2024 года";
    rows[0]!.responsible = null;
    const r = checkRoadmap(buildRoadmap(rows, { withResult: true }), kv24, {
      targetYear: 2024,
      checkDate: "2023-12-01",
      disabled: ["late-vs-template"],
    });
    expect(r.byCode).toEqual({ "deadline-missing": 1, "responsible-missing": 1 });
    expect(r.counts).toEqual({ error: 1, warning: 1, info: 0 });
    expect(r.verdict).toBe("has-errors");
  });
});

describe("helpers", () => {
  it("names: surname-first and initials-first, no titles taken for surnames", () => {
    expect(extractNames("Отв. Худолеева Е.С., Баник Я.В., Шерстнева С.В", "B1").map((n) => n.text)).toEqual([
      "Худолеева Е.С.",
      "Баник Я.В.",
      "Шерстнева С.В.",
    ]);
    expect(extractNames("В.М. Хомутова; И.А.Голубев", "A1").map((n) => n.text)).toEqual([
      "В.М. Хомутова",
      "И.А. Голубев",
    ]);
    const [a, b] = [...extractNames("Иванова А.Б.", "A1"), ...extractNames("Иванов А.Б.", "A2")];
    expect(isVariant(a!, b!)).toBe(false);
  });

  it("numbering: sub-lists restart at 1, gaps name every missing number", () => {
    const n = (xs: (string | null)[]) => checkNumbering(xs.map((number, pos) => ({ pos, number })));
    expect(n(["1.1", "1.2", "2.1", "2.2"])).toEqual({ gaps: [], repeats: [] });
    expect(n(["9.1", "9.2", "9.5"]).gaps[0]!.missing).toEqual(["9.3", "9.4"]);
    expect(n(["1.", "2.", null, "Итого", "3"])).toEqual({ gaps: [], repeats: [] });
    expect(n(["1", "1."]).repeats).toEqual([{ pos: 1, firstPos: 0, number: "1" }]);
  });
});

// «Every code can be produced» lives with each rule: its spec (tests/core/checks/rules/<name>.test.ts) calls
// producesItsCodes(codes, …) with one small roadmap per code, and tsc asks for one per code the rule declares. Here:
// no rule file goes without that contract.
describe("the contract", () => {
  const rules = readdirSync(RULES_DIR)
    .filter((f) => f.endsWith(".ts") && f !== "index.ts")
    .map((f) => f.slice(0, -3));

  it.each(rules)("rules/%s.ts has a spec that gives each of its codes a producer", (name) => {
    const spec = `tests/core/checks/rules/${name}.test.ts`;
    expect(existsSync(spec), spec).toBe(true);
    const src = readFileSync(spec, "utf8");
    expect(src, spec).toMatch(
      new RegExp(`import \\{[^}]*\\bcodes\\b[^}]*\\} from "(\\.\\./)+src/core/checks/rules/${name}";`),
    );
    expect(src, spec).toMatch(/^producesItsCodes\(codes, \{/m);
  });

  it("every code is some rule's, so the rules' contracts cover them all", () => {
    expect(Object.keys(CATALOGUE)).toEqual([...FINDING_CODES]);
    expect(rules.length).toBe(LISTED.length);
  });
});
