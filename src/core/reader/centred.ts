// Headers centred across the selection instead of merged: where a merge would be, had the planner merged.
import type { Sheet } from "./grid-cache";
import type { Cols } from "./header";

/**
 * A group header centred across its columns instead of merged (or its merge lost on export) — «Основные мероприятия»
 * over the programmes' columns, «Исполнение» over «Ответственный | Результат»: the blank header cells right of
 * column c whose next row labels them belong to it, as a merge's would.
 */
export function centredAcross(
  s: Sheet,
  r: number,
  c: number,
  cols: Cols,
): { left: number; right: number } | undefined {
  const used = new Set(Object.values(cols));
  let right = c;
  while (
    right + 1 < s.nCols &&
    !used.has(right + 1) &&
    s.text(r, right + 1) === "" &&
    s.text(r + 1, right + 1) !== ""
  )
    right++;
  return right > c && s.text(r + 1, c) !== "" ? { left: c, right } : undefined;
}
