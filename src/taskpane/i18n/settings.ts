/** The settings tab. */

export const ru = {
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
} as const;

export const en: Record<keyof typeof ru, string> = {
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
};
