import ExcelJS from "exceljs";
import fc from "fast-check";
import { unzipSync, zipSync } from "fflate";
import { createWriteStream, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { streamGrids } from "../../src/cli/stream-grid";
import { workbookGrids } from "../../src/cli/xlsx-grid";
import type { Grid } from "../../src/core/grid";

const dir = mkdtempSync(join(tmpdir(), "stream-grid-"));
const root = resolve(__dirname, "../..");

async function sample(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Дорожная карта");
  ws.getCell("B2").value = "Комплекс мер (дорожная карта) на 2024 год";
  ws.mergeCells("B2:E2");
  ws.getCell("B4").value = "№";
  ws.getCell("C4").value = {
    richText: [{ text: "Наименование " }, { font: { bold: true }, text: "мероприятия" }],
  };
  ws.getCell("D4").value = "Срок";
  ws.getCell("B5").value = 1;
  ws.getCell("C5").value = "Утверждение «дорожной карты»";
  ws.getCell("D5").value = new Date(Date.UTC(2024, 2, 1));
  ws.getCell("D5").numFmt = "dd.mm.yyyy";
  ws.getCell("E5").value = { formula: "B5*2", result: 2 };
  ws.getCell("E6").value = { error: "#N/A" };
  ws.getCell("C6").value = { text: "сайт", hyperlink: "https://example.org" };
  ws.mergeCells("C7:C8");
  ws.getCell("C7").value = "объединённая";
  wb.addWorksheet("Пусто");
  const p = join(dir, "sample.xlsx");
  await wb.xlsx.writeFile(p);
  return p;
}

describe("streamGrids", () => {
  it("streams values, dates, merges and the origin of each sheet", async () => {
    const p = await sample();
    const { grids, sheetNames } = await streamGrids(p);
    expect(sheetNames).toEqual(["Дорожная карта", "Пусто"]);
    const g = grids[0]!;
    expect(g.sheetName).toBe("Дорожная карта");
    // Used cells span B2..E7 (C8 is an empty merge slave).
    expect(g.origin).toBe("B2");
    expect(g.values.length).toBe(6);
    expect(g.values.every((r) => r.length === 4)).toBe(true);
    expect(g.values[0]![0]).toBe("Комплекс мер (дорожная карта) на 2024 год");
    expect(g.values[2]).toEqual(["№", "Наименование мероприятия", "Срок", null]);
    expect(g.values[3]![0]).toBe(1);
    expect(g.values[3]![2]).toEqual(new Date(Date.UTC(2024, 2, 1)));
    expect(g.values[3]![3]).toBe(2);
    expect(g.values[4]![1]).toBe("сайт");
    expect(g.values[4]![3]).toEqual({ error: "#N/A" });
    expect(g.values[5]![1]).toBe("объединённая");
    expect([...g.merges].sort()).toEqual(["B2:E2", "C7:C8"]);
    expect(grids[1]).toEqual({ sheetName: "Пусто", origin: "A1", values: [], merges: [] });
  });

  it("keeps Cyrillic intact across stream chunk boundaries (shared and inline strings)", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Текст");
    const expected: string[] = [];
    for (let i = 0; i < 3000; i++) {
      // Odd lengths shift the byte offsets so some 2-byte characters must straddle a chunk edge.
      const text = `${i}: ${"Ёжик в тумане, щука и ъ — ".repeat(1 + (i % 5))}${"я".repeat(i % 3)}`;
      expected.push(text);
      ws.getCell(i + 1, 1).value = text;
    }
    const p = join(dir, "cyrillic.xlsx");
    await wb.xlsx.writeFile(p);
    const { grids } = await streamGrids(p);
    expect(grids[0]!.values.map((r) => r[0])).toEqual(expected);
  });

  it("reads only the named sheet", async () => {
    const p = await sample();
    const { grids, sheetNames } = await streamGrids(p, "Пусто");
    expect(sheetNames).toEqual(["Дорожная карта", "Пусто"]);
    expect(grids.map((g) => g.sheetName)).toEqual(["Пусто"]);
  });

  it("gives the same grids as reading the whole workbook, for every fixture and example", async () => {
    const files = [
      ...readdirSync(join(root, "tests/fixtures"))
        .filter((f) => f.endsWith(".xlsx"))
        .map((f) => join(root, "tests/fixtures", f)),
      ...readdirSync(join(root, "examples"))
        .filter((f) => f.endsWith(".xlsx"))
        .map((f) => join(root, "examples", f)),
      await sample(),
    ];
    expect(files.length).toBeGreaterThanOrEqual(8);
    for (const f of files) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(f);
      const { grids } = await streamGrids(f);
      const norm = (gs: Grid[]) => gs.map((g) => ({ ...g, merges: [...g.merges].sort() }));
      expect(norm(grids), f).toEqual(norm(workbookGrids(wb)));
    }
  });
});

