// Where the roadmap ends (a funding or indicator table below it) and items repeated per organisation.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/grid";
import { checkSheet } from "../../../src/core/checks/sheet";
import { readRoadmaps } from "../../../src/core/reader";
import { grid, templateRows, TITLE } from "./layouts";

const rows = templateRows();
const HEAD = ["№", "Наименование мероприятия", "Ответственный", "Результат", "Срок"];
const body = (prefix = ""): CellValue[][] =>
  rows.map((r) => [`${prefix}${r.number}.`, r.title, r.responsible, r.result || "Приказ", r.deadlineText]);
const problems = (values: CellValue[][], merges: string[]) =>
  checkSheet(grid(values, merges), { checkDate: "2026-01-10" }).reports.map((r) => ({
    organisation: r.roadmapId,
    findings: r.findings.filter((f) => f.severity !== "info").map((f) => `${f.code} ${f.address}`),
  }));

describe("where the table ends", () => {
  it("a funding table below (caption, «№ | Источник финансирования | … | тыс. руб.», amounts) is not roadmap rows", () => {
    const n = rows.length + 3;
    const values: CellValue[][] = [
      [TITLE],
      HEAD,
      ...body(),
      [],
      ["Объем финансирования мероприятий"],
      ["№", "Источник финансирования", "КБК", "Примечание", "2027 год, тыс. руб."],
      ["1.", "Федеральный бюджет", "075 0702", "субсидия", "48215.3"],
      ["2.", "Областной бюджет", "075 0702", "софинансирование", 1488.1],
    ];
    const merges = [`A${n + 1}:E${n + 1}`];
    const r = readRoadmaps(grid(values, merges)).roadmaps;
    expect(r).toHaveLength(1);
    expect(r[0]!.rows).toHaveLength(rows.length);
    expect(r[0]!.tableRange).toBe(`A2:E${rows.length + 2}`);
    expect(problems(values, merges).flatMap((x) => x.findings)).toEqual([]);
  });

  it("an English funding table below («Funding (тыс. руб.) | 2027», amounts, «Итого») is not roadmap rows", () => {
    const values: CellValue[][] = [
      [TITLE],
      HEAD,
      ...body(),
      [],
      ["Funding (тыс. руб.)", "2027"],
      ["Федеральный бюджет", 3120.4],
      ["Итого", 3120.4],
    ];
    const r = readRoadmaps(grid(values, [])).roadmaps;
    expect(r.map((x) => x.rows.length)).toEqual([rows.length]);
    expect(problems(values, []).flatMap((x) => x.findings)).toEqual([]);
  });

  it("a «Лист согласования» below (its own «Должность | Ф.И.О. | Дата | Подпись» table) is not roadmap rows", () => {
    const n = rows.length + 3;
    const values: CellValue[][] = [
      [TITLE],
      HEAD,
      ...body(),
      [],
      ["ЛИСТ СОГЛАСОВАНИЯ"],
      ["Должность", "Ф.И.О.", "Дата", "Подпись"],
      ["Начальник управления образования администрации округа", "Карпова Е.В.", null, null],
      ["Заместитель директора по УВР", "Дёмина О.А.", null, null],
    ];
    const merges = [`A${n + 1}:E${n + 1}`];
    const r = readRoadmaps(grid(values, merges)).roadmaps;
    expect(r).toHaveLength(1);
    expect(r[0]!.rows).toHaveLength(rows.length);
    expect(problems(values, merges).flatMap((x) => x.findings)).toEqual([]);
  });

  it("«Исп.: Шабанова Н.И., тел. …» below a table with no № column is the executor's line, not a step", () => {
    // h198-cp-municipal-2027-no-number-column: read as a step with no deadline and no responsible (a false error).
    const values: CellValue[][] = [
      [TITLE],
      ["Наименование мероприятия", "Ответственный", "Результат", "Срок"],
      ...rows.map((r) => [r.title, r.responsible, r.result || "Приказ", r.deadlineText]),
      [],
      ["Исп.: Шабанова Н.И., тел. 8 (83456) 2-14-07"],
    ];
    expect(readRoadmaps(grid(values)).roadmaps[0]!.rows).toHaveLength(rows.length);
    expect(problems(values, []).flatMap((x) => x.findings)).toEqual([]);
  });

  it("«Утверждение перечня показателей …» under a date merged down over its block is a step, not an indicators table", () => {
    // h204-kv-region-srok-first-vmerged-late-plans: «до 28.12.2026» merged over five approvals, the fourth («… показателей
    // и индикаторов | Отв. Мальцева О.И. | Приказ министерства») read as another table's header; 14 false missing items.
    const values: CellValue[][] = [
      [TITLE],
      ["Срок", "Мероприятие", "Ответственные", "Результат"],
      ["до 28.12.2026", "Утверждение должностного лица", "Отв. Гречко А.С.", "Приказ министерства"],
      [
        null,
        "Утверждение перечня показателей и индикаторов деятельности",
        "Отв. Мальцева О.И.",
        "Приказ министерства",
      ],
      [null, "Утверждение типового положения", "Отв. Мальцева О.И.", "Приказ министерства"],
      ["01.02.2027", "Сформирован типовой проект дизайна и зонирования", "Отв. Лапин Д.Е.", "Дизайн-проект"],
    ];
    expect(readRoadmaps(grid(values, ["A3:A5"])).roadmaps[0]!.rows.map((x) => x.sheetRows[0])).toEqual([
      3, 4, 5, 6,
    ]);
  });

  it("an English copy's indicator table («No. | Indicator | Unit | 2027 target») below is not roadmap rows", () => {
    const values: CellValue[][] = [
      [TITLE],
      ["No.", "Activity", "Responsible", "Deliverable", "Due date"],
      ...body(),
      [],
      ["Indicators / Показатели"],
      ["No.", "Indicator", "Unit", "2027 target"],
      ["1", "Доля школ, в которых обновлена материально-техническая база", "%", 64.5],
      ["2", "Число обновлённых кабинетов", "ед.", 76],
    ];
    const r = readRoadmaps(grid(values)).roadmaps;
    expect(r).toHaveLength(1);
    expect(r[0]!.rows).toHaveLength(rows.length);
    expect(problems(values, []).flatMap((x) => x.findings)).toEqual([]);
  });

  it("an English copy's funding table («Funding, thousand roubles | 2027 | Source», «Total») is not roadmap rows", () => {
    const values: CellValue[][] = [
      [TITLE],
      ["No.", "Activity", "Responsible", "Output", "Deadline"],
      ...body(),
      [],
      ["Funding, thousand roubles", null, "2027", "Source"],
      ["Equipment", null, 6120.4, "регион. бюджет"],
      ["Total", null, 6120.4],
    ];
    const r = readRoadmaps(grid(values)).roadmaps;
    expect(r).toHaveLength(1);
    expect(r[0]!.rows).toHaveLength(rows.length);
    expect(r[0]!.tableRange).toBe(`A2:E${rows.length + 2}`);
  });

  it("an indicator table with only numbers in the deadline column ends the roadmap", () => {
    const values: CellValue[][] = [
      [TITLE],
      HEAD,
      ...body(),
      ["Показатели деятельности центров"],
      ["№", "Наименование показателя", "Ед. изм.", "2026 год", "2027 год"],
      ["1.", "Численность обучающихся", "чел.", "4120", "4350"],
      ["2.", "Доля педагогов", "%", "100", "100"],
    ];
    const r = readRoadmaps(grid(values)).roadmaps[0]!;
    expect(r.rows).toHaveLength(rows.length);
  });

  it("a list of the host schools below (its own «№ | Наименование организации | Муниципальный округ | …») is not rows", () => {
    const schools: CellValue[][] = [
      [
        1,
        "МБОУ «Верхнеполянская СОШ»",
        "Полянский",
        "с. Верхняя Поляна, ул. Школьная, 4",
        "естественно-научный",
      ],
      [2, "МКОУ «Осиновская ООШ»", "Полянский", "д. Осиновка, ул. Центральная, 1а", "технологический"],
    ];
    const lists: CellValue[][][] = [
      [["№", "Наименование организации", "Муниципальный округ", "Адрес", "Профиль центра"], ...schools],
      // Deadline first, the list's municipality under «Срок»; a contacts list headed by its address and phone.
      [["№ п/п", "Школа", "Район", "Адрес", "Профиль"], ...schools],
      [
        ["№", "Центр", "Адрес", "Телефон", "E-mail"],
        [1, "Центр «Точка роста»", "ул. Мира, 12", "8 (800) 100-10-10", "a@b.ru"],
      ],
    ];
    for (const list of lists) {
      const values: CellValue[][] = [
        [TITLE],
        HEAD,
        ...body(),
        [],
        ["Приложение № 2 к распоряжению министерства от 18.12.2026 № 960-р"],
        [
          "Перечень общеобразовательных организаций, на базе которых в 2027 году создаются центры «Точка роста»",
        ],
        ...list,
      ];
      const r = readRoadmaps(grid(values)).roadmaps;
      expect(r).toHaveLength(1);
      expect(r[0]!.rows).toHaveLength(rows.length);
      expect(problems(values, []).flatMap((x) => x.findings)).toEqual([]);
    }
  });

  it("a funding table by municipality («Источник | Новочебоксарск | Канаш | Всего») below the roadmap is not rows", () => {
    const amounts: CellValue[][] = [
      ["Федеральный бюджет", 7812.4, 7812.4, 15624.8],
      ["Местный бюджет", 450, 380, 830],
    ];
    // Its header alone, after a blank row: «Источник» and a total column name an amounts table.
    const bare: CellValue[][] = [
      [TITLE],
      HEAD,
      ...body(),
      [],
      ["Источник", "Новочебоксарск", "Канаш", "Всего"],
      ...amounts,
    ];
    const r = readRoadmaps(grid(bare)).roadmaps;
    expect(r.map((x) => x.rows.length)).toEqual([rows.length]);
    expect(problems(bare, []).flatMap((x) => x.findings)).toEqual([]);
    // Under a caption in money, whatever its header says («Бюджет | 2027 год | 2028 год»).
    const n = rows.length + 4;
    const captioned: CellValue[][] = [
      [TITLE],
      HEAD,
      ...body(),
      [],
      ["Финансовое обеспечение мероприятий, тыс. рублей"],
      ["Бюджет", "2027 год", "2028 год"],
      ...amounts,
    ];
    const merges = ["A1:E1", `A${n}:E${n}`];
    expect(readRoadmaps(grid(captioned, merges)).roadmaps.map((x) => x.rows.length)).toEqual([rows.length]);
    expect(problems(captioned, merges).flatMap((x) => x.findings)).toEqual([]);
    // A group heading «Финансовое обеспечение» over numbered measures stays in the roadmap.
    const b = body();
    const grouped: CellValue[][] = [
      [TITLE],
      HEAD,
      ...b.slice(0, 3),
      [null, "Финансовое обеспечение"],
      ...b.slice(3),
    ];
    expect(readRoadmaps(grid(grouped, ["A1:E1"])).roadmaps.map((x) => x.rows.length)).toEqual([rows.length]);
  });

  it("Excel date serials in the deadline column are dates, not amounts", () => {
    const r = readRoadmaps(
      grid([
        HEAD,
        ["1.", "Закупки", "Директор", "Извещение", 46433],
        ["2.", "Открытие", "Директор", "Приказ", 46645],
      ]),
    ).roadmaps[0]!;
    expect(r.rows).toHaveLength(2);
  });
});

