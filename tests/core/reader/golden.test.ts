// The five fixture workbooks read to the expected roadmaps. The golden JSON files are written by
// scripts/build-fixtures.ts from the seed transcriptions (tests/fixtures/transcriptions/*.json: which cell continues
// which row, which row is a section, what the title says), not from the reader; the spot checks below are typed by
// hand from the seeds.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readRoadmaps, type Roadmap } from "../../../src/core/reader";
import type { GoldenRoadmap } from "../../../scripts/fixtures/schema";
import { FIXTURES } from "../../fixtures";
import { fixtureGrids } from "./helpers";

function golden(file: string): GoldenRoadmap[] {
  const url = new URL(`./golden/${file.replace(/\.xlsx$/, ".json")}`, import.meta.url);
  return JSON.parse(readFileSync(url, "utf8")) as GoldenRoadmap[];
}

async function read(file: string): Promise<Roadmap[]> {
  const [grid] = await fixtureGrids(file);
  const res = readRoadmaps(grid!);
  if (res.reason) throw new Error(`${file}: ${res.reason.en}`);
  return res.roadmaps;
}

const textsOnly = (r: Roadmap["rows"][number]) => ({
  ...r,
  fields: Object.fromEntries(
    Object.entries(r.fields).map(([k, f]) => [k, { text: f!.text, addresses: f!.addresses }]),
  ),
});

describe("golden readings of the fixtures", () => {
  for (const fx of FIXTURES) {
    it(`${fx.file}`, async () => {
      const got = await read(fx.file);
      const want = golden(fx.file);
      expect(got.map((r) => r.id)).toEqual(want.map((g) => g.id));
      got.forEach((r, i) => {
        const g = want[i]!;
        expect(r.sheetName).toBe(g.sheetName);
        expect(r.layout).toBe(g.layout);
        expect(r.title).toBe(g.title);
        expect(r.preamble).toEqual(g.preamble);
        expect(r.programme.value).toBe(g.programme);
        expect(r.programme.evidence.join(" ")).toContain(g.programmeEvidence);
        expect(r.year.value).toBe(g.year);
        expect(r.year.evidence.join(" ")).toContain(g.yearEvidence);
        expect(r.documentYear).toBe(g.documentYear);
        expect(r.columns).toEqual(g.columns);
        expect(r.headerAddress).toBe(g.headerAddress);
        expect(r.tableRange).toBe(g.tableRange);
        expect(r.sections).toEqual(g.sections);
        expect(r.rows.length).toBe(g.rows.length);
        r.rows.forEach((row, j) => expect(textsOnly(row), `${r.id} row ${j}`).toEqual(g.rows[j]));
      });
      // The programmes are those of the fixture index, left to right.
      expect(got.map((r) => r.programme.value)).toEqual(fx.programmes);
      expect(got.every((r) => r.year.value === fx.year)).toBe(true);
    });
  }
});

