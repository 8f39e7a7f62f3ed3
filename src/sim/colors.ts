import type { Color, Fill, FillPatterns } from "exceljs";
import { PATTERN_FROM_OOXML, PATTERN_TO_OOXML, type StoredPattern } from "../core/store/fills";
import { invalidArgument } from "./errors";

/** Colours as Office.js reports them ("#RRGGBB"), resolved from the xlsx model exceljs keeps (argb, theme+tint, indexed). */

// Office 2013+ default theme, in xlsx theme-index order (lt1, dk1, lt2, dk2, accent1..6, hlink, folHlink).
// prettier-ignore
const THEME = [
  "FFFFFF", "000000", "E7E6E6", "44546A", "4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47", "0563C1", "954F72",
];

// The legacy 64-colour palette of ECMA-376 (indexed colours), plus system foreground/background.
// prettier-ignore
const INDEXED = [
  "000000", "FFFFFF", "FF0000", "00FF00", "0000FF", "FFFF00", "FF00FF", "00FFFF",
  "000000", "FFFFFF", "FF0000", "00FF00", "0000FF", "FFFF00", "FF00FF", "00FFFF",
  "800000", "008000", "000080", "808000", "800080", "008080", "C0C0C0", "808080",
  "9999FF", "993366", "FFFFCC", "CCFFFF", "660066", "FF8080", "0066CC", "CCCCFF",
  "000080", "FF00FF", "FFFF00", "00FFFF", "800080", "800000", "008080", "0000FF",
  "00CCFF", "CCFFFF", "CCFFCC", "FFFF99", "99CCFF", "FF99CC", "CC99FF", "FFCC99",
  "3366FF", "33CCCC", "99CC00", "FFCC00", "FF9900", "FF6600", "666699", "969696",
  "003366", "339966", "003300", "333300", "993300", "993366", "333399", "333333",
  "000000", "FFFFFF",
];

function applyTint(hex: string, tint: number): string {
  const r = parseInt(hex.slice(0, 2), 16) / 255;
  const g = parseInt(hex.slice(2, 4), 16) / 255;
  const b = parseInt(hex.slice(4, 6), 16) / 255;
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  let h = 0;
  let s = 0;
  let l = (max + min) / 2;
  if (max !== min) {
    const d = max - min;
    s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
    h = max === r ? (g - b) / d + (g < b ? 6 : 0) : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
    h /= 6;
  }
  l = tint < 0 ? l * (1 + tint) : l * (1 - tint) + tint;
  const hue = (p: number, q: number, t: number): number => {
    const u = t < 0 ? t + 1 : t > 1 ? t - 1 : t;
    if (u < 1 / 6) return p + (q - p) * 6 * u;
    if (u < 1 / 2) return q;
    if (u < 2 / 3) return p + (q - p) * (2 / 3 - u) * 6;
    return p;
  };
  let rr = l;
  let gg = l;
  let bb = l;
  if (s !== 0) {
    const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
    const p = 2 * l - q;
    rr = hue(p, q, h + 1 / 3);
    gg = hue(p, q, h);
    bb = hue(p, q, h - 1 / 3);
  }
  const to = (v: number) =>
    Math.round(v * 255)
      .toString(16)
      .padStart(2, "0")
      .toUpperCase();
  return to(rr) + to(gg) + to(bb);
}

/** "#RRGGBB" for an exceljs colour, or `fallback` when the colour is absent. */
export function resolveColor(c: Partial<Color> | undefined, fallback: string): string {
  if (!c) return fallback;
  const any = c as Partial<Color> & { indexed?: number; tint?: number };
  let hex: string | undefined;
  if (typeof any.argb === "string" && /^[0-9A-Fa-f]{8}$/.test(any.argb))
    hex = any.argb.slice(2).toUpperCase();
  else if (typeof any.argb === "string" && /^[0-9A-Fa-f]{6}$/.test(any.argb)) hex = any.argb.toUpperCase();
  else if (typeof any.theme === "number") hex = THEME[any.theme];
  else if (typeof any.indexed === "number") hex = INDEXED[any.indexed];
  if (!hex) return fallback;
  if (typeof any.tint === "number" && any.tint !== 0) hex = applyTint(hex, any.tint);
  return `#${hex}`;
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
