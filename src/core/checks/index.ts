import type { IsoDate } from "../deadlines/types";
import { SEVERITY } from "../findings/catalogue";
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
import { noTemplateReason } from "../templates/library";
import type { Edition } from "../templates/schema";
import { words } from "../match/normalize";
import { buildContext, memoised, type CheckContext, type Placed } from "./context";
import type { NameOccurrence } from "./names";
import { RULES } from "./rules";

export { SEVERITY };

export interface CheckOptions {
  targetYear: number | null;
  checkDate: IsoDate;
  disabled?: readonly FindingCode[];
  /** Names written on the sheet outside the table (approval and sign-off blocks), for name-variant notes. */
  sheetNames?: readonly NameOccurrence[];
}

/** The caveats a planner must read with the findings: the template's own, an older generation, an unknown year. */
function notesOf(ctx: CheckContext): Bilingual[] {
  const { edition, year } = ctx;
  if (!edition) return [noTemplateReason(ctx.roadmap.programme.value, year)];
  const notes = [...edition.notes];
  if (year !== null && year > edition.generation)
    notes.push(NOTES.olderGeneration({ generation: edition.generation, year }));
  if (year === null) notes.push(NOTES.yearUnknown());
  return notes;
}

/** Every rule's findings, without the turned-off codes, in sheet order (then severity, then the rules' order). */
function runRules(ctx: CheckContext, disabled: ReadonlySet<FindingCode>): Finding[] {
  const placed: Placed[] = [];
  for (const rule of RULES) {
    if (rule.codes.every((c) => disabled.has(c))) continue;
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
    targetYear: opts.targetYear,
    checkDate: opts.checkDate,
    rowsRead: roadmap.rows.length,
    matches,
    findings,
    counts,
    byCode,
    verdict: verdictOf(counts),
    notes: notesOf(ctx),
    organisation: roadmap.organisation ?? null,
  };
}

/** Gives each finding without a template item its row's normalised measure text, which keys an acceptance of it. */
function withMeasureText(roadmap: Roadmap, findings: Finding[]): Finding[] {
  const memo = new Map<string, string | null>();
  // The findings are this check's own objects: set in place rather than copied (10,000-row sheets).
  for (const f of findings) {
    const text =
      f.itemId === null && f.rowIndex !== null ? roadmap.rows[f.rowIndex]?.fields.title?.text : undefined;
    f.measureText = text === undefined ? null : memoised(memo, text, (t) => words(t).join(" ") || null);
  }
  return findings;
}
