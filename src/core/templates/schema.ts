import { z } from "zod";
import { PROGRAMME_IDS, type ProgrammeId } from "../programmes";
import { BilingualSchema, ConfidenceSchema, type Confidence } from "../report";
import type { Bilingual } from "../lang";
import { FUNDING_BASES, type KnownFunding } from "../funding";
import { templateHash } from "./hash";

/** The schema every template edition (built-in JSON, planner JSON, planner sheet) is validated against. */

export const RULE_KINDS = [
  "by-date", // «не позднее 1 марта года Y»
  "date", // «1 марта года Y»
  "period-year", // «в течение года Y»
  "recurring", // «1 октября года Y, далее – ежеквартально»
  "external-schedule", // «согласно графику, направляемому федеральным оператором»
  "on-request", // «по запросу»
  "none", // the form sets no deadline (directions of the unified plan)
] as const;
export type RuleKind = (typeof RULE_KINDS)[number];

export const CadenceSchema = z.enum(["monthly", "quarterly", "half-yearly", "yearly", "as-needed"]);

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export const DeadlineRuleSchema = z
  .object({
    kind: z.enum(RULE_KINDS),
    month: z.number().int().min(1).max(12).nullable().default(null),
    day: z.number().int().min(1).max(31).nullable().default(null),
    /** The due day falls in year Y + yearOffset (−1: «года, предшествующего году Y»). */
    yearOffset: z.number().int().min(-3).max(3).default(0),
    cadence: CadenceSchema.nullable().default(null),
    /** Russian wording for kinds without a date («Согласно графику, направляемому федеральным оператором»). */
    text: z.string().nullable().default(null),
    /** How sure the deadline is, separately from the item's presence. */
    confidence: ConfidenceSchema,
    /** Shown next to a finding that relies on the rule: where the date comes from, what other regions write. */
    note: BilingualSchema.nullable().default(null),
  })
  .superRefine((r, ctx) => {
    const dated = r.kind === "by-date" || r.kind === "date" || r.kind === "recurring";
    if (dated) {
      if (r.month === null || r.day === null) {
        ctx.addIssue({ code: "custom", message: `a ${r.kind} rule needs month and day` });
      } else if (r.day > DAYS_IN_MONTH[r.month - 1]!) {
        // 29 February is refused too: the rule must give a date in every year.
        ctx.addIssue({
          code: "custom",
          message: `day ${r.day} does not exist in month ${r.month} every year`,
        });
      }
    } else if (r.month !== null || r.day !== null) {
      ctx.addIssue({ code: "custom", message: `a ${r.kind} rule has no month/day` });
    }
    if (r.kind === "recurring" && r.cadence === null) {
      ctx.addIssue({ code: "custom", message: "a recurring rule needs a cadence" });
    }
  });
export type DeadlineRule = z.infer<typeof DeadlineRuleSchema>;

export const TermSchema = z.object({
  /** A Russian word or phrase; a phrase matches when all its words occur (stemmed) in the text. */
  term: z.string().min(1),
  synonyms: z.array(z.string().min(1)).default([]),
  weight: z.number().positive().max(10),
});
export type Term = z.infer<typeof TermSchema>;

export const SourceSchema = z.object({
  /** The documents the item was reconstructed from, as a reviewer would cite them. */
  document: z.string().min(1),
  /** Seed files (shared/seeds) it appears in. */
  seeds: z.array(z.string()).default([]),
});

/** When an item applies: today only the funding basis («the agreement in «Электронный бюджет» only under a federal subsidy»). */
export const AppliesWhenSchema = z.object({
  /** The bases under which the item is part of the form; under any other known basis it is not required. */
  funding: z.array(z.enum(FUNDING_BASES)).min(1),
  /** Where the condition comes from, as a reviewer would cite it. */
  source: z.string().min(1),
  /** How sure it is that the item exists only under these bases (separately from the item's presence). */
  confidence: ConfidenceSchema,
  note: BilingualSchema.nullable().default(null),
});
export type AppliesWhen = z.infer<typeof AppliesWhenSchema>;

