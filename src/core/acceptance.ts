import { z } from "zod";
import type { Bilingual, Lang } from "./lang";
import { CATALOGUE } from "./findings/catalogue";
import { FINDING_CODES, type FindingCode } from "./codes";
import { normalizeWord } from "./match/normalize";
import {
  countFindings,
  verdictOf,
  type AcceptedFinding,
  type Finding,
  type RoadmapReport,
  type StaleAcceptance,
} from "./report";
import { type Acceptance, type MarkState, AcceptanceRecord, textHash } from "./store/format";

/**
 * Accepted deviations (issue 16): a planner accepts a finding with a reason, and the verdict counts it apart.
 * An acceptance is keyed by the roadmap (programme, year, organisation), the finding code and the template item (or,
 * where the finding has none, the normalised measure text) — never by a sheet or a cell, so renaming the sheet or
 * inserting rows keeps it. The add-in, the «Проверка» sheet and the CLI all decide through this file.
 */

export interface AcceptanceKey {
  programme: string;
  year: number | null;
  org: string | null;
  code: string;
  item: string;
}

const KeyTuple = z.tuple([
  z.string(),
  z.number().int().nullable(),
  z.string().nullable(),
  z.string(),
  z.string(),
]);

/** The key as one string (also written in the «Ключ» column of the report sheet). */
export function acceptanceKey(k: AcceptanceKey): string {
  return JSON.stringify([k.programme, k.year, k.org, k.code, k.item]);
}

export function parseAcceptanceKey(text: string): AcceptanceKey | null {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  const t = KeyTuple.safeParse(raw);
  if (!t.success) return null;
  const [programme, year, org, code, item] = t.data;
  return { programme, year, org, code, item };
}

function normOrg(org: string | null | undefined): string | null {
  if (!org) return null;
  // Not words(): its matching drops numbers, and «СОШ № 1» and «СОШ № 2» are different schools.
  const tokens = [...org.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => normalizeWord(m[0]));
  return tokens.join(" ") || null;
}

function roadmapPart(report: RoadmapReport): string {
  return JSON.stringify([report.programme, report.targetYear, normOrg(report.organisation)]);
}

function roadmapPartOf(a: AcceptanceKey): string {
  return JSON.stringify([a.programme, a.year, a.org]);
}

export function findingKey(report: RoadmapReport, f: Finding): AcceptanceKey {
  const item = f.itemId !== null ? `item:${f.itemId}` : f.measureText ? `text:${f.measureText}` : "";
  return {
    programme: report.programme,
    year: report.targetYear,
    org: normOrg(report.organisation),
    code: f.code,
    item,
  };
}

export interface AcceptInput {
  reason: string;
  by: string;
  /** ISO 8601 time. */
  at: string;
}

/** The store record for accepting `f`; throws when the reason is blank (a reason is required). */
export function acceptFinding(report: RoadmapReport, f: Finding, input: AcceptInput, lang: Lang): Acceptance {
  return AcceptanceRecord.parse({
    t: "a",
    ...findingKey(report, f),
    reason: input.reason.trim(),
    by: input.by.trim(),
    at: input.at,
    label: f.message[lang],
    labels: f.message,
    about: aboutOf(f),
  });
}

function aboutOf(f: Pick<Finding, "itemTitle" | "measureText">): Bilingual | undefined {
  if (f.itemTitle) return f.itemTitle;
  return f.measureText ? { ru: f.measureText, en: f.measureText } : undefined;
}

/**
 * What a stale acceptance shows: its recorded words, in both languages where they were kept; an acceptance kept with
 * no words (an older or hand-made record) is named from its key — the code's name and the item or measure text.
 */
export function staleOf(key: string, a: Acceptance): StaleAcceptance {
  const about =
    a.about ?? (a.item.startsWith("text:") ? { ru: a.item.slice(5), en: a.item.slice(5) } : undefined);
  const labels = a.labels ?? (a.label.trim() ? { ru: a.label, en: a.label } : fromKey(a, about));
  const label = a.label.trim() ? a.label : labels.ru;
  const out: StaleAcceptance = { key, code: a.code, label, labels, reason: a.reason, by: a.by, at: a.at };
  if (about) out.about = about;
  return out;
}

