import type { Color, Fill, FillPatterns } from "exceljs";
import { resolveFileColor } from "../core/store/fills";
import { PATTERN_FROM_OOXML, PATTERN_TO_OOXML, type StoredPattern } from "../core/store/fills";
import { invalidArgument } from "./errors";

/** Colours as Office.js reports them ("#RRGGBB"), resolved from the xlsx model exceljs keeps (argb, theme+tint, indexed). */

/** "#RRGGBB" for an exceljs colour, or `fallback` when the colour is absent. */
export function resolveColor(c: Partial<Color> | undefined, fallback: string): string {
  if (!c) return fallback;
  const any = c as Partial<Color> & { indexed?: number; tint?: number };
  const hex = resolveFileColor({ rgb: any.argb, theme: any.theme, indexed: any.indexed, tint: any.tint });
  return hex ? `#${hex}` : fallback;
}

// prettier-ignore
const NAMED: Record<string, string> = {
  black: "000000", white: "FFFFFF", red: "FF0000", green: "008000", blue: "0000FF", yellow: "FFFF00",
  orange: "FFA500", gray: "808080", grey: "808080", purple: "800080", pink: "FFC0CB",
};

/** Parses a colour as Office.js accepts it ("#RRGGBB", or an HTML colour name); anything else is InvalidArgument. */
export function parseOfficeColor(value: unknown): string {
  if (typeof value !== "string") throw invalidArgument(`Invalid colour ${JSON.stringify(value)}.`);
  const v = value.trim();
  const m = /^#?([0-9A-Fa-f]{6})$/.exec(v);
  if (m) return m[1]!.toUpperCase();
  const named = NAMED[v.toLowerCase()];
  if (named) return named;
  throw invalidArgument(`Invalid colour '${value}'.`);
}

export type OfficePattern = StoredPattern;

// The simulated Excel reads the file's patterns with the store's own tables (core/store/fills).
const PATTERN_TO_OFFICE: Record<FillPatterns, OfficePattern> = PATTERN_FROM_OOXML;
const OFFICE_TO_PATTERN = PATTERN_TO_OOXML as Record<string, FillPatterns>;

export interface FillView {
  /** "#FFFFFF" for no fill, exactly as Excel reports it (office-js #6218). */
  color: string;
  pattern: OfficePattern;
  patternColor: string;
}

/** How Office.js sees a cell's fill. */
export function fillView(fill: Fill | undefined): FillView {
  if (!fill) return { color: "#FFFFFF", pattern: "None", patternColor: "#000000" };
  if (fill.type === "gradient") {
    const first = fill.stops[0];
    return {
      color: resolveColor(first?.color, "#FFFFFF"),
      pattern: fill.gradient === "path" ? "RectangularGradient" : "LinearGradient",
      patternColor: "#000000",
    };
  }
  if (fill.pattern === "none") return { color: "#FFFFFF", pattern: "None", patternColor: "#000000" };
  if (fill.pattern === "solid") {
    return { color: resolveColor(fill.fgColor, "#000000"), pattern: "Solid", patternColor: "#000000" };
  }
  return {
    color: resolveColor(fill.bgColor, "#FFFFFF"),
    pattern: PATTERN_TO_OFFICE[fill.pattern],
    patternColor: resolveColor(fill.fgColor, "#000000"),
  };
}

/** The xlsx fill that an Office.js colour/pattern pair writes. Returns undefined for "None". */
export function fillFromOffice(
  color: string,
  pattern: OfficePattern,
  patternColor: string,
): Fill | undefined {
  if (pattern === "None") return undefined;
  if (pattern === "Solid" || pattern === "LinearGradient" || pattern === "RectangularGradient") {
    return { type: "pattern", pattern: "solid", fgColor: { argb: `FF${color.replace("#", "")}` } };
  }
  const p = OFFICE_TO_PATTERN[pattern];
  if (!p) throw invalidArgument(`Invalid fill pattern '${pattern}'.`);
  return {
    type: "pattern",
    pattern: p,
    fgColor: { argb: `FF${patternColor.replace("#", "")}` },
    bgColor: { argb: `FF${color.replace("#", "")}` },
  };
}

export function isOfficePattern(v: unknown): v is OfficePattern {
  return (
    typeof v === "string" &&
    (v === "None" || v === "Solid" || v in OFFICE_TO_PATTERN || v.endsWith("Gradient"))
  );
}
