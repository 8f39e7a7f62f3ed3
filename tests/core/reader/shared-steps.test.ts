// A district's roadmap with its own approvals written once above the schools' blocks («1. Общие мероприятия» 1.1–1.5,
// then «2. МБОУ «…»», «3. МБОУ «…»»), or marked «все ОО» in the organisation column: those steps are every school's,
// so no school misses the approvals the district made for all.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/grid";
import { checkSheet } from "../../../src/core/checks/sheet";
import { readRoadmaps } from "../../../src/core/reader";
import { grid, templateRows } from "./layouts";

const rows = templateRows(2027);
const approvals = rows.slice(0, 5);
const steps = rows.slice(5);
const TITLE =
  "Комплекс мер (дорожная карта) по созданию центров «Точка роста» в Вязовском районе на 2027 год";
const HEAD = ["№", "Мероприятие", "Срок", "Ответственный", "Результат"];
const line = (n: string, r: (typeof rows)[number]): CellValue[] => [
  n,
  r.title,
  r.deadlineText,
  "Отдел",
  r.result || "Приказ",
];

function blocks(): { values: CellValue[][]; merges: string[] } {
  const values: CellValue[][] = [[TITLE], HEAD, ["1. Общие мероприятия"]];
  approvals.forEach((r, i) => values.push(line(`1.${i + 1}`, r)));
  const merges = ["A1:E1", "A3:E3"];
  ["МБОУ «Вязовская СОШ»", "МБОУ «Ольховская ООШ»"].forEach((school, k) => {
    values.push([`${k + 2}. ${school}`]);
    merges.push(`A${values.length}:E${values.length}`);
    steps.forEach((r, i) => values.push(line(`${k + 2}.${i + 1}`, r)));
  });
  return { values, merges };
}

const errors = (values: CellValue[][], merges: string[]) =>
  checkSheet(grid(values, merges), { checkDate: "2026-12-10" }).reports.map((r) =>
    r.findings.filter((f) => f.severity === "error").map((f) => `${f.code}:${f.itemId ?? f.address}`),
  );

describe("steps written once above the schools' blocks", () => {
  it("belong to every school's roadmap: no school misses the district's approvals", () => {
    const { values, merges } = blocks();
    const rs = readRoadmaps(grid(values, merges)).roadmaps;
    expect(rs.map((r) => [r.organisation, r.rows.length])).toEqual([
      ["МБОУ «Вязовская СОШ»", approvals.length + steps.length],
      ["МБОУ «Ольховская ООШ»", approvals.length + steps.length],
    ]);
    expect(rs[1]!.rows.slice(0, 5).map((r) => r.number)).toEqual(["1.1", "1.2", "1.3", "1.4", "1.5"]);
    // Each roadmap keeps an id of its own (the pane and the acceptances key on it), not the shared first row's.
    expect(rs.map((r) => r.id)).toEqual(["Дорожная карта!A2#B10", "Дорожная карта!A2#B17"]);
    expect(errors(values, merges)).toEqual([[], []]);
  });
});