describe("two roadmaps one under the other", () => {
  const KV =
    "Комплекс мер (дорожная карта) по созданию и функционированию детских технопарков «Кванториум» в 2027 году";
  it("a second title and header below the first table start a second roadmap", () => {
    const n = rows.length;
    const values: CellValue[][] = [
      [null, null, null, null, "Приложение 1"],
      [TITLE],
      HEAD,
      ...body(),
      [],
      [null, null, null, null, "Приложение 2"],
      [KV],
      HEAD,
      [
        "1.",
        "Утверждено должностное лицо, ответственное за создание Школьного Кванториума",
        "Комитет",
        "Приказ",
        "до 29.12.2026",
      ],
      ["2.", "Начало работы Школьного Кванториума", "Комитет", "Приказ", "до 15.09.2027"],
    ];
    const r = readRoadmaps(grid(values, ["A2:E2", `A${n + 6}:E${n + 6}`])).roadmaps;
    expect(r.map((x) => [x.programme.value, x.rows.length])).toEqual([
      ["tochka-rosta", n],
      ["kvantorium", 2],
    ]);
    expect(r[0]!.rows.at(-1)!.fields.deadline!.text).not.toContain("Приложение");
  });

  it("a header repeated at a page break, with no title above it, continues the same roadmap", () => {
    const b = body();
    const values: CellValue[][] = [
      [TITLE],
      HEAD,
      ...b.slice(0, 5),
      [null, null, null, null, "2"],
      HEAD,
      ...b.slice(5),
    ];
    const r = readRoadmaps(grid(values, ["A1:E1"])).roadmaps;
    expect(r).toHaveLength(1);
    expect(r[0]!.rows).toHaveLength(rows.length);
  });
});

