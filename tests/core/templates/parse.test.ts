import { describe, expect, it } from "vitest";
import { checkSheet } from "../../../src/core/checks/sheet";
import type { CellValue } from "../../../src/core/grid";
import { readRoadmaps } from "../../../src/core/reader";
import { getEdition } from "../../../src/core/templates/library";
import { parseTemplateGrid, parseTemplateJson } from "../../../src/core/templates/parse";
import type { Edition } from "../../../src/core/templates/schema";
import { gridOf } from "../checks/helpers";

const HEADER = ["№ п/п", "Наименование мероприятия", "Ответственный", "Результат", "Срок"];
const RK = "Региональный координатор";

function templateSheet(rows: CellValue[][]) {
  return gridOf("Шаблон", [
    ["Комплекс мер (дорожная карта) по созданию центров «IT-куб» на год Y"],
    [],
    HEADER,
    ...rows,
  ]);
}

const GOOD: CellValue[][] = [
  [
    "1",
    "Утверждён комплекс мер (дорожная карта) по созданию и функционированию центра «IT-куб»",
    RK,
    "Распорядительный акт",
    "27 ноября года, предшествующего году Y",
  ],
  [
    "2",
    "Сформирован и согласован инфраструктурный лист центра",
    `${RK}, федеральный оператор`,
    "Письмо федерального оператора",
    "согласно графику, направляемому федеральным оператором",
  ],
  [
    "3",
    "Объявлены закупки оборудования для центра «IT-куб»",
    RK,
    "Извещения о проведении закупок",
    "до 1 марта года Y",
  ],
  [
    "4",
    "Проведено повышение квалификации педагогов центра",
    RK,
    "Удостоверения о повышении квалификации",
    "в течение года Y",
  ],
  ["5", "Начало работы центра «IT-куб»", RK, "Информация в СМИ", "1 сентября года получения субсидии"],
  [
    "6",
    "Мониторинг выполнения показателей деятельности центра",
    RK,
    "Отчёт федеральному оператору",
    "1 октября года Y, далее – ежеквартально",
  ],
];

function goodEdition(): Edition {
  const res = parseTemplateGrid(templateSheet(GOOD), {
    programme: "it-cube",
    year: 2025,
    name: "Шаблон IT-куб",
  });
  if (!res.ok) throw new Error(JSON.stringify(res.errors));
  return res.edition;
}

