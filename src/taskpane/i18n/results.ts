import { CODE_LABELS, FINDING_CODES, type FindingCode } from "../../core/codes";
import type { Lang } from "../../core/lang";

/** The check result: summary, verdict, filters, findings and accepted deviations. */

/** The finding codes' names come from the rule files (through core/codes), so the pane, the README and the CLI agree. */
function codeLabels(lang: Lang): Record<`code.${FindingCode}`, string> {
  return Object.fromEntries(FINDING_CODES.map((c) => [`code.${c}`, CODE_LABELS[c][lang]])) as Record<
    `code.${FindingCode}`,
    string
  >;
}

export const ru = {
  "summary.heading": "Итог проверки",
  "summary.errors": "Ошибки: {n}",
  "summary.warnings": "Предупреждения: {n}",
  "summary.notes": "Замечания: {n}",
  "summary.countsLine": "ошибок: {e}, предупреждений: {w}, замечаний: {i}",
  "summary.marked": "Отмечено ячеек на листе: {n}",
  "summary.undo.grouped":
    "Одно нажатие Ctrl+Z отменяет отметки этой проверки (как и кнопка «Снять отметки»).",
  "summary.undo.fallback":
    "Excel не дал объединить отметки в одно действие отмены (UndoNotSupported): они записаны без группировки, и Ctrl+Z отменит их в лучшем случае частично. Снимайте их кнопкой «Снять отметки».",
  "summary.undo.unavailable":
    "В этой версии Excel (нужен ExcelApi 1.20) Ctrl+Z не отменяет отметки одним действием: снимайте их кнопкой «Снять отметки».",
  "summary.checkDate": "Дата проверки: {date}",
  "summary.about": "Лист «{sheet}», проверено {time}",
  "summary.stale": "Лист «{sheet}» изменён после проверки: итог мог устареть. Нажмите «Проверить» ещё раз.",
  "summary.otherSheet": "Этот итог — о листе «{sheet}», а открыт лист «{active}».",
  "summary.rows": "Строк прочитано: {rows}; пунктов шаблона найдено в листе: {matched}",
  "summary.caveats": "Оговорки",
  "summary.noRoadmaps": "Проверять нечего: на листе нет дорожной карты.",
  "summary.template": "Шаблон {id}, поколение {generation} года, хэш данных шаблона {hash}",

  "verdict.ready": "Можно отправлять",
  "verdict.has-errors": "Есть ошибки",
  "verdict.explain.ready": "Ошибок нет; предупреждения и замечания не мешают отправке.",
  "verdict.explain.has-errors": "Исправьте ошибки до отправки.",

  "filters.label": "Показывать",
  "filters.toggle": "{label}: {n}",

  "severity.error": "Ошибки",
  "severity.warning": "Предупреждения",
  "severity.info": "Замечания",

  "severityOne.error": "Ошибка",
  "severityOne.warning": "Предупреждение",
  "severityOne.info": "Замечание",

  "findings.heading": "{title}: результаты",
  "findings.none": "Замечаний нет.",
  "findings.hidden": "Все найденное скрыто фильтром.",
  "findings.group": "{label}: {n}",
  "findings.pages": "{label}: страницы",
  "findings.range": "{from}–{to} из {n}",
  "findings.prev": "Предыдущие",
  "findings.next": "Следующие",

  "accept.action": "Принять отклонение",
  "accept.title": "Принять отклонение",
  "accept.reason": "Причина (обязательно)",
  "accept.reasonHint":
    "Например: письмо федерального оператора, решение региона, другой источник финансирования",
  "accept.reasonMissing": "Укажите причину: без неё отклонение не принимается.",
  "accept.name": "Ваше имя (запоминается)",
  "accept.save": "Принять",
  "accept.cancel": "Отмена",

  "accepted.group": "Принятые отклонения: {n}",
  "accepted.reason": "Причина: {reason}",
  "accepted.who": "{by}, {time}",
  "accepted.undo": "Отменить",
  "accepted.stale": "Устаревшие принятия (отклонение больше не найдено): {n}",
  "accepted.inVerdict": "С учётом принятых отклонений: {n}",

  "finding.item": "Пункт шаблона",
  "finding.expected": "По шаблону",
  "finding.actual": "В листе",
  "finding.rule": "Источник правила",
  "finding.ruleText": "{source} (шаблон {confidence})",
  "finding.cell": "Ячейка {address}",
  "finding.belongs": "Место в листе: {address}",
  "finding.noCell": "Без ячейки",
  "finding.why": "Почему эта строка сопоставлена с пунктом",
  "finding.whyText": "Совпали слова: {terms}. Сходство: {score} %.",
  "finding.whyNoTerms": "Сходство: {score} %.",

  ...codeLabels("ru"),
} as const;