describe("items repeated per organisation", () => {
  const schools = ["МБОУ «Верхнетоемская СОШ»", "МБОУ «Двинская СОШ № 2»"];
  it("an organisation column merged over each school's block: one roadmap per school, each clean", () => {
    const values: CellValue[][] = [
      [TITLE],
      ["Общеобразовательная организация", ...HEAD],
      ...schools.flatMap((name) => body().map((r, i) => [i === 0 ? name : null, ...r])),
    ];
    const n = rows.length;
    const merges = [`A3:A${2 + n}`, `A${3 + n}:A${2 + 2 * n}`];
    const r = readRoadmaps(grid(values, merges)).roadmaps;
    expect(r.map((x) => x.organisation)).toEqual(schools);
    expect(r.map((x) => x.rows.length)).toEqual([n, n]);
    expect(problems(values, merges).flatMap((x) => x.findings)).toEqual([]);
  });

  it("an organisation column saying «все» or listing several schools names no organisation: one roadmap", () => {
    const values: CellValue[][] = [
      [TITLE],
      ["Школы", ...HEAD],
      ...body().map((r, i) => [
        i === 1 ? "Карагайская СОШ № 1, Менделеевская СОШ, Нердвинская СОШ" : "все",
        ...r,
      ]),
    ];
    const r = readRoadmaps(grid(values, ["A1:F1"])).roadmaps;
    expect(r.map((x) => [x.organisation, x.rows.length])).toEqual([[null, rows.length]]);
    expect(problems(values, ["A1:F1"]).flatMap((x) => x.findings)).toEqual([]);
  });

  it.each(["ОО", "Наименование ОО", "Учреждение", "Наименование учреждения", "Муниципалитет", "МО", "Район"])(
    "an organisation column headed «%s»: one roadmap per block, each clean",
    (head) => {
      const values: CellValue[][] = [
        [TITLE],
        [head, ...HEAD],
        ...schools.flatMap((name) => body().map((r, i) => [i === 0 ? name : null, ...r])),
      ];
      const n = rows.length;
      const merges = ["A1:F1", `A3:A${2 + n}`, `A${3 + n}:A${2 + 2 * n}`];
      const r = readRoadmaps(grid(values, merges)).roadmaps;
      expect(r.map((x) => [x.organisation, x.rows.length])).toEqual(schools.map((s) => [s, n]));
      expect(problems(values, merges).flatMap((x) => x.findings)).toEqual([]);
    },
  );

  it("«Муниципальное образование: …» heading rows; an item missing in one block is reported for that one", () => {
    const second = body().filter((_, i) => i !== 2); // procurement left out
    const values: CellValue[][] = [
      [TITLE],
      HEAD,
      ["Муниципальное образование: Выборгский район"],
      ...body(),
      ["Муниципальное образование: Гатчинский муниципальный округ"],
      ...second,
    ];
    const merges = ["A3:E3", `A${4 + rows.length}:E${4 + rows.length}`];
    const r = readRoadmaps(grid(values, merges)).roadmaps;
    expect(r.map((x) => x.organisation)).toEqual(["Выборгский район", "Гатчинский муниципальный округ"]);
    const found = problems(values, merges);
    expect(found[0]!.findings).toEqual([]);
    expect(found[1]!.findings.map((f) => f.split(" ")[0])).toEqual(["missing-item"]);
  });

  it("unmerged school heading rows (the name alone in the title cell) split the list per school, each clean", () => {
    const values: CellValue[][] = [[TITLE], HEAD, ...schools.flatMap((name) => [[null, name], ...body()])];
    const r = readRoadmaps(grid(values, ["A1:E1"])).roadmaps;
    expect(r.map((x) => [x.organisation, x.rows.length])).toEqual(schools.map((s) => [s, rows.length]));
    expect(problems(values, ["A1:E1"]).flatMap((x) => x.findings)).toEqual([]);
  });

  it("numbered school headings («1. МБОУ …» merged across, its items 1.1, 1.2 …): one roadmap per school, each clean", () => {
    const n = rows.length;
    const values: CellValue[][] = [
      [TITLE],
      HEAD,
      ...schools.flatMap((name, k) => [[`${k + 1}. ${name}`], ...body(`${k + 1}.`)]),
    ];
    const merges = ["A1:E1", "A3:E3", `A${4 + n}:E${4 + n}`];
    const r = readRoadmaps(grid(values, merges)).roadmaps;
    expect(r.map((x) => [x.organisation, x.rows.length])).toEqual(schools.map((s) => [s, n]));
    expect(problems(values, merges).flatMap((x) => x.findings)).toEqual([]);
  });

  it("numbered school headings not merged («1. МБОУ …» alone in the № cell, centred across the row): one roadmap per school, each clean", () => {
    const n = rows.length;
    const values: CellValue[][] = [
      [TITLE],
      HEAD,
      ...schools.flatMap((name, k) => [[`${k + 1}. ${name}`], ...body(`${k + 1}.`)]),
    ];
    const r = readRoadmaps(grid(values, ["A1:E1"])).roadmaps;
    expect(r.map((x) => [x.organisation, x.rows.length])).toEqual(schools.map((s) => [s, n]));
    expect(problems(values, ["A1:E1"]).flatMap((x) => x.findings)).toEqual([]);
  });

  it("one block per district, each under its name and its own header («Пошехонский муниципальный район»): one roadmap each, clean", () => {
    const districts = ["Любимский муниципальный район", "Пошехонский муниципальный район"];
    const block = (name: string): CellValue[][] => [[name], HEAD, [1, 2, 3, 4, 5], ...body(), []];
    const values: CellValue[][] = [[TITLE], ...districts.flatMap(block)];
    const second = 2 + block(districts[0]!).length;
    const merges = ["A1:E1", "A2:E2", `A${second}:E${second}`];
    const r = readRoadmaps(grid(values, merges)).roadmaps;
    expect(r.map((x) => [x.headerAddress, x.rows.length])).toEqual([
      ["A3", rows.length],
      [`A${second + 1}`, rows.length],
    ]);
    expect(r[1]!.preamble).toEqual([districts[1]]);
    expect(problems(values, merges).flatMap((x) => x.findings)).toEqual([]);
  });

  it("a school's number in the № cell and its name in the title cell («1. | МОАУ «Лицей № 5»»), over 1.1, 1.2 …", () => {
    const n = rows.length;
    const named = ["МОАУ «Лицей № 5»", "Гимназия № 2 г. Орска"];
    const values: CellValue[][] = [
      [TITLE],
      HEAD,
      ...named.flatMap((name, k) => [[`${k + 1}.`, name], ...body(`${k + 1}.`)]),
    ];
    const r = readRoadmaps(grid(values, ["A1:E1"])).roadmaps;
    expect(r.map((x) => [x.organisation, x.rows.length])).toEqual(named.map((s) => [s, n]));
    expect(problems(values, ["A1:E1"]).flatMap((x) => x.findings)).toEqual([]);
  });

  it("a regional list by municipality («Бабаевский муниципальный округ», «г. Череповец», «Вологодский район»)", () => {
    const n = rows.length;
    const named = ["Бабаевский муниципальный округ", "г. Череповец", "Вологодский район"];
    const values: CellValue[][] = [[TITLE], HEAD, ...named.flatMap((name) => [[name], ...body()])];
    const merges = ["A1:E1", ...named.map((_, k) => `A${3 + k * (n + 1)}:E${3 + k * (n + 1)}`)];
    const r = readRoadmaps(grid(values, merges)).roadmaps;
    expect(r.map((x) => [x.organisation, x.rows.length])).toEqual(named.map((s) => [s, n]));
    expect(problems(values, merges).flatMap((x) => x.findings)).toEqual([]);
    // A title wrapped onto its own line («… в Вологодском районе») names no block.
    const b = body();
    const wrapped = readRoadmaps(
      grid([[TITLE], HEAD, b[0]!, [null, "Сокольском и Вологодском районе"], ...b.slice(1)]),
    );
    expect(wrapped.roadmaps.map((x) => x.organisation)).toEqual([null]);
  });

  it("a one-cell line that is not an organisation, or not above a numbered row, stays a continuation", () => {
    const b = body();
    const values: CellValue[][] = [
      [TITLE],
      HEAD,
      b[0]!,
      [null, "школой и органами местного самоуправления"],
      ...b.slice(1),
    ];
    const r = readRoadmaps(grid(values, ["A1:E1"])).roadmaps;
    expect(r).toHaveLength(1);
    expect(r[0]!.rows[0]!.fields.title!.text).toContain("органами местного самоуправления");
  });

  it("one organisation named on every row: one roadmap that carries its name", () => {
    const r = readRoadmaps(
      grid([["Муниципальное образование", ...HEAD], ...body().map((x) => ["Угличский район", ...x])]),
    ).roadmaps;
    expect(r).toHaveLength(1);
    expect(r[0]!.organisation).toBe("Угличский район");
  });
});
