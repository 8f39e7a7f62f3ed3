import type { OriginalFill } from "./format";

/**
 * Fill patterns in the store are named as Office.js names them, so the add-in records what it reads; a client that
 * reads .xlsx files (the CLI, the simulated Excel) maps the file's OOXML patternType with these tables.
 */

// prettier-ignore
export type StoredPattern =
  | "None" | "Solid" | "Gray50" | "Gray75" | "Gray25" | "Horizontal" | "Vertical" | "Down" | "Up" | "Checker"
  | "SemiGray75" | "LightHorizontal" | "LightVertical" | "LightDown" | "LightUp" | "Grid" | "CrissCross" | "Gray16"
  | "Gray8" | "LinearGradient" | "RectangularGradient";

/** ST_PatternType of SpreadsheetML (ECMA-376 §18.18.55), as exceljs spells it. */
// prettier-ignore
export type OoxmlPattern =
  | "none" | "solid" | "mediumGray" | "darkGray" | "lightGray" | "darkHorizontal" | "darkVertical" | "darkDown"
  | "darkUp" | "darkGrid" | "darkTrellis" | "lightHorizontal" | "lightVertical" | "lightDown" | "lightUp"
  | "lightGrid" | "lightTrellis" | "gray125" | "gray0625";

// prettier-ignore
export const PATTERN_FROM_OOXML: Record<OoxmlPattern, StoredPattern> = {
  none: "None", solid: "Solid", mediumGray: "Gray50", darkGray: "Gray75", lightGray: "Gray25",
  darkHorizontal: "Horizontal", darkVertical: "Vertical", darkDown: "Down", darkUp: "Up", darkGrid: "Checker",
  darkTrellis: "SemiGray75", lightHorizontal: "LightHorizontal", lightVertical: "LightVertical",
  lightDown: "LightDown", lightUp: "LightUp", lightGrid: "Grid", lightTrellis: "CrissCross",
  gray125: "Gray16", gray0625: "Gray8",
};

export const PATTERN_TO_OOXML = Object.fromEntries(
  Object.entries(PATTERN_FROM_OOXML).map(([k, v]) => [v, k]),
) as Partial<Record<StoredPattern, OoxmlPattern>>;

/** A cell's fill as an .xlsx file holds it, colours already resolved to "RRGGBB" (theme and tint are the reader's job). */
export type FileFill =
  | { type: "pattern"; pattern: OoxmlPattern; fg: string | null; bg: string | null }
  | { type: "gradient"; firstStop: string | null };

/** What the store records as a cell's previous fill, from the file: the same record the add-in makes from Office.js. */
export function originalFromFile(fill: FileFill | null): OriginalFill {
  if (!fill) return "none";
  // Gradients cannot be written back; their first colour is the closest restorable fill (as in the add-in).
  if (fill.type === "gradient") return fill.firstStop ?? "FFFFFF";
  if (fill.pattern === "none") return "none";
  if (fill.pattern === "solid") return fill.fg ?? "000000";
  // In a pattern fill the background is bgColor and the pattern is drawn in fgColor.
  return [PATTERN_FROM_OOXML[fill.pattern], fill.bg ?? "FFFFFF", fill.fg ?? "000000"];
}

/* Colours of an .xlsx file resolved to "RRGGBB", for the same clients: explicit ARGB, theme index (+ tint), and the
 * legacy indexed palette. */

// Office 2013+ default theme, in xlsx theme-index order (lt1, dk1, lt2, dk2, accent1..6, hlink, folHlink).
// prettier-ignore
export const DEFAULT_THEME = [
  "FFFFFF", "000000", "E7E6E6", "44546A", "4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47", "0563C1", "954F72",
];

// The legacy 64-colour palette of ECMA-376 (indexed colours), plus system foreground/background.
// prettier-ignore
export const INDEXED = [
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

/** ECMA-376 §18.8.19: the tint moves the colour's HSL luminance towards black (< 0) or white (> 0). */
export function applyTint(hex: string, tint: number): string {
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

/** A colour element's attributes as the file writes them (`rgb` is ARGB or RGB hex). */
export interface FileColor {
  rgb?: string;
  theme?: number;
  indexed?: number;
  tint?: number;
}

/** "RRGGBB", or null when the colour says nothing resolvable (auto, unknown index). */
export function resolveFileColor(c: FileColor, theme: readonly string[] = DEFAULT_THEME): string | null {
  let hex: string | undefined;
  if (typeof c.rgb === "string" && /^[0-9A-Fa-f]{8}$/.test(c.rgb)) hex = c.rgb.slice(2).toUpperCase();
  else if (typeof c.rgb === "string" && /^[0-9A-Fa-f]{6}$/.test(c.rgb)) hex = c.rgb.toUpperCase();
  else if (typeof c.theme === "number") hex = theme[c.theme];
  else if (typeof c.indexed === "number") hex = INDEXED[c.indexed];
  if (!hex) return null;
  if (typeof c.tint === "number" && c.tint !== 0) hex = applyTint(hex, c.tint);
  return hex;
}
