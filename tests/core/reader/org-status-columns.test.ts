// A progress report on one list of steps for two schools, «Отметка о выполнении» merged over a status column per
// school («МБОУ «СОШ № 5» | МАОУ «Гимназия № 1»»): each school's roadmap is the whole list with its own column as the
// completion mark, so a step still «в работе» for one school after its deadline is that school's overdue.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/grid";
import { checkSheet } from "../../../src/core/checks/sheet";
import { readRoadmaps } from "../../../src/core/reader";
import { organisationOf } from "../../../src/core/reader/table-end";
import { grid, templateRows } from "./layouts";

const SCHOOLS = ["МБОУ «СОШ № 5»", "МАОУ «Гимназия № 1»"];
const CHECK = "2027-04-14";

function report(
  gymnasiumLate: boolean,
  group = "Отметка о выполнении",
  orgs = SCHOOLS,
): { values: CellValue[][]; merges: string[] } {
  const values: CellValue[][] = [
    [
      "Мониторинг исполнения дорожной карты по созданию центров «Точка роста» в городе Верхнеокске в 2027 году",
    ],
    ["№", "Мероприятие", "Срок", "Ответственный", "Результат", group, null],
    [null, null, null, null, null, ...orgs],
  ];
  templateRows(2027).forEach((r, i) => {
    const past = r.due !== null && r.due !== undefined && r.due < CHECK;
    const mark = (k: number) =>
      past ? (gymnasiumLate && k === 1 && r.itemId === "procurement" ? "в работе" : "исполнено") : "";
    values.push([i + 1, r.title, r.deadlineText, "Директора ОО", "Отчёт", mark(0), mark(1)]);
  });
  return { values, merges: ["A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:E3", "F2:G2"] };
}

const codes = (values: CellValue[][], merges: string[]) =>
  checkSheet(grid(values, merges), { checkDate: CHECK }).reports.map((r) =>
    r.findings.filter((f) => f.severity !== "info").map((f) => f.code),
  );

describe("a status column per school under «Отметка о выполнении»", () => {
  it("one roadmap per school, each marked done by its own column", () => {
    const { values, merges } = report(false);
    const rs = readRoadmaps(grid(values, merges)).roadmaps;
    expect(rs.map((r) => [r.organisation, r.rows.length, r.columns.status?.column])).toEqual([
      [SCHOOLS[0], values.length - 3, "F"],
      [SCHOOLS[1], values.length - 3, "G"],
    ]);
    expect(codes(values, merges)).toEqual([[], []]);
  });

  it("a step still «в работе» for one school after its deadline is that school's overdue", () => {
    const { values, merges } = report(true);
    expect(codes(values, merges)).toEqual([[], ["overdue"]]);
  });
});

describe("the same with «Отметка о выполнении» centred across the schools' columns, not merged", () => {
  it("one roadmap per school still", () => {
    const { values, merges } = report(true);
    const centred = merges.filter((m) => m !== "F2:G2");
    const rs = readRoadmaps(grid(values, centred)).roadmaps;
    expect(rs.map((r) => [r.organisation, r.columns.status?.column])).toEqual([
      [SCHOOLS[0], "F"],
      [SCHOOLS[1], "G"],
    ]);
    expect(codes(values, centred)).toEqual([[], ["overdue"]]);
  });
});

describe("a region's summary: «Исполнение в муниципальных образованиях» over a column per municipality", () => {
  // «Городской округ Лесной» reads as a header word («городской округ») on its own: under the status group it is a name.
  const MOS = ["Городской округ Лесной", "Каргинский муниципальный район"];
  it("one roadmap per municipality, each marked done by its own column", () => {
    const { values, merges } = report(true, "Исполнение в муниципальных образованиях", MOS);
    const rs = readRoadmaps(grid(values, merges)).roadmaps;
    expect(rs.map((r) => [r.organisation, r.rows.length, r.columns.status?.column])).toEqual([
      [MOS[0], values.length - 3, "F"],
      [MOS[1], values.length - 3, "G"],
    ]);
    expect(codes(values, merges)).toEqual([[], ["overdue"]]);
  });
});

describe("municipalities by their usual short names under the status group: «Белогорский МО | Вязовский МР | Озёрный ГО»", () => {
  // h156-tr-region-2027-mo-marks, h156-cos-region-mo-info-dec2027: «МО», «МР», «ГО» after the name, as «СОШ» after a school's.
  const MOS = ["Белогорский МО", "Вязовский МР", "Озёрный ГО", "Заречное ГП"];
  // h169-complex-plan-region-2026-27-mo-marks: «Информация МО об исполнении», «Сведения ОО о выполнении».
  it.each(["Информация МО", "Информация МО об исполнении", "Сведения ОО о выполнении"])(
    "«%s»: one roadmap per municipality, each marked done by its own column",
    (group) => {
      const { values, merges } = report(false, group, MOS);
      values.forEach((row, i) => {
        if (i >= 3) row.push(row[5]!, row[6]!);
      });
      const wide = [...merges.filter((m) => m !== "F2:G2"), "F2:I2"];
      const rs = readRoadmaps(grid(values, wide)).roadmaps;
      expect(rs.map((r) => [r.organisation, r.columns.status?.column])).toEqual([
        [MOS[0], "F"],
        [MOS[1], "G"],
        [MOS[2], "H"],
        [MOS[3], "I"],
      ]);
      expect(codes(values, wide)).toEqual([[], [], [], []]);
    },
  );
});

describe("schools by their usual short names under the status group: «Старолесская СОШ № 4 | Гимназия № 2 | Ключевская СОШ»", () => {
  // h159-cos-municipal-2027-school-marks-jun2027: no legal form, the type's short form after the name.
  const SCHOOLS3 = ["Старолесская СОШ № 4", "Гимназия № 2", "Ключевская СОШ"];
  it("one roadmap per school, each marked done by its own column", () => {
    const { values, merges } = report(false, "Отметка о выполнении", SCHOOLS3);
    values.forEach((row, i) => {
      if (i >= 3) row.push(row[5]!);
    });
    const wide = [...merges.filter((m) => m !== "F2:G2"), "F2:H2"];
    const rs = readRoadmaps(grid(values, wide)).roadmaps;
    expect(rs.map((r) => [r.organisation, r.columns.status?.column])).toEqual([
      [SCHOOLS3[0], "F"],
      [SCHOOLS3[1], "G"],
      [SCHOOLS3[2], "H"],
    ]);
    expect(codes(values, wide)).toEqual([[], [], []]);
  });
});

describe("short forms that name no one organisation", () => {
  it("«Все СОШ», «Итого по СОШ», «Каждое МО» are none", () => {
    expect(["Все СОШ", "Итого по СОШ", "Каждое МО"].map(organisationOf)).toEqual([null, null, null]);
    expect(["Ключевская СОШ", "СОШ № 12", "Белогорский МО"].map(organisationOf)).toEqual([
      "Ключевская СОШ",
      "СОШ № 12",
      "Белогорский МО",
    ]);
  });
});
