import { cellAddress, columnNumber } from "../grid";
import { stem, words } from "../match/normalize";
import type { Roadmap, RoadmapRow } from "../reader/types";
import { EXAMPLES_EN, EXAMPLES_RU, ruleFrom } from "./parse-deadline";
import type { TemplateError } from "./parse-errors";
import type { DeadlineRule } from "./schema";

/** A template table's rows → draft items (a row listing «1) …; 2) …» gives one per sub-item), or each bad row's error. */

export interface DraftItem {
  address: string;
  number: string;
  text: string;
  group: string | null;
  responsible: string;
  result: string | null;
  rule: DeadlineRule;
  termText: string;
}

/** The template's required columns that the reader did not find, one error each at the header. */
export function missingColumns(roadmap: Roadmap): TemplateError[] {
  const errors: TemplateError[] = [];
  for (const [key, ru, en] of [
    ["title", "Наименование мероприятия", "Measure"],
    ["deadline", "Срок", "Deadline"],
    ["responsible", "Ответственный", "Responsible"],
  ] as const) {
    if (!roadmap.columns[key]) {
      errors.push({
        address: roadmap.headerAddress,
        message: { ru: `В шаблоне нет столбца «${ru}».`, en: `The template has no «${en}» column.` },
      });
    }
  }
  return errors;
}

/** The part shared by all sub-items before a colon («Утверждены: …»). */
export function commonLead(subs: readonly string[]): string {
  const m = /^([^:]{1,40}):\s*/.exec(subs[0] ?? "");
  if (!m) return "";
  return subs.every((s) => s.startsWith(m[0])) ? m[1]!.trim() + ":" : "";
}

function cellOf(roadmap: Roadmap, row: RoadmapRow, key: "deadline" | "responsible"): string {
  const f = row.fields[key];
  if (f && f.addresses[0]) return f.addresses[0];
  const col = roadmap.columns[key];
  const r = row.sheetRows[0];
  return col && r !== undefined && roadmap.layout !== "matrix"
    ? cellAddress(r, columnNumber(col.column))
    : row.address;
}

/** An empty title, or one that repeats an earlier row's (`titles`: stemmed title → first cell, filled here). */
function titleProblem(
  row: RoadmapRow,
  sheetRow: number,
  title: string,
  titles: Map<string, string>,
): TemplateError | null {
  if (title === "") {
    return {
      address: row.address,
      message: {
        ru: `Строка ${sheetRow}: не указано наименование мероприятия.`,
        en: `Row ${sheetRow}: the measure has no title.`,
      },
    };
  }
  const key = words(title).map(stem).join(" ");
  const first = titles.get(key);
  if (!first) {
    titles.set(key, row.address);
    return null;
  }
  return {
    address: row.address,
    message: {
      ru: `Строка ${sheetRow} повторяет пункт в ячейке ${first}: наименования совпадают.`,
      en: `Row ${sheetRow} repeats the item in cell ${first}: the titles are the same.`,
    },
  };
}

/** The row's deadline as a rule, or the error at its cell (none given, or not relative to Y). */
function rowRule(
  roadmap: Roadmap,
  row: RoadmapRow,
  sheetRow: number,
): { rule: DeadlineRule } | { error: TemplateError } {
  const deadlineCell = cellOf(roadmap, row, "deadline");
  const dl = row.fields.deadline;
  if (!dl || dl.text.trim() === "") {
    return {
      error: {
        address: deadlineCell,
        message: {
          ru: `Строка ${sheetRow}: не указан срок. Запишите его относительно года Y, например: ${EXAMPLES_RU}.`,
          en: `Row ${sheetRow}: no deadline. Write it relative to year Y, e.g. ${EXAMPLES_EN}.`,
        },
      },
    };
  }
  const r = ruleFrom(dl.text, dl.value);
  if (!("error" in r)) return r;
  return {
    error: {
      address: deadlineCell,
      message: { ru: `Строка ${sheetRow}: ${r.error.ru}`, en: `Row ${sheetRow}: ${r.error.en}` },
    },
  };
}

/** A good row's items: one, or one per sub-item (the common lead cut off) sharing the group `row-<number>`. */
function rowItems(
  row: RoadmapRow,
  number: string,
  title: string,
  responsible: string,
  rule: DeadlineRule,
): DraftItem[] {
  const result = row.fields.result?.text.replace(/\s+/g, " ").trim() || null;
  if (row.subItems.length <= 1) {
    return [
      { address: row.address, number, text: title, group: null, responsible, result, rule, termText: title },
    ];
  }
  const lead = commonLead(row.subItems);
  return row.subItems.map((s) => ({
    address: row.address,
    number,
    text: lead ? s.slice(s.indexOf(":") + 1).trim() : s.trim(),
    group: `row-${number}`,
    responsible,
    result,
    rule,
    termText: s,
  }));
}

/** Every row read: the draft items of the good rows, and one error per bad row. */
export function readDrafts(roadmap: Roadmap): { drafts: DraftItem[]; errors: TemplateError[] } {
  const drafts: DraftItem[] = [];
  const errors: TemplateError[] = [];
  const titles = new Map<string, string>();
  roadmap.rows.forEach((row, i) => {
    const sheetRow = row.sheetRows[0] ?? i + 1;
    const title = row.fields.title?.text.replace(/\s+/g, " ").trim() ?? "";
    const number = row.number?.trim().replace(/\.+$/, "") || String(i + 1);
    const titleError = titleProblem(row, sheetRow, title, titles);
    const deadline = rowRule(roadmap, row, sheetRow);
    const responsible = row.fields.responsible?.text.replace(/\s+/g, " ").trim() ?? "";
    const responsibleError: TemplateError | null =
      responsible === ""
        ? {
            address: cellOf(roadmap, row, "responsible"),
            message: {
              ru: `Строка ${sheetRow}: не указан ответственный.`,
              en: `Row ${sheetRow}: no responsible.`,
            },
          }
        : null;
    // One error per bad row: the first problem found, in the order title, deadline, responsible.
    const error = titleError ?? ("error" in deadline ? deadline.error : responsibleError);
    if (error !== null) errors.push(error);
    else if ("rule" in deadline) drafts.push(...rowItems(row, number, title, responsible, deadline.rule));
  });
  return { drafts, errors };
}
