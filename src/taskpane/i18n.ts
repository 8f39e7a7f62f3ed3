import { FINDING_CODES, type FindingCode } from "../core/codes";
import { CATALOGUE } from "../core/findings/catalogue";
import type { Lang } from "../core/lang";

/** Every string the pane shows, in Russian (default) and English; components take text only from here. */

/** The finding codes' names come from the core's catalogue, so the pane, the README and the CLI say the same. */
function codeLabels(lang: Lang): Record<`code.${FindingCode}`, string> {
  return Object.fromEntries(FINDING_CODES.map((c) => [`code.${c}`, CATALOGUE[c].label[lang]])) as Record<
    `code.${FindingCode}`,
    string
  >;
}

const ru = {
  "app.title": "Проверка дорожной карты",
  "app.loading": "Загрузка…",
  "app.outsideExcel": "Надстройка открыта вне Excel: чтение и отметки недоступны.",

  "tabs.label": "Разделы надстройки",
  "tabs.check": "Проверка",
  "tabs.timeline": "Шкала",
  "tabs.template": "Шаблон",
  "tabs.settings": "Настройки",

  "sheet.current": "Лист: {sheet}",
  "sheet.reread": "Перечитать лист",
  "sheet.reading": "Чтение листа…",

  "roadmaps.heading": "Найденные дорожные карты",
  "roadmaps.count": "Лист: {sheet} · найдено дорожных карт: {n}",
  "roadmaps.none": "На листе не найдена дорожная карта.",
  "roadmap.range": "Диапазон {range}, строк: {rows} ({layout})",
  "roadmap.layout.table": "таблица",
  "roadmap.layout.matrix": "матрица «дата × программа»",
  "roadmap.layout.sectioned": "разделы по направлениям",
  "roadmap.programme": "Программа",
  "roadmap.programmeUnknown": "Не определена",
  "roadmap.edition": "Редакция шаблона",
  "roadmap.editionAuto": "Автоматически",
  "roadmap.editionAutoNamed": "Автоматически: {title}",
  "roadmap.editionNone": "Для этой программы нет шаблона: будут проверены только общие правила.",
  "roadmap.year": "Год плана",
  "roadmap.yearUnknown": "Год плана не определён: укажите его.",
  "roadmap.yearNone": "Не определён",
  "roadmap.evidence": "Определено по: {words}",
  "roadmap.customEdition": "{title} (из листа)",
  "roadmap.historicalEdition": "{title} (историческая)",
  "roadmap.latestKnown": "{title} — последняя известная редакция (поколение {generation} года)",
  "roadmap.noFederalForm":
    "Последняя известная редакция — поколение {generation} года; федеральная форма на {year} год не получена.",
  "roadmap.funding": "Источник финансирования",
  "roadmap.fundingAuto": "По листу: {basis}",
  "roadmap.fundingEvidence": "Определено по ячейке {address}: «{words}»",
  "roadmap.fundingUnknown":
    "Лист не называет бюджет: проверяются все пункты, включая связанные с федеральной субсидией.",
  "roadmap.fundingChosen":
    "Пункты, которые есть только при федеральной субсидии (соглашение в «Электронном бюджете», инфраструктурный лист), требуются только для «{federal}».",
  "funding.federal": "субсидия из федерального бюджета",
  "funding.regional": "региональный бюджет",
  "funding.municipal": "муниципальный бюджет",
  "funding.other": "иные (внебюджетные) средства",
  "funding.unknown": "не определён",

  "confidence.label": "Достоверность шаблона: {level}",
  "confidence.confirmed": "подтверждён",
  "confidence.reconstructed": "восстановлен",
  "confidence.unknown": "не проверен",
  "confidence.explain.confirmed": "Пункты шаблона сверены с федеральным текстом.",
  "confidence.explain.reconstructed":
    "Федеральная форма не найдена в тексте: пункты восстановлены по региональным актам. Сроки шаблона — ориентир, а не норма.",
  "confidence.explain.unknown":
    "Источник шаблона не установлен: расхождения со сроками шаблона не доказывают ошибку.",

  "actions.label": "Действия",
  "actions.check": "Проверить",
  "actions.clear": "Снять отметки",
  "actions.insert": "Вставить шаблон",
  "actions.readTemplate": "Прочитать шаблон",
  "actions.useTemplate": "Использовать для проверки",
  "actions.save": "Сохранить в документе",
  "actions.today": "Сегодня",
  "actions.dismiss": "Закрыть",
  "actions.cancel": "Отмена",

  "progress.read": "Чтение листа…",
  "progress.check": "Проверка: чтение листа, сверка с шаблоном, отметки…",
  "progress.clear": "Снятие отметок…",
  "progress.insert": "Вставка шаблона и проверка нового листа…",
  "progress.parse": "Чтение шаблона из листа…",
  "progress.save": "Сохранение настроек…",
  "progress.sheets": "Получение списка листов…",
  "progress.diff": "Сравнение редакций шаблона…",

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
  "roadmap.savedEdition": "Сохранён в книге: {title}",
  "saved.heading": "Шаблон в книге",
  "saved.none": "В книге шаблон не сохранён: действуют встроенные редакции.",
  "saved.item": "Сохранён в книге: {title} ({date})",
  "saved.hint":
    "Сохранённый шаблон хранится в самом файле: его используют следующие проверки, коллеги, открывшие файл, и roadmap-check.",
  "saved.done": "Шаблон «{title}» сохранён в книге.",
  "saved.removed": "Шаблон «{title}» удалён из книги.",
  "actions.saveTemplate": "Сохранить шаблон в книге",
  "actions.removeSaved": "Удалить из книги",
  "actions.removeInserted": "Удалить вставленный лист",
  "insert.removed": "Лист «{sheet}» удалён; больше в книге ничего не изменено.",
  "progress.store": "Запись в книгу…",
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
  "findings.pages": "{label}: страницы",
  "findings.range": "{from}–{to} из {n}",
  "findings.prev": "Предыдущие",
  "findings.next": "Следующие",
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

  "timeline.heading": "Сроки на {year} год",
  "timeline.roadmap": "Дорожная карта",
  "timeline.empty": "Шкала появится после проверки.",
  "timeline.noYear": "Год плана не определён: укажите его на вкладке «Проверка» и проверьте снова.",
  "timeline.noItems": "В шаблоне нет пунктов со сроками.",
  "timeline.chart": "Шкала сроков по месяцам {year} года: {n} пунктов",
  "timeline.legendTemplate": "срок по шаблону",
  "timeline.legendSheet": "срок в листе",
  "timeline.legendToday": "дата проверки",
  "timeline.todayBefore": "Дата проверки ({date}) раньше {year} года: все сроки ещё впереди.",
  "timeline.todayAfter": "Дата проверки ({date}) позже {year} года: линия даты за пределами шкалы.",
  "timeline.row": "Пункт {number}. {title}. В листе: {sheet}. По шаблону: {template}.",
  "timeline.missing": "пункт не найден",
  "timeline.noDate": "без даты",
  "timeline.m1": "янв",
  "timeline.m2": "фев",
  "timeline.m3": "мар",
  "timeline.m4": "апр",
  "timeline.m5": "май",
  "timeline.m6": "июн",
  "timeline.m7": "июл",
  "timeline.m8": "авг",
  "timeline.m9": "сен",
  "timeline.m10": "окт",
  "timeline.m11": "ноя",
  "timeline.m12": "дек",

  "insert.heading": "Новый лист по шаблону",
  "insert.hint":
    "Будет создан новый лист со всеми пунктами шаблона и сроками на выбранный год; затем он будет проверен.",
  "insert.responsible": "Ответственные (необязательно)",
  "insert.responsibleHint":
    "По одному на строку; записываются в столбец «Ответственный» каждого пункта вместо роли из шаблона.",
  "insert.noEdition": "Для этой программы нет шаблона.",
  "insert.done": "Вставлен лист «{sheet}» и проверен.",

  "fromSheet.heading": "Шаблон из листа",
  "fromSheet.hint":
    "Получили федеральную форму? Вставьте её на отдельный лист (столбцы: №, мероприятие, ответственный, результат, срок) и прочитайте как шаблон.",
  "fromSheet.sheet": "Лист с шаблоном",
  "fromSheet.noSheets": "В книге нет листов.",
  "fromSheet.title": "Название шаблона",
  "fromSheet.ok": "Шаблон прочитан: пунктов — {n}.",
  "fromSheet.failed": "Шаблон не прочитан, ошибок: {n}.",
  "fromSheet.goTo": "Перейти к ячейке {address}",
  "fromSheet.wholeSheet": "Лист целиком",
  "fromSheet.used": "Шаблон «{title}» выбран для проверки.",
  "diff.heading": "Что изменилось между редакциями",
  "diff.hint":
    "Выберите две редакции одной программы: будут показаны добавленные, удалённые и переименованные пункты и изменившиеся сроки — с источниками.",
  "diff.from": "Старая редакция",
  "diff.to": "Новая редакция",
  "diff.compare": "Сравнить",
  "diff.needTwo": "Для этой программы известна одна редакция — сравнивать не с чем.",
  "diff.same": "Выберите две разные редакции.",
  "diff.result": "{from} → {to}",
  "diff.hash": "хэш {hash}",
  "diff.added": "Добавлены пункты: {n}",
  "diff.removed": "Удалены пункты: {n}",
  "diff.renamed": "Переименованы: {n}",
  "diff.moved": "Сроки изменились: {n}",
  "diff.unchanged": "Без изменений (то же название и срок): {n}",
  "diff.deadline": "Срок: {deadline}",
  "diff.source": "Источник: {source}",
  "diff.sources": "Источники: {from} → {to}",
  "diff.byTitle": "сопоставлено по сходству формулировок ({similarity})",

  "settings.heading": "Настройки проверки",
  "settings.checkDate": "Дата проверки",
  "settings.checkDateHint":
    "По умолчанию — сегодня. Пункты со сроком раньше этой даты считаются просроченными.",
  "settings.checks": "Какие проверки выполнять",
  "settings.checkDateInvalid": "Введите дату в виде ДД.ММ.ГГГГ, например 15.01.2026.",
  "settings.saved": "Настройки сохранены в документе.",
  "settings.stored": "Настройки хранятся в самом документе.",
  "settings.sheetLang": "Язык листа «Проверка» и примечаний",
  "settings.sheetLang.ru": "Русский",
  "settings.sheetLang.en": "Английский",

  "notice.cleared": "Отметки сняты.",
  "notice.nothingToClear": "Снимать нечего: в книге нет отметок надстройки.",
  "notice.cancelled": "Проверка отменена. Книга не изменена.",
  "sheet.empty": "Лист «{sheet}» пуст — с него можно начать новую дорожную карту по шаблону.",
  "insert.toFromSheet": "Загрузить свой шаблон («Шаблон из листа»)",
  "fromFile.label": "Или шаблон из файла JSON:",
  "fromFile.wholeFile": "Весь файл",
  "error.title": "Не получилось",
  "error.code": "Код ошибки: {code}",
  "error.details": "Технические подробности",
  "error.unexpected":
    "Непредвиденная ошибка надстройки. Повторите; если ошибка повторяется — сообщите разработчикам, приложив «Технические подробности».",
  "notices.title": "Обратите внимание",
} as const;

