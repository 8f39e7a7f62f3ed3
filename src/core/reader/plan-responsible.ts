// The responsible named once for the whole plan on a line of its own above or below the table («Ответственный:
// заместитель директора по УВР …», «Ответственные за реализацию плана: …»): a plan with no responsible column names one.
import type { Sheet } from "./grid-cache";
import { captionOf, nextFilled } from "./table-end";
import type { Roadmap } from "./types";
import { TITLE_RE } from "./vocabulary";

// «ответственный:», «ответственные за реализацию плана:», «ответственный за реализацию — …», «ответственный
// исполнитель (по всем мероприятиям) — …» (normalized text).
const PLAN_RESPONSIBLE_RE =
  /^\s*ответственн[а-я]*(?:\s+(?:(?:за|лицо|лица)\s[^:—–]{0,80}?|исполнител[а-я]*(?:\s[^:—–]{0,80}?)?))?\s*(?::|\s[—–-]\s)\s*\S/;

/** Whether the text names the plan's responsible after a label. */
export const namesPlanResponsible = (text: string): boolean =>
  PLAN_RESPONSIBLE_RE.test(text.toLowerCase().replace(/ё/g, "е"));

/**
 * A one-cell line naming the plan's responsible with nothing but lines of one cell (or nothing) after it: the table
 * ended above it. Over measures the same label heads their block, so the table goes on.
 */
export function endsWithPlanResponsible(
  s: Sheet,
  r: number,
  lo: number,
  hi: number,
  caption: ReturnType<typeof captionOf>,
): boolean {
  if (!caption || !namesPlanResponsible(caption.text)) return false;
  const next = nextFilled(s, r + 1, lo, hi);
  return next < 0 || s.count(next, lo, hi, 2) < 2;
}

/** How many rows below the table a line naming the plan's responsible may stand (after a blank, a signature). */
const BELOW = 6;

/** The line above the table (its title and preamble) or just below it that names the plan's responsible. */
function planResponsibleOf(
  s: Sheet,
  above: readonly { text: string; address: string }[],
  end: number,
): { text: string; address: string } | null {
  const line = above.find((l) => namesPlanResponsible(l.text));
  if (line) return line;
  for (let r = end; r < Math.min(s.nRows, end + BELOW); r++)
    for (const [c, t] of s.cells(r)) {
      if (namesPlanResponsible(t)) return { text: t.trim(), address: s.addr(r, c) };
      // The next roadmap's title: its lines are its own.
      if (TITLE_RE.test(t.toLowerCase())) return null;
    }
  return null;
}

/** Sets the plan's responsible on the roadmaps just read that have no responsible column. */
export function notePlanResponsible(
  s: Sheet,
  roadmaps: Roadmap[],
  above: readonly { text: string; address: string }[],
  end: number,
): void {
  const bare = roadmaps.filter((r) => r.columns.responsible === undefined);
  if (bare.length === 0) return;
  const line = planResponsibleOf(s, above, end);
  if (line) for (const r of bare) r.planResponsible = line;
}
