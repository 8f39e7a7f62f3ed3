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