export const TemplateItemSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "ids are lower-case latin, digits and dashes"),
  number: z.string().min(1),
  /** Number of the «Направление» (unified plan) the item is, else null. */
  section: z.string().nullable().default(null),
  /** Items of one group are written as one row with numbered sub-items («Утверждены: 1) …; 2) …»). */
  group: z.string().nullable().default(null),
  /** True for a direction of the unified plan: any number of measures may belong to it. */
  multiple: z.boolean().default(false),
  title: BilingualSchema,
  /** The Russian wording written into a new roadmap. */
  text: z.string().min(1),
  terms: z.array(TermSchema).min(1),
  /**
   * Phrases that name the item only where no row names it in the form's words, every word present («план работы
   * центра учебный год»: a school's own plan has its share of the region's complex plan, not the plan itself).
   */
  standIns: z.array(z.string().min(1)).default([]),
  /** Matched weight a text needs to count as this item; the edition's default when absent. */
  minScore: z.number().positive().nullable().default(null),
  responsible: BilingualSchema,
  /** The expected result document; null when the form has no result column for it. */
  result: BilingualSchema.nullable().default(null),
  deadline: DeadlineRuleSchema,
  source: SourceSchema,
  /** How sure it is that the federal form has this item at all. */
  confidence: ConfidenceSchema,
  note: BilingualSchema.nullable().default(null),
  /** The condition under which the item applies; null: always. */
  appliesWhen: AppliesWhenSchema.nullable().default(null),
});
export type TemplateItem = z.infer<typeof TemplateItemSchema>;

const MonthDaySchema = z.object({
  month: z.number().int().min(1).max(12),
  day: z.number().int().min(1).max(31),
  yearOffset: z.number().int().min(-3).max(3),
});

export const EditionSchema = z
  .object({
    schemaVersion: z.literal(1),
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
    programme: z.enum(PROGRAMME_IDS),
    /** First target year the edition applies to (roadmaps «на {generation} год» and later, until a newer one). */
    generation: z.number().int().min(2000).max(2100),
    title: BilingualSchema,
    /** Title line of a roadmap instantiated from the edition; {Y}, {Y-1}, {Y+1} are replaced by years. */
    sheetTitle: z.string().min(1),
    /** Federal documents the edition rests on, as cited by the sources. */
    basis: z.array(z.string()),
    confidence: ConfidenceSchema,
    /** Caveats shown to the planner with every report that uses the edition. */
    notes: z.array(BilingualSchema),
    kind: z.enum(["items", "directions"]).default("items"),
    /** Years Y+from … Y+to that deadlines of a roadmap for year Y may fall in. */
    window: z.tuple([z.number().int(), z.number().int()]).default([-1, 0]),
    /** Default matched weight for an item. */
    minScore: z.number().positive().default(3),
    groups: z.array(z.object({ id: z.string(), lead: z.string() })).default([]),
    /** Period written for measures whose item sets no deadline (directions), when a roadmap is instantiated. */
    measurePeriod: z.object({ start: MonthDaySchema, end: MonthDaySchema }).nullable().default(null),
    /** Set for planner-supplied templates: where it came from (file or sheet). */
    origin: z.enum(["built-in", "planner"]).default("built-in"),
    /** The funding basis of the roadmaps this template is for, when the planner's template sets it. */
    funding: z.enum(FUNDING_BASES).nullable().default(null),
    /** Set when the programme has moved on (ЦОС to Минцифры): why the edition is kept only as a historical form. */
    historical: BilingualSchema.nullable().default(null),
    items: z.array(TemplateItemSchema).min(1),
  })
  .superRefine((e, ctx) => {
    const ids = new Set<string>();
    for (const it of e.items) {
      if (ids.has(it.id)) ctx.addIssue({ code: "custom", message: `duplicate item id ${it.id}` });
      ids.add(it.id);
      if (it.group !== null && !e.groups.some((g) => g.id === it.group)) {
        ctx.addIssue({ code: "custom", message: `item ${it.id}: unknown group ${it.group}` });
      }
      if (e.kind === "directions" && (it.section === null || !it.multiple)) {
        ctx.addIssue({
          code: "custom",
          message: `item ${it.id}: a direction needs a section and multiple=true`,
        });
      }
    }
    if (e.window[0] > e.window[1]) ctx.addIssue({ code: "custom", message: "window: from > to" });
  });
export type Edition = z.infer<typeof EditionSchema>;
export type EditionInput = z.input<typeof EditionSchema>;

export interface EditionSummary {
  id: string;
  programme: ProgrammeId;
  generation: number;
  title: Bilingual;
  confidence: Confidence;
  itemCount: number;
  origin: "built-in" | "planner";
  /** Why the edition is historical (its programme moved on), or null. */
  historical: Bilingual | null;
  funding: KnownFunding | null;
  /** templateHash() of the edition's data. */
  templateHash: string;
}

export function summarize(e: Edition): EditionSummary {
  return {
    id: e.id,
    programme: e.programme,
    generation: e.generation,
    title: e.title,
    confidence: e.confidence,
    itemCount: e.items.length,
    origin: e.origin,
    historical: e.historical,
    funding: e.funding,
    templateHash: templateHash(e),
  };
}