describe.each([
  ["все ОО", "Общеобразовательная организация", ["МБОУ «Вязовская СОШ»", "МБОУ «Ольховская ООШ»"]],
  ["все МО", "Муниципальное образование", ["Берёзовский муниципальный район", "Городской округ «Янтарный»"]],
  ["все муниципальные образования", "МО", ["Берёзовский муниципальный район", "Городской округ «Янтарный»"]],
  [
    "все общеобразовательные организации — участники",
    "Общеобразовательная организация",
    ["МБОУ «СОШ № 1»", "МКОУ «Ивановская СОШ»"],
  ],
  ["все школы округа", "Школа", ["МБОУ «СОШ № 1»", "МКОУ «Ивановская СОШ»"]],
  ["—", "Общеобразовательная организация", ["МБОУ «Речная СОШ № 2»", "МКОУ «Сухоложская ООШ»"]],
])("steps marked «%s» in the organisation column", (every, column, orgs) => {
  it("belong to every organisation's roadmap, wherever they stand", () => {
    const values: CellValue[][] = [[TITLE], ["№", column, ...HEAD.slice(1)]];
    approvals.forEach((r, i) => values.push([`${i + 1}`, every, ...line("", r).slice(1)]));
    orgs.forEach((school, k) =>
      steps.forEach((r, i) => values.push([`${6 + k * steps.length + i}`, school, ...line("", r).slice(1)])),
    );
    const rs = readRoadmaps(grid(values, ["A1:F1"])).roadmaps;
    expect(rs.map((r) => [r.organisation, r.rows.length])).toEqual(
      orgs.map((o) => [o, approvals.length + steps.length]),
    );
    expect(errors(values, ["A1:F1"])).toEqual([[], []]);
    expect(new Set(rs.map((r) => r.id)).size).toBe(orgs.length);
    // The list is numbered through for all: one school's numbers skip the other's by design, no gap to report.
    const gaps = checkSheet(grid(values, ["A1:F1"]), { checkDate: "2026-12-10" }).reports.flatMap((r) =>
      r.findings.filter((f) => f.code === "numbering-gap"),
    );
    expect(gaps).toEqual([]);
  });
});

describe("schools' blocks numbered in two levels under a part", () => {
  it("«II. Мероприятия по общеобразовательным организациям» over «2.1. МБОУ «…»», «2.2. МБОУ «…»»: one roadmap per school", () => {
    const values: CellValue[][] = [[TITLE], HEAD, ["I. Общие мероприятия (муниципальный уровень)"]];
    approvals.forEach((r, i) => values.push(line(`1.${i + 1}`, r)));
    values.push(["II. Мероприятия по общеобразовательным организациям"]);
    const merges = ["A1:E1", "A3:E3", `A${values.length}:E${values.length}`];
    ["МБОУ «Заречная СОШ»", "МБОУ «Ключевская ООШ»"].forEach((school, k) => {
      values.push([`2.${k + 1}. ${school}`]);
      merges.push(`A${values.length}:E${values.length}`);
      steps.forEach((r, i) => values.push(line(`2.${k + 1}.${i + 1}`, r)));
    });
    const rs = readRoadmaps(grid(values, merges)).roadmaps;
    expect(rs.map((r) => [r.organisation, r.rows.length])).toEqual([
      ["МБОУ «Заречная СОШ»", approvals.length + steps.length],
      ["МБОУ «Ключевская ООШ»", approvals.length + steps.length],
    ]);
    expect(errors(values, merges)).toEqual([[], []]);
  });
});

describe("a centre's block named by its base school and numbered", () => {
  it("«2. Школьный Кванториум на базе МАОУ «Лицей № 3» (г. Белозёрск)» heads that school's roadmap", () => {
    const values: CellValue[][] = [[TITLE.replace("центров «Точка роста»", "Школьных Кванториумов")], HEAD];
    values.push(["1. Утверждены:"]);
    approvals.forEach((r, i) => values.push(line(`1.${i + 1}`, r)));
    const merges = ["A1:E1", "A3:E3"];
    ["МАОУ «Лицей № 3» (г. Белозёрск)", "МБОУ «СОШ № 14» (г. Каменка)"].forEach((school, k) => {
      values.push([`${k + 2}. Школьный Кванториум на базе ${school}`]);
      merges.push(`A${values.length}:E${values.length}`);
      steps.forEach((r, i) => values.push(line(`${k + 2}.${i + 1}`, r)));
    });
    const rs = readRoadmaps(grid(values, merges)).roadmaps;
    expect(rs.map((r) => [r.organisation, r.rows.length])).toEqual([
      ["МАОУ «Лицей № 3»", approvals.length + steps.length],
      ["МБОУ «СОШ № 14»", approvals.length + steps.length],
    ]);
  });
});

