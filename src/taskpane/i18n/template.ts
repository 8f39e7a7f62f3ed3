/** The template tab: insert a template, a template from a sheet or file, saved templates, edition diff. */

export const ru = {
  "saved.heading": "Шаблон в книге",
  "saved.none": "В книге шаблон не сохранён: действуют встроенные редакции.",
  "saved.item": "Сохранён в книге: {title} ({date})",
  "saved.hint":
    "Сохранённый шаблон хранится в самом файле: его используют следующие проверки, коллеги, открывшие файл, и roadmap-check.",
  "saved.done": "Шаблон «{title}» сохранён в книге.",
  "saved.removed": "Шаблон «{title}» удалён из книги.",

  "insert.removed": "Лист «{sheet}» удалён; больше в книге ничего не изменено.",
  "insert.heading": "Новый лист по шаблону",
  "insert.hint":
    "Будет создан новый лист со всеми пунктами шаблона и сроками на выбранный год; затем он будет проверен.",
  "insert.responsible": "Ответственные (необязательно)",
  "insert.responsibleHint":
    "По одному на строку; записываются в столбец «Ответственный» каждого пункта вместо роли из шаблона.",
  "insert.noEdition": "Для этой программы нет шаблона.",
  "insert.done": "Вставлен лист «{sheet}» и проверен.",
  "insert.toFromSheet": "Загрузить свой шаблон («Шаблон из листа»)",

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

  "fromFile.label": "Или шаблон из файла JSON:",
  "fromFile.wholeFile": "Весь файл",
} as const;

export const en: Record<keyof typeof ru, string> = {
  "saved.heading": "Template in the workbook",
  "saved.none": "No template is saved in the workbook: the built-in editions apply.",
  "saved.item": "Saved in the workbook: {title} ({date})",
  "saved.hint":
    "A saved template is kept in the file itself: later checks, colleagues who open the file and roadmap-check use it.",
  "saved.done": "Template “{title}” saved in the workbook.",
  "saved.removed": "Template “{title}” removed from the workbook.",

  "insert.removed": "Sheet “{sheet}” deleted; nothing else in the workbook was changed.",
  "insert.heading": "New sheet from the template",
  "insert.hint":
    "A new sheet is created with every template item and its deadline for the chosen year, then checked.",
  "insert.responsible": "Responsible parties (optional)",
  "insert.responsibleHint":
    "One per line; written into every item's “Responsible” column instead of the template's role.",
  "insert.noEdition": "There is no template for this programme.",
  "insert.done": "Inserted the sheet “{sheet}” and checked it.",
  "insert.toFromSheet": "Load your own template (“Template from a sheet”)",

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

  "fromFile.label": "Or a template from a JSON file:",
  "fromFile.wholeFile": "Whole file",
};
