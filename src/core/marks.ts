import {
  ACCEPTED_TITLE,
  acceptanceKey,
  findingKey,
  KEY_HEADER,
  REASON_HEADER,
  STALE_TITLE,
} from "./acceptance";
import type { Lang } from "./lang";
import { SEVERITY_ORDER, type Confidence, type Finding, type RoadmapReport, type Severity } from "./report";

/**
 * What to mark and how, decided once here so the add-in and the CLI can never disagree.
 * The Excel adapter and the exceljs writer only execute this plan.
 */

/** Fills chosen to stay readable with black text in Excel's light and dark themes (cells keep their fill in both). */
export const MARK_FILLS: Record<Severity, string> = {
  error: "#F4B6B0",
  warning: "#FFE08A",
  info: "#CFE2F3",
};

/** The report sheet's name in the planner's language; removal finds it by the name the store recorded. */
export const REPORT_SHEET_NAMES: Record<Lang, string> = { ru: "Проверка", en: "Check report" };

/** The Russian name, the default (and the name of every report sheet written before English names). */
export const REPORT_SHEET_NAME = REPORT_SHEET_NAMES.ru;

export interface FillGroup {
  severity: Severity;
  color: string;
  /** A1 cell addresses (no sheet name), each cell in exactly one group: the highest severity wins. */
  cells: string[];
}

export interface CellNote {
  address: string;
  /** All messages about the cell, one per line, most severe first. */
  text: string;
}

export interface SheetMarks {
  sheet: string;
  fills: FillGroup[];
  notes: CellNote[];
}

export interface ReportSheetRow {
  severity: Severity | null;
  cells: (string | number)[];
  /** The finding's cell, for a hyperlink in the «Ячейка» column; null for missing items and summary rows. */
  link: { sheet: string; address: string } | null;
}

export interface ReportSheetPlan {
  name: string;
  /** Index of the column that holds the cell link. */
  linkColumn: number;
  header: string[];
  rows: ReportSheetRow[];
  columnWidths: number[];
}

export interface MarkPlan {
  sheets: SheetMarks[];
  reportSheet: ReportSheetPlan;
}

const SEVERITY_LABEL: Record<Severity, Record<Lang, string>> = {
  error: { ru: "Ошибка", en: "Error" },
  warning: { ru: "Предупреждение", en: "Warning" },
  info: { ru: "Замечание", en: "Note" },
};

const HEADER: Record<Lang, string[]> = {
  ru: [
    "Дорожная карта",
    "Важность",
    "Код",
    "Сообщение",
    "Пункт шаблона",
    "Ячейка",
    "Ожидается",
    "В листе",
    "Источник правила",
    REASON_HEADER.ru,
    "Принял",
    "Когда",
    KEY_HEADER.ru,
  ],
  en: [
    "Roadmap",
    "Severity",
    "Code",
    "Message",
    "Template item",
    "Cell",
    "Expected",
    "In the sheet",
    "Rule source",
    REASON_HEADER.en,
    "Accepted by",
    "When",
    KEY_HEADER.en,
  ],
};

/** Excel refuses a cell value (or a note) longer than this many characters. */
export const EXCEL_CELL_LIMIT = 32_767;

const ELLIPSIS = "…";
const CONTINUED: Record<Lang, string> = { ru: "(продолжение)", en: "(continued)" };

/** Cuts at most `max` UTF-16 units, never between the two halves of a surrogate pair. */
function cut(text: string, max: number): number {
  if (text.length <= max) return text.length;
  const c = text.charCodeAt(max - 1);
  return c >= 0xd800 && c <= 0xdbff ? max - 1 : max;
}

/** Pieces of a text that each fit in a cell; every piece but the last ends with a visible «…». */
export function splitForCell(text: string, limit = EXCEL_CELL_LIMIT): string[] {
  if (text.length <= limit) return [text];
  const out: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    const n = cut(rest, limit - ELLIPSIS.length);
    out.push(rest.slice(0, n) + ELLIPSIS);
    rest = rest.slice(n);
  }
  out.push(rest);
  return out;
}

