import type { CompiledEdition } from "./terms";
import type { Unit } from "./steps";

/**
 * An unnumbered list of the form's steps in one cell («Реестр документов о приёмке; фотомониторинг площадки центра»):
 * when two or more of its «;» parts each name a different item on their own words, every part is matched as a
 * sub-item. A cell whose parts name fewer items stays one measure — a «;» inside one step's wording is common — and
 * so does a list under one head («Утверждение: …; …»).
 */
export function splitLists(units: readonly Unit[], compiled: CompiledEdition): Unit[] {
  const out: Unit[] = [];
  for (const u of units) {
    // «Утверждение: лица …; дорожной карты …; положения …» shares its head: grouped items cover it whole.
    const split = !u.sub && u.text.includes(";") && !u.text.slice(0, u.text.indexOf(";")).includes(":");
    const parts = split ? u.text.split(";").map((p) => p.trim()) : [];
    const named = new Set(parts.map((p) => itemNamed(p, compiled)).filter((i) => i !== null));
    if (named.size < 2) out.push(u);
    else for (const p of parts) if (p !== "") out.push({ rowPos: u.rowPos, text: p, sub: true });
  }
  return out;
}

/** The item a text reaches the threshold of with the most weight, or null. */
function itemNamed(text: string, compiled: CompiledEdition): number | null {
  let best: number | null = null;
  let weight = 0;
  for (const s of compiled.score(text))
    if (s.weight >= compiled.items[s.itemIndex]!.minScore && s.weight > weight) {
      best = s.itemIndex;
      weight = s.weight;
    }
  return best;
}
