import type { z } from "zod";
import { parseDeadline } from "../deadlines";
import { cellAddress, columnNumber, type Grid } from "../grid";
import type { Bilingual } from "../lang";
import { stem, words } from "../match/normalize";
import { PROGRAMME_NAMES, type ProgrammeId } from "../programmes";
import { readRoadmaps } from "../reader";
import type { Roadmap, RoadmapRow } from "../reader/types";
import { EditionSchema, type DeadlineRule, type Edition, type EditionInput } from "./schema";

/** Planner-supplied templates: a JSON file of the edition schema, or a sheet in the usual five-column form. */

export interface TemplateError {
  /** Cell (A1, no sheet name) of the problem, null for the whole file or sheet. */
  address: string | null;
  message: Bilingual;
}

export type TemplateParseResult =
  { ok: true; edition: Edition } | { ok: false; errors: TemplateError[]; reason: Bilingual };

function failure(errors: TemplateError[]): TemplateParseResult {
  const shown = errors.slice(0, 3);
  const more = errors.length - shown.length;
  const join = (lang: "ru" | "en") =>
    shown.map((e) => (e.address ? `${e.address}: ` : "") + e.message[lang]).join(" ") +
    (more > 0 ? (lang === "ru" ? ` …и ещё ${more}.` : ` …and ${more} more.`) : "");
  return { ok: false, errors, reason: { ru: join("ru"), en: join("en") } };
}

