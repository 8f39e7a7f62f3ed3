import { formatDeadline, isoDate, unsupportedYear } from "../deadlines";
import type { Deadline, IsoDate } from "../deadlines/types";
import type { Bilingual, Lang } from "../lang";
import { PROGRAMME_SHORT } from "../programmes";
import { blankDeadline } from "../deadlines";
import { isDated, ruleDeadline, ruleDue } from "./rules";
import type { Edition, RuleKind, TemplateItem } from "./schema";
import { buildTemplateSheet, type TemplateSheetPlan } from "./sheet";
import type { TemplateRow } from "./types";

export interface InstantiateOptions {
  /** Written into every row's «Ответственный» cell instead of the template's role. */
  responsible?: string;
}

/** «… на {Y} год» with the year filled in. */
export function editionSheetTitle(edition: Edition, year: number): string {
  return edition.sheetTitle
    .replace(/\{Y-1\}/g, String(year - 1))
    .replace(/\{Y\+1\}/g, String(year + 1))
    .replace(/\{Y\}/g, String(year));
}

function measurePeriodDeadline(edition: Edition, year: number): Deadline | null {
  const p = edition.measurePeriod;
  if (!p) return null;
  return {
    ...blankDeadline("period"),
    start: isoDate(year + p.start.yearOffset, p.start.month, p.start.day),
    due: isoDate(year + p.end.yearOffset, p.end.month, p.end.day),
  };
}

function deadlineFor(
  edition: Edition,
  item: TemplateItem,
  year: number,
): { text: string; due: IsoDate | null; kind: RuleKind | "period" } {
  if (item.deadline.kind === "none") {
    const d = measurePeriodDeadline(edition, year);
    return d
      ? { text: formatDeadline(d, "ru"), due: d.due, kind: "period" }
      : { text: item.deadline.text ?? "", due: null, kind: "none" };
  }
  return {
    text: formatDeadline(ruleDeadline(item.deadline, year), "ru"),
    due: ruleDue(item.deadline, year),
    kind: item.deadline.kind,
  };
}

/**
 * Why a roadmap for `year` cannot be written from the edition: the year itself, or a deadline the form puts in an
 * earlier or later year (Y−1 for a 2000 roadmap), lies outside the supported years. Null when it can.
 */
export function templateYearProblem(edition: Edition, year: number): Bilingual | null {
  const own = unsupportedYear(year);
  if (own) return own;
  const offsets = edition.items.filter((it) => isDated(it.deadline)).map((it) => it.deadline.yearOffset);
  if (edition.measurePeriod)
    offsets.push(edition.measurePeriod.start.yearOffset, edition.measurePeriod.end.yearOffset);
  for (const off of offsets) {
    const why = unsupportedYear(year + off);
    if (why)
      return {
        ru: `в дорожной карте на ${year} год были бы сроки ${year + off} года: ${why.ru}`,
        en: `a roadmap for ${year} would have deadlines in ${year + off}: ${why.en}`,
      };
  }
  return null;
}

/**
 * The rows of a new roadmap for `year`, in the form's order. Throws RangeError (templateYearProblem's reason)
 * for a year it cannot be written for. The body is Russian whatever the interface language:
 * the roadmap is an official document sent to the Ministry.
 */
export function instantiateTemplate(
  edition: Edition,
  year: number,
  opts: InstantiateOptions = {},
): TemplateRow[] {
  const problem = templateYearProblem(edition, year);
  if (problem) throw new RangeError(problem.en);
  const rows: TemplateRow[] = [];
  const items = edition.items;
  let n = 0;
  for (let i = 0; i < items.length;) {
    const item = items[i]!;
    // Consecutive items of one group are one row: «Утверждены: 1) …; 2) …».
    let j = i + 1;
    if (item.group !== null) while (j < items.length && items[j]!.group === item.group) j++;
    const block = items.slice(i, j);
    i = j;
    n += 1;

    const lead = item.group !== null ? (edition.groups.find((g) => g.id === item.group)?.lead ?? "") : "";
    const title =
      block.length === 1 && lead === ""
        ? item.text
        : `${lead} ${block.map((b, k) => `${k + 1}) ${b.text}`).join("; ")}`.trim();
    // The block's deadline is its strictest item's.
    const dated = block
      .map((b) => ({ b, d: deadlineFor(edition, b, year) }))
      .sort((x, y) => (x.d.due ?? "9999").localeCompare(y.d.due ?? "9999"));
    const first = dated[0]!;
    const section = item.section;
    rows.push({
      itemId: item.id,
      number: edition.kind === "directions" && section !== null ? `${section}.1` : String(n),
      section,
      title,
      responsible: opts.responsible?.trim() || item.responsible.ru,
      result: block.find((b) => b.result !== null)?.result?.ru ?? "",
      deadlineText: first.d.text,
      due: first.d.due,
      deadlineKind: first.d.kind,
    });
  }
  return rows;
}

/** The sheet «Вставить шаблон» and `roadmap-check template` write: rows for the year under the edition's title. */
export function editionSheetPlan(
  edition: Edition,
  year: number,
  lang: Lang,
  opts: InstantiateOptions = {},
): TemplateSheetPlan {
  return buildTemplateSheet(instantiateTemplate(edition, year, opts), {
    year,
    programmeShort: PROGRAMME_SHORT[edition.programme].ru,
    title: editionSheetTitle(edition, year),
    lang,
  });
}
