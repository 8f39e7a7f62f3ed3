// Where a numbered table's next row starts: a number, a sub-step under a heading, a step's line per school under a
// merged № cell, or the next of a part's unnumbered steps; any other line continues the row above.
import type { Sheet } from "./grid-cache";
import type { Header } from "./header";
import type { RoadmapRow } from "./types";
import { PAREN_STEP_RE, CAPITALISED_RE, DASH_STEP_RE, LETTER_STEP_RE } from "./vocabulary";

/**
 * «1 | Утверждение …» merged down over one line per school, each line with its own organisation, deadline and
 * responsible: a line naming another organisation than the step above is that step for its organisation.
 */
export function mergedStepFor(s: Sheet, h: Header, r: number, current: RoadmapRow | null): boolean {
  const oc = h.cols.organisation;
  const nc = h.numberCol;
  if (oc === undefined || nc === undefined || current === null || s.text(r, oc) === "") return false;
  const a = s.coveredBy(r, nc);
  return a !== undefined && current.fields.organisation?.text !== s.text(r, oc);
}

/**
 * A numbered table's part whose own steps carry no number (the region's steps above the schools' numbered blocks): a
 * row under an unnumbered step, with a capitalised title and a deadline of its own as the step above has, is the next
 * step; a line of a row broken across pages goes on in lower case or leaves the deadline cell empty.
 */
function unnumberedRun(s: Sheet, h: Header, r: number, current: RoadmapRow | null): boolean {
  const dc = h.cols.deadline;
  if (current === null || current.number !== null || !current.fields.deadline || dc === undefined)
    return false;
  return s.text(r, dc) !== "" && CAPITALISED_RE.test(s.text(r, h.titleCol));
}

/**
 * Whether row r of a numbered table starts a row: a number, or a sub-step under a heading. A lettered sub-step («а) …»)
 * is a row of its own; so is «1) …» with its own deadline, or under a lead-in («Утверждены:») that has none; else a
 * «2) …» line continues the list of the measure above. A «– …» bullet with its own deadline under a numbered row that
 * has none is a step of that heading, not a line of it.
 */
export function numberedStarts(
  s: Sheet,
  h: Header,
  r: number,
  numText: string,
  current: RoadmapRow | null,
): boolean {
  const title = s.text(r, h.titleCol);
  if (numText !== "" || LETTER_STEP_RE.test(title) || mergedStepFor(s, h, r, current)) return true;
  const dc = h.cols.deadline;
  if (unnumberedRun(s, h, r, current)) return true;
  const above = current?.fields.title?.text ?? "";
  if (current !== null && DASH_STEP_RE.test(title) && (!current.fields.deadline || DASH_STEP_RE.test(above)))
    return dc !== undefined && s.text(r, dc) !== "";
  if (current === null || !PAREN_STEP_RE.test(title)) return false;
  if (dc !== undefined && s.text(r, dc) !== "" && !restOfRowAbove(s, h, r, current)) return true;
  return !current.fields.deadline && (above.trim().endsWith(":") || PAREN_STEP_RE.test(above.trim()));
}

/**
 * «2026 г.» alone in the deadline cell under «до 29 декабря» (no year), the responsible's cell empty or going on in
 * lower case («образования и науки»): the rest of the row above, broken over lines by a PDF converter, not a step.
 */
function restOfRowAbove(s: Sheet, h: Header, r: number, current: RoadmapRow): boolean {
  const above = current.fields.deadline?.text ?? "";
  const year = /^\s*\d{4}\s*(г\.?|года?)?\s*$/u.test(s.text(r, h.cols.deadline!));
  const rc = h.cols.responsible;
  const responsible = rc === undefined ? "" : s.text(r, rc).trim();
  return year && above !== "" && !/\d{4}/.test(above) && !CAPITALISED_RE.test(responsible);
}
