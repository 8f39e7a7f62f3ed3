/** The pane's frame: title, tabs, the sheet line, actions, progress, notices and errors. */

export const ru = {
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
  "sheet.empty": "Лист «{sheet}» пуст — с него можно начать новую дорожную карту по шаблону.",

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
  "actions.saveTemplate": "Сохранить шаблон в книге",
  "actions.removeSaved": "Удалить из книги",
  "actions.removeInserted": "Удалить вставленный лист",

  "progress.read": "Чтение листа…",
  "progress.check": "Проверка: чтение листа, сверка с шаблоном, отметки…",
  "progress.clear": "Снятие отметок…",
  "progress.insert": "Вставка шаблона и проверка нового листа…",
  "progress.parse": "Чтение шаблона из листа…",
  "progress.save": "Сохранение настроек…",
  "progress.sheets": "Получение списка листов…",
  "progress.diff": "Сравнение редакций шаблона…",
  "progress.store": "Запись в книгу…",

  "notice.cleared": "Отметки сняты.",
  "notice.nothingToClear": "Снимать нечего: в книге нет отметок надстройки.",
  "notice.cancelled": "Проверка отменена. Книга не изменена.",

  "error.title": "Не получилось",
  "error.code": "Код ошибки: {code}",
  "error.details": "Технические подробности",
  "error.unexpected":
    "Непредвиденная ошибка надстройки. Повторите; если ошибка повторяется — сообщите разработчикам, приложив «Технические подробности».",

  "notices.title": "Обратите внимание",
} as const;

export const en: Record<keyof typeof ru, string> = {
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
  "sheet.empty": "Sheet “{sheet}” is empty: you can start a new roadmap on it from a template.",

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
  "actions.saveTemplate": "Save template in the workbook",
  "actions.removeSaved": "Remove from the workbook",
  "actions.removeInserted": "Delete the inserted sheet",

  "progress.read": "Reading the sheet…",
  "progress.check": "Checking: reading the sheet, comparing with the template, marking…",
  "progress.clear": "Removing marks…",
  "progress.insert": "Inserting the template and checking the new sheet…",
  "progress.parse": "Reading the template from the sheet…",
  "progress.save": "Saving settings…",
  "progress.sheets": "Listing sheets…",
  "progress.diff": "Comparing the template editions…",
  "progress.store": "Writing to the workbook…",

  "notice.cleared": "Marks removed.",
  "notice.nothingToClear": "Nothing to remove: the workbook has no marks of the add-in.",
  "notice.cancelled": "Check cancelled. Nothing was changed.",

  "error.title": "Something went wrong",
  "error.code": "Error code: {code}",
  "error.details": "Technical details",
  "error.unexpected":
    "Unexpected add-in error. Try again; if it happens again, please report it with the technical details.",

  "notices.title": "Please note",
};
