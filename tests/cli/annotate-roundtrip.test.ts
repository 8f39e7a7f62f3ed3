import ExcelJS from "exceljs";
import { XMLValidator } from "fast-xml-parser";
import { strFromU8, unzipSync } from "fflate";
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { zipRecords } from "../../src/cli/ooxml/zip";
import { RunReportSchema, type FileReport } from "../../src/cli/run-report";
import { resolveFileColor, type FileColor } from "../../src/core/store/fills";
import { buildMarkPlan } from "../../src/core/marks";
import { checkSheet } from "../../src/core";
import {
  STORE_SHEET,
  decodeStore,
  originalFromFile,
  type FileFill,
  type OoxmlPattern,
} from "../../src/core/store";
import { checkAndMark, clearMarks } from "../../src/excel";
import { createSimulatedOffice, installSimulatedOffice } from "../../src/sim";
import { fillView } from "../../src/sim/colors";
import { runInProcess } from "./helpers";
import { corpusWorkbook, lockStructure } from "./ooxml-corpus";

/**
 * --annotate on planner workbooks with parts exceljs does not model: every part the mark plan does not touch comes
 * out byte for byte, touched parts change only by the allowed insertions, and clearing the marks with the add-in's
 * own code (on the simulated Excel) gives back the planner's workbook.
 */

const TODAY = "2024-03-10";
const dir = mkdtempSync(join(tmpdir(), "roundtrip-"));

async function annotate(
  bytes: Uint8Array,
  name: string,
): Promise<{ file: FileReport; copy: Uint8Array | null }> {
  const src = join(dir, name);
  writeFileSync(src, bytes);
  const out = join(dir, "out");
  const { stdout } = await runInProcess(["--json", "--today", TODAY, "--annotate", out, src], dir);
  const file = RunReportSchema.parse(JSON.parse(stdout)).files[0]!;
  const path = file.annotation?.path;
  return { file, copy: path ? new Uint8Array(readFileSync(path)) : null };
}

const text = (parts: Record<string, Uint8Array>, name: string) => strFromU8(parts[name]!);

/**
 * The elements `copy` adds to `orig`, or null when `copy` is not `orig` with markup inserted (something was changed or
 * removed). Compared tag by tag: after a mismatch, the next three tags of the original must follow in the copy.
 */
function insertions(orig: string, copy: string): string[] | null {
  const a = orig.split(/(?=<)/);
  const b = copy.split(/(?=<)/);
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    let k = j;
    while (k < b.length && !(b[k] === a[i] && b[k + 1] === a[i + 1] && b[k + 2] === a[i + 2])) k++;
    if (k >= b.length) return null;
    out.push(b.slice(j, k).join(""));
    j = k;
  }
  if (j < b.length) out.push(b.slice(j).join(""));
  return out;
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.slice().buffer as ArrayBuffer);
  return wb;
}

function fileFillOfExcelJs(fill: ExcelJS.Fill | undefined): FileFill | null {
  if (!fill) return null;
  const color = (c: Partial<ExcelJS.Color> | undefined) => {
    if (!c) return null;
    const x = c as Partial<ExcelJS.Color> & { indexed?: number; tint?: number };
    const fc: FileColor = { rgb: x.argb, theme: x.theme, indexed: x.indexed, tint: x.tint };
    return resolveFileColor(fc);
  };
  if (fill.type === "gradient") return { type: "gradient", firstStop: color(fill.stops[0]?.color) };
  return {
    type: "pattern",
    pattern: fill.pattern as OoxmlPattern,
    fg: color(fill.fgColor),
    bg: color(fill.bgColor),
  };
}