function zodErrors(issues: z.core.$ZodIssue[]): TemplateError[] {
  return issues.slice(0, 50).map((i) => {
    const path = i.path
      .map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`))
      .join("")
      .replace(/^\./, "");
    return {
      address: null,
      message: {
        ru: `Шаблон не соответствует схеме: ${path || "корень"} — ${i.message}.`,
        en: `The template does not fit the schema: ${path || "root"} — ${i.message}.`,
      },
    };
  });
}

/** A planner's JSON template: validated against the same schema as the built-in editions. */
export function parseTemplateJson(json: unknown): TemplateParseResult {
  const parsed = EditionSchema.safeParse(json);
  if (!parsed.success) return failure(zodErrors(parsed.error.issues));
  return { ok: true, edition: { ...parsed.data, origin: "planner" } };
}

export interface TemplateGridMeta {
  programme: ProgrammeId;
  /** First target year the template applies to; the sheet's own year (or 2000, «any year») when absent. */
  year?: number | null;
  /** Shown as the template's name, e.g. the sheet or file name. */
  name?: string;
  id?: string;
  title?: Bilingual;
}

// Words every row of a roadmap shares (programme names, «создание и функционирование»): useless as key terms.
const GENERIC = new Set(
  (
    "центр центров центра точка точки роста кванториум кванториума кванториумов школьный школьного школьных детский детских " +
    "технопарк технопарков цос it куб создание создания создаются функционирование функционирования организация организаций " +
    "организации общеобразовательных общеобразовательной образовательных проведение проведения мероприятие мероприятия " +
    "субъекта российской федерации региональный регионального рамках обеспечение базе которых которой"
  )
    .split(/\s+/)
    .map((w) => stem(w)),
);

interface DraftItem {
  address: string;
  number: string;
  text: string;
  group: string | null;
  responsible: string;
  result: string | null;
  rule: DeadlineRule;
  termText: string;
}

function slug(s: string): string {
  const t = s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return t || "sheet";
}

const EXAMPLES_RU = "«до 1 марта года Y», «27 ноября года, предшествующего году Y», «в течение года Y»";
const EXAMPLES_EN =
  "«до 1 марта года Y» (by 1 March of year Y), «27 ноября года, предшествующего году Y» (27 November of the year before Y)";

/** A template deadline → rule, or the reason it cannot be one. */
function ruleFrom(text: string, value: unknown): { rule: DeadlineRule } | { error: Bilingual } {
  const input =
    typeof value === "string" || value === null || value === undefined ? text : (value as Date | number);
  const d = parseDeadline(input, {});
  const quoted = text.replace(/\s+/g, " ").trim();
  const base = { yearOffset: 0, cadence: null, text: null, confidence: "unknown" as const, note: null };
  switch (d.kind) {
    case "external-schedule":
      return { rule: { ...base, kind: "external-schedule", month: null, day: null, text: quoted } };
    case "on-request":
      return { rule: { ...base, kind: "on-request", month: null, day: null } };
    case "unknown":
      return {
        error: {
          ru: `Срок «${quoted}» не читается. Запишите его относительно года Y, например: ${EXAMPLES_RU}.`,
          en: `The deadline “${quoted}” cannot be read. Write it relative to year Y, e.g. ${EXAMPLES_EN}.`,
        },
      };
    default:
      break;
  }
  if (d.relative) {
    const r = d.relative;
    if (d.kind === "recurring") {
      return {
        rule: {
          ...base,
          kind: "recurring",
          month: r.month,
          day: r.day,
          yearOffset: r.yearOffset,
          cadence: d.cadence ?? "as-needed",
        },
      };
    }
    if (d.kind === "period") {
      if (r.month === 12 && r.day === 31)
        return { rule: { ...base, kind: "period-year", month: null, day: null, yearOffset: r.yearOffset } };
      return { rule: { ...base, kind: "by-date", month: r.month, day: r.day, yearOffset: r.yearOffset } };
    }
    return {
      rule: {
        ...base,
        kind: d.kind === "by-date" ? "by-date" : "date",
        month: r.month,
        day: r.day,
        yearOffset: r.yearOffset,
      },
    };
  }
  if (d.kind === "recurring" && d.due === null && !d.yearInferred) {
    return {
      error: {
        ru: `Для периодического срока «${quoted}» нужна первая дата, например «1 октября года Y, далее – ежеквартально».`,
        en: `The recurring deadline “${quoted}” needs a first date, e.g. «1 октября года Y, далее – ежеквартально».`,
      },
    };
  }
  if (d.yearInferred) {
    // «1 февраля» without a year: the template's own year Y (read with a stand-in year to learn the day).
    const probe = parseDeadline(input, { targetYear: 2001 });
    if (probe.due) {
      const [, m, dd] = probe.due.split("-").map(Number);
      const kind = probe.kind === "by-date" ? "by-date" : probe.kind === "recurring" ? "recurring" : "date";
      const yearOffset = Number(probe.due.slice(0, 4)) - 2001;
      if (kind === "recurring")
        return {
          rule: { ...base, kind, month: m!, day: dd!, yearOffset, cadence: probe.cadence ?? "as-needed" },
        };
      return { rule: { ...base, kind, month: m!, day: dd!, yearOffset } };
    }
  }
  return {
    error: {
      ru: `Срок «${quoted}» записан с конкретным годом; в шаблоне год записывается как переменная: ${EXAMPLES_RU}.`,
      en: `The deadline “${quoted}” names a calendar year; a template writes the year as a variable: ${EXAMPLES_EN}.`,
    },
  };
}

/** The part shared by all sub-items before a colon («Утверждены: …»). */
function commonLead(subs: readonly string[]): string {
  const m = /^([^:]{1,40}):\s*/.exec(subs[0] ?? "");
  if (!m) return "";
  return subs.every((s) => s.startsWith(m[0])) ? m[1]!.trim() + ":" : "";
}

function deriveTerms(texts: readonly string[]): { term: string; weight: number }[][] {
  const docs = texts.map((t) => {
    const seen = new Map<string, string>();
    for (const w of words(t)) {
      const s = stem(w);
      if (s.length < 3 || GENERIC.has(s) || seen.has(s)) continue;
      seen.set(s, w);
    }
    return seen;
  });
  const df = new Map<string, number>();
  for (const d of docs) for (const s of d.keys()) df.set(s, (df.get(s) ?? 0) + 1);
  const n = Math.max(docs.length, 1);
  return docs.map((d) =>
    [...d.entries()]
      .map(([s, w]) => ({
        term: w,
        weight: Math.round((1 + Math.log(n / df.get(s)!)) * 100) / 100,
        len: s.length,
      }))
      .sort((a, b) => b.weight - a.weight || b.len - a.len)
      .slice(0, 6)
      .map(({ term, weight }) => ({ term, weight })),
  );
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

/** A template sheet: each row one item (or a group, when its cell lists «1) …; 2) …»), deadlines relative to Y. */
export function parseTemplateGrid(grid: Grid, meta: TemplateGridMeta): TemplateParseResult {
  let read;
  try {
    read = readRoadmaps(grid);
  } catch (e) {
    return failure([
      {
        address: null,
        message: { ru: `Лист не прочитан: ${String(e)}`, en: `The sheet could not be read: ${String(e)}` },
      },
    ]);
  }
  if (read.reason !== null || read.roadmaps.length === 0) {
    return failure([
      {
        address: null,
        message: read.reason ?? {
          ru: "На листе не найдена таблица шаблона.",
          en: "No template table was found on the sheet.",
        },
      },
    ]);
  }
  const roadmap = [...read.roadmaps].sort((a, b) => b.rows.length - a.rows.length)[0]!;
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
  if (errors.length > 0) return failure(errors);

  const drafts: DraftItem[] = [];
  const titles = new Map<string, string>();
  roadmap.rows.forEach((row, i) => {
    const rowErrors: TemplateError[] = [];
    const sheetRow = row.sheetRows[0] ?? i + 1;
    const title = row.fields.title?.text.replace(/\s+/g, " ").trim() ?? "";
    const number = row.number?.trim().replace(/\.+$/, "") || String(i + 1);
    if (title === "") {
      rowErrors.push({
        address: row.address,
        message: {
          ru: `Строка ${sheetRow}: не указано наименование мероприятия.`,
          en: `Row ${sheetRow}: the measure has no title.`,
        },
      });
    } else {
      const key = words(title).map(stem).join(" ");
      const first = titles.get(key);
      if (first) {
        rowErrors.push({
          address: row.address,
          message: {
            ru: `Строка ${sheetRow} повторяет пункт в ячейке ${first}: наименования совпадают.`,
            en: `Row ${sheetRow} repeats the item in cell ${first}: the titles are the same.`,
          },
        });
      } else titles.set(key, row.address);
    }
    const deadlineCell = cellOf(roadmap, row, "deadline");
    const dl = row.fields.deadline;
    let rule: DeadlineRule | null = null;
    if (!dl || dl.text.trim() === "") {
      rowErrors.push({
        address: deadlineCell,
        message: {
          ru: `Строка ${sheetRow}: не указан срок. Запишите его относительно года Y, например: ${EXAMPLES_RU}.`,
          en: `Row ${sheetRow}: no deadline. Write it relative to year Y, e.g. ${EXAMPLES_EN}.`,
        },
      });
    } else {
      const r = ruleFrom(dl.text, dl.value);
      if ("error" in r) {
        rowErrors.push({
          address: deadlineCell,
          message: { ru: `Строка ${sheetRow}: ${r.error.ru}`, en: `Row ${sheetRow}: ${r.error.en}` },
        });
      } else rule = r.rule;
    }
    const responsible = row.fields.responsible?.text.replace(/\s+/g, " ").trim() ?? "";
    if (responsible === "") {
      rowErrors.push({
        address: cellOf(roadmap, row, "responsible"),
        message: {
          ru: `Строка ${sheetRow}: не указан ответственный.`,
          en: `Row ${sheetRow}: no responsible.`,
        },
      });
    }
    if (rowErrors.length > 0 || rule === null) {
      // One error per bad row: the first problem found, in the order title, deadline, responsible.
      errors.push(rowErrors[0]!);
      return;
    }
    const result = row.fields.result?.text.replace(/\s+/g, " ").trim() || null;
    if (row.subItems.length > 1) {
      const lead = commonLead(row.subItems);
      row.subItems.forEach((s) => {
        const text = lead ? s.slice(s.indexOf(":") + 1).trim() : s.trim();
        drafts.push({
          address: row.address,
          number,
          text,
          group: `row-${number}`,
          responsible,
          result,
          rule: rule!,
          termText: s,
        });
      });
    } else {
      drafts.push({
        address: row.address,
        number,
        text: title,
        group: null,
        responsible,
        result,
        rule,
        termText: title,
      });
    }
  });
  if (errors.length > 0) return failure(errors);
  if (drafts.length === 0) {
    return failure([
      {
        address: roadmap.headerAddress,
        message: { ru: "В шаблоне нет ни одной строки.", en: "The template has no rows." },
      },
    ]);
  }

  const terms = deriveTerms(drafts.map((d) => d.termText));
  const name = meta.name?.trim() || grid.sheetName;
  const year = meta.year ?? roadmap.year.value ?? 2000;
  const groups = new Map<string, string>();
  const leadOf = (d: DraftItem) => {
    const row = roadmap.rows.find((r) => r.address === d.address);
    return row ? commonLead(row.subItems) : "";
  };
  const counters = new Map<string, number>();
  const usedIds = new Set<string>();
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
      const t = terms[i] ?? [];
      const total = t.reduce((s, x) => s + x.weight, 0);
      const top2 = t.slice(0, 2).reduce((s, x) => s + x.weight, 0);
      // Two distinctive words of the title, or half of its weight, identify the item.
      const minScore = Math.max(Math.min(total * 0.5, top2), t[t.length - 1]?.weight ?? 1);
      if (d.group !== null && !groups.has(d.group)) groups.set(d.group, leadOf(d));
      const base = `item-${slug(d.number.replace(/\./g, "-"))}`;
      let k = counters.get(base) ?? 0;
      let id = d.group === null && k === 0 ? base : `${base}-${++k}`;
      while (usedIds.has(id)) id = `${base}-${++k}`;
      counters.set(base, k);
      usedIds.add(id);
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
    }),
  };
  input.groups = [...groups.entries()].map(([id, lead]) => ({ id, lead }));
  const parsed = EditionSchema.safeParse(input);
  if (!parsed.success) return failure(zodErrors(parsed.error.issues));
  return { ok: true, edition: parsed.data };
}