describe("municipalities' blocks named «Раздел N. МО «… район»»", () => {
  it("each heads its municipality's roadmap, under the region's own «Раздел 1. Общие мероприятия»", () => {
    const values: CellValue[][] = [[TITLE], HEAD, ["Раздел 1. Общие мероприятия регионального уровня"]];
    approvals.forEach((r, i) => values.push(line(`1.${i + 1}`, r)));
    const merges = ["A1:E1", "A3:E3"];
    ["МО «Сосновский район»", "МО «Каменский муниципальный округ»"].forEach((mo, k) => {
      values.push([`Раздел ${k + 2}. ${mo}`]);
      merges.push(`A${values.length}:E${values.length}`);
      steps.forEach((r, i) => values.push(line(`${k + 2}.${i + 1}`, r)));
    });
    const rs = readRoadmaps(grid(values, merges)).roadmaps;
    expect(rs.map((r) => [r.organisation, r.rows.length])).toEqual([
      ["МО «Сосновский район»", approvals.length + steps.length],
      ["МО «Каменский муниципальный округ»", approvals.length + steps.length],
    ]);
  });
});

describe("a step's number and title merged down over one line per school", () => {
  it("each line naming its school is that step for the school", () => {
    const values: CellValue[][] = [
      [TITLE],
      ["№ п/п", "Мероприятие", "Общеобразовательная организация", "Срок", "Ответственный", "Результат"],
    ];
    const merges = ["A1:F1"];
    steps.forEach((r, i) => {
      const top = values.length + 1;
      values.push([
        `${i + 1}`,
        r.title,
        "МБОУ «Покровская СОШ»",
        r.deadlineText,
        "Директор Белова И.С.",
        r.result || "Приказ",
      ]);
      values.push([
        null,
        null,
        "МКОУ «Никольская СОШ»",
        r.deadlineText,
        "Директор Трофимов Г.П.",
        r.result || "Приказ",
      ]);
      merges.push(`A${top}:A${top + 1}`, `B${top}:B${top + 1}`);
    });
    const rs = readRoadmaps(grid(values, merges)).roadmaps;
    expect(rs.map((r) => [r.organisation, r.rows.length])).toEqual([
      ["МБОУ «Покровская СОШ»", steps.length],
      ["МКОУ «Никольская СОШ»", steps.length],
    ]);
    expect(rs[1]!.rows.map((r) => [r.number, r.fields.title?.text])).toEqual(
      steps.map((r, i) => [`${i + 1}`, r.title]),
    );
  });
});

describe("lettered steps under a № merged down over them", () => {
  it("keep no number of their own: only a line per school takes the merged number", () => {
    const values: CellValue[][] = [
      [TITLE],
      HEAD,
      ["1.", "Утверждены:", null, null, null],
      [null, "а) должностное лицо", "до 29.12.2026", "Отдел", "Приказ"],
      [null, "б) комплекс мер (дорожная карта)", "до 29.12.2026", "Отдел", "Приказ"],
    ];
    const rows = readRoadmaps(grid(values, ["A1:E1", "A3:A5"])).roadmaps[0]!.rows;
    expect(rows.filter((r) => r.number === "1.")).toHaveLength(
      rows.some((r) => r.fields.title?.text === "Утверждены:") ? 1 : 0,
    );
  });
});

describe("the region's own steps unnumbered under «Общие мероприятия (региональный уровень)»", () => {
  it("are each a step of every school's roadmap, above the numbered schools' blocks", () => {
    const values: CellValue[][] = [[TITLE], HEAD, ["Общие мероприятия (региональный уровень)"]];
    approvals.forEach((r) => values.push(line("", r)));
    const merges = ["A1:E1", "A3:E3"];
    ["МБОУ «Гимназия № 3»", "МАОУ «СОШ № 17»"].forEach((school, k) => {
      values.push([`${k + 1}. ${school}`]);
      merges.push(`A${values.length}:E${values.length}`);
      steps.forEach((r, i) => values.push(line(`${k + 1}.${i + 1}`, r)));
    });
    const rs = readRoadmaps(grid(values, merges)).roadmaps;
    expect(rs.map((r) => [r.organisation, r.rows.length])).toEqual([
      ["МБОУ «Гимназия № 3»", approvals.length + steps.length],
      ["МАОУ «СОШ № 17»", approvals.length + steps.length],
    ]);
    expect(rs[0]!.rows.slice(0, approvals.length).map((r) => r.fields.title?.text)).toEqual(
      approvals.map((r) => r.title),
    );
    expect(errors(values, merges)).toEqual([[], []]);
  });
});

