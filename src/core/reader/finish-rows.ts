// A roadmap's rows made final: their index and section, a start cell that is the deadline, a cadence counted from its
// start, and the sub-items of their titles.
import { parseDeadline } from "../deadlines";
import { splitSubItems } from "./subitems";
import type { Sec } from "./table";
import type { RoadmapRow } from "./types";

// Kept: with the three other memos of 5a071c0 removed, checkSheet took +34 % wall at 10,000 rows (quiet machine).
/** Sub-items per distinct title text: a consolidated sheet repeats the same titles block after block. */
export type SubMemo = Map<string, string[]>;

export function finishRows(
  rows: RoadmapRow[],
  secs: readonly (Sec | null)[] | null,
  memo: SubMemo,
): RoadmapRow[] {
  for (let index = 0; index < rows.length; index++) {
    const row = rows[index]!;
    row.index = index;
    const sec = secs ? secs[index] : null;
    if (sec) row.section = sec.s.number;
    startAsDeadline(row);
    cadenceFromStart(row);
    const t = row.fields.title?.text;
    if (!t) continue;
    let subs = memo.get(t);
    if (!subs) memo.set(t, (subs = splitSubItems(t)));
    // A row with sub-items owns its array; the rest share the frozen empty one.
    if (subs.length > 0) row.subItems = subs.slice();
  }
  return rows;
}

/**
 * A start cell with its end cell empty is the row's deadline: «по графику федерального оператора», «в течение 2027
 * года», «до 15.02.2027» name their own end, and a lone date («25.08.2027», a monitoring's day) is a one-day step's
 * day, as every corpus author reads it (h131-cos-municipal-start-only-rows) — not a deadline left out.
 */
function startAsDeadline(row: RoadmapRow): void {
  const start = row.fields.start;
  if (row.fields.deadline || !start) return;
  if (start.text.trim().length < 3) return; // «—», «-», «x»: nothing written
  row.fields.deadline = start;
  delete row.fields.start;
}

/**
 * «01.10.2027 | quarterly», «01.10.2027 | далее ежеквартально» in a start | end table: a cadence with no day of its
 * own begins on the start date, so the two cells are read as one «01.10.2027; ежеквартально».
 */
function cadenceFromStart(row: RoadmapRow): void {
  const { start, deadline } = row.fields;
  if (!start || !deadline || typeof deadline.value !== "string" || /\d/.test(deadline.text)) return;
  if (start.text.trim() === "" || !/\d/.test(start.text)) return;
  const end = parseDeadline(deadline.text);
  if (end.kind !== "recurring" || end.due !== null) return;
  const first = parseDeadline(
    start.value instanceof Date || typeof start.value === "number" ? start.value : start.text,
  );
  if (first.due === null) return;
  // A date serial (46661) is written as the date it stands for, so the joined text still reads as one.
  const day = typeof start.value === "number" ? first.text : start.text;
  row.fields.deadline = {
    text: `${day}; ${deadline.text}`,
    value: `${day}; ${deadline.text}`,
    addresses: [...deadline.addresses, ...start.addresses],
  };
}