function fromKey(a: Acceptance, about: Bilingual | undefined): Bilingual {
  const known = (FINDING_CODES as readonly string[]).includes(a.code);
  const name = known ? CATALOGUE[a.code as FindingCode].label : { ru: a.code, en: a.code };
  const what =
    about ??
    (a.item.startsWith("item:")
      ? { ru: `пункт шаблона ${a.item.slice(5)}`, en: `template item ${a.item.slice(5)}` }
      : null);
  return what ? { ru: `${name.ru}: ${what.ru}`, en: `${name.en}: ${what.en}` } : { ru: name.ru, en: name.en };
}

/**
 * Applies the acceptances to the checks' reports (as checkSheet made them): accepted findings leave `findings`, the
 * counts and the verdict for `accepted`; an acceptance of a roadmap checked here whose finding is gone is stale.
 */
export function applyAcceptances<R extends RoadmapReport>(
  reports: readonly R[],
  acceptances: readonly Acceptance[],
): R[] {
  const byKey = new Map<string, Acceptance>();
  for (const a of acceptances) if (!byKey.has(acceptanceKey(a))) byKey.set(acceptanceKey(a), a);
  const used = new Set<string>();
  const out = reports.map((report) => {
    const findings: Finding[] = [];
    const accepted: AcceptedFinding[] = [];
    for (const f of report.findings) {
      const key = acceptanceKey(findingKey(report, f));
      const a = byKey.get(key);
      if (!a) findings.push(f);
      else {
        used.add(key);
        accepted.push({ finding: f, key, reason: a.reason, by: a.by, at: a.at });
      }
    }
    const { counts, byCode } = countFindings(findings);
    return {
      ...report,
      findings,
      counts,
      byCode,
      verdict: verdictOf(counts),
      accepted,
      staleAcceptances: [],
    };
  });
  // Stale only where this check saw the roadmap: acceptances of other sheets' roadmaps are not judged.
  const firstOf = new Map<string, R>();
  for (const r of out) if (!firstOf.has(roadmapPart(r))) firstOf.set(roadmapPart(r), r);
  for (const [key, a] of byKey) {
    if (used.has(key)) continue;
    const r = firstOf.get(roadmapPartOf(a));
    if (r) r.staleAcceptances!.push(staleOf(key, a));
  }
  return out;
}

/** Removes the acceptances with these keys (the pane's «Отменить»). */
export function withoutAcceptances(
  acceptances: readonly Acceptance[],
  keys: readonly string[],
): Acceptance[] {
  const drop = new Set(keys);
  return acceptances.filter((a) => !drop.has(acceptanceKey(a)));
}

/** Adds acceptances, a new one replacing an earlier one of the same key. */
export function withAcceptances(
  acceptances: readonly Acceptance[],
  added: readonly Acceptance[],
): Acceptance[] {
  const keys = new Set(added.map(acceptanceKey));
  return [...acceptances.filter((a) => !keys.has(acceptanceKey(a))), ...added];
}

// ------------------------------------------------------------------ the verdict, in words

const ruPlural = new Intl.PluralRules("ru");
const ACCEPTED_RU = ["принятое отклонение", "принятых отклонения", "принятых отклонений"] as const;

export function acceptedCountText(n: number, lang: Lang): string {
  if (lang === "en") return `${n} accepted deviation${n === 1 ? "" : "s"}`;
  const cat = ruPlural.select(n);
  return `${n} ${ACCEPTED_RU[cat === "one" ? 0 : cat === "few" ? 1 : 2]}`;
}

