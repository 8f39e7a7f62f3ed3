import type { RuleCodes } from "../../findings/catalogue";
import { bi, ruDate } from "../../findings/text";
import type { IsoDate } from "../../deadlines/types";
import { compareIso, DONE_WORD, doneMark } from "../../deadlines";
import type { Deadline } from "../../deadlines/types";
import { EXCEL_ERROR_TEXT, isExcelError } from "../../grid";
import type { Bilingual } from "../../lang";
import type { RowField } from "../../reader/types";
import { DASH_ONLY } from "../../reader/vocabulary";
import { fieldBlank, finding, memoised, type CheckContext, type Placed } from "../context";

const messages = {
  row: (p: { due: IsoDate; checkDate: IsoDate }): Bilingual =>
    bi(
      `Срок ${ruDate(p.due)} прошёл (проверка на ${ruDate(p.checkDate)}), а отметки о выполнении нет.`,
      `The deadline ${p.due} has passed (checked on ${p.checkDate}) and there is no completion mark.`,
    ),
};

/** What the rule reports, as the catalogue (src/core/findings/catalogue.ts) lists it. */
export const codes = {
  overdue: {
    severity: "warning",
    label: bi("Просрочено", "Overdue"),
    description: bi(
      "срок прошёл (дата проверки: сегодня или заданная), а отметки о выполнении нет",
      "the due date has passed (check date: today, or as set) and there is no completion mark",
    ),
    messages,
    example: messages.row({ due: "2027-03-01", checkDate: "2027-06-01" }),
  },
} satisfies RuleCodes;

// \b is ASCII-only even with /u: Russian words end at (?!\p{L}).
// «вып.», «исп.»: the short marks of a report's narrow completion column.
const DONE =
  /^\s*(выполнен|исполнен|(?:вып|исп)(?:\.|(?!\p{L}))|сделан|завершен|готов|done|completed?\b|да(?!\p{L})|yes\b|✓|✔|\+)/iu;
const NOT_DONE = /^\s*(не\s|not\s|нет(?!\p{L})|no\b)/iu;

const DOCUMENT =
  /(?<!\p{L})(приказ|распоряжени|постановлени|письм|протокол|акт|договор|контракт|соглашени|решени|справк|отчет|извещени|уведомлени|пр\.|изв\.|исх\.)\p{L}*[^;]*?(?<!\p{L})(от\s*\d|№\s*\d)/iu;
// Still to do, or only partly done: «будет направлена», «перенесено», «ожидается», «не размещены», «проект приказа».
const PENDING =
  /(?<!\p{L})(?:(?:буд(?:ет|ут)|не|нет)(?!\p{L})|(?:за)?планир|ожида|перенес|отлож|продл|в\s+работе|в\s+процессе|выполняется|частично|проект\s+(?:приказ|распоряжени|постановлени))/iu;

// «исполнено частично» starts like a mark but is not one; a bare date («29.06.2027») is the day the step was done.
const PARTLY = /(?<!\p{L})частичн/iu;
const DATE_ONLY = /^\s*\d{1,2}\.\d{1,2}\.(?:\d{2}|\d{4})(?:\s*г\.?)?\s*$/u;

/** «поставлено 80 %», «обучено 31 из 46»: a share below the whole is work in progress. */
function partial(t: string): boolean {
  const pct = /(\d+(?:[.,]\d+)?)\s*%/u.exec(t);
  if (pct && Number(pct[1]!.replace(",", ".")) < 100) return true;
  const of = /(\d+)\s+из\s+(\d+)/u.exec(t);
  return of !== null && Number(of[1]) < Number(of[2]);
}

/** «100 %», «5 из 5»: the whole share done. */
function whole(t: string): boolean {
  const pct = /^\s*(\d+(?:[.,]\d+)?)\s*%/u.exec(t);
  if (pct) return Number(pct[1]!.replace(",", ".")) >= 100;
  const of = /^\s*(\d+)\s+из\s+(\d+)/u.exec(t);
  return of !== null && Number(of[2]) > 0 && Number(of[1]) >= Number(of[2]);
}

