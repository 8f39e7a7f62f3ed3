import type { CellValue as XCellValue, Cell } from "exceljs";

/** Conversions between what exceljs stores and what Office.js reads and writes (Range.values/valueTypes/formulas). */

export type OfficeValue = string | number | boolean;
export type OfficeValueType = "Empty" | "String" | "Double" | "Boolean" | "Error" | "Unknown";

const DAY_MS = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);

/** Excel's 1900-system serial number of a Date that exceljs read (UTC midnight = the calendar day). */
export function dateToSerial(d: Date): number {
  return (d.getTime() - EPOCH_1900) / DAY_MS;
}

export function serialToDate(n: number): Date {
  return new Date(EPOCH_1900 + Math.round(n * DAY_MS));
}

function isObj(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !(v instanceof Date);
}

function scalar(v: unknown): { value: OfficeValue; type: OfficeValueType } {
  if (v === null || v === undefined) return { value: "", type: "Empty" };
  if (typeof v === "number") return { value: v, type: "Double" };
  if (typeof v === "string") return { value: v, type: v === "" ? "Empty" : "String" };
  if (typeof v === "boolean") return { value: v, type: "Boolean" };
  if (v instanceof Date) return { value: dateToSerial(v), type: "Double" };
  if (isObj(v)) {
    if (typeof v.error === "string") return { value: v.error, type: "Error" };
    if (Array.isArray(v.richText)) {
      return { value: (v.richText as { text: string }[]).map((t) => t.text).join(""), type: "String" };
    }
    if ("formula" in v || "sharedFormula" in v) {
      // A formula without a cached result was never calculated: Excel would calculate it; we cannot.
      return "result" in v && v.result !== undefined ? scalar(v.result) : { value: 0, type: "Double" };
    }
    if (typeof v.text === "string") return { value: v.text, type: "String" };
  }
  return { value: "", type: "Unknown" };
}

/** What Range.values / valueTypes report for a cell (a merged non-anchor cell reads as empty). */
export function readCell(cell: Cell | undefined): { value: OfficeValue; type: OfficeValueType } {
  if (!cell) return { value: "", type: "Empty" };
  if (cell.type === 1 /* Merge */ && cell.master !== cell) return { value: "", type: "Empty" };
  return scalar(cell.value as unknown);
}

/** What Range.formulas reports: "=…" for formulas, else the value. */
export function readFormula(cell: Cell | undefined): OfficeValue {
  if (!cell) return "";
  const v = cell.value as unknown;
  if (isObj(v) && typeof v.formula === "string") return `=${v.formula}`;
  if (isObj(v) && typeof v.sharedFormula === "string") return `=${v.sharedFormula}`;
  return readCell(cell).value;
}

export type Culture = "ru-RU" | "en-US";

/** A number format that shows a date, as exceljs decides it when reading (d, m, y outside quotes/brackets). */
export function isDateFormat(fmt: string | undefined): boolean {
  if (!fmt || fmt === "General" || fmt === "@") return false;
  const bare = fmt.replace(/"[^"]*"/g, "").replace(/\[[^\]]*\]/g, "");
  return /[dy]/i.test(bare) || /(^|[^0#])m{1,4}([^0#]|$)/i.test(bare);
}

/** The HYPERLINK(...) friendly name, which is what Excel shows and reads back as the cell's value. */
function evaluateFormula(formula: string): XCellValue {
  const m = /^HYPERLINK\(\s*"((?:[^"]|"")*)"\s*,\s*"((?:[^"]|"")*)"\s*\)$/i.exec(formula);
  if (m) return { formula, result: m[2]!.replace(/""/g, '"') } as XCellValue;
  return { formula } as XCellValue;
}

/**
 * The cell value Excel stores when Office.js writes `v` to a cell whose number format is `numFmt` — Excel parses
 * text as it would typed input unless the cell is formatted as text ("@"), which is why the adapter sets "@" first.
 * Returns the value and, when Excel would apply one on its own (typed dates), a number format.
 */
export function parseWrite(
  v: unknown,
  numFmt: string | undefined,
  culture: Culture,
): { value: XCellValue; numFmt?: string } {
  if (v === null || v === undefined || v === "") return { value: null };
  if (typeof v === "boolean") return { value: v };
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return { value: { error: "#NUM!" } as XCellValue };
    return { value: isDateFormat(numFmt) ? serialToDate(v) : v };
  }
  if (typeof v !== "string") return { value: String(v) };
  if (numFmt === "@") return { value: v };
  if (v.startsWith("'")) return { value: v.slice(1) };
  if (v.startsWith("=") && v.length > 1) return { value: evaluateFormula(v.slice(1)) };
  const s = v.trim();
  const dec = culture === "ru-RU" ? "," : ".";
  const numRe = dec === "," ? /^[+-]?\d+(,\d+)?$/ : /^[+-]?\d+(\.\d+)?$/;
  if (numRe.test(s)) {
    const n = Number(s.replace(",", "."));
    return { value: isDateFormat(numFmt) ? serialToDate(n) : n };
  }
  // Typed dates: dd.mm.yyyy (and dd.mm, which Excel completes with the current year) in Russian; m/d/yyyy in English.
  const ru = /^(\d{1,2})\.(\d{1,2})(?:\.(\d{2}|\d{4}))?$/.exec(s);
  const en = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{2}|\d{4}))?$/.exec(s);
  const m = culture === "ru-RU" ? ru : en;
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const [day, month] = culture === "ru-RU" ? [a, b] : [b, a];
    const yRaw = m[3];
    const year =
      yRaw === undefined
        ? new Date().getUTCFullYear()
        : yRaw.length === 2
          ? 2000 + Number(yRaw)
          : Number(yRaw);
    const d = new Date(Date.UTC(year, month - 1, day));
    if (month >= 1 && month <= 12 && d.getUTCDate() === day) {
      return {
        value: d,
        numFmt: isDateFormat(numFmt) ? numFmt! : culture === "ru-RU" ? "dd.mm.yyyy" : "m/d/yyyy",
      };
    }
  }
  if (/^[+-]/.test(s) && s.length > 1) {
    // Excel reads a leading +/- as the start of a formula; free text after it is a #NAME? error.
    return { value: { formula: s, result: { error: "#NAME?" } } as XCellValue };
  }
  return { value: v };
}
