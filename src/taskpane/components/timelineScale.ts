import { tokens } from "@fluentui/react-components";
import type { Severity } from "../../core/report";

/** The «Шкала» chart's geometry (SVG user units) and colours, shared by its rows, month bands and legend. */

export const SEVERITY_COLOR: Record<Severity, string> = {
  error: tokens.colorPaletteRedForeground1,
  warning: tokens.colorPaletteDarkOrangeForeground1,
  info: tokens.colorPaletteBlueForeground2,
};
export const OK_COLOR = tokens.colorPaletteGreenForeground1;

export const W = 320;
export const LEFT = 40;
export const RIGHT = 8;
export const TOP = 20;
export const ROW = 18;

function dayIndex(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number);
  return Date.UTC(y!, m! - 1, d!) / 86_400_000;
}

/** x of an ISO day on the target year's axis, clamped to the axis; `outside` says which way it fell off. */
export function xOfDate(iso: string, year: number): { x: number; outside: -1 | 0 | 1 } {
  const start = dayIndex(`${year}-01-01`);
  const end = dayIndex(`${year + 1}-01-01`);
  const d = dayIndex(iso);
  const width = W - LEFT - RIGHT;
  if (d < start) return { x: LEFT, outside: -1 };
  if (d >= end) return { x: W - RIGHT, outside: 1 };
  return { x: LEFT + ((d - start + 0.5) / (end - start)) * width, outside: 0 };
}

/** x where a month (1–12; 13 is the next January) starts. */
export function monthX(year: number, month: number): number {
  return xOfDate(
    `${month === 13 ? year + 1 : year}-${String(month === 13 ? 1 : month).padStart(2, "0")}-01`,
    year,
  ).x;
}
