// Programme abbreviations a sheet defines for itself: a legend «ТР — центр «Точка роста» (…); КВ — школьный
// Кванториум» under the table, or «… центров «Точка роста» (далее — ТР)» in its text, so a column headed «ТР» is that
// programme's; the usual «ТР», «ШК», «КВ» count without a legend when the sheet names the programme in full.
import type { ProgrammeId } from "../programmes";
import type { Sheet } from "./grid-cache";
import { programmeMentions, SHORT_FORMS } from "./guess";

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

/** The single programme a piece of text names, or undefined when it names none or several. */
function onlyProgramme(text: string): ProgrammeId | undefined {
  const ids = new Set(programmeMentions({ text, address: "" }).map((m) => m.id));
  return ids.size === 1 ? [...ids][0] : undefined;
}

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