/** What a planner sees in a sheet: values and formulas, fills as Excel reports them, notes. */
function modelled(wb: ExcelJS.Workbook): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const ws of wb.worksheets) {
    const cells: Record<string, unknown> = {};
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (c) => {
        const note = c.note
          ? typeof c.note === "string"
            ? c.note
            : c.note.texts?.map((t) => t.text).join("")
          : null;
        const fv = fillView(c.fill);
        const fill = fv.pattern === "None" ? null : fv;
        if (c.value === null && !fill && !note) return;
        cells[c.address] = { value: c.value, fill, note };
      }),
    );
    out[ws.name] = cells;
  }
  return out;
}

function xmlParts(parts: Record<string, Uint8Array>, names: Iterable<string>): void {
  for (const n of names) {
    if (!/\.(xml|rels)$/.test(n)) continue;
    const v = XMLValidator.validate(strFromU8(parts[n]!));
    expect(v, n).toBe(true);
  }
}

/** Top-level elements of a worksheet part, and the rows and cells of its sheetData, keyed for comparison. */
function sheetElements(xml: string): {
  top: string[];
  rows: Map<string, { open: string; cells: Map<string, string> }>;
} {
  const body = xml.slice(xml.indexOf(">", xml.indexOf("<worksheet")) + 1, xml.lastIndexOf("</worksheet>"));
  const sd = /<sheetData>([\s\S]*)<\/sheetData>/.exec(body);
  const top = body
    .replace(/<sheetData>[\s\S]*<\/sheetData>/, "<sheetData/>")
    .split(/(?=<(?!\/)(?:sheetData|[a-zA-Z]+)\b)/)
    .filter((s) => s.startsWith("<"));
  const rows = new Map<string, { open: string; cells: Map<string, string> }>();
  for (const m of (sd?.[1] ?? "").matchAll(/(<row\b[^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const r = /\br="(\d+)"/.exec(m[1]!)![1]!;
    const cells = new Map<string, string>();
    for (const c of (m[2] ?? "").matchAll(/<c\b[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g))
      cells.set(/\br="([A-Z]+\d+)"/.exec(c[0])![1]!, c[0]);
    rows.set(r, { open: m[1]!, cells });
  }
  return { top, rows };
}

const withoutStyle = (c: string) => c.replace(/\ss="\d+"/, "");

for (const plannerNote of [true, false]) {
  describe(`--annotate round trip (${plannerNote ? "a planner's note on a marked cell" : "no notes before"})`, () => {
    it("carries every untouched part byte for byte and changes touched parts only as allowed", async () => {
      const original = await corpusWorkbook({ plannerNote });
      const { file, copy } = await annotate(original, `corpus-${plannerNote}.xlsx`);
      expect(file.annotation?.error ?? null).toBeNull();
      expect(copy).not.toBeNull();
      const a = unzipSync(original);
      const b = unzipSync(copy!);

      const sheet = "xl/worksheets/sheet1.xml";
      const changed = new Set([
        sheet,
        "xl/styles.xml",
        "xl/workbook.xml",
        "xl/_rels/workbook.xml.rels",
        "[Content_Types].xml",
        ...(plannerNote
          ? ["xl/comments1.xml", "xl/drawings/vmlDrawing1.vml"]
          : ["xl/worksheets/_rels/sheet1.xml.rels"]),
      ]);
      for (const name of Object.keys(a)) {
        expect(b[name], `${name} kept`).toBeDefined();
        if (!changed.has(name))
          expect(Buffer.compare(Buffer.from(a[name]!), Buffer.from(b[name]!)), `${name} identical`).toBe(0);
      }
      // Untouched entries are copied as stored: the same compressed bytes, timestamps and flags.
      const stored = (zip: Uint8Array) =>
        new Map(zipRecords(zip)!.map((r) => [r.name, Buffer.from(r.local)]));
      const [sa, sb] = [stored(original), stored(copy!)];
      for (const [name, rec] of sa)
        if (!changed.has(name)) expect(rec.equals(sb.get(name)!), `${name} record`).toBe(true);
      // Changed parts really changed (the list above is not a blanket allowance).
      for (const name of changed)
        if (a[name]) expect(Buffer.compare(Buffer.from(a[name]!), Buffer.from(b[name]!)), name).not.toBe(0);
      const added = Object.keys(b).filter((n) => !(n in a));
      expect(added.filter((n) => n.startsWith("xl/worksheets/sheet"))).toHaveLength(2);
      expect(added.filter((n) => !n.startsWith("xl/worksheets/sheet")).sort()).toEqual(
        plannerNote
          ? []
          : ["xl/comments1.xml", "xl/drawings/vmlDrawing1.vml"].filter((n) => !(n in a)).sort(),
      );
      xmlParts(b, [...changed, ...added]);

      // Bookkeeping parts: the original with entries inserted, nothing else.
      const ins = (name: string) => insertions(text(a, name), text(b, name));
      expect(ins("xl/workbook.xml")!.join("")).toMatch(
        /^(<sheet name="[^"]+" sheetId="\d+"( state="veryHidden")? r:id="rId\d+"\/>)+$/,
      );
      expect(ins("xl/_rels/workbook.xml.rels")!.join("")).toMatch(
        /^(<Relationship Id="rId\d+" Type="[^"]+\/worksheet" Target="worksheets\/sheet\d+\.xml"\/>)+$/,
      );
      for (const piece of ins("[Content_Types].xml")!)
        expect(piece).toMatch(/^(<(Override|Default) [^>]+\/>)+$/);
      // Styles: only appended fonts, fills and cell formats (and their counts).
      const counts = (s: string) => s.replace(/(<(?:fonts|fills|cellXfs)\b[^>]*?) count="\d+"/g, "$1");
      const styleIns = insertions(counts(text(a, "xl/styles.xml")), counts(text(b, "xl/styles.xml")));
      expect(styleIns).not.toBeNull();
      for (const piece of styleIns!) expect(piece).toMatch(/^(<(font|fill|xf)\b[\s\S]*?(\/>|<\/\2>))+$/);
      if (plannerNote) {
        for (const piece of ins("xl/comments1.xml")!)
          expect(piece).toMatch(/^(<author>roadmap-checker<\/author>|(<comment\b[\s\S]*?<\/comment>)+)$/);
        // The drawing gets its shapes and one more block of shape ids (o:idmap), nothing else.
        const idmap = (x: string) => x.replace(/(<o:idmap\b[^>]*data=")[^"]*"/, '$1"');
        const vml = insertions(
          idmap(text(a, "xl/drawings/vmlDrawing1.vml")),
          idmap(text(b, "xl/drawings/vmlDrawing1.vml")),
        );
        for (const piece of vml!) expect(piece).toMatch(/^(<v:shape [\s\S]*?<\/v:shape>)+$/);
      } else {
        expect(ins("xl/worksheets/_rels/sheet1.xml.rels")!.join("")).toMatch(/^(<Relationship [^>]+\/>){2}$/);
      }

      // The marked sheet: every element as it was, but the marked cells' style and the notes' link.
      const plan = buildMarkPlan(file.roadmaps, "ru");
      const marked = new Set(plan.sheets.flatMap((s) => s.fills.flatMap((g) => g.cells)));
      expect(marked.size).toBeGreaterThan(0);
      const before = sheetElements(text(a, sheet));
      const after = sheetElements(text(b, sheet));
      expect(after.top.filter((e) => !e.startsWith("<legacyDrawing"))).toEqual(
        before.top.filter((e) => !e.startsWith("<legacyDrawing")),
      );
      expect(after.top.filter((e) => e.startsWith("<legacyDrawing"))).toHaveLength(1);
      for (const [r, row] of after.rows) {
        const old = before.rows.get(r);
        for (const [ref, cell] of row.cells) {
          const was = old?.cells.get(ref);
          if (marked.has(ref)) {
            if (was) expect(withoutStyle(cell), ref).toBe(withoutStyle(was));
            else expect(cell).toMatch(/^<c r="[A-Z]+\d+" s="\d+"\/>$/);
          } else expect(cell, ref).toBe(was);
        }
        if (old) expect(row.open, `row ${r}`).toBe(old.open);
        if (old) for (const ref of old.cells.keys()) expect(row.cells.has(ref), ref).toBe(true);
      }
      for (const r of before.rows.keys()) expect(after.rows.has(r)).toBe(true);
    });

    it("shows the marks in exceljs, records the planner's fills, and «Снять отметки» restores the workbook", async () => {
      const original = await corpusWorkbook({ plannerNote });
      const { file, copy } = await annotate(original, `corpus-clear-${plannerNote}.xlsx`);
      const plan = buildMarkPlan(file.roadmaps, "ru");
      const before = await load(original);
      const wb = await load(copy!);
      const ws = wb.getWorksheet("Дорожная карта")!;
      for (const g of plan.sheets[0]!.fills)
        for (const a of g.cells)
          expect((ws.getCell(a).fill as ExcelJS.FillPattern).fgColor?.argb, a).toBe(`FF${g.color.slice(1)}`);
      for (const n of plan.sheets[0]!.notes) {
        const note = ws.getCell(n.address).note;
        const textOf = typeof note === "string" ? note : note?.texts?.map((t) => t.text).join("");
        expect(textOf).toBe(
          plannerNote && n.address === "B6" ? "Планировщик: уточнить формулировку" : n.text,
        );
      }
      // The store: each marked cell's fill before marking, as the add-in records it.
      const storeWs = wb.getWorksheet(STORE_SHEET)!;
      expect(storeWs.state).toBe("veryHidden");
      const column: unknown[] = [];
      storeWs.eachRow((row, r) => (column[r - 1] = row.getCell(1).value));
      const store = decodeStore(column)!;
      expect(store.skipped).toBe(0);
      expect(store.store.marks.cells.map((c) => c.address).sort()).toEqual(
        [...new Set(plan.sheets[0]!.fills.flatMap((g) => g.cells))].sort(),
      );
      const origWs = before.getWorksheet("Дорожная карта")!;
      for (const c of store.store.marks.cells)
        expect(c.original, c.address).toEqual(
          originalFromFile(fileFillOfExcelJs(origWs.getCell(c.address).fill)),
        );
      expect(new Set(store.store.marks.cells.map((c) => JSON.stringify(c.original))).size).toBeGreaterThan(2);

      // The add-in's own «Снять отметки» on the copy gives the planner's workbook back.
      const sim = createSimulatedOffice(wb, { platform: "PC" });
      const uninstall = installSimulatedOffice(sim);
      try {
        const outcome = await clearMarks();
        expect(outcome.ok, JSON.stringify(outcome)).toBe(true);
        if (outcome.ok) {
          expect(outcome.value.reportSheetRemoved).toBe(true);
          expect(outcome.value.fillsRestored).toBe(store.store.marks.cells.length);
        }
      } finally {
        uninstall();
      }
      expect(modelled(wb)).toEqual(modelled(before));
    });
  });
}

describe("--annotate on a workbook the add-in already marked and saved", () => {
  it("records the planner's fills, not the add-in's marks, keeps the store's records, and «Снять отметки» restores it", async () => {
    const original = await corpusWorkbook({ plannerNote: false });
    // The planner checks in Excel (the add-in marks the sheet and records the fills), then saves: that file goes to the CLI.
    const marked = await load(original);
    const sim = createSimulatedOffice(marked, { platform: "PC" });
    const uninstall = installSimulatedOffice(sim);
    try {
      const outcome = await checkAndMark({ sheet: "Дорожная карта" }, (read) => {
        const reports = checkSheet(read.grid, { checkDate: TODAY }).reports;
        return { plan: buildMarkPlan(reports, "ru"), result: reports };
      });
      expect(outcome.ok, JSON.stringify(outcome)).toBe(true);
    } finally {
      uninstall();
    }
    const saved = new Uint8Array((await marked.xlsx.writeBuffer()) as ArrayBuffer);
    const { file, copy } = await annotate(saved, "marked-by-addin.xlsx");
    expect(file.annotation?.error ?? null).toBeNull();
    const wb = await load(copy!);
    const column: unknown[] = [];
    wb.getWorksheet(STORE_SHEET)!.eachRow((row, r) => (column[r - 1] = row.getCell(1).value));
    const store = decodeStore(column)!;
    const origWs = (await load(original)).getWorksheet("Дорожная карта")!;
    expect(store.store.marks.cells.length).toBeGreaterThan(0);
    for (const c of store.store.marks.cells)
      expect(c.original, c.address).toEqual(
        originalFromFile(fileFillOfExcelJs(origWs.getCell(c.address).fill)),
      );
    // One report sheet: the add-in's was replaced in place, not joined by a «Проверка (2)».
    expect(wb.worksheets.filter((w) => w.name.startsWith("Проверка"))).toHaveLength(1);

    const sim2 = createSimulatedOffice(wb, { platform: "PC" });
    const uninstall2 = installSimulatedOffice(sim2);
    try {
      const outcome = await clearMarks();
      expect(outcome.ok, JSON.stringify(outcome)).toBe(true);
    } finally {
      uninstall2();
    }
    expect(modelled(wb)).toEqual(modelled(await load(original)));
  });
});

describe("--annotate on its own annotated copy", () => {
  it("changes only the marked sheet, styles, notes, the store and the report in place; «Снять отметки» restores the original", async () => {
    const original = await corpusWorkbook({ plannerNote: true });
    const first = await annotate(original, "copy-1.xlsx");
    const second = await annotate(first.copy!, "copy-2.xlsx");
    expect(second.file.annotation?.error ?? null).toBeNull();
    expect(second.file.annotation?.reportSheet).toBe(first.file.annotation?.reportSheet);
    const a = unzipSync(first.copy!);
    const b = unzipSync(second.copy!);
    expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort());
    const wbXml = strFromU8(a["xl/workbook.xml"]!);
    const partOf = (name: string) => {
      const rid = new RegExp(`<sheet name="${name}"[^>]*r:id="(rId\\d+)"`).exec(wbXml)![1]!;
      const rels = strFromU8(a["xl/_rels/workbook.xml.rels"]!);
      return `xl/${new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)![1]!}`;
    };
    const allowed = new Set([
      "xl/worksheets/sheet1.xml",
      "xl/styles.xml",
      "xl/comments1.xml",
      "xl/drawings/vmlDrawing1.vml",
      partOf(STORE_SHEET),
      partOf(first.file.annotation!.reportSheet!),
    ]);
    for (const name of Object.keys(a))
      if (!allowed.has(name))
        expect(Buffer.compare(Buffer.from(a[name]!), Buffer.from(b[name]!)), `${name} identical`).toBe(0);
    xmlParts(b, allowed);

    const wb = await load(second.copy!);
    const sim = createSimulatedOffice(wb, { platform: "PC" });
    const uninstall = installSimulatedOffice(sim);
    try {
      const outcome = await clearMarks();
      expect(outcome.ok, JSON.stringify(outcome)).toBe(true);
    } finally {
      uninstall();
    }
    expect(modelled(wb)).toEqual(modelled(await load(original)));
  });
});

describe("--annotate refuses as the add-in does", () => {
  it("a locked workbook structure: the check is reported, no copy is written", async () => {
    const { file, copy } = await annotate(
      lockStructure(await corpusWorkbook({ plannerNote: false })),
      "locked.xlsx",
    );
    expect(file.roadmaps.length).toBeGreaterThan(0);
    expect(copy).toBeNull();
    expect(file.annotation?.error?.ru).toMatch(/структура книги защищена/);
    expect(existsSync(join(dir, "out", "locked.xlsx"))).toBe(false);
  });
});
