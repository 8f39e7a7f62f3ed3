// Programme abbreviations a sheet defines for itself: a legend «ТР — центр «Точка роста» (…); КВ — школьный
// Кванториум» under the table, or «… центров «Точка роста» (далее — ТР)» in its text, so a column headed «ТР» is that
// programme's; the usual «ТР», «ШК», «КВ» count without a legend when the sheet names the programme in full.
import type { ProgrammeId } from "../programmes";
import type { Sheet } from "./grid-cache";
import { onlyProgramme, programmeMentions, SHORT_FORMS } from "./guess";
import { squash } from "./normalize";

/** A short all-capitals label, as a header cell holds an abbreviation («ТР», «КВ», «ТЦ»). */
export const ABBREVIATION_RE = /^[А-ЯЁA-Z]{2,5}$/;

// «ТР — центр «Точка роста» …» up to the next «;» or the end: the abbreviation, then what it stands for.
const LEGEND_RE = /(?<![А-ЯЁа-яёA-Za-z])([А-ЯЁA-Z]{2,5})\s*[—–-]\s*([^;\n]+)/g;
// «… (далее — ТР)», «(далее – «КВ»)»: the abbreviation of the programme named just before it.
const FURTHER_RE = /\(\s*далее\s*[—–-]?\s*«?([А-ЯЁA-Z]{2,5})»?\s*\)/g;

const memo = new WeakMap<Sheet, Map<string, ProgrammeId>>();

// The usual short forms, taken only when the sheet names that programme in full and does not define them otherwise.
// The title's short forms (guess.ts), and «КВ», which a title never uses alone (it reads as «кв.», a quarter).
const USUAL: Record<string, ProgrammeId> = {
  ...Object.fromEntries(Object.entries(SHORT_FORMS).map(([abbr, [id]]) => [abbr, id])),
  КВ: "kvantorium",
};

/** Every abbreviation the sheet defines as one programme; one defined as two different programmes is dropped. */
export function sheetAbbreviations(s: Sheet): Map<string, ProgrammeId> {
  const hit = memo.get(s);
  if (hit) return hit;
  const found = new Map<string, ProgrammeId | null>();
  const put = (abbr: string, id: ProgrammeId | undefined) => {
    if (!id) return;
    const had = found.get(abbr);
    found.set(abbr, had === undefined || had === id ? id : null);
  };
  const named = new Set<ProgrammeId>();
  for (let r = 0; r < s.nRows; r++)
    for (const [, t] of s.cells(r)) {
      if (t.length < 6 || t.length > 1000) continue;
      for (const m of programmeMentions({ text: t.slice(0, 300), address: "" })) named.add(m.id);
      for (const m of t.matchAll(LEGEND_RE)) put(m[1]!, onlyProgramme(m[2]!.slice(0, 120)));
      for (const m of t.matchAll(FURTHER_RE)) {
        const before = t.slice(Math.max(0, m.index - 120), m.index);
        // The mention nearest the parenthesis (mentions come grouped by programme, not in reading order).
        const last = programmeMentions({ text: before, address: "" })
          .map((x) => ({ id: x.id, at: before.lastIndexOf(x.words) }))
          .sort((a, b) => b.at - a.at)[0];
        put(m[1]!, last?.id);
      }
    }
  for (const [abbr, id] of Object.entries(USUAL)) if (!found.has(abbr) && named.has(id)) found.set(abbr, id);
  const out = new Map<string, ProgrammeId>();
  for (const [abbr, id] of found) if (id) out.set(abbr, id);
  memo.set(s, out);
  return out;
}

/**
 * The programmes a cell names, in full («Точка роста») or by the sheet's abbreviations («ТР, ШК, ЦОС»): with each
 * programme the words that named it; empty when it names none.
 */
export function programmesIn(s: Sheet, text: string): { id: ProgrammeId; words: string }[] {
  const out = new Map<ProgrammeId, string>();
  const abbr = sheetAbbreviations(s);
  // In the cell's order: «ТР, ШК, ЦОС» is «Точка роста» first.
  for (const token of text.split(/[,;/+]|\s+и\s+/)) {
    const t = token.trim().replace(/^«|»$/g, "");
    const id = ABBREVIATION_RE.test(t) ? abbr.get(t) : undefined;
    if (id && !out.has(id)) out.set(id, t);
    else
      for (const m of programmeMentions({ text: t, address: "" })) if (!out.has(m.id)) out.set(m.id, m.words);
  }
  for (const m of programmeMentions({ text, address: "" })) if (!out.has(m.id)) out.set(m.id, m.words);
  return [...out].map(([id, words]) => ({ id, words }));
}

// «Направление», «Направления (программы)»: a column that may name each row's programmes, or a plan's directions.
const DIRECTION_HEADER_RE = /^направлени[а-я]*(\(.*\))?$/;

/**
 * A «Направление» column naming each row's programmes («ТР, ШК», «Точка роста»), not a plan's directions
 * («Организационное»): at least three rows filled below the header, two thirds of them naming a programme, and two
 * programmes at least among them. The column, or undefined.
 */
export function directionProgrammeColumn(
  s: Sheet,
  r: number,
  last: number,
  used: ReadonlySet<number>,
): number | undefined {
  for (const [c, t] of s.cells(r)) {
    if (used.has(c) || !DIRECTION_HEADER_RE.test(squash(t))) continue;
    let filled = 0;
    let naming = 0;
    const ids = new Set<ProgrammeId>();
    for (let rr = last + 1; rr < Math.min(s.nRows, last + 41); rr++) {
      const v = s.text(rr, c).trim();
      if (v === "" || v.length > 120) continue;
      filled++;
      const found = programmesIn(s, v);
      if (found.length > 0) naming++;
      for (const f of found) ids.add(f.id);
    }
    if (filled >= 3 && naming * 3 >= filled * 2 && ids.size >= 2) return c;
  }
  return undefined;
}