describe("a planner's template sheet", () => {
  it("becomes an edition: one item per row, deadlines as rules of Y", () => {
    const e = goodEdition();
    expect(e.programme).toBe("it-cube");
    expect(e.generation).toBe(2025);
    expect(e.origin).toBe("planner");
    expect(e.confidence).toBe("unknown");
    const rules = e.items.map((i) => [
      i.deadline.kind,
      i.deadline.month,
      i.deadline.day,
      i.deadline.yearOffset,
      i.deadline.cadence,
    ]);
    expect(rules).toEqual([
      ["date", 11, 27, -1, null],
      ["external-schedule", null, null, 0, null],
      ["by-date", 3, 1, 0, null],
      ["period-year", null, null, 0, null],
      ["date", 9, 1, 0, null],
      ["recurring", 10, 1, 0, "quarterly"],
    ]);
    // Key terms come from the title, stemmed; words every centre roadmap shares are left out.
    const proc = e.items[2]!.terms.map((t) => t.term);
    expect(proc).toContain("закупки");
    expect(proc).not.toContain("центра");
  });

  it("checks a roadmap exactly like a built-in edition", () => {
    const e = goodEdition();
    const roadmap = gridOf("IT-куб 2026", [
      ["Комплекс мер (дорожная карта) по созданию центра цифрового образования «IT-куб» на 2026 год"],
      [],
      HEADER,
      [
        "1",
        "Утверждение комплекса мер (дорожной карты) центра «IT-куб»",
        "Министерство образования",
        "Распоряжение",
        "27.11.2025",
      ],
      [
        "2",
        "Формирование и согласование инфраструктурного листа",
        "Министерство образования",
        "Письмо",
        "по графику федерального оператора",
      ],
      [
        "3",
        "Объявление закупок оборудования",
        "Министерство образования",
        "Извещения",
        "не позднее 15 марта 2026 года",
      ],
      [
        "4",
        "Повышение квалификации педагогов центра «IT-куб»",
        "Министерство образования",
        "Удостоверения",
        "в течение 2026 года",
      ],
      ["5", "Начало работы центра «IT-куб»", "Министерство образования", "Публикации в СМИ", "01.09.2026"],
    ]);
    const read = readRoadmaps(roadmap);
    const id = read.roadmaps[0]!.id;
    const res = checkSheet(roadmap, {
      checkDate: "2025-11-01",
      extraEditions: [e],
      overrides: { [id]: { editionId: e.id } },
    });
    const r = res.reports[0]!;
    expect(r.editionId).toBe(e.id);
    const serious = r.findings.filter((f) => f.severity !== "info").map((f) => [f.code, f.address]);
    // Procurement on 15 March is after «до 1 марта года Y»; the monitoring row is absent.
    expect(serious).toEqual([
      ["late-vs-template", "E6"],
      ["missing-item", "B8"],
    ]);
    expect(r.findings.find((f) => f.code === "missing-item")!.itemId).toBe(e.items[5]!.id);
  });

  it("gets one clear error per bad row, at the cell that is wrong", () => {
    const res = parseTemplateGrid(
      templateSheet([
        GOOD[0]!,
        ["2", "Сформирован инфраструктурный лист", RK, "Письмо", null],
        ["3", "Объявлены закупки оборудования", RK, "Извещения", "1 марта 2024 года"],
        ["4", "Проведено повышение квалификации", RK, "Удостоверения", "когда получится"],
        ["5", "Начало работы центра", null, "СМИ", "1 сентября года Y"],
        [
          "6",
          "Утверждён комплекс мер (дорожная карта) по созданию и функционированию центра «IT-куб»",
          RK,
          "Акт",
          "1 декабря года, предшествующего году Y",
        ],
        ["7", "Мониторинг выполнения показателей", RK, "Отчёт", "ежеквартально"],
        GOOD[4]!.map((v, i) => (i === 0 ? "8" : v)),
      ]),
      { programme: "it-cube", year: 2025 },
    );
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.errors.map((e) => e.address)).toEqual(["E5", "E6", "E7", "C8", "B9", "E10"]);
    const ru = res.errors.map((e) => e.message.ru);
    expect(ru[0]).toMatch(/^Строка 5: не указан срок/);
    expect(ru[1]).toContain("«1 марта 2024 года» записан с конкретным годом");
    expect(ru[2]).toContain("«когда получится» не читается");
    expect(ru[3]).toBe("Строка 8: не указан ответственный.");
    expect(ru[4]).toBe("Строка 9 повторяет пункт в ячейке B4: наименования совпадают.");
    expect(ru[5]).toContain("«ежеквартально» нужна первая дата");
    for (const e of res.errors) expect(e.message.en.length).toBeGreaterThan(10);
    expect(res.reason.ru).toContain("E5:");
  });

  it("says when there is no table or a column is missing", () => {
    const empty = parseTemplateGrid(gridOf("Пусто", [["просто текст"]]), { programme: "kvantorium" });
    expect(empty.ok).toBe(false);
    const noDeadline = parseTemplateGrid(
      gridOf("Шаблон", [
        ["№ п/п", "Наименование мероприятия", "Ответственный"],
        ["1", "Начало работы", RK],
      ]),
      { programme: "kvantorium" },
    );
    expect(noDeadline.ok).toBe(false);
    if (!noDeadline.ok)
      expect(noDeadline.errors.map((e) => e.message.ru)).toContain("В шаблоне нет столбца «Срок».");
  });
});

describe("a planner's template as JSON", () => {
  it("a copy of a built-in edition loads as the planner's", () => {
    const json = JSON.parse(
      JSON.stringify({ ...getEdition("kvantorium-2024")!, id: "kvantorium-2025-letter" }),
    );
    const res = parseTemplateJson(json);
    expect(res.ok).toBe(true);
    if (res.ok) {
      expect(res.edition.origin).toBe("planner");
      expect(res.edition.items).toHaveLength(17);
    }
  });

  it("errors name the field that is wrong", () => {
    const json = JSON.parse(JSON.stringify(getEdition("cos-2024")!));
    json.items[2].deadline = { kind: "by-date", month: 13, day: 1, confidence: "unknown" };
    delete json.title;
    const res = parseTemplateJson(json);
    expect(res.ok).toBe(false);
    if (res.ok) return;
    const text = res.errors.map((e) => e.message.ru).join("\n");
    expect(text).toContain("items[2].deadline.month");
    expect(text).toContain("title");
    expect(parseTemplateJson("not an object").ok).toBe(false);
  });
});
