import { unzipSync } from "fflate";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { columnLetters } from "../../src/core/grid";
import { addSheet, OoxmlPackage, workbookOf } from "../../src/cli/ooxml/package";
import { bin, ooxmlText } from "../../src/cli/ooxml/xml";
import { RunReportSchema, type FileReport } from "../../src/cli/run-report";
import { runInProcess } from "./helpers";
import { KVANTORIUM_2024, TITLE } from "./workbooks";

/**
 * Workbooks written by Excel, LibreOffice, Google Sheets, Numbers, WPS and others (tests/fixtures/foreign, see its
 * SOURCES.md): none is a roadmap, so each must get a clean «no roadmap» / «empty» / «encrypted» answer, never a
 * «damaged» or «no sheets» refusal of a file its program opens. Then a roadmap sheet is planted into each package
 * (by the CLI's own OOXML code, every other part left as the program wrote it) and --annotate must carry every part
 * it does not need to change through byte for byte.
 */

const FOREIGN = join(__dirname, "..", "fixtures", "foreign");
const FILES = readdirSync(FOREIGN)
  .filter((n) => /\.xls[xm]$/.test(n))
  .sort();
const TODAY = "2024-03-10";

/** Files that are not clean workbooks, and the one answer each must get. */
const EXPECTED_REFUSAL: Record<string, RegExp> = {
  "excelize--test-encryptAES.xlsx": /защищена паролем/,
};

const CLEAN = /^(дорожная карта не найдена|книга пуста)/;

let dir = "";
let reports = new Map<string, FileReport>();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "foreign-"));
  mkdirSync(join(dir, "in"));
  for (const n of FILES) copyFileSync(join(FOREIGN, n), join(dir, "in", n));
  const res = await runInProcess(["--json", "--today", TODAY, "in"], dir);
  expect(res.stderr).not.toMatch(/\n\s+at /);
  const report = RunReportSchema.parse(JSON.parse(res.stdout));
  reports = new Map(report.files.map((f) => [f.path.replace(/^in[\\/]/, ""), f]));
}, 300_000);

describe("workbooks written by other programs", () => {
  it("has a corpus of 60 files or more, under 3 MB in all", () => {
    expect(FILES.length).toBeGreaterThanOrEqual(60);
    const total = FILES.reduce((s, n) => s + readFileSync(join(FOREIGN, n)).length, 0);
    expect(total).toBeLessThan(3 * 1024 * 1024);
    const sources = readFileSync(join(FOREIGN, "SOURCES.md"), "utf8");
    for (const n of FILES)
      expect(
        sources.split("\n").some((l) => l.startsWith(`| ${n} `)),
        n,
      ).toBe(true);
  });

  it.each(FILES)("%s: a clean answer in one line, the sheets listed", (name) => {
    const f = reports.get(name);
    expect(f, name).toBeDefined();
    const why = f!.reason?.ru ?? "";
    expect(why).not.toMatch(/\n/);
    expect(why).not.toMatch(/внутренняя ошибка|повреждён|нет листов|слишком большой|без книги Excel/);
    if (EXPECTED_REFUSAL[name]) {
      expect(why).toMatch(EXPECTED_REFUSAL[name]!);
      return;
    }
    expect(f!.exitCode, why).toBe(2);
    expect(why).toMatch(CLEAN);
    expect(f!.sheets.length).toBeGreaterThan(0);
  });

  it("the human report gives each file one line and no stack trace", async () => {
    const res = await runInProcess(["--today", TODAY, "in"], dir);
    expect(res.stdout + res.stderr).not.toMatch(/\n\s+at /);
    for (const n of FILES)
      expect(
        res.stdout.split("\n").filter((l) => l.includes(n)),
        n,
      ).toHaveLength(1);
  }, 300_000);
});