export type MessageKey = keyof typeof ru;

const en: Record<MessageKey, string> = {
  "app.title": "Roadmap checker",
  "app.loading": "Loading…",
  "app.outsideExcel": "The add-in is open outside Excel: reading and marking are unavailable.",

  "tabs.label": "Add-in sections",
  "tabs.check": "Check",
  "tabs.timeline": "Timeline",
  "tabs.template": "Template",
  "tabs.settings": "Settings",

  "sheet.current": "Sheet: {sheet}",
  "sheet.reread": "Re-read sheet",
  "sheet.reading": "Reading the sheet…",

  "roadmaps.heading": "Roadmaps found",
  "roadmaps.count": "Sheet: {sheet} · roadmaps found: {n}",
  "roadmaps.none": "No roadmap was found on this sheet.",
  "roadmap.range": "Range {range}, rows: {rows} ({layout})",
  "roadmap.layout.table": "table",
  "roadmap.layout.matrix": "date × programme matrix",
  "roadmap.layout.sectioned": "sections by direction",
  "roadmap.programme": "Programme",
  "roadmap.programmeUnknown": "Not determined",
  "roadmap.edition": "Template edition",
  "roadmap.editionAuto": "Automatic",
  "roadmap.editionAutoNamed": "Automatic: {title}",
  "roadmap.editionNone": "There is no template for this programme: only the general rules will be checked.",
  "roadmap.year": "Target year",
  "roadmap.yearUnknown": "The target year was not found: please enter it.",
  "roadmap.yearNone": "Not determined",
  "roadmap.evidence": "Determined from: {words}",
  "roadmap.customEdition": "{title} (from a sheet)",
  "roadmap.historicalEdition": "{title} (historical)",
  "roadmap.latestKnown": "{title} — the latest known edition (the {generation} generation)",
  "roadmap.noFederalForm":
    "The latest known edition is the {generation} generation; no federal form for {year} has been received.",
  "roadmap.funding": "Funding basis",
  "roadmap.fundingAuto": "From the sheet: {basis}",
  "roadmap.fundingEvidence": "Determined from cell {address}: «{words}»",
  "roadmap.fundingUnknown":
    "The sheet names no budget: every item is checked, including those tied to a federal subsidy.",
  "roadmap.fundingChosen":
    "Items that exist only under a federal subsidy (the subsidy agreement in the Electronic Budget system, the infrastructure list) are required only for “{federal}”.",
  "funding.federal": "federal subsidy",
  "funding.regional": "regional budget",
  "funding.municipal": "municipal budget",
  "funding.other": "other (extra-budgetary) funds",
  "funding.unknown": "not determined",

  "confidence.label": "Template reliability: {level}",
  "confidence.confirmed": "confirmed",
  "confidence.reconstructed": "reconstructed",
  "confidence.unknown": "unverified",
  "confidence.explain.confirmed": "The template's items were checked against the federal text.",
  "confidence.explain.reconstructed":
    "The federal form was not found as text: items were reconstructed from regional acts. Template deadlines are a guide, not a rule.",
  "confidence.explain.unknown":
    "The template's source is not established: differences from its deadlines do not prove an error.",

  "actions.label": "Actions",
  "actions.check": "Check",
  "actions.clear": "Remove marks",
  "actions.insert": "Insert template",
  "actions.readTemplate": "Read template",
  "actions.useTemplate": "Use for checking",
  "actions.save": "Save in the document",
  "actions.today": "Today",
  "actions.dismiss": "Dismiss",
  "actions.cancel": "Cancel",

  "progress.read": "Reading the sheet…",
  "progress.check": "Checking: reading the sheet, comparing with the template, marking…",
  "progress.clear": "Removing marks…",
  "progress.insert": "Inserting the template and checking the new sheet…",
  "progress.parse": "Reading the template from the sheet…",
  "progress.save": "Saving settings…",
  "progress.sheets": "Listing sheets…",
  "progress.diff": "Comparing the template editions…",

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
  "roadmap.savedEdition": "Saved in the workbook: {title}",
  "saved.heading": "Template in the workbook",
  "saved.none": "No template is saved in the workbook: the built-in editions apply.",
  "saved.item": "Saved in the workbook: {title} ({date})",
  "saved.hint":
    "A saved template is kept in the file itself: later checks, colleagues who open the file and roadmap-check use it.",
  "saved.done": "Template “{title}” saved in the workbook.",
  "saved.removed": "Template “{title}” removed from the workbook.",
  "actions.saveTemplate": "Save template in the workbook",
  "actions.removeSaved": "Remove from the workbook",
  "actions.removeInserted": "Delete the inserted sheet",
  "insert.removed": "Sheet “{sheet}” deleted; nothing else in the workbook was changed.",
  "progress.store": "Writing to the workbook…",
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
  "findings.pages": "{label}: pages",
  "findings.range": "{from}–{to} of {n}",
  "findings.prev": "Previous",
  "findings.next": "Next",
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

  "timeline.heading": "Deadlines in {year}",
  "timeline.roadmap": "Roadmap",
  "timeline.empty": "The timeline appears after a check.",
  "timeline.noYear": "The target year is unknown: enter it on the Check tab and check again.",
  "timeline.noItems": "The template has no items with deadlines.",
  "timeline.chart": "Deadlines by month of {year}: {n} items",
  "timeline.legendTemplate": "template deadline",
  "timeline.legendSheet": "sheet deadline",
  "timeline.legendToday": "check date",
  "timeline.todayBefore": "The check date ({date}) is before {year}: every deadline is still ahead.",
  "timeline.todayAfter": "The check date ({date}) is after {year}: its line is beyond the chart.",
  "timeline.row": "Item {number}. {title}. Sheet: {sheet}. Template: {template}.",
  "timeline.missing": "item not found",
  "timeline.noDate": "no date",
  "timeline.m1": "Jan",
  "timeline.m2": "Feb",
  "timeline.m3": "Mar",
  "timeline.m4": "Apr",
  "timeline.m5": "May",
  "timeline.m6": "Jun",
  "timeline.m7": "Jul",
  "timeline.m8": "Aug",
  "timeline.m9": "Sep",
  "timeline.m10": "Oct",
  "timeline.m11": "Nov",
  "timeline.m12": "Dec",

  "insert.heading": "New sheet from the template",
  "insert.hint":
    "A new sheet is created with every template item and its deadline for the chosen year, then checked.",
  "insert.responsible": "Responsible parties (optional)",
  "insert.responsibleHint":
    "One per line; written into every item's “Responsible” column instead of the template's role.",
  "insert.noEdition": "There is no template for this programme.",
  "insert.done": "Inserted the sheet “{sheet}” and checked it.",

  "fromSheet.heading": "Template from a sheet",
  "fromSheet.hint":
    "Received the federal form? Paste it on its own sheet (columns: No., measure, responsible, result, deadline) and read it as the template.",
  "fromSheet.sheet": "Sheet with the template",
  "fromSheet.noSheets": "The workbook has no sheets.",
  "fromSheet.title": "Template name",
  "fromSheet.ok": "Template read: {n} items.",
  "fromSheet.failed": "The template was not read, errors: {n}.",
  "fromSheet.goTo": "Go to cell {address}",
  "fromSheet.wholeSheet": "Whole sheet",
  "fromSheet.used": "The template “{title}” is selected for checking.",
  "diff.heading": "What changed between editions",
  "diff.hint":
    "Choose two editions of one programme to see the items added, removed and renamed and the deadlines that moved, with their sources.",
  "diff.from": "Older edition",
  "diff.to": "Newer edition",
  "diff.compare": "Compare",
  "diff.needTwo": "Only one edition is known for this programme: there is nothing to compare.",
  "diff.same": "Choose two different editions.",
  "diff.result": "{from} → {to}",
  "diff.hash": "hash {hash}",
  "diff.added": "Items added: {n}",
  "diff.removed": "Items removed: {n}",
  "diff.renamed": "Renamed: {n}",
  "diff.moved": "Deadlines moved: {n}",
  "diff.unchanged": "Unchanged (same title and deadline): {n}",
  "diff.deadline": "Deadline: {deadline}",
  "diff.source": "Source: {source}",
  "diff.sources": "Sources: {from} → {to}",
  "diff.byTitle": "paired by similar wording ({similarity})",

  "settings.heading": "Check settings",
  "settings.checkDate": "Check date",
  "settings.checkDateHint": "Today by default. Items due before this date count as overdue.",
  "settings.checks": "Checks to run",
  "settings.checkDateInvalid": "Enter the date as MM/DD/YYYY, for example 01/15/2026.",
  "settings.saved": "Settings saved in the document.",
  "settings.stored": "Settings are stored in the document itself.",
  "settings.sheetLang": "Language of the report sheet and notes",
  "settings.sheetLang.ru": "Russian",
  "settings.sheetLang.en": "English",

  "notice.cleared": "Marks removed.",
  "notice.nothingToClear": "Nothing to remove: the workbook has no marks of the add-in.",
  "notice.cancelled": "Check cancelled. Nothing was changed.",
  "sheet.empty": "Sheet “{sheet}” is empty: you can start a new roadmap on it from a template.",
  "insert.toFromSheet": "Load your own template (“Template from a sheet”)",
  "fromFile.label": "Or a template from a JSON file:",
  "fromFile.wholeFile": "Whole file",
  "error.title": "Something went wrong",
  "error.code": "Error code: {code}",
  "error.details": "Technical details",
  "error.unexpected":
    "Unexpected add-in error. Try again; if it happens again, please report it with the technical details.",
  "notices.title": "Please note",
};

export const catalogs: Record<Lang, Record<MessageKey, string>> = { ru, en };

export type Params = Record<string, string | number>;

/** The message for `key` with {name} placeholders filled; an unknown placeholder is left visible, not dropped. */
export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  const text = catalogs[lang][key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

export type Translate = (key: MessageKey, params?: Params) => string;

export function translator(lang: Lang): Translate {
  return (key, params) => translate(lang, key, params);
}

/** The placeholders a message uses, for the parity test. */
export function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
}

const DATE_LOCALE: Record<Lang, string> = { ru: "ru-RU", en: "en-GB" };

/** «3 декабря 2026 г., 20:25» / "3 December 2026, 20:25": when a check ran, in the planner's time zone. */
export function formatMoment(iso: string, lang: Lang): string {
  return new Intl.DateTimeFormat(DATE_LOCALE[lang], {
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  }).format(new Date(iso));
}

/** «1 марта 2027 г.» / "1 March 2027" for an ISO day; the input unchanged if it is not one. */
export function formatIsoDate(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return new Intl.DateTimeFormat(DATE_LOCALE[lang], {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(d);
}
