import { ACCEPTED_TITLE, acceptedCountText, STALE_TITLE } from "../core/acceptance";
import type { Lang } from "../core/lang";
import { severityLabel, templateProvenance } from "../core/marks";
import { PROGRAMME_NAMES, type ProgrammeId } from "../core/programmes";
import {
  SEVERITY_ORDER,
  type Confidence,
  type Counts,
  type Finding,
  type RoadmapReport,
} from "../core/report";
import { escapeControls, oneLine } from "./messages";
import type { Reading } from "../core/reading";
import type { FileReport, RunReport } from "./run-report";

/** The human-readable report: per file and roadmap what was detected, the findings, the verdict; then the totals. */

type Forms = readonly [one: string, few: string, many: string];
const ruPlural = new Intl.PluralRules("ru");

/** «1 ошибка», «3 ошибки», «5 ошибок» / "1 error", "3 errors". */
export function plural(n: number, lang: Lang, ru: Forms, en: readonly [string, string]): string {
  if (lang === "en") return `${n} ${n === 1 ? en[0] : en[1]}`;
  const cat = ruPlural.select(n);
  return `${n} ${cat === "one" ? ru[0] : cat === "few" ? ru[1] : ru[2]}`;
}

const ERR: Forms = ["ошибка", "ошибки", "ошибок"];
const WARN: Forms = ["предупреждение", "предупреждения", "предупреждений"];
const NOTE: Forms = ["замечание", "замечания", "замечаний"];

export function countsText(c: Counts, lang: Lang): string {
  return [
    plural(c.error, lang, ERR, ["error", "errors"]),
    plural(c.warning, lang, WARN, ["warning", "warnings"]),
    plural(c.info, lang, NOTE, ["note", "notes"]),
  ].join(", ");
}

const CONFIDENCE: Record<Confidence, Record<Lang, string>> = {
  confirmed: { ru: "подтверждена", en: "confirmed" },
  reconstructed: {
    ru: "восстановлена по региональным актам, не сверена с федеральным текстом",
    en: "reconstructed from regional acts, not checked against the federal text",
  },
  unknown: { ru: "достоверность не установлена", en: "confidence unknown" },
};

const LAYOUT: Record<RoadmapReport["layout"], Record<Lang, string>> = {
  table: { ru: "таблица", en: "table" },
  matrix: { ru: "матрица по программам", en: "matrix by programme" },
  sectioned: { ru: "по направлениям", en: "by sections" },
  cards: { ru: "карточки мероприятий", en: "cards, one per measure" },
};

const L = {
  file: { ru: "Файл", en: "File" },
  roadmap: { ru: "Дорожная карта", en: "Roadmap" },
  sheet: { ru: "лист", en: "sheet" },
  rows: { ru: "строк прочитано", en: "rows read" },
  programme: { ru: "Программа", en: "Programme" },
  edition: { ru: "Шаблон", en: "Template" },
  noEdition: { ru: "шаблон не выбран", en: "no template" },
  funding: { ru: "Финансирование", en: "Funding" },
  year: { ru: "Год", en: "Year" },
  yearUnknown: { ru: "не определён", en: "not found" },
  checkDate: { ru: "Сроки проверены на", en: "Deadlines checked as of" },
  findings: { ru: "Находки", en: "Findings" },
  noFindings: { ru: "Находок нет.", en: "No findings." },
  verdict: { ru: "Итог", en: "Verdict" },
  ready: { ru: "ГОТОВО к отправке", en: "READY to send" },
  hasErrors: { ru: "ЕСТЬ ОШИБКИ — исправьте перед отправкой", en: "HAS ERRORS — fix before sending" },
  unreadable: { ru: "не прочитан", en: "not read" },
  noRoadmap: { ru: "нет дорожной карты", en: "no roadmap" },
  annotated: { ru: "Копия с отметками", en: "Annotated copy" },
  columns: { ru: "Столбцы", en: "Columns" },
  organisation: { ru: "Организация", en: "Organisation" },
  skipped: { ru: "не мероприятия (не проверяются)", en: "not measures (not checked)" },
  total: { ru: "Итого", en: "Total" },
  accepted: ACCEPTED_TITLE,
  stale: STALE_TITLE,
  reason: { ru: "причина", en: "reason" },
} as const;

