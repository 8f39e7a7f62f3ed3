// Row kinds: a group heading («1. Утверждение документов:» over а)–д), «1. Нормативное обеспечение» over 1.1, 1.2)
// is not a measure — it needs no deadline, responsible or result, and its sub-steps are measures of their own; a
// responsible or result written on the heading row applies to the steps that have none.
import type { RoadmapRow, SkippedRow } from "./types";
import {
  DASH_ONLY,
  DASH_NUMBER_RE,
  DASH_STEP_RE,
  LETTER_NUMBER_RE,
  LETTER_STEP_RE,
  PAREN_STEP_RE,
} from "./vocabulary";

/** Fields of a measure's timing: a row with one of them is a measure, whatever follows it. */
const TIME_FIELDS = ["deadline", "start", "status", "actual"] as const;
/** Fields a heading may carry for its steps («1. Утверждение: | Министерство | Приказ» over а), б) …). */
const SHARED_FIELDS = ["responsible", "result"] as const;

const filled = (row: RoadmapRow, f: keyof RoadmapRow["fields"]): boolean =>
  (row.fields[f]?.text ?? "") !== "";

const ROMAN = /^\s*[IVXLІ]{1,5}\s*[.)]?\s*$/;

const CHILD_OF = (parent: string, child: string | null): boolean => {
  if (child === null) return false;
  const p = parent.replace(/[.\s)]+$/, "");
  return (
    /^\d{1,3}(\.\d{1,3})*$/.test(p) && new RegExp(`^${p.replace(/\./g, "\\.")}\\.\\s*\\d`).test(child.trim())
  );
};

/** A lettered sub-step: «а) …» in its title, or «а)» alone in its № cell (the Pskov, Vologda layout). */
function isLetterStep(row: RoadmapRow): boolean {
  return (
    LETTER_STEP_RE.test(row.fields.title?.text ?? "") ||
    (row.number !== null && LETTER_NUMBER_RE.test(row.number))
  );
}

/** A bulleted sub-step: «–» in its № cell, or «– …» opening its title. */
function isDashStep(row: RoadmapRow): boolean {
  return (
    DASH_STEP_RE.test(row.fields.title?.text ?? "") ||
    (row.number !== null && DASH_NUMBER_RE.test(row.number))
  );
}

const PAREN_NUMBER = /^\s*\d{1,2}\s*\)\s*$/;
/** A title opening with its own number: «1) …», «2. …» (a sheet with no № column). */
const OWN_NUMBER = /^\s*\d{1,2}\s*[.)]\s+\S/;

/** «1)», «2)» in the № cell (or opening a title whose № is empty) under a heading numbered another way or ending in «:». */
function isParenStep(row: RoadmapRow, heading: RoadmapRow): boolean {
  const numbered =
    row.number === null ? PAREN_STEP_RE.test(row.fields.title?.text ?? "") : PAREN_NUMBER.test(row.number);
  if (!numbered) return false;
  const title = heading.fields.title?.text.trim() ?? "";
  return title.endsWith(":") || (heading.number !== null && !PAREN_NUMBER.test(heading.number));
}

function isHeading(row: RoadmapRow, next: RoadmapRow | undefined): boolean {
  if (!next || TIME_FIELDS.some((f) => filled(row, f))) return false;
  // A responsible or result on the heading row is written once for its steps when the first step has its own deadline.
  if (SHARED_FIELDS.some((f) => filled(row, f)) && !filled(next, "deadline")) return false;
  const title = row.fields.title?.text.trim() ?? "";
  if (title === "") return false;
  if (row.number !== null && CHILD_OF(row.number, next.number)) return true;
  // «I. Нормативное обеспечение» over «1.», «2.»: a Roman-numbered part heads arabic-numbered measures.
  if (row.number !== null && ROMAN.test(row.number) && next.number !== null && /^\s*\d/.test(next.number))
    return true;
  if (isParenStep(next, row)) return true;
  // With no № column a heading writes its number in the title: «1) Организационные мероприятия» over «а) …», «• …».
  const numbered = row.number !== null || OWN_NUMBER.test(title);
  return (isLetterStep(next) || isDashStep(next)) && (title.endsWith(":") || numbered);
}

// «Исключён», «Утратил силу», «(пункт исключён постановлением от …)»: an amended roadmap keeps the number of a dropped item.
const EXCLUDED =
  /^[\s(]*(?:(?:пункт|мероприятие)\s+)?(?:исключ[её]н[аоы]?|утратил[аио]?\s+силу)(?:[\s.,;:)]|$)/i;

/** A dropped item: only an exclusion mark where the measure was, nothing in the other cells (a note aside). */
function isExcluded(row: RoadmapRow): boolean {
  if (!EXCLUDED.test(row.fields.title?.text ?? "")) return false;
  for (const f of [...TIME_FIELDS, ...SHARED_FIELDS]) {
    const t = row.fields[f]?.text ?? "";
    if (t.trim() !== "" && !DASH_ONLY.test(t) && !EXCLUDED.test(t)) return false;
  }
  return true;
}

/**
 * Takes group headings out of the rows (into `skipped`, with the reason). A heading ending in «:» is the lead-in of
 * its lettered sub-steps, which the matcher then reads whole («Утверждение документов: а) должностного лица»).
 */
export function takeGroupHeadings<T>(
  rows: RoadmapRow[],
  side: T[],
  skipped: SkippedRow[],
): { rows: RoadmapRow[]; side: T[] } {
  const keep: RoadmapRow[] = [];
  const keepSide: T[] = [];
  let lead: string | null = null;
  let heading: RoadmapRow | null = null;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const title = row.fields.title?.text.trim() ?? "";
    if (isExcluded(row)) {
      skipped.push({
        kind: "excluded",
        address: row.address,
        sheetRow: row.sheetRows[0]!,
        number: row.number,
        text: title,
        reason: {
          ru: "пункт исключён из дорожной карты: на его месте только отметка об исключении",
          en: "item dropped from the roadmap: only a mark of its exclusion stands in its place",
        },
      });
      continue;
    }
    if (isHeading(row, rows[i + 1])) {
      skipped.push({
        kind: "group-heading",
        address: row.address,
        sheetRow: row.sheetRows[0]!,
        number: row.number,
        text: title,
        reason: {
          ru: "групповой заголовок: под ним подпункты со своими сроками, сам он не мероприятие",
          en: "group heading: its sub-steps below carry their own deadlines; it is not a measure itself",
        },
      });
      lead = title.endsWith(":") ? title : null;
      heading = row;
      continue;
    }
    const step = isLetterStep(row) || (heading !== null && (isDashStep(row) || isParenStep(row, heading)));
    const child = heading?.number != null && CHILD_OF(heading.number, row.number);
    if (heading !== null && (step || child))
      for (const f of SHARED_FIELDS)
        if (!filled(row, f) && heading.fields[f]) row.fields[f] = heading.fields[f];
    // «10. Ежеквартальный мониторинг …:» over 10.1 «по итогам III квартала»: the lead-in names what each step is.
    if (lead !== null && (step || child) && row.subItems.length === 0)
      row.subItems = [
        `${lead} ${title
          .replace(LETTER_STEP_RE, (m) => m.slice(-1))
          .replace(PAREN_STEP_RE, (m) => m.slice(-1))
          .replace(/^\s*[–—•-]\s+/, "")}`,
      ];
    else if (!step && !child) lead = null;
    if (!step && !child) heading = null;
    keep.push(row);
    keepSide.push(side[i]!);
  }
  return { rows: keep, side: keepSide };
}