describe("spot checks typed from the seeds", () => {
  it("seed 000: the first Кванториум measure is continued over the page break and has five sub-items", async () => {
    const [kv, tr, cos] = await read("seed000-smolensk-2024-matrix.xlsx");
    const r0 = kv!.rows[0]!;
    expect(r0.fields.title!.addresses).toEqual(["B12", "B13"]);
    expect(r0.fields.deadline!.addresses).toEqual(["A12"]);
    expect(r0.fields.deadline!.value).toEqual(new Date(Date.UTC(2023, 10, 30)));
    expect(r0.fields.responsible!.text).toBe("Суртаева Н.А., Моисеенко Е.Н.");
    expect(r0.fields.responsible!.addresses).toEqual(["B14"]);
    expect(r0.sheetRows).toEqual([12, 13, 14]);
    expect(r0.subItems).toHaveLength(5);
    expect(r0.subItems[1]).toBe(
      "Утверждение: комплекса мер (дорожной карты) по созданию и функционированию Школьного Кванториума",
    );
    // «1 марта» has a Кванториум measure only; «30 ноября» a ЦОС one only.
    expect(kv!.rows.map((r) => r.fields.deadline!.text)).toContain("1 марта");
    expect(tr!.rows.map((r) => r.fields.deadline!.text)).not.toContain("1 марта");
    expect(cos!.rows.map((r) => r.fields.deadline!.text)).toEqual([
      "30.11.2023",
      "29.12.2023",
      "31 января",
      "25 августа",
      "25 августа",
      "30 ноября",
    ]);
    // «России» continues only the Кванториум cell of the first «25 августа» row.
    const aug = kv!.rows[6]!;
    expect(aug.fields.title!.addresses).toEqual(["B25", "B26"]);
    expect(aug.subItems[2]).toMatch(/Минпросвещения России$/);
    expect(tr!.rows[5]!.sheetRows).toEqual([25, 27]);
    // The «Ознакомлены» list (with «Банник Я.В.») is not read as rows.
    expect(kv!.rows.some((r) => JSON.stringify(r).includes("Банник"))).toBe(false);
    expect(kv!.tableRange).toBe("A9:D37");
  });

  it("seed 001: row 7 is continued in C29/D29, row 1 lists four measures", async () => {
    const [r] = await read("seed001-vladimir-2021-tochka.xlsx");
    const row7 = r!.rows[6]!;
    expect(row7.number).toBe("7.");
    expect(row7.fields.responsible!.text).toBe("Департамент образования\nВладимирской области");
    expect(row7.fields.result!.addresses).toEqual(["D28", "D29"]);
    expect(row7.sheetRows).toEqual([28, 29]);
    expect(r!.rows[0]!.subItems.map((t) => t.slice(0, 30))).toEqual([
      "Определение должностного лица ",
      "Утверждение: показателей деяте",
      "Утверждение: типового Положени",
      "Утверждение: перечня общеобраз",
    ]);
    expect(r!.documentYear).toBe(2020);
  });

  it("seed 002: repeated headers dropped, rows 1, 3 and 9 continued after them", async () => {
    const [r] = await read("seed002-leningrad-2024-kvantorium.xlsx");
    expect(r!.rows.map((x) => x.number)).toEqual([
      "1.",
      "2.",
      "3.",
      "4.",
      "5.",
      "6.",
      "7.",
      "8.",
      "9.",
      "10",
      "11",
      "12",
      "13",
    ]);
    expect(r!.rows[0]!.sheetRows).toEqual([18, 20]);
    expect(r!.rows[0]!.fields.title!.addresses).toEqual(["B18", "B20"]);
    expect(r!.rows[0]!.subItems).toHaveLength(5);
    expect(r!.rows[2]!.fields.result!.addresses).toEqual(["D22", "D24"]);
    expect(r!.rows[8]!.fields.deadline!.text).toBe("не позднее\n25 августа 2024 года");
    expect(r!.rows[8]!.fields.responsible!.text).toBe("Региональный\nкоординатор,");
    expect(r!.rows[9]!.fields.number!.value).toBe(10);
    expect(r!.rows.some((x) => x.fields.title!.text === "Наименование мероприятия")).toBe(false);
  });

  it("seed 003: the column-number rows are not rows; relative deadlines give 2021 from the 2020 order", async () => {
    const [r] = await read("seed003-smolensk-2021-kvantorium.xlsx");
    expect(r!.rows.map((x) => x.sheetRows[0])).toEqual([15, 16, 17, 19, 20, 21, 22, 23, 24, 25]);
    expect(r!.documentYear).toBe(2020);
    expect(r!.year.value).toBe(2021);
    expect(r!.rows[1]!.subItems).toHaveLength(4);
  });

  it("seed 004: ten sections, «Направление S.» numbered 8 from its items, 1.3 continued after the header", async () => {
    const [r] = await read("seed004-smolensk-2023-complex-plan.xlsx");
    expect(r!.layout).toBe("sectioned");
    expect(r!.sections.map((s) => s.number)).toEqual(["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"]);
    expect(r!.sections[7]!.title).toMatch(/^Развитие проектной/);
    const r13 = r!.rows.find((x) => x.number === "1.3")!;
    expect(r13.fields.audience!.addresses).toEqual(["C22", "C24"]);
    expect(r13.fields.audience!.text).toMatch(/общеобразовательных\nорганизаций, центра «ГГ-\nкуб»$/);
    expect(r!.rows.filter((x) => x.section === "9").map((x) => x.number)).toEqual(["9.1", "9.2", "9.5"]);
    expect(r!.rows.find((x) => x.number === "10.2")!.sheetRows).toEqual([79, 81]);
    expect(r!.columns.audience).toEqual({
      column: "C",
      header: "Целевая аудитория,\nтребования к участию",
      address: "C18",
    });
    expect(r!.documentYear).toBeNull();
  });
});
