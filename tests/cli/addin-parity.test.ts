import ExcelJS from "exceljs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/run";
import { RunReportSchema } from "../../src/cli/run-report";
import { templateWorkbook } from "../../src/cli/template-book";
import { buildMarkPlan, templateSheetFor } from "../../src/core";
import { applyMarks, insertTemplate, STATE_SHEET } from "../../src/excel";
import { createSimulatedOffice, installSimulatedOffice } from "../../src/sim";
import { FIXTURES, fixturePath } from "../fixtures";

/**
 * The CLI's --annotate copy against the add-in itself: src/excel's applyMarks run on the simulated Excel (an exceljs
 * workbook underneath) with the same MarkPlan. Every cell's fill and note, and the report sheet, must agree.
 */

const TODAY = "2024-03-10";
const out = mkdtempSync(join(tmpdir(), "parity-"));

async function load(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

function fillOf(c: ExcelJS.Cell): string | null {
  const f = c.fill as ExcelJS.FillPattern | undefined;
  if (!f || f.type !== "pattern" || f.pattern === "none") return null;
  return `${f.pattern}:${f.fgColor?.argb ?? "?"}`;
}

function noteOf(c: ExcelJS.Cell): string | null {
  const n = c.note;
  if (!n) return null;
  return typeof n === "string" ? n : (n.texts ?? []).map((t) => t.text).join("");
}

/** A cell's visible content: formulas compared by their text (the add-in writes "=HYPERLINK(…)"). */
function contentOf(c: ExcelJS.Cell): unknown {
  const v = c.value;
  if (v && typeof v === "object" && "formula" in v) return `=${String(v.formula).replace(/^=/, "")}`;
  if (typeof v === "string" && v.startsWith("=")) return v;
  return v ?? null;
}

function dump(ws: ExcelJS.Worksheet, what: (c: ExcelJS.Cell) => unknown): Map<string, unknown> {
  const m = new Map<string, unknown>();
  ws.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (c) => {
      const v = what(c);
      if (v !== null && v !== "") m.set(c.address, v);
    }),
  );
  return m;
}

describe("--annotate agrees with the add-in's applyMarks", () => {
  for (const fx of FIXTURES) {
    it(fx.file, async () => {
      let stdout = "";
      const code = await main(["--json", "--today", TODAY, "--annotate", out, fixturePath(fx.file)], {
        stdout: { write: (s: string) => (stdout += s) },
        stderr: { write: () => true },
        cwd: out,
        workerScript: null,
        cores: 1,
        env: {},
      });
      expect(code).toBeLessThan(2);
      const file = RunReportSchema.parse(JSON.parse(stdout)).files[0]!;
      const plan = buildMarkPlan(file.roadmaps, "ru");
      expect(plan.sheets.length).toBeGreaterThan(0);

      const addin = await load(fixturePath(fx.file));
      const sim = createSimulatedOffice(addin, { platform: "PC" });
      const uninstall = installSimulatedOffice(sim);
      try {
        const outcome = await applyMarks(plan);
        expect(outcome.ok, JSON.stringify(outcome)).toBe(true);
      } finally {
        uninstall();
      }
      const cli = await load(file.annotation!.path!);

      const names = (wb: ExcelJS.Workbook) =>
        wb.worksheets.map((w) => w.name).filter((n) => n !== STATE_SHEET);
      expect(names(cli)).toEqual(names(addin));
      expect(names(addin)).toContain("Проверка");
      expect(dump(addin.getWorksheet(fx.sheet)!, fillOf).size).toBeGreaterThan(0);
      for (const name of names(addin)) {
        const a = addin.getWorksheet(name)!;
        const c = cli.getWorksheet(name)!;
        expect(dump(c, fillOf), `${name}: fills`).toEqual(dump(a, fillOf));
        expect(dump(c, noteOf), `${name}: notes`).toEqual(dump(a, noteOf));
        expect(dump(c, contentOf), `${name}: values`).toEqual(dump(a, contentOf));
        expect(
          dump(c, (x) => x.font?.bold ?? null),
          `${name}: bold`,
        ).toEqual(dump(a, (x) => x.font?.bold ?? null));
        expect(
          dump(c, (x) => x.alignment?.wrapText ?? null),
          `${name}: wrap`,
        ).toEqual(dump(a, (x) => x.alignment?.wrapText ?? null));
        const widths = (ws: ExcelJS.Worksheet) => ws.columns?.map((col) => Math.round(col.width ?? 0)) ?? [];
        expect(widths(c), `${name}: widths`).toEqual(widths(a));
      }
    });
  }
});

describe("roadmap-check template agrees with the add-in's «Вставить шаблон»", () => {
  for (const editionId of ["tochka-rosta-2024", "kvantorium-2024", "cos-2024", "complex-plan-2024"]) {
    it(editionId, async () => {
      const plan = templateSheetFor(editionId, 2027, "ru");
      const path = join(out, `${editionId}.xlsx`);
      await templateWorkbook(plan).xlsx.writeFile(path);
      const cli = await load(path);

      const addin = new ExcelJS.Workbook();
      addin.addWorksheet("Лист1");
      const sim = createSimulatedOffice(addin, { platform: "PC" });
      const uninstall = installSimulatedOffice(sim);
      let inserted = "";
      try {
        const outcome = await insertTemplate(plan);
        expect(outcome.ok, JSON.stringify(outcome)).toBe(true);
        if (outcome.ok) inserted = outcome.value;
      } finally {
        uninstall();
      }
      expect(inserted).toBe(plan.sheetName);
      const a = addin.getWorksheet(inserted)!;
      const c = cli.getWorksheet(plan.sheetName)!;
      expect(dump(c, contentOf)).toEqual(dump(a, contentOf));
      expect(dump(c, contentOf).size).toBeGreaterThan(plan.rows.length * 3);
      expect(dump(c, (x) => x.font?.bold ?? null)).toEqual(dump(a, (x) => x.font?.bold ?? null));
      expect(dump(c, (x) => x.alignment?.wrapText ?? null)).toEqual(
        dump(a, (x) => x.alignment?.wrapText ?? null),
      );
      expect(dump(c, (x) => (x.numFmt && x.numFmt !== "General" ? x.numFmt : null))).toEqual(
        dump(a, (x) => (x.numFmt && x.numFmt !== "General" ? x.numFmt : null)),
      );
      const validation = (x: ExcelJS.Cell) =>
        x.dataValidation ? `${x.dataValidation.type}:${x.dataValidation.formulae?.join("|")}` : null;
      expect(dump(c, validation)).toEqual(dump(a, validation));
      expect(dump(a, validation).size).toBe(plan.rows.length);
      const widths = (ws: ExcelJS.Worksheet) => ws.columns?.map((col) => Math.round(col.width ?? 0)) ?? [];
      expect(widths(c)).toEqual(widths(a));
    });
  }
});
