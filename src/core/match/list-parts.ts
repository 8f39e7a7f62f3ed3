import type { CompiledEdition } from "./terms";
import type { Unit } from "./steps";

/**
 * An unnumbered list of the form's steps in one cell («Реестр документов о приёмке; фотомониторинг площадки центра»):
 * when two or more of its «;» parts each name a different item on their own words, every part is matched as a
 * sub-item. A cell whose parts name fewer items stays one measure — a «;» inside one step's wording is common — and
 * so does a list under one head («Утверждение: …; …»).
 */
const AND_RE = /\s+и\s+/;
const TAIL_RE = /\s(?:на|в|для)\s.*$/;
const CLAUSE_RE =
  /^(?:[а-яё]+(?:ющ|ящ|ащ|ущ|вш)[а-яё]*|[а-яё]+(?:ем|им|енн|анн)(?:ый|ая|ое|ые|ых|ого|ой|ом|ому|ую|ым|ыми)|котор|где|в\s+том\s+числе|на\s+базе|в\s+соответствии)(?![а-яё])/;

export function splitLists(units: readonly Unit[], compiled: CompiledEdition): Unit[] {
  const out: Unit[] = [];
  // A consolidated sheet repeats a few dozen titles thousands of times: each title is split once (null: kept whole).
  const memo = new Map<string, Omit<Unit, "rowPos">[] | null>();
  for (const u of units) {
    if (u.sub) {
      out.push(u);
      continue;
    }
    let parts = memo.get(u.text);
    if (parts === undefined) memo.set(u.text, (parts = partsOf(u.text, compiled)));
    if (parts === null) out.push(u);
    else for (const p of parts) out.push({ rowPos: u.rowPos, ...p });
  }
  return out;
}

/** The sub-items a whole title splits into, or null when it stays one measure. */
function partsOf(text: string, compiled: CompiledEdition): Omit<Unit, "rowPos">[] | null {
  const out: Omit<Unit, "rowPos">[] = [];
  // «Утверждение: лица …; дорожной карты …; положения …» shares its head: grouped items cover it whole.
  const split = text.includes(";") && !text.slice(0, text.indexOf(";")).includes(":");
  const parts = split ? text.split(";").map((p) => p.trim()) : [];
  const named = new Set(parts.map((p) => itemNamed(p, compiled)).filter((i) => i !== null));
  if (named.size >= 2) {
    // A part may itself list steps under its verb («…; утверждение дорожной карты, реестра, показателей и положения»).
    for (const p of parts) if (p !== "") out.push(...(partsOf(p, compiled) ?? [{ text: p, sub: true }]));
    return out;
  }
  // «Утверждение реестра школ, показателей и индикаторов, типового положения»: a comma list of steps under one verb,
  // when every part names a different item on its own words («Поставка, установка и наладка оборудования» does not).
  // A part may join two steps with «и» («показателей и дорожной карты школы»); in a list a bare item's main word
  // («показателей» after «Утверждение …,») names it.
  const top = !text.includes(":") ? topLevelParts(text) : [];
  // «…работников, реализующих программы …», «…организации, на базе которой …»: a clause, not a list item.
  if (top.slice(1).some((p) => CLAUSE_RE.test(p.trim().toLowerCase()))) top.length = 0;
  // The first part, under the verb, names its item on its own words; only the parts after it lean on the list.
  const byComma = listOfSteps(top, compiled, true);
  if (byComma) return byComma;
  // «Утверждение муниципальных документов: ответственного лица, дорожной карты, перечня (реестра) организаций, …»: the
  // same list after a head and its colon, every part under the head, so each may be named by its main word.
  const colon = text.indexOf(":");
  const afterHead =
    colon > 0 && colon <= 60 && !text.includes(";") ? topLevelParts(text.slice(colon + 1)) : [];
  const byHead = listOfSteps(afterHead, compiled, false);
  if (byHead) return byHead;
  // «Утверждение (региональный уровень): должностного лица …; комплекса мер …; перечня …»: a «;» list after its head
  // names each item on its own words, so a school's step paraphrasing one («назначение руководителя») cannot take it.
  // A list closed by a «;» (pasted from Word) has no empty last step.
  const semi =
    colon > 0 && colon <= 60 && text.includes(";")
      ? text
          .slice(colon + 1)
          .split(";")
          .filter((p) => p.trim() !== "")
      : [];
  const bySemi = listOfSteps(semi, compiled, false);
  if (bySemi) return bySemi;
  // «Утверждены планы мероприятий и единый комплексный план …»: two steps joined by «и», when every half names a
  // different item on its own words («Поставка и наладка оборудования» does not: «Поставка» alone names none).
  const split2 = !text.includes(":") ? text.split(AND_RE).map((p) => p.trim()) : [];
  // The last half's «на 2027/2028 учебный год» qualifies the halves before it too.
  const tail = split2.length >= 2 ? (TAIL_RE.exec(split2[split2.length - 1]!)?.[0] ?? "") : "";
  const halves = split2.map((p, i) => (i < split2.length - 1 && tail !== "" ? `${p}${tail}` : p));
  const each = halves.map((p) => itemNamed(p, compiled));
  if (halves.length >= 2 && each.every((x) => x !== null) && new Set(each).size === halves.length)
    for (const p of halves) out.push({ text: p, sub: true });
  else return null;
  return out;
}

/**
 * A comma list's parts (each split further at «и» where both halves name steps) as sub-items, when there are two or
 * more and every one names a different item; the first on its own words when it stands under the list's verb
 * (firstOnItsOwn), the others by their main word. Null otherwise.
 */
function listOfSteps(
  top: readonly string[],
  compiled: CompiledEdition,
  firstOnItsOwn: boolean,
): Omit<Unit, "rowPos">[] | null {
  const parts = top.length >= 2 ? top.flatMap((p) => andParts(p.trim(), compiled)) : [];
  const listed = parts.map((_, i) => !firstOnItsOwn || i > 0);
  const named = parts.map((p, i) => itemNamed(p, compiled, listed[i]));
  if (parts.length < 2 || named.some((x) => x === null) || new Set(named).size !== parts.length) return null;
  return parts.map((p, i) => ({ text: p, sub: true, listed: listed[i]! }));
}

/** The halves of a list part joined by «и» when each names a different item as a list part; else the part whole. */
function andParts(part: string, compiled: CompiledEdition): string[] {
  const halves = part.split(AND_RE).map((p) => p.trim());
  const each = halves.map((p) => itemNamed(p, compiled, true));
  return halves.length >= 2 && each.every((x) => x !== null) && new Set(each).size === halves.length
    ? halves
    : [part];
}

/** The item a text reaches the threshold of with the most weight, or null; a list part (inList) needs only the item's
 * heaviest term, its main term. */
function itemNamed(text: string, compiled: CompiledEdition, inList = false): number | null {
  let best: number | null = null;
  let weight = 0;
  for (const s of compiled.score(text)) {
    const ci = compiled.items[s.itemIndex]!;
    const named =
      s.weight >= ci.minScore || (inList && ci.mainTerm !== null && s.terms.includes(ci.mainTerm));
    if (named && s.weight > weight) {
      best = s.itemIndex;
      weight = s.weight;
    }
  }
  return best;
}

/** The parts of a text between commas outside brackets and quotes («(повторный, перед открытием)» stays whole). */
function topLevelParts(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "(" || ch === "«") depth++;
    else if ((ch === ")" || ch === "»") && depth > 0) depth--;
    else if (ch === "," && depth === 0) {
      parts.push(text.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(text.slice(from));
  return parts;
}