/** A note's text within the limit: cut with «…» and a pointer to the report sheet, which holds every message whole. */
export function fitNote(text: string, lang: Lang, limit = EXCEL_CELL_LIMIT): string {
  if (text.length <= limit) return text;
  const tail =
    lang === "ru"
      ? `${ELLIPSIS}\n(полный текст — на листе «${REPORT_SHEET_NAMES.ru}»)`
      : `${ELLIPSIS}\n(full text on sheet “${REPORT_SHEET_NAMES.en}”)`;
  return text.slice(0, cut(text, limit - tail.length)) + tail;
}

/**
 * A report row whose cells exceed the limit becomes that row plus continuation rows carrying the rest of each long
 * cell in its own column (the full text stays on the sheet, split across rows, each piece ending in «…»).
 */
function fitRow(row: ReportSheetRow, lang: Lang): ReportSheetRow[] {
  const pieces = row.cells.map((c) => (typeof c === "string" ? splitForCell(c) : [c]));
  const n = Math.max(...pieces.map((p) => p.length));
  if (n === 1) return [row];
  const out: ReportSheetRow[] = [];
  for (let k = 0; k < n; k++) {
    const cells = pieces.map((p, i) => {
      if (k === 0) return p[0]!;
      if (p.length > 1) return p[k] ?? "";
      // The roadmap column names what continues, so a filtered or sorted sheet still says whose text it is.
      return i === 0 ? splitForCell(`${CONTINUED[lang]} ${String(p[0])}`)[0]! : "";
    });
    out.push({ severity: row.severity, cells, link: k === 0 ? row.link : null });
  }
  return out;
}

export function severityLabel(s: Severity, lang: Lang): string {
  return SEVERITY_LABEL[s][lang];
}

// The report sheet is in the planner's language throughout: the rule's confidence too (was the English code).
const CONFIDENCE_LABEL: Record<Confidence, Record<Lang, string>> = {
  confirmed: { ru: "подтверждён", en: "confirmed" },
  reconstructed: { ru: "восстановлен", en: "reconstructed" },
  unknown: { ru: "не проверен", en: "unverified" },
};

/**
 * Which form judged the roadmap: edition id, generation and the template data's hash, one line in the report's
 * language (the «Проверка» sheet and the CLI's human report say it in the same words); null without an edition.
 */
export function templateProvenance(
  report: Pick<RoadmapReport, "editionId" | "editionGeneration" | "templateHash">,
  lang: Lang,
): string | null {
  if (report.editionId === null || report.templateHash === null) return null;
  const gen = report.editionGeneration;
  return lang === "ru"
    ? `Шаблон ${report.editionId}${gen !== null ? `, поколение ${gen} года` : ""}, хэш данных шаблона ${report.templateHash}`
    : `Template ${report.editionId}${gen !== null ? `, ${gen} generation` : ""}, template data hash ${report.templateHash}`;
}

function findingRow(
  report: RoadmapReport,
  f: Finding,
  lang: Lang,
  severity: Severity | null,
  acceptance: [reason: string, by: string, at: string, key: string],
): ReportSheetRow {
  return {
    severity,
    cells: [
      report.title,
      severityLabel(f.severity, lang),
      f.code,
      f.message[lang],
      f.itemTitle ? f.itemTitle[lang] : "",
      f.address ?? "",
      f.expected ? f.expected[lang] : "",
      f.actual ?? "",
      f.rule ? `${f.rule.source} (${CONFIDENCE_LABEL[f.rule.confidence][lang]})` : "",
      ...acceptance,
    ],
    link: f.marksCell && f.address ? { sheet: f.sheet, address: f.address } : null,
  };
}

function titleRow(text: string): ReportSheetRow {
  return { severity: null, cells: [text, ...Array<string>(HEADER.ru.length - 1).fill("")], link: null };
}