function programmeName(id: string, lang: Lang): string {
  return id in PROGRAMME_NAMES
    ? PROGRAMME_NAMES[id as ProgrammeId][lang]
    : id === "unknown"
      ? lang === "ru"
        ? "не определена"
        : "not identified"
      : id;
}

function isoToLocal(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return lang === "ru" ? `${m[3]}.${m[2]}.${m[1]}` : iso;
}

function pad(s: string, n: number): string {
  return s.length >= n ? `${s} ` : s + " ".repeat(n - s.length);
}

function findingLine(f: Finding, lang: Lang): string {
  const cell = f.address ? (f.marksCell ? f.address : `→${f.address}`) : "—";
  let text = oneLine(f.message[lang]);
  // Messages often quote the expected value already; it is not repeated then.
  if (f.expected && !text.includes(oneLine(f.expected[lang])))
    text +=
      lang === "ru"
        ? ` (ожидается: ${oneLine(f.expected[lang])})`
        : ` (expected: ${oneLine(f.expected[lang])})`;
  return `    ${pad(cell, 8)}${pad(severityLabel(f.severity, lang), 16)}${pad(f.code, 26)}${text}`;
}

/** Which column got which role and why, on one line; the organisation and the rows left out, when there are any. */
function readingLines(reading: Reading, lang: Lang): string[] {
  const out: string[] = [];
  if (reading.organisation) out.push(`  ${L.organisation[lang]}: ${reading.organisation}`);
  if (reading.columns.length > 0)
    out.push(
      `  ${L.columns[lang]}: ${reading.columns.map((c) => `${c.column} — ${oneLine(c.reason[lang])}`).join("; ")}`,
    );
  const left = reading.rows.filter((x) => x.kind !== "measure");
  if (left.length > 0)
    out.push(
      `  ${L.skipped[lang]}: ${left.map((x) => `${x.address} «${oneLine(x.measure).slice(0, 60)}»`).join(", ")}`,
    );
  return out;
}

/** Who accepted and when, e.g. «Иванова, 2026-12-03». */
function signed(a: { by: string; at: string }): string {
  return [a.by, a.at.slice(0, 10)].filter((x) => x !== "").join(", ");
}

/** The accepted deviations with their reasons, and the acceptances whose finding is gone. */
function acceptedLines(r: RoadmapReport, lang: Lang): string[] {
  const out: string[] = [];
  const accepted = r.accepted ?? [];
  if (accepted.length > 0) {
    out.push(`  ${L.accepted[lang]} (${accepted.length}):`);
    for (const a of accepted)
      out.push(`${findingLine(a.finding, lang)} — ${L.reason[lang]}: ${oneLine(a.reason)} (${signed(a)})`);
  }
  const stale = r.staleAcceptances ?? [];
  if (stale.length > 0) {
    out.push(`  ${L.stale[lang]} (${stale.length}):`);
    for (const a of stale)
      out.push(
        `    ${pad(a.code, 26)}${oneLine(a.labels?.[lang] ?? a.label)} — ${L.reason[lang]}: ${oneLine(a.reason)} (${signed(a)})`,
      );
  }
  return out;
}

