import { z } from "zod";
import { FINDING_CODES, SEVERITIES } from "./codes";
import { FUNDING_BASES } from "./funding";

/** The report the checks produce: the one schema the pane, the «Проверка» sheet and `roadmap-check --json` share. */

export { FINDING_CODES, SEVERITIES, SEVERITY_ORDER } from "./codes";
export type { FindingCode, Severity } from "./codes";

export const SeveritySchema = z.enum(SEVERITIES);
export const FindingCodeSchema = z.enum(FINDING_CODES);

export const BilingualSchema = z.object({ ru: z.string(), en: z.string() });

export const ConfidenceSchema = z.enum(["confirmed", "reconstructed", "unknown"]);
export type Confidence = z.infer<typeof ConfidenceSchema>;

export const FindingSchema = z.object({
  code: FindingCodeSchema,
  severity: SeveritySchema,
  sheet: z.string(),
  /** A1 cell (no sheet name) the finding is about; for a missing item, where it belongs (or null). */
  address: z.string().nullable(),
  /** True when `address` is the cell itself; false when it only says where a missing item belongs. */
  marksCell: z.boolean(),
  rowIndex: z.number().int().nullable(),
  itemId: z.string().nullable(),
  itemTitle: BilingualSchema.nullable(),
  message: BilingualSchema,
  /** What the template expects, e.g. «не позднее 1 марта 2027 года» (already in the report's language pair). */
  expected: BilingualSchema.nullable(),
  /** What the sheet says, e.g. the cell's deadline text. */
  actual: z.string().nullable(),
  rule: z.object({ source: z.string(), confidence: ConfidenceSchema }).nullable(),
  match: z.object({ score: z.number(), terms: z.array(z.string()) }).nullable(),
  /** The row's measure text normalised (src/core/match), set when itemId is null: it keys an acceptance then. */
  measureText: z.string().nullable().optional(),
});
export type Finding = z.infer<typeof FindingSchema>;

export const CountsSchema = z.object({
  error: z.number().int(),
  warning: z.number().int(),
  info: z.number().int(),
});
export type Counts = z.infer<typeof CountsSchema>;

export const VerdictSchema = z.enum(["ready", "has-errors"]);
export type Verdict = z.infer<typeof VerdictSchema>;

export const ItemMatchSchema = z.object({
  itemId: z.string(),
  rowIndex: z.number().int(),
  address: z.string(),
  score: z.number(),
  terms: z.array(z.string()),
});
export type ItemMatch = z.infer<typeof ItemMatchSchema>;

export const FundingReportSchema = z.object({
  basis: z.enum([...FUNDING_BASES, "unknown"]),
  /** Where it came from: the sheet's words, the planner (pane or --funding), the template, or nowhere. */
  source: z.enum(["sheet", "planner", "template", "none"]),
  /** The words on the sheet that decided it, and their cell (A1, no sheet name); null unless source is "sheet". */
  words: z.string().nullable(),
  address: z.string().nullable(),
  /** The reason in one sentence, as the notes and the pane show it. */
  reason: BilingualSchema,
  /** Template items that do not apply under this basis (not required, not reported missing). */
  notApplied: z.array(z.object({ itemId: z.string(), title: BilingualSchema, confidence: ConfidenceSchema })),
});
export type FundingReport = z.infer<typeof FundingReportSchema>;
/** A finding the planner accepted as a deliberate deviation (src/core/acceptance.ts): it no longer counts. */
export const AcceptedFindingSchema = z.object({
  finding: FindingSchema,
  /** The acceptance's key: roadmap, code and item, never a cell (see acceptanceKey). */
  key: z.string(),
  reason: z.string(),
  by: z.string(),
  at: z.string(),
});
export type AcceptedFinding = z.infer<typeof AcceptedFindingSchema>;

/** An acceptance of this roadmap whose finding is no longer found (fixed, or the item renamed). */
export const StaleAcceptanceSchema = z.object({
  key: z.string(),
  code: z.string(),
  /** What was accepted, as the report worded it then (never empty: derived from the key when nothing was kept). */
  label: z.string(),
  /** The same in both languages, where known (the pane and the report sheet show their own language). */
  labels: BilingualSchema.optional(),
  /** The template item's title or the row's measure text it was about, where known. */
  about: BilingualSchema.optional(),
  reason: z.string(),
  by: z.string(),
  at: z.string(),
});
export type StaleAcceptance = z.infer<typeof StaleAcceptanceSchema>;

export const RoadmapReportSchema = z.object({
  roadmapId: z.string(),
  sheet: z.string(),
  title: z.string(),
  layout: z.enum(["table", "matrix", "sectioned", "cards"]),
  programme: z.string(),
  editionId: z.string().nullable(),
  editionTitle: BilingualSchema.nullable(),
  editionConfidence: ConfidenceSchema.nullable(),
  /** The edition's generation (first target year it applies to); null when no edition judged the roadmap. */
  editionGeneration: z.number().int().nullable(),
  /** Short hash of the template data used (templateHash): equal hashes mean the same form, built-in or loaded. */
  templateHash: z.string().nullable(),
  targetYear: z.number().int().nullable(),
  checkDate: z.string(),
  rowsRead: z.number().int(),
  matches: z.array(ItemMatchSchema),
  findings: z.array(FindingSchema),
  counts: CountsSchema,
  byCode: z.record(z.string(), z.number().int()),
  verdict: VerdictSchema,
  /** Caveats the planner must see (template reconstructed from regional acts, no template for IT-куб…). */
  notes: z.array(BilingualSchema),
  /** The funding basis the items were chosen by (checkRoadmap always sets it; absent in reports of older versions). */
  funding: FundingReportSchema.optional(),
  /** The school or municipality when the sheet repeats the items per organisation (part of the acceptance key). */
  organisation: z.string().nullable().optional(),
  /** Findings accepted with a reason: out of `findings`, `counts` and the verdict. Set once acceptances are applied. */
  accepted: z.array(AcceptedFindingSchema).optional(),
  /** Acceptances for this roadmap whose finding has disappeared. */
  staleAcceptances: z.array(StaleAcceptanceSchema).optional(),
});
export type RoadmapReport = z.infer<typeof RoadmapReportSchema>;

export function countFindings(findings: readonly Finding[]): {
  counts: Counts;
  byCode: Record<string, number>;
} {
  const counts: Counts = { error: 0, warning: 0, info: 0 };
  const byCode: Record<string, number> = {};
  for (const f of findings) {
    counts[f.severity] += 1;
    byCode[f.code] = (byCode[f.code] ?? 0) + 1;
  }
  return { counts, byCode };
}

/** Ready to send means no errors; warnings and notes do not block. */
export function verdictOf(counts: Counts): Verdict {
  return counts.error > 0 ? "has-errors" : "ready";
}
