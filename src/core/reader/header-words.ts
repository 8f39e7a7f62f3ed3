import type { FieldKey } from "./types";
import { squash } from "./normalize";

// Checked in this order: «Срок исполнения» is a deadline, «Ответственный исполнитель» a responsible.
const RULES: [FieldKey, RegExp][] = [
  ["number", /^(№|#|no\.?|n|номер)?(п\/п|пп|п\.п\.?)?\.?$/],
  ["responsible", /^(отв\.?$|отв\.|ответствен|исполнител|соисполнител)/],
  ["deadline", /^(срок|дата|датыпровед|период|времяпровед)/],
  [
    "result",
    /^(результат|ожидаемыйрезультат|документ|итоговыйдокумент|формаотчетност|формаотчета|виддокумент)/,
  ],
  ["audience", /^(целев|аудитори|участник)/],
  ["status", /^(отметк|статус|выполнени|исполнени|информацияо(ходе)?выполн|ходисполн)/],
  ["title", /^(наименован|основн[а-я]*мероприяти|мероприяти|содержани|переченьмероприяти|названи)/],
];

/** The field a header cell names, or null. Long texts are never headers. */
export function classifyHeader(text: string): FieldKey | null {
  if (text.length > 160) return null;
  const s = squash(text).replace(/^[^\p{L}\p{N}№#]+/u, "");
  if (s === "") return null;
  for (const [field, re] of RULES) if (re.test(s)) return field;
  return null;
}

const loose = new Map<string, FieldKey | null>();
// «12.3»: no rule starts with a digit; kept out of the cache, which a long numbered table would otherwise flush.
const DOTTED_NUMBER = /^[\d.\s]*\d[\d.\s]*$/;

/** Matches OCR-damaged headers too («Целсваи аудитория»); cached, as every row of a table is checked. */
export function looseField(text: string): FieldKey | null {
  if (DOTTED_NUMBER.test(text)) return null;
  let f = loose.get(text);
  if (f === undefined) {
    f = looseFieldUncached(text);
    if (loose.size > 5000) loose.clear();
    loose.set(text, f);
  }
  return f;
}

function looseFieldUncached(text: string): FieldKey | null {
  const f = classifyHeader(text);
  if (f) return f;
  const s = squash(text);
  if (s.includes("аудитор")) return "audience";
  if (s.includes("ответствен") || s.includes("венный(подраздел")) return "responsible";
  if (/^сроки?/.test(s)) return "deadline";
  return null;
}