/** Whether the status cell says the measure is done («выполнено», «да», «✓», a dated document; not «не выполнено»). */
export function isDone(field: RowField | undefined): boolean {
  if (!field) return false;
  const t = field.text.replace(/ё/g, "е");
  if (NOT_DONE.test(t) || PARTLY.test(t)) return false;
  // The number 100 in a «% исполнения» column (typed as text too) is the whole done, as «100 %» is.
  const hundred = field.value === 100 || /^\s*100(?:[.,]0+)?\s*$/u.test(t);
  if (DONE.test(t) || DATE_ONLY.test(t) || field.value instanceof Date || hundred || whole(t)) return true;
  // «перенесено на 12.04.2027, выполнено»: a report's last clause is the step's state now.
  const last = t.slice(Math.max(t.lastIndexOf(","), t.lastIndexOf(";")) + 1);
  if (last !== t && DONE.test(last) && !PENDING.test(last)) return true;
  if (PENDING.test(t) || partial(t)) return false;
  return DONE_WORD.test(t) || DOCUMENT.test(t) || COUNTED.test(t);
}

// «3 выступления педагогов округа», «36 материалов»: a year-end report counts what came out of the step; a count of
// periods, a stage or a day («3 квартал», «2 этап», «15 октября») is not one.
const COUNTED =
  /^\s*[1-9]\d*\s+(?!(?:квартал|полугод|месяц|недел|дн|день|год|лет|час|минут|числ|кв\.|этап|очеред|волн|поток|январ|феврал|март|апрел|ма[яй]|июн|июл|август|сентябр|октябр|ноябр|декабр))\p{L}/iu;

// A day written in full («29.01.2027», «03.02.27»).
const DATED = /(?<!\d)\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})(?!\d)/u;

/**
 * In a table with no status column, a «Примечание» opening with a completion mark («исполнено 24.12.2026», «согласован
 * ФО 18.01.2027») says the step is done; a note about the deadline, a count or the act it follows does not.
 */
function doneByNote(ctx: CheckContext, field: RowField | undefined): boolean {
  if (!field || ctx.roadmap.columns.status !== undefined) return false;
  const t = field.text.replace(/ё/g, "е");
  if (NOT_DONE.test(t) || PARTLY.test(t) || PENDING.test(t)) return false;
  const start = t.search(/\S/);
  // «приказ от 28.12.2026 № 215-од»: the note is the act that did the step; «дизайн-проект согласован 29.01.2027»,
  // «настоящий план утверждён приказом от 28.12.2026 …»: the work done, with its day or act.
  if (DONE.test(t) || DONE_WORD.exec(t)?.index === start || DOCUMENT.exec(t)?.index === start) return true;
  return DONE_WORD.test(t) && (DATED.test(t) || DOCUMENT.test(t));
}