describe("streamGrids on a workbook whose sheets precede workbook.xml (exceljs's streaming writer)", () => {
  it("still names the sheets and honours --sheet", async () => {
    const p = join(dir, "streamed.xlsx");
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: p, useSharedStrings: false });
    const a = wb.addWorksheet("Журнал");
    a.addRow(["x", 1]).commit();
    a.commit();
    const b = wb.addWorksheet("План");
    b.addRow(["Комплекс мер"]).commit();
    b.addRow(["№", "Срок"]).commit();
    b.commit();
    await wb.commit();
    const all = await streamGrids(p);
    expect(all.sheetNames).toEqual(["Журнал", "План"]);
    expect(all.grids.map((g) => [g.sheetName, g.values.length])).toEqual([
      ["Журнал", 1],
      ["План", 2],
    ]);
    const one = await streamGrids(p, "План");
    expect(one.grids.map((g) => g.sheetName)).toEqual(["План"]);
    expect(one.grids[0]!.values[1]).toEqual(["№", "Срок"]);
  });
});

describe("streamGrids on a package with workbook.xml.rels before the sheets and workbook.xml after them", () => {
  // exceljs's own writer adds its parts concurrently, so under load the order varies (a CI run met this one): exceljs's
  // reader then looked up the sheet's name in a workbook model not read yet, and threw.
  it("reads the sheets and names them once workbook.xml is seen", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Журнал").addRow(["x", 1]);
    wb.addWorksheet("План").addRow(["Комплекс мер"]);
    const parts = unzipSync(new Uint8Array(await wb.xlsx.writeBuffer()));
    const rank = (name: string) =>
      name === "xl/workbook.xml"
        ? 3
        : name.startsWith("xl/worksheets/")
          ? 2
          : name === "xl/_rels/workbook.xml.rels"
            ? 1
            : 0;
    const ordered = Object.fromEntries(Object.entries(parts).sort(([a], [b]) => rank(a) - rank(b)));
    expect(Object.keys(ordered).slice(-3)).toEqual([
      "xl/worksheets/sheet1.xml",
      "xl/worksheets/sheet2.xml",
      "xl/workbook.xml",
    ]);
    const p = join(dir, "rels-first.xlsx");
    writeFileSync(p, zipSync(ordered));
    const { grids, sheetNames } = await streamGrids(p);
    expect(sheetNames).toEqual(["Журнал", "План"]);
    expect(grids.map((g) => [g.sheetName, g.values[0]])).toEqual([
      ["Журнал", ["x", 1]],
      ["План", ["Комплекс мер"]],
    ]);
  });
});

describe("streamGrids on a package whose parts come in any order", () => {
  // Writers order parts as they like (exceljs's own adds them concurrently): a sheet met before styles.xml gave numbers
  // for dates, one before sharedStrings.xml lost its text, one before workbook.xml threw, and without shared strings
  // (inline ones, as streaming writers write) a sheet that was the last part was lost.
  async function inlineStrings(): Promise<string> {
    const p = join(dir, "inline.xlsx");
    // Our own stream, awaited to its close: commit() can resolve before a `filename` stream has flushed.
    const out = createWriteStream(p);
    const closed = new Promise<void>((resolve, reject) =>
      out.on("close", () => resolve()).on("error", reject),
    );
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false });
    const a = wb.addWorksheet("Журнал");
    a.addRow(["x", 1]).commit();
    a.commit();
    const b = wb.addWorksheet("План");
    b.addRow(["Комплекс мер", new Date(Date.UTC(2027, 0, 15))]).commit();
    b.commit();
    await wb.commit();
    await closed;
    return p;
  }

  it.each([
    ["shared strings, styles, merges", sample, ["Дорожная карта", "Пусто"]],
    ["inline strings (a streaming writer)", inlineStrings, ["Журнал", "План"]],
  ] as const)(
    "%s: the same grids as reading the whole workbook, whatever the order of the parts in the zip",
    async (_, make, names) => {
      const p = await make();
      const whole = new ExcelJS.Workbook();
      await whole.xlsx.readFile(p);
      const norm = (gs: Grid[]) => gs.map((g) => ({ ...g, merges: [...g.merges].sort() }));
      const want = norm(workbookGrids(whole));
      expect(want.map((g) => g.sheetName)).toEqual(names);
      const parts = unzipSync(readFileSync(p));
      const files = Object.keys(parts).filter((n) => !n.endsWith("/"));
      const shuffled = join(dir, "shuffled.xlsx");
      await fc.assert(
        fc.asyncProperty(fc.shuffledSubarray(files, { minLength: files.length }), async (order) => {
          writeFileSync(shuffled, zipSync(Object.fromEntries(order.map((n) => [n, parts[n]!]))));
          const { grids, sheetNames } = await streamGrids(shuffled);
          expect(sheetNames, order.join(" ")).toEqual(names);
          expect(norm(grids), order.join(" ")).toEqual(want);
        }),
        { numRuns: 60 },
      );
    },
  );
});
