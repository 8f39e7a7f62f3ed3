/** Office.js column widths are points; templates give widths in characters of the default font (7 px + 5 px padding). */
export function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}
