import type { Bilingual } from "./lang";
import { normalize } from "./reader/normalize";

/**
 * The funding basis of a roadmap: a federal subsidy, the regional budget, the municipal budget or other (extra-budgetary)
 * money. Some items of the federal form exist only because of a federal subsidy (the agreement in «Электронный
 * бюджет»), so the basis decides which items apply. Free of zod so the pane's first bundle can import it.
 */

/** The bases a planner can choose (CLI --funding, the pane, a template's `funding`). */
export const FUNDING_BASES = ["federal", "regional", "municipal", "other"] as const;
export type KnownFunding = (typeof FUNDING_BASES)[number];
export type FundingBasis = KnownFunding | "unknown";

/** Where the basis came from: the words on the sheet, the planner (pane or CLI), the template, or nowhere. */
export type FundingSource = "sheet" | "planner" | "template" | "none";

export interface FundingEvidence {
  basis: FundingBasis;
  source: FundingSource;
  /** The words that decided it, as written on the sheet (null unless source is "sheet"). */
  words: string | null;
  /** The cell they are in (A1, no sheet name). */
  address: string | null;
}

export const FUNDING_NAMES: Record<FundingBasis, Bilingual> = {
  federal: { ru: "субсидия из федерального бюджета", en: "federal subsidy" },
  regional: { ru: "региональный бюджет", en: "regional budget" },
  municipal: { ru: "муниципальный бюджет", en: "municipal budget" },
  other: { ru: "иные (внебюджетные) средства", en: "other (extra-budgetary) funds" },
  unknown: { ru: "не определён", en: "not determined" },
};

export const isKnownFunding = (v: unknown): v is KnownFunding =>
  typeof v === "string" && (FUNDING_BASES as readonly string[]).includes(v);

const W = "[а-я-]*";
/** Each basis with the phrases that name it; checked in this order, since a federal subsidy comes with co-financing. */
const PATTERNS: [KnownFunding, RegExp][] = [
  [
    "federal",
    new RegExp(
      [
        `федеральн${W}\\s+субсиди${W}`,
        `субсиди${W}(?:\\s*,)?(?:\\s+[а-я]+){0,3}\\s+из\\s+федеральн${W}\\s+бюджет${W}`,
        `(?:средств${W}|счет${W}|трансферт${W})(?:\\s+[а-я]+){0,2}\\s+федеральн${W}\\s+бюджет${W}`,
        `софинансир${W}(?:\\s+[а-я]+){0,3}\\s+из\\s+федеральн${W}\\s+бюджет${W}`,
      ].join("|"),
      "g",
    ),
  ],
  [
    "regional",
    new RegExp(
      [
        `(?:областн|краев|республиканск|окружн|регионал)${W}\\s+бюджет${W}`,
        `бюджет${W}\\s+субъект${W}(?:\\s+российской\\s+федерации)?`,
        `бюджет${W}\\s+[а-я-]+(?:ой|кой)\\s+(?:област${W}|кра[яюе]|республик${W}|автономн${W}\\s+округ${W})`,
        `бюджет${W}\\s+республик${W}\\s+[а-я-]+`,
        `бюджет${W}\\s+(?:города\\s+)?(?:москвы|санкт-петербурга|севастополя)`,
      ].join("|"),
      "g",
    ),
  ],
  [
    "municipal",
    new RegExp(
      [
        `(?:муниципальн|местн|городск|районн)${W}\\s+бюджет${W}`,
        `бюджет${W}\\s+(?:[а-я-]+(?:ого|ой)\\s+)?(?:муниципальн${W}|городск${W})\\s+(?:образовани${W}|район${W}|округ${W}|поселени${W})`,
        `бюджет${W}\\s+муниципальн${W}\\s+[а-я]+`,
      ].join("|"),
      "g",
    ),
  ],
  ["other", new RegExp(`внебюджетн${W}\\s+(?:средств${W}|источник${W})|спонсорск${W}\\s+средств${W}`, "g")],
];

/** «без привлечения средств федерального бюджета» names the budget only to exclude it. */
const NEGATION = /(?:^|[^а-я])(?:без|кроме|не\s+предусмотрен[а-я]*)(?:\s+[а-я]+){0,3}\s*$/;

export const NO_FUNDING_EVIDENCE: FundingEvidence = {
  basis: "unknown",
  source: "none",
  words: null,
  address: null,
};

/**
 * The basis named in the title and the text above the table (cells in sheet order). A federal subsidy wins over any
 * other mention (the regional budget co-finances it); then the regional budget, the municipal one, other money.
 */
export function inferFunding(cells: readonly { text: string; address: string }[]): FundingEvidence {
  for (const [basis, re] of PATTERNS) {
    for (const cell of cells) {
      const n = normalize(cell.text);
      for (const m of n.matchAll(re)) {
        if (NEGATION.test(n.slice(Math.max(0, m.index - 40), m.index))) continue;
        const words = cell.text.slice(m.index, m.index + m[0].length).replace(/\s+/g, " ");
        return { basis, source: "sheet", words, address: cell.address };
      }
    }
  }
  return NO_FUNDING_EVIDENCE;
}

/** The basis a check uses: the planner's choice, else the template's, else the sheet's words. */
export function resolveFunding(
  sheet: FundingEvidence | undefined,
  template: KnownFunding | null | undefined,
  planner: KnownFunding | null | undefined,
): FundingEvidence {
  if (planner) return { basis: planner, source: "planner", words: null, address: null };
  if (template) return { basis: template, source: "template", words: null, address: null };
  return sheet ?? NO_FUNDING_EVIDENCE;
}

/** Why the basis is what it is, for the report's notes and the pane's hint. */
export function fundingReason(f: FundingEvidence): Bilingual {
  const name = FUNDING_NAMES[f.basis];
  switch (f.source) {
    case "sheet":
      return {
        ru: `источник финансирования — ${name.ru}: в ячейке ${f.address} написано «${f.words}»`,
        en: `funding basis: ${name.en}, as cell ${f.address} says «${f.words}»`,
      };
    case "planner":
      return {
        ru: `источник финансирования — ${name.ru}: выбран вручную`,
        en: `funding basis: ${name.en}, chosen by the planner`,
      };
    case "template":
      return {
        ru: `источник финансирования — ${name.ru}: задан в шаблоне`,
        en: `funding basis: ${name.en}, set by the template`,
      };
    case "none":
      return {
        ru: "источник финансирования не определён: ни заголовок, ни текст над таблицей не называют бюджет",
        en: "the funding basis could not be determined: neither the title nor the text above the table names a budget",
      };
  }
}