/** «Принятые отклонения» under the findings: each accepted finding with its reason, who and when; then stale ones. */
function acceptedSection(reports: readonly RoadmapReport[], lang: Lang): ReportSheetRow[] {
  const accepted = reports.flatMap((r) => (r.accepted ?? []).map((a) => ({ r, a })));
  const stale = reports.flatMap((r) => (r.staleAcceptances ?? []).map((a) => ({ r, a })));
  const rows: ReportSheetRow[] = [];
  if (accepted.length > 0) {
    rows.push(titleRow(ACCEPTED_TITLE[lang]));
    for (const { r, a } of accepted)
      rows.push(...fitRow(findingRow(r, a.finding, lang, null, [a.reason, a.by, a.at, a.key]), lang));
  }
  if (stale.length > 0) {
    rows.push(titleRow(STALE_TITLE[lang]));
    for (const { r, a } of stale) {
      const label = a.labels?.[lang] ?? a.label;
      const cells = [
        r.title,
        "",
        a.code,
        label,
        a.about?.[lang] ?? "",
        "",
        "",
        "",
        "",
        a.reason,
        a.by,
        a.at,
        a.key,
      ];
      rows.push(...fitRow({ severity: null, cells, link: null }, lang));
    }
  }
  return rows;
}

export function buildMarkPlan(reports: readonly RoadmapReport[], lang: Lang): MarkPlan {
  const bySheet = new Map<string, Map<string, { severity: Severity; lines: string[] }>>();
  const rows: ReportSheetRow[] = [];

  for (const report of reports) {
    const provenance = templateProvenance(report, lang);
    // One unmarked row per roadmap before its findings: the sheet says which form judged it, even with no findings.
    if (provenance !== null) {
      rows.push({
        severity: null,
        cells: [report.title, "", "", provenance, report.editionTitle?.[lang] ?? ""].concat(
          Array<string>(HEADER.ru.length - 5).fill(""),
        ),
        link: null,
      });
    }
    const sorted = [...report.findings].sort(
      (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
    );
    for (const f of sorted) {
      if (f.marksCell && f.address) {
        let cells = bySheet.get(f.sheet);
        if (!cells) bySheet.set(f.sheet, (cells = new Map()));
        const cur = cells.get(f.address);
        const line = `${severityLabel(f.severity, lang)}: ${f.message[lang]}`;
        if (!cur) cells.set(f.address, { severity: f.severity, lines: [line] });
        else {
          if (SEVERITY_ORDER[f.severity] < SEVERITY_ORDER[cur.severity]) cur.severity = f.severity;
          if (!cur.lines.includes(line)) cur.lines.push(line);
        }
      }
      // The reason column is left blank for the planner to type in; the key ties that reason to the finding.
      const key = acceptanceKey(findingKey(report, f));
      rows.push(...fitRow(findingRow(report, f, lang, f.severity, ["", "", "", key]), lang));
    }
  }
  rows.push(...acceptedSection(reports, lang));

  const sheets: SheetMarks[] = [];
  for (const [sheet, cells] of bySheet) {
    const groups = new Map<Severity, string[]>();
    const notes: CellNote[] = [];
    for (const [address, { severity, lines }] of cells) {
      const list = groups.get(severity) ?? [];
      list.push(address);
      groups.set(severity, list);
      notes.push({ address, text: fitNote(lines.join("\n"), lang) });
    }
    const fills: FillGroup[] = (["error", "warning", "info"] as const)
      .filter((s) => groups.has(s))
      .map((s) => ({ severity: s, color: MARK_FILLS[s], cells: groups.get(s)! }));
    sheets.push({ sheet, fills, notes });
  }

  return {
    sheets,
    reportSheet: {
      name: REPORT_SHEET_NAMES[lang],
      linkColumn: 5,
      header: HEADER[lang],
      rows,
      columnWidths: [28, 16, 24, 70, 36, 10, 28, 28, 30, 40, 18, 20, 12],
    },
  };
}