describe("a municipality named «МО «Городской округ …»» with its schools in brackets", () => {
  it("heads its own roadmap, not more steps of the block above", () => {
    const values: CellValue[][] = [[TITLE], HEAD, ["Раздел 1. Региональный уровень"]];
    approvals.forEach((r, i) => values.push(line(`1.${i + 1}`, r)));
    const merges = ["A1:E1", "A3:E3"];
    const mos = [
      "МО «Верхнекамский район» (МБОУ «Камская СОШ»)",
      "МО «Городской округ Заречный» (МАОУ «СОШ № 4»)",
    ];
    mos.forEach((mo, k) => {
      values.push([`Раздел ${k + 2}. ${mo}`]);
      merges.push(`A${values.length}:E${values.length}`);
      steps.forEach((r, i) => values.push(line(`${k + 2}.${i + 1}`, r)));
    });
    const rs = readRoadmaps(grid(values, merges)).roadmaps;
    expect(rs.map((r) => [r.organisation, r.rows.length])).toEqual([
      ["МО «Верхнекамский район»", approvals.length + steps.length],
      ["МО «Городской округ Заречный»", approvals.length + steps.length],
    ]);
    expect(errors(values, merges)).toEqual([[], []]);
  });
});

describe("a centre's block named «Центр «Точка роста» МБОУ «…»», no «на базе»", () => {
  it("heads that school's roadmap", () => {
    const values: CellValue[][] = [[TITLE], HEAD];
    const merges = ["A1:E1"];
    ["МБОУ «Ольшанская СОШ»", "МБОУ «Дубравинская СОШ»"].forEach((school, k) => {
      values.push([`${k + 1}. Центр «Точка роста» ${school}`]);
      merges.push(`A${values.length}:E${values.length}`);
      rows.forEach((r, i) => values.push(line(`${k + 1}.${i + 1}`, r)));
    });
    const rs = readRoadmaps(grid(values, merges)).roadmaps;
    expect(rs.map((r) => [r.organisation, r.rows.length])).toEqual([
      ["МБОУ «Ольшанская СОШ»", rows.length],
      ["МБОУ «Дубравинская СОШ»", rows.length],
    ]);
  });
});

describe("a region's steps above the municipalities' blocks, each block numbered in two levels", () => {
  // h150-cos-region-summary: «1. | Региональный уровень», its steps 1.1–1.5, «2. | Муниципальный уровень», then
  // «2.1. | Белоярский муниципальный округ» over 2.1.1, 2.1.2 …: the number and the name in their own cells.
  const munis = ["Белоярский муниципальный округ", "Тальниковский муниципальный район"];
  const values: CellValue[][] = [[TITLE], HEAD, ["1.", "Региональный уровень"]];
  approvals.forEach((r, i) => values.push(line(`1.${i + 1}.`, r)));
  values.push(["2.", "Муниципальный уровень"]);
  munis.forEach((m, k) => {
    values.push([`2.${k + 1}.`, m]);
    steps.forEach((r, i) => values.push(line(`2.${k + 1}.${i + 1}.`, r)));
  });

  it("one roadmap per municipality, each with the region's steps", () => {
    const rs = readRoadmaps(grid(values, ["A1:E1"])).roadmaps;
    expect(rs.map((r) => [r.organisation, r.rows.length])).toEqual(
      munis.map((m) => [m, approvals.length + steps.length]),
    );
    expect(errors(values, ["A1:E1"])).toEqual([[], []]);
  });

  it("«2.1. | Белоярский …» over a step not numbered under it stays a row of the table", () => {
    const flat = values.map((v) =>
      typeof v[0] === "string" && /^2\.\d\.\d\.$/.test(v[0]) ? [`${v[0].slice(4)}`, ...v.slice(1)] : v,
    );
    const rs = readRoadmaps(grid(flat, ["A1:E1"])).roadmaps;
    expect(rs.map((r) => r.organisation)).toEqual([null]);
  });
});