/** A roadmap sheet in inline strings: the federal form with one item left out, so the checker marks something. */
function roadmapSheetXml(): string {
  const cell = (c: number, r: number, v: string) =>
    `<c r="${columnLetters(c)}${r}" t="inlineStr"><is><t xml:space="preserve">${ooxmlText(v)}</t></is></c>`;
  const rows = [
    `<row r="3">${cell(1, 3, TITLE)}</row>`,
    `<row r="5">${["№", "Наименование мероприятия", "Ответственный", "Результат", "Срок"].map((h, i) => cell(i + 1, 5, h)).join("")}</row>`,
  ];
  KVANTORIUM_2024.filter((_, i) => i !== 1).forEach(([title, resp, result, deadline], i) => {
    const r = 6 + i;
    const deadlineCell = i === 3 ? "" : cell(5, r, deadline);
    rows.push(
      `<row r="${r}">${cell(1, r, `${i + 1}.`)}${cell(2, r, title)}${cell(3, r, resp)}${cell(4, r, result)}${deadlineCell}</row>`,
    );
  });
  return bin(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join("")}</sheetData></worksheet>`,
  );
}

/** The foreign package with a roadmap sheet added, or null where the package is not one the patcher can add to. */
function plant(bytes: Uint8Array): { zip: Uint8Array; sheetPart: string } | null {
  try {
    const pkg = new OoxmlPackage(bytes);
    const wb = workbookOf(pkg);
    const sheetPart = pkg.freeName("xl/worksheets/sheet#.xml");
    addSheet(pkg, wb.part, "Дорожная карта", sheetPart, roadmapSheetXml(), "visible");
    return { zip: pkg.write(), sheetPart };
  } catch {
    return null;
  }
}

describe("--annotate on foreign workbooks with a planted roadmap", () => {
  it("writes the marked copy and carries every part it does not need through byte for byte", async () => {
    const planted = join(dir, "planted");
    mkdirSync(planted);
    const sheetParts = new Map<string, string>();
    for (const n of FILES) {
      const p = plant(new Uint8Array(readFileSync(join(FOREIGN, n))));
      if (!p) continue;
      writeFileSync(join(planted, n), p.zip);
      sheetParts.set(n, p.sheetPart);
    }
    // Every package but the encrypted one and the few with non-standard layouts takes the planted sheet.
    expect(sheetParts.size).toBeGreaterThanOrEqual(FILES.length - 12);
    const out = join(dir, "marked");
    const res = await runInProcess(["--json", "--today", TODAY, "--annotate", out, "planted"], dir);
    expect(res.stderr).not.toMatch(/\n\s+at /);
    const report = RunReportSchema.parse(JSON.parse(res.stdout));
    const problems: string[] = [];
    let annotated = 0;
    for (const f of report.files) {
      const name = f.path.replace(/^planted[\\/]/, "");
      if (f.roadmaps.length === 0) {
        problems.push(`${name}: planted roadmap not found (${f.reason?.en})`);
        continue;
      }
      if (!f.annotation?.path) {
        problems.push(`${name}: no copy (${f.annotation?.error?.en})`);
        continue;
      }
      const before = unzipSync(new Uint8Array(readFileSync(join(planted, name))));
      const after = unzipSync(new Uint8Array(readFileSync(f.annotation.path)));
      const sheet = sheetParts.get(name)!;
      const rels = (p: string) =>
        `${p.slice(0, p.lastIndexOf("/") + 1)}_rels/${p.slice(p.lastIndexOf("/") + 1)}.rels`;
      const pkg = new OoxmlPackage(readFileSync(join(planted, name)));
      const wbPart = workbookOf(pkg).part;
      const styles = pkg.rels(wbPart).find((r) => r.type.endsWith("/styles"));
      // The bookkeeping that marking and adding the two sheets needs; everything else must be as the program wrote it.
      const allowed = new Set([
        sheet,
        rels(sheet),
        wbPart,
        rels(wbPart),
        "[Content_Types].xml",
        "docProps/app.xml",
      ]);
      if (styles) allowed.add(OoxmlPackage.resolve(wbPart, styles.target));
      for (const [part, data] of Object.entries(before)) {
        if (!after[part]) problems.push(`${name}: ${part} lost`);
        else if (!allowed.has(part) && Buffer.compare(data, after[part]!) !== 0)
          problems.push(`${name}: ${part} changed`);
      }
      annotated++;
    }
    expect(problems).toEqual([]);
    expect(annotated).toBe(sheetParts.size);
  }, 300_000);
});
