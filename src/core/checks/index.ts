import type { IsoDate } from "../deadlines/types";
import { fundingReason, type KnownFunding } from "../funding";
import { SEVERITY } from "../codes";
import { NOTES } from "../findings/messages";
import type { Bilingual } from "../lang";
import { PROGRAMME_SHORT } from "../programmes";
import type { Roadmap } from "../reader/types";
import {
  countFindings,
  SEVERITY_ORDER,
  verdictOf,
  type Finding,
  type FindingCode,
  type ItemMatch,
  type RoadmapReport,
} from "../report";
import { templateHash } from "../templates/hash";
import type { Edition } from "../templates/schema";
import { words } from "../match/normalize";
import { buildContext, memoised, type CheckContext, type Placed } from "./context";
import type { NameOccurrence } from "./names";
import { RULES } from "./rules";
import { noTemplateReason } from "./rules/no-template";

export { SEVERITY };

export interface CheckOptions {
  targetYear: number | null;
  checkDate: IsoDate;
  disabled?: readonly FindingCode[];
  /** Names written on the sheet outside the table (approval and sign-off blocks), for name-variant notes. */
  sheetNames?: readonly NameOccurrence[];
  /** The planner's funding basis (pane or --funding); wins over the template's and the sheet's words. */
  funding?: KnownFunding | null;
}

/** The caveats a planner must read with the findings: the template's own, an older generation, an unknown year. */
function notesOf(ctx: CheckContext): Bilingual[] {
  const { edition, year } = ctx;
  if (!edition) return [noTemplateReason(ctx.roadmap.programme.value, year)];
  const notes = [...edition.notes];
  // The programme moved on after 2024 (ЦОС to Минцифры): a 2024 roadmap was checked against its own current form.
  if (edition.historical && (year === null || year >= FIRST_YEAR_WITHOUT_FORMS))
    notes.push(edition.historical);
  // From 2025 no federal form is known for any programme: say so rather than «a newer form was not found».
  if (year !== null && year > edition.generation)
    notes.push(
      year >= FIRST_YEAR_WITHOUT_FORMS
        ? NOTES.noFederalForm({ generation: edition.generation, year })
        : NOTES.olderGeneration({ generation: edition.generation, year }),
    );
  if (year === null) notes.push(NOTES.yearUnknown());
  // Only when the year checked is the reader's: a year the planner set is not the deadlines' guess.
  const stale = ctx.roadmap.staleTitleYear;
  if (stale !== undefined && year !== null && year === ctx.roadmap.year.value)
    notes.push(NOTES.staleTitleYear({ titleYear: stale, year }));
  notes.push(...fundingNotes(ctx));
  return notes;
}

/** НП «Образование» ended in 2024; no federal roadmap form for 2025 or later was found (federal-forms-2025-2027.md §0). */
export const FIRST_YEAR_WITHOUT_FORMS = 2025;

/** What the funding basis changed: the items left out and why, or that the basis is unknown and all were applied. */
function fundingNotes(ctx: CheckContext): Bilingual[] {
  const conditional = (ctx.edition?.items ?? []).filter((it) => it.appliesWhen !== null);
  if (conditional.length === 0) return [];
  if (ctx.funding.basis === "unknown")
    return [NOTES.fundingUnknown({ items: conditional.map((it) => it.title) })];
  const left = conditional.filter((it) => ctx.notApplied.has(it.id));
  if (left.length === 0) return [];
  return [
    NOTES.fundingNotApplied({
      items: left.map((it) => it.title),
      reason: fundingReason(ctx.funding),
      unsure: left.filter((it) => it.appliesWhen!.confidence === "unknown").map((it) => it.title),
    }),
  ];
}

/** Every rule's findings, without the turned-off codes, in sheet order (then severity, then the rules' order). */
function runRules(ctx: CheckContext, disabled: ReadonlySet<FindingCode>): Finding[] {
  const placed: Placed[] = [];
  for (const rule of RULES) {
    if ((Object.keys(rule.codes) as FindingCode[]).every((c) => disabled.has(c))) continue;
    for (const p of rule.check(ctx)) if (!disabled.has(p.finding.code)) placed.push(p);
  }
  // Array.prototype.sort is stable: equal places keep the rules' order.
  placed.sort(
    (a, b) => a.at - b.at || SEVERITY_ORDER[a.finding.severity] - SEVERITY_ORDER[b.finding.severity],
  );
  return placed.map((p) => p.finding);
}

/** Checks one roadmap: builds the context (deadlines read, rows matched to the edition) and runs every rule on it. */
export function checkRoadmap(roadmap: Roadmap, edition: Edition | null, opts: CheckOptions): RoadmapReport {
  const ctx = buildContext(roadmap, edition, opts);
  const findings = withMeasureText(roadmap, runRules(ctx, new Set(opts.disabled ?? [])));
  const { counts, byCode } = countFindings(findings);
  const matches: ItemMatch[] = (ctx.match?.coverage ?? []).map((c) => {
    const row = roadmap.rows[c.rowPos]!;
    return { itemId: c.itemId, rowIndex: row.index, address: row.address, score: c.score, terms: c.terms };
  });
  const programme = roadmap.programme.value;
  return {
    roadmapId: roadmap.id,
    sheet: roadmap.sheetName,
    title: roadmap.title || (programme !== "unknown" ? PROGRAMME_SHORT[programme].ru : roadmap.sheetName),
    layout: roadmap.layout,
    programme: edition ? edition.programme : programme,
    editionId: edition?.id ?? null,
    editionTitle: edition?.title ?? null,
    editionConfidence: edition?.confidence ?? null,
    editionGeneration: edition?.generation ?? null,
    templateHash: edition ? templateHash(edition) : null,
    targetYear: opts.targetYear,
    checkDate: opts.checkDate,
    rowsRead: roadmap.rows.length,
    matches,
    findings,
    counts,
    byCode,
    verdict: verdictOf(counts),
    notes: notesOf(ctx),
    funding: {
      ...ctx.funding,
      reason: fundingReason(ctx.funding),
      notApplied: (edition?.items ?? [])
        .filter((it) => ctx.notApplied.has(it.id))
        .map((it) => ({ itemId: it.id, title: it.title, confidence: it.appliesWhen!.confidence })),
    },
    organisation: roadmap.organisation ?? null,
  };
}

/** Gives each finding without a template item its row's normalised measure text, which keys an acceptance of it. */
function withMeasureText(roadmap: Roadmap, findings: Finding[]): Finding[] {
  // Kept: without this memo bench-ab --same-process measured CPU +20.5 % at 1,000 rows and +68.3 % at 10,000 (load 7).
  const memo = new Map<string, string | null>();
  // The findings are this check's own objects: set in place rather than copied (10,000-row sheets).
  for (const f of findings) {
    const text =
      f.itemId === null && f.rowIndex !== null ? roadmap.rows[f.rowIndex]?.fields.title?.text : undefined;
    f.measureText = text === undefined ? null : memoised(memo, text, (t) => words(t).join(" ") || null);
  }
  return findings;
}