// «Утверждение положения о центре — (выполнено 20.12.2026)», «… (исполнено)»: a report's mark closing the measure cell.
const MARK_AT_END =
  /(?:[—–-]\s*\(?|\(|,)\s*(?:выполнен|исполнен|сделан|завершен)[оа]?(?:\s+\d{1,2}\.\d{1,2}\.(?:\d{2}|\d{4})(?:\s*г\.?)?)?\s*\)?\s*\.?\s*$/iu;

// «… (выполнено, распоряжение министерства от 21.12.2026)»: a closing bracket that opens with the mark; not «(выполнено
// частично …)», «(выполнено не в полном объёме)».
const BRACKET_MARK = /\(\s*((?:выполнен|исполнен|сделан|завершен)[оа]?(?!\p{L})[^()]*)\)\s*\.?\s*$/iu;

/** A completion mark written at the end of the measure cell, where a report without a status column puts it. */
function doneInMeasure(field: RowField | undefined): boolean {
  if (field === undefined) return false;
  const t = field.text.replace(/ё/g, "е");
  if (MARK_AT_END.test(t)) return true;
  const inside = BRACKET_MARK.exec(t)?.[1];
  return inside !== undefined && !PENDING.test(inside) && !PARTLY.test(inside);
}

/** A completion mark written after the date in the «Срок» cell («до 01.03.2027 – исполнено 20.02.2027», «… —
 * согласован 11.03.2027»), the one the deadline parser sets aside (doneMark). */
function doneInDeadline(field: RowField | undefined): boolean {
  const tail = field === undefined ? undefined : doneMark(field.text.replace(/ё/g, "е"))?.tail;
  return tail !== undefined && !PENDING.test(tail) && !PARTLY.test(tail);
}

/**
 * A «факт» date (or any text but «не …» / «нет») in the actual column is evidence the step was done; a placeholder
 * («—», «#Н/Д», an error value a report's formula left) is not.
 */
function doneByActual(field: RowField | undefined): boolean {
  if (field === undefined || fieldBlank(field) || NOT_DONE.test(field.text)) return false;
  if (isExcelError(field.value) || EXCEL_ERROR_TEXT.test(field.text)) return false;
  return typeof field.value === "number" || !DASH_ONLY.test(field.text);
}

// «УТВЕРЖДЁН распоряжением … от 24.12.2026 № 2214-р», «Приложение к приказу … от …» above the table: the roadmap in hand
// is the approved one. A blank date («от ______») or a «ПРОЕКТ» line is a draft.
const APPROVED_BY =
  /(?<!\p{L})(?:утвержден[аоы]?|утв\.)\s+(?:приказом|распоряжением|постановлением|решением)[^]{0,200}?от\s*\d|(?<!\p{L})приложение(?:\s*№\s*\d+)?\s+к\s+(?:приказу|распоряжению|постановлению|решению)[^]{0,200}?от\s*\d/iu;
const DRAFT = /^\s*проект\s*$/iu;

/** Whether the lines above the table are the act approving this roadmap, so its own approval step is done. */
function approvedAbove(roadmap: CheckContext["roadmap"]): boolean {
  const lines = (roadmap.textAbove ?? []).map((l) => l.text.replace(/ё/giu, "е"));
  return !lines.some((l) => DRAFT.test(l)) && APPROVED_BY.test(lines.join(" "));
}

/** Deadlines that fall due on a day: not «по графику», «по запросу» or unreadable ones. */
function hasDueDay(d: Deadline): boolean {
  return (
    d.kind === "date" ||
    d.kind === "by-date" ||
    d.kind === "period" ||
    d.kind === "recurring" ||
    d.kind === "relative"
  );
}

/**
 * A recurring step reported period by period, in order («Отчёт за III квартал направлен 29.09.2027; за IV квартал будет
 * направлен до 05.01.2028»): its due date is the first period's, done when that period's own clause says so.
 */
function firstPeriodDone(field: RowField | undefined): boolean {
  if (!field) return false;
  const first = field.text.split(";")[0]!;
  return first !== field.text && isDone({ ...field, text: first, value: first });
}

/** A due day before the check date, and no completion mark in the status column. */
export function check(ctx: CheckContext): Placed[] {
  const out: Placed[] = [];
  // Messages depend only on the due day: shared by all rows that have it.
  // Bench: checkSheet 10,000 rows +38–50 % CPU without this, the non-working-day and the duplicate memos (A/B, 2026-12-03).
  const written = new Map<string, Bilingual>();
  const message = (due: string) => messages.row({ due, checkDate: ctx.checkDate });
  const approved = approvedAbove(ctx.roadmap);
  for (const r of ctx.rows) {
    const d = r.deadline;
    if (!d || !hasDueDay(d) || !r.due || compareIso(r.due, ctx.checkDate) >= 0) continue;
    if (
      isDone(r.row.fields.status) ||
      (d.kind === "recurring" && firstPeriodDone(r.row.fields.status)) ||
      doneByActual(r.row.fields.actual) ||
      doneByNote(ctx, r.row.fields.note) ||
      doneInMeasure(r.row.fields.title) ||
      doneInDeadline(r.row.fields.deadline) ||
      (approved && r.items.some((i) => i.id === "approve-roadmap"))
    )
      continue;
    const first = r.items.length > 0 ? r.items[0] : undefined;
    out.push(
      finding(ctx, "overdue", r.pos, {
        address: r.deadlineAddress,
        rowIndex: r.row.index,
        itemId: first?.id ?? null,
        itemTitle: first?.title ?? null,
        message: memoised(written, r.due, message),
        actual: r.actual,
        match: r.match,
      }),
    );
  }
  return out;
}
