import type { Bilingual } from "../lang";
import { PROGRAMME_NAMES, type ProgrammeId } from "../programmes";
import type { Roadmap } from "../reader/types";
import { commonLead, type DraftItem } from "./parse-rows";
import { deriveTerms } from "./parse-terms";
import type { EditionInput } from "./schema";

/** Draft items → a planner edition: ids, key terms and match thresholds, groups, and what the template is. */

export interface TemplateGridMeta {
  programme: ProgrammeId;
  /** First target year the template applies to; the sheet's own year (or 2000, «any year») when absent. */
  year?: number | null;
  /** Shown as the template's name, e.g. the sheet or file name. */
  name?: string;
  id?: string;
  title?: Bilingual;
}

type ItemInput = EditionInput["items"][number];

function slug(s: string): string {
  const t = s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return t || "sheet";
}

/** Item ids from their numbers: `item-3`, then `item-3-1`, `item-3-2`… for a group's items and repeats. */
function itemIds(): (d: DraftItem) => string {
  const counters = new Map<string, number>();
  const usedIds = new Set<string>();
  return (d) => {
    const base = `item-${slug(d.number.replace(/\./g, "-"))}`;
    let k = counters.get(base) ?? 0;
    let id = d.group === null && k === 0 ? base : `${base}-${++k}`;
    while (usedIds.has(id)) id = `${base}-${++k}`;
    counters.set(base, k);
    usedIds.add(id);
    return id;
  };
}

function plannerItem(
  d: DraftItem,
  id: string,
  t: { term: string; weight: number }[],
  name: string,
): ItemInput {
  const total = t.reduce((s, x) => s + x.weight, 0);
  const top2 = t.slice(0, 2).reduce((s, x) => s + x.weight, 0);
  // Two distinctive words of the title, or half of its weight, identify the item.
  const minScore = Math.max(Math.min(total * 0.5, top2), t[t.length - 1]?.weight ?? 1);
  return {
    id,
    number: d.number,
    group: d.group,
    title: {
      ru: d.text.length > 80 ? `${d.text.slice(0, 79)}…` : d.text,
      en: d.text.length > 80 ? `${d.text.slice(0, 79)}…` : d.text,
    },
    text: d.text,
    terms: t.length > 0 ? t : [{ term: d.text, weight: 1 }],
    minScore: t.length > 0 ? Math.round(minScore * 100) / 100 : null,
    responsible: { ru: d.responsible, en: d.responsible },
    result: d.result ? { ru: d.result, en: d.result } : null,
    deadline: d.rule,
    source: { document: `Шаблон планировщика «${name}», ${d.address}`, seeds: [] },
    confidence: "unknown",
  };
}

/** The edition (before schema validation) that a template sheet's drafts make; `sheetName` names it by default. */
export function plannerEdition(
  drafts: readonly DraftItem[],
  roadmap: Roadmap,
  meta: TemplateGridMeta,
  sheetName: string,
): EditionInput {
  const terms = deriveTerms(drafts.map((d) => d.termText));
  const name = meta.name?.trim() || sheetName;
  const year = meta.year ?? roadmap.year.value ?? 2000;
  const groups = new Map<string, string>();
  const leadOf = (d: DraftItem) => {
    const row = roadmap.rows.find((r) => r.address === d.address);
    return row ? commonLead(row.subItems) : "";
  };
  const idOf = itemIds();
  const input: EditionInput = {
    schemaVersion: 1,
    id: meta.id ?? `planner-${meta.programme}-${slug(name)}`,
    programme: meta.programme,
    generation: year,
    title: meta.title ?? { ru: `Шаблон «${name}»`, en: `Template “${name}”` },
    sheetTitle: /\{Y\}/.test(roadmap.title)
      ? roadmap.title
      : `${(roadmap.title || PROGRAMME_NAMES[meta.programme].ru).replace(/\s*(на|в)\s+(\d{4}|Y)\s+(год|году)\s*$/u, "")} на {Y} год`,
    basis: [`Шаблон, загруженный планировщиком: ${name}`],
    confidence: "unknown",
    notes: [
      {
        ru: `Проверка по шаблону «${name}», загруженному планировщиком; его соответствие федеральной форме программа не проверяла.`,
        en: `Checked against the template “${name}” loaded by the planner; the product did not verify it against the federal form.`,
      },
    ],
    kind: "items",
    window: [-1, 0],
    minScore: 1,
    origin: "planner",
    groups: [],
    items: drafts.map((d, i) => {
      if (d.group !== null && !groups.has(d.group)) groups.set(d.group, leadOf(d));
      return plannerItem(d, idOf(d), terms[i] ?? [], name);
    }),
  };
  input.groups = [...groups.entries()].map(([id, lead]) => ({ id, lead }));
  return input;
}
