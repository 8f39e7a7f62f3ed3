import type { Bilingual } from "../core/lang";
import type { UserError } from "./types";

/** Office errors → messages for planners, chosen by `error.code` (error.message is localised and not for users). */

/** A refusal decided by the adapter itself (protected sheet, too many cells…): same shape as an Office error. */
export class AdapterError extends Error {
  readonly code: string;
  readonly bilingual: Bilingual;
  constructor(code: string, message: Bilingual, debug?: string) {
    super(debug ?? message.en);
    this.name = "AdapterError";
    this.code = code;
    this.bilingual = message;
  }
}

const MESSAGES: Record<string, Bilingual> = {
  AccessDenied: {
    ru: "Excel не разрешил изменить книгу: лист защищён или книга открыта только для чтения. Снимите защиту листа (Рецензирование → Снять защиту листа) и повторите. Книга не изменена.",
    en: "Excel did not allow changing the workbook: the sheet is protected or the workbook is read-only. Unprotect the sheet (Review → Unprotect Sheet) and try again. Nothing was changed.",
  },
  SheetProtected: {
    ru: "Лист защищён от изменений, поэтому отметки не поставлены. Снимите защиту листа (Рецензирование → Снять защиту листа) и повторите. Книга не изменена.",
    en: "The sheet is protected, so no marks were made. Unprotect the sheet (Review → Unprotect Sheet) and try again. Nothing was changed.",
  },
  WorkbookProtected: {
    ru: "Структура книги защищена: нельзя добавить лист «Проверка» и служебный лист надстройки. Снимите защиту книги (Рецензирование → Защитить книгу) и повторите. Книга не изменена.",
    en: "The workbook structure is protected: the add-in cannot add its report sheet and state sheet. Unprotect the workbook (Review → Protect Workbook) and try again. Nothing was changed.",
  },
  ItemNotFound: {
    ru: "Лист или ячейка не найдены — возможно, лист переименован или удалён. Обновите список листов и повторите.",
    en: "The sheet or cell was not found — it may have been renamed or deleted. Refresh the list of sheets and try again.",
  },
  ItemAlreadyExists: {
    ru: "Лист с таким именем уже есть (возможно, его только что создали). Повторите — надстройка выберет свободное имя.",
    en: "A sheet with that name already exists (perhaps just created). Try again — the add-in will pick a free name.",
  },
  InvalidArgument: {
    ru: "Excel отклонил запрос надстройки (недопустимый адрес или значение). Книга могла измениться во время проверки — повторите.",
    en: "Excel rejected the add-in's request (an invalid address or value). The workbook may have changed during the check — try again.",
  },
  InvalidOperation: {
    ru: "Excel не может выполнить это действие сейчас (например, идёт редактирование ячейки). Завершите ввод в ячейку (Enter или Esc) и повторите.",
    en: "Excel cannot do this right now (for example, a cell is being edited). Finish editing the cell (Enter or Esc) and try again.",
  },
  RequestPayloadSizeLimitExceeded: {
    ru: "Слишком большой объём данных для одного запроса к Excel в браузере (ограничение 5 МБ). Проверьте лист меньшего размера или откройте книгу в классическом Excel.",
    en: "Too much data for one request to Excel on the web (5 MB limit). Check a smaller sheet or open the workbook in desktop Excel.",
  },
  ResponsePayloadSizeLimitExceeded: {
    ru: "Лист слишком большой, чтобы Excel в браузере передал его за один раз (ограничение 5 МБ). Удалите пустые отформатированные строки или откройте книгу в классическом Excel.",
    en: "The sheet is too large for Excel on the web to send at once (5 MB limit). Delete empty formatted rows or open the workbook in desktop Excel.",
  },
  GeneralException: {
    ru: "Excel сообщил о внутренней ошибке. Сохраните книгу и повторите; если ошибка повторяется — перезапустите Excel.",
    en: "Excel reported an internal error. Save the workbook and try again; if it happens again, restart Excel.",
  },
  ApiNotFound: {
    ru: "Эта версия Excel не поддерживает нужную функцию. Обновите Office или откройте книгу в Excel в браузере.",
    en: "This version of Excel does not support a function the add-in needs. Update Office or open the workbook in Excel on the web.",
  },
  NotInExcel: {
    ru: "Надстройка запущена вне Excel: действия с книгой недоступны.",
    en: "The add-in is running outside Excel: workbook actions are unavailable.",
  },
  Cancelled: {
    ru: "Действие отменено. Книга не изменена.",
    en: "Cancelled. Nothing was changed.",
  },
  PropertyNotLoaded: {
    ru: "Внутренняя ошибка надстройки (данные из Excel не были запрошены). Сообщите разработчикам, приложив «Подробности».",
    en: "Internal add-in error (data was not requested from Excel). Please report it with the details.",
  },
};

const UNKNOWN: Bilingual = {
  ru: "Непредвиденная ошибка при работе с книгой. Повторите; если ошибка повторяется — сообщите разработчикам, приложив «Подробности».",
  en: "Unexpected error while working with the workbook. Try again; if it happens again, please report it with the details.",
};

interface OfficeLikeError {
  code?: unknown;
  message?: unknown;
  name?: unknown;
  debugInfo?: {
    code?: unknown;
    message?: unknown;
    errorLocation?: unknown;
    statement?: unknown;
    innerError?: unknown;
  };
}

/** Flattens code, message and debugInfo into one line (the pattern of Office-Addin-TaskPane's test helpers). */
function debugLine(e: unknown): string {
  if (!(e instanceof Object)) return String(e);
  const o = e as OfficeLikeError;
  const parts = [`${String(o.name ?? "Error")}: ${String(o.code ?? "")} ${String(o.message ?? "")}`.trim()];
  if (o.debugInfo) {
    const d = o.debugInfo;
    if (d.errorLocation) parts.push(`location: ${String(d.errorLocation)}`);
    if (d.statement) parts.push(`statement: ${String(d.statement)}`);
    if (d.code && d.code !== o.code) parts.push(`debug code: ${String(d.code)}`);
    if (d.message && d.message !== o.message) parts.push(`debug message: ${String(d.message)}`);
  }
  return parts.join(" | ");
}

export function messageFor(code: string): Bilingual {
  return MESSAGES[code] ?? UNKNOWN;
}

export function toUserError(e: unknown): UserError {
  if (e instanceof AdapterError)
    return { code: e.code, message: e.bilingual, debug: `${e.code}: ${e.message}` };
  const code =
    e instanceof Object && typeof (e as OfficeLikeError).code === "string"
      ? ((e as OfficeLikeError).code as string)
      : "Unknown";
  return { code, message: messageFor(code), debug: debugLine(e) };
}