export function formatRoadmap(r: RoadmapReport & { reading?: Reading }, lang: Lang): string[] {
  const out: string[] = [];
  out.push(
    `  ${L.roadmap[lang]}: «${oneLine(r.title)}» — ${L.sheet[lang]} «${r.sheet}», ${LAYOUT[r.layout][lang]}, ${L.rows[lang]}: ${r.rowsRead}`,
  );
  const edition = r.editionTitle
    ? `${r.editionTitle[lang]}${r.editionId ? ` [${r.editionId}]` : ""}${r.editionConfidence ? ` (${CONFIDENCE[r.editionConfidence][lang]})` : ""}`
    : L.noEdition[lang];
  out.push(
    `  ${L.programme[lang]}: ${programmeName(r.programme, lang)} · ${L.year[lang]}: ${r.targetYear ?? L.yearUnknown[lang]} · ${L.checkDate[lang]} ${isoToLocal(r.checkDate, lang)}`,
  );
  out.push(`  ${L.edition[lang]}: ${edition}`);
  if (r.funding) out.push(`  ${L.funding[lang]}: ${oneLine(r.funding.reason[lang])}`);
  const provenance = templateProvenance(r, lang);
  if (provenance !== null) out.push(`  ${provenance}`);
  if (r.reading) out.push(...readingLines(r.reading, lang));
  for (const n of r.notes) out.push(`  ! ${oneLine(n[lang])}`);
  if (r.findings.length === 0) out.push(`  ${L.noFindings[lang]}`);
  else {
    out.push(`  ${L.findings[lang]} (${countsText(r.counts, lang)}):`);
    const sorted = [...r.findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
    for (const f of sorted) out.push(findingLine(f, lang));
  }
  out.push(...acceptedLines(r, lang));
  let verdict = r.verdict === "ready" ? L.ready[lang] : L.hasErrors[lang];
  const accepted = r.accepted?.length ?? 0;
  if (accepted > 0) verdict += `, ${acceptedCountText(accepted, lang)}`;
  out.push(`  ${L.verdict[lang]}: ${verdict} (${countsText(r.counts, lang)})`);
  return out;
}

/** Every line of a file's report, with control characters from cell texts, sheet and file names escaped. */
export function formatFile(f: FileReport, lang: Lang): string[] {
  return fileLines(f, lang).map(escapeControls);
}

function fileLines(f: FileReport, lang: Lang): string[] {
  if (f.reason) {
    const what = f.status === "no-roadmap" ? L.noRoadmap[lang] : L.unreadable[lang];
    return [`✗ ${f.path}: ${what} — ${f.reason[lang]}`];
  }
  const out = [`${L.file[lang]}: ${f.path}`];
  f.roadmaps.forEach((r, i) => {
    if (i > 0) out.push("");
    out.push(...formatRoadmap(r, lang));
  });
  if (f.annotation?.path)
    out.push(
      `  ${L.annotated[lang]}: ${f.annotation.path} (${lang === "ru" ? "лист" : "sheet"} «${f.annotation.reportSheet}»)`,
    );
  if (f.annotation && f.annotation.notesKept > 0) {
    out.push(
      lang === "ru"
        ? `  В ${f.annotation.notesKept} ячейках уже были примечания планировщика — они не тронуты; сообщения есть на листе «${f.annotation.reportSheet}».`
        : `  ${f.annotation.notesKept} cells already had the planner's own notes — left as they are; their messages are on sheet “${f.annotation.reportSheet}”.`,
    );
  }
  if (f.annotation?.error) out.push(`✗ ${f.path}: ${f.annotation.error[lang]}`);
  return out;
}

export function formatRun(run: RunReport, lang: Lang): string {
  const blocks = run.files.map((f) => formatFile(f, lang).join("\n"));
  const t = run.totals;
  const files = plural(t.files, lang, ["файл", "файла", "файлов"], ["file", "files"]);
  const roadmaps = plural(
    t.roadmaps,
    lang,
    ["дорожная карта", "дорожные карты", "дорожных карт"],
    ["roadmap", "roadmaps"],
  );
  const parts =
    lang === "ru"
      ? `готово ${t.ready}, с ошибками ${t.hasErrors}, не прочитано ${t.unreadable}, без дорожной карты ${t.noRoadmap}`
      : `ready ${t.ready}, with errors ${t.hasErrors}, not read ${t.unreadable}, without a roadmap ${t.noRoadmap}`;
  const summary = `${L.total[lang]}: ${files} (${parts}); ${roadmaps}; ${countsText(t.counts, lang)}.`;
  return `${blocks.join("\n\n")}\n\n${summary}\n`;
}