/** «готово к отправке, 2 принятых отклонения» / "ready to send, 2 accepted deviations"; «есть ошибки» otherwise. */
export function verdictText(report: Pick<RoadmapReport, "verdict" | "accepted">, lang: Lang): string {
  const base =
    report.verdict === "ready"
      ? lang === "ru"
        ? "готово к отправке"
        : "ready to send"
      : lang === "ru"
        ? "есть ошибки"
        : "has errors";
  const n = report.accepted?.length ?? 0;
  return n > 0 ? `${base}, ${acceptedCountText(n, lang)}` : base;
}

// ------------------------------------------------------------------ reasons typed on the «Проверка» sheet

export const ACCEPTED_TITLE = { ru: "Принятые отклонения", en: "Accepted deviations" } as const;
export const STALE_TITLE = {
  ru: "Устаревшие принятия (отклонение больше не найдено)",
  en: "Stale acceptances (the deviation is no longer found)",
} as const;

/** Header texts of the report sheet's acceptance columns, in both languages (the sheet may be in the other one). */
export const REASON_HEADER = { ru: "Причина принятия", en: "Reason for accepting" } as const;
export const KEY_HEADER = { ru: "Ключ (не менять)", en: "Key (do not edit)" } as const;

export interface TypedReason {
  key: string;
  reason: string;
  /** The row's message, kept as the acceptance's label. */
  label: string;
  /** The row's template item title (the sheet's language), kept as what it was about. */
  about: string;
}

/** Whether `values` (a sheet's used range from A1) start with the header row the store recorded for its report. */
export function isStoredReport(
  values: readonly (readonly unknown[])[],
  report: NonNullable<MarkState["report"]>,
): boolean {
  const header = values[0];
  if (!header) return false;
  const head = Array.from({ length: report.columns }, (_, i) => String(header[i] ?? ""));
  return textHash(head.join("\t")) === report.header;
}

/**
 * The reasons a planner typed in the report sheet, when `values` (its used range from A1) is the add-in's own report
 * as the store recorded it (name found by the caller, header hash checked here). Rows without a key are not findings.
 */
export function typedReasons(
  values: readonly (readonly unknown[])[],
  report: MarkState["report"],
): TypedReason[] {
  if (!report || !isStoredReport(values, report)) return [];
  const head = Array.from({ length: report.columns }, (_, i) => String(values[0]![i] ?? ""));
  const find = (h: { ru: string; en: string }) => head.findIndex((x) => x === h.ru || x === h.en);
  const rc = find(REASON_HEADER);
  const kc = find(KEY_HEADER);
  if (rc < 0 || kc < 0) return [];
  const out: TypedReason[] = [];
  for (const row of values.slice(1)) {
    const reason = String(row[rc] ?? "").trim();
    const key = String(row[kc] ?? "").trim();
    if (!reason || !key || !parseAcceptanceKey(key)) continue;
    out.push({
      key,
      reason,
      label: String(row[MESSAGE_COLUMN] ?? ""),
      about: String(row[ITEM_COLUMN] ?? ""),
    });
  }
  return out;
}

/** Columns of the message and of the template item on the report sheet (see marks.ts HEADER). */
export const MESSAGE_COLUMN = 3;
export const ITEM_COLUMN = 4;

/**
 * The store's acceptances plus those typed on the sheet. The store is authoritative: a key it already holds keeps
 * its reason; a typed one becomes an acceptance by `by` at `at`.
 */
export function collectTyped(
  acceptances: readonly Acceptance[],
  typed: readonly TypedReason[],
  by: string,
  at: string,
): Acceptance[] {
  const have = new Set(acceptances.map(acceptanceKey));
  const out = [...acceptances];
  for (const t of typed) {
    if (have.has(t.key)) continue;
    const k = parseAcceptanceKey(t.key)!;
    const a = AcceptanceRecord.safeParse({
      t: "a",
      ...k,
      reason: t.reason,
      by: by.trim(),
      at,
      label: t.label,
      ...(t.about.trim() ? { about: { ru: t.about, en: t.about } } : {}),
    });
    if (!a.success) continue;
    have.add(t.key);
    out.push(a.data);
  }
  return out;
}

export type { AcceptedFinding, StaleAcceptance };