export const en: Record<keyof typeof ru, string> = {
  "summary.heading": "Check result",
  "summary.errors": "Errors: {n}",
  "summary.warnings": "Warnings: {n}",
  "summary.notes": "Notes: {n}",
  "summary.countsLine": "errors: {e}, warnings: {w}, notes: {i}",
  "summary.marked": "Cells marked on the sheet: {n}",
  "summary.undo.grouped": "One Ctrl+Z undoes this check's marks (as does “Remove marks”).",
  "summary.undo.fallback":
    "Excel refused to group the marks into one undo step (UndoNotSupported): they were written ungrouped, and Ctrl+Z undoes them partly at best. Use “Remove marks”.",
  "summary.undo.unavailable":
    "In this Excel (needs ExcelApi 1.20) Ctrl+Z does not undo the marks in one step: use “Remove marks”.",
  "summary.checkDate": "Check date: {date}",
  "summary.about": "Sheet “{sheet}”, checked {time}",
  "summary.stale":
    "Sheet “{sheet}” has changed since the check: the result may be out of date. Press “Check” again.",
  "summary.otherSheet": "This result is about sheet “{sheet}”; the open sheet is “{active}”.",
  "summary.rows": "Rows read: {rows}; template items found in the sheet: {matched}",
  "summary.caveats": "Caveats",
  "summary.noRoadmaps": "Nothing to check: there is no roadmap on this sheet.",
  "summary.template": "Template {id}, {generation} generation, template data hash {hash}",

  "verdict.ready": "Ready to send",
  "verdict.has-errors": "Has errors",
  "verdict.explain.ready": "No errors; warnings and notes do not block sending.",
  "verdict.explain.has-errors": "Fix the errors before sending.",

  "filters.label": "Show",
  "filters.toggle": "{label}: {n}",

  "severity.error": "Errors",
  "severity.warning": "Warnings",
  "severity.info": "Notes",

  "severityOne.error": "Error",
  "severityOne.warning": "Warning",
  "severityOne.info": "Note",

  "findings.heading": "{title}: results",
  "findings.none": "No findings.",
  "findings.hidden": "Everything found is hidden by the filter.",
  "findings.group": "{label}: {n}",
  "findings.pages": "{label}: pages",
  "findings.range": "{from}–{to} of {n}",
  "findings.prev": "Previous",
  "findings.next": "Next",

  "accept.action": "Accept deviation",
  "accept.title": "Accept the deviation",
  "accept.reason": "Reason (required)",
  "accept.reasonHint": "E.g. the federal operator's letter, a regional decision, another funding source",
  "accept.reasonMissing": "Enter a reason: a deviation is not accepted without one.",
  "accept.name": "Your name (remembered)",
  "accept.save": "Accept",
  "accept.cancel": "Cancel",

  "accepted.group": "Accepted deviations: {n}",
  "accepted.reason": "Reason: {reason}",
  "accepted.who": "{by}, {time}",
  "accepted.undo": "Withdraw",
  "accepted.stale": "Stale acceptances (the deviation is no longer found): {n}",
  "accepted.inVerdict": "Counting accepted deviations: {n}",

  "finding.item": "Template item",
  "finding.expected": "Template",
  "finding.actual": "In the sheet",
  "finding.rule": "Rule source",
  "finding.ruleText": "{source} (template {confidence})",
  "finding.cell": "Cell {address}",
  "finding.belongs": "Place in the sheet: {address}",
  "finding.noCell": "No cell",
  "finding.why": "Why this row was matched to the item",
  "finding.whyText": "Words in common: {terms}. Similarity: {score}%.",
  "finding.whyNoTerms": "Similarity: {score}%.",

  ...codeLabels("en"),
};
