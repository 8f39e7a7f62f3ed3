import type { Bilingual, Lang } from "../core/lang";

/** Every text the command line prints, in both languages (Russian first, as the product defaults to it). */
export const M = {
  notFound: {
    ru: "файл или папка не найдены: проверьте путь",
    en: "file or folder not found: check the path",
  },
  notAFile: {
    ru: "не обычный файл: укажите файл .xlsx или папку с ними",
    en: "not a regular file: give an .xlsx file or a folder of them",
  },
  noXlsxInFolder: {
    ru: "в папке нет файлов .xlsx: укажите папку с книгами .xlsx (книги .xls и .csv сохраните в Excel как .xlsx)",
    en: "the folder holds no .xlsx files: give a folder of .xlsx workbooks (save .xls and .csv files as .xlsx in Excel)",
  },
  emptyFile: {
    ru: "пустой файл (0 байт), а не книга Excel: сохраните книгу в Excel заново",
    en: "empty file (0 bytes), not an Excel workbook: save the workbook from Excel again",
  },
  encrypted: {
    ru: "книга защищена паролем (зашифрована): снимите пароль и сохраните как .xlsx",
    en: "the workbook is password-protected (encrypted): remove the password and save it as .xlsx",
  },
  legacyXls: {
    ru: "книга в старом формате .xls (Excel 97–2003): сохраните её как .xlsx",
    en: "legacy .xls workbook (Excel 97–2003): save it as .xlsx",
  },
  encryptedOrXls: {
    ru: "зашифрованная книга или старый формат .xls (составной файл OLE): сохраните как .xlsx без пароля",
    en: "encrypted or legacy .xls workbook (OLE compound file): save it as .xlsx without a password",
  },
  textFile: {
    ru: "это текстовый файл (CSV или текст), переименованный в .xlsx: откройте его в Excel и сохраните как .xlsx",
    en: "a text (CSV) file renamed to .xlsx: open it in Excel and save it as .xlsx",
  },
  textNotWorkbook: {
    ru: "это текстовый файл (CSV или текст), а не книга Excel: откройте его в Excel и сохраните как .xlsx",
    en: "a text (CSV) file, not an Excel workbook: open it in Excel and save it as .xlsx",
  },
  unknownFormat: {
    ru: "не книга Excel .xlsx (неизвестный формат файла): откройте файл в программе, где он создан, и сохраните как .xlsx",
    en: "not an .xlsx workbook (unknown file format): open the file in the program that made it and save it as .xlsx",
  },
  emptyZip: {
    ru: "пустой zip-архив, а не книга Excel: нужен файл .xlsx, сохранённый Excel или совместимой программой",
    en: "an empty zip archive, not an Excel workbook: an .xlsx saved by Excel or a compatible program is needed",
  },
  noSheets: {
    ru: "в книге нет листов с ячейками: добавьте лист с дорожной картой и сохраните книгу",
    en: "the workbook has no sheets with cells: add a sheet with the roadmap and save the workbook",
  },
  emptyWorkbook: {
    ru: "книга пуста: ни на одном листе нет данных — впишите дорожную карту или создайте шаблон (roadmap-check template)",
    en: "empty workbook: no sheet holds any data — type in the roadmap or create a template (roadmap-check template)",
  },
  internal: { ru: "внутренняя ошибка при проверке", en: "internal error while checking" },
  permissionDenied: {
    ru: "нет прав на чтение файла: откройте доступ к нему (chmod, свойства файла) или скопируйте его к себе",
    en: "permission denied: make the file readable (chmod, file properties) or copy it somewhere you can read",
  },
  symlinkLoop: {
    ru: "символическая ссылка ведёт по кругу (сама на себя): исправьте или удалите ссылку",
    en: "the symbolic link loops back on itself: fix or remove the link",
  },
  brokenSymlink: {
    ru: "символическая ссылка ведёт на файл, которого нет: исправьте или удалите ссылку",
    en: "the symbolic link points to a file that does not exist: fix or remove the link",
  },
  wordDocument: {
    ru: "это документ Word (.docx), а не книга Excel: откройте таблицу в Excel и сохраните её как .xlsx",
    en: "this is a Word document (.docx), not an Excel workbook: open the table in Excel and save it as .xlsx",
  },
  powerpoint: {
    ru: "это презентация PowerPoint (.pptx), а не книга Excel: нужен файл .xlsx",
    en: "this is a PowerPoint presentation (.pptx), not an Excel workbook: an .xlsx file is needed",
  },
  notWorkbookZip: {
    ru: "zip-архив без книги Excel внутри: нужен файл .xlsx, сохранённый Excel или совместимой программой",
    en: "a zip archive with no Excel workbook inside: an .xlsx saved by Excel or a compatible program is needed",
  },
  zipTooBig: {
    ru: "файл распаковывается в слишком большой объём (больше 512 МБ; возможно, zip-бомба): книга не читается — пересохраните её в Excel или разделите",
    en: "the file unpacks to too much data (over 512 MB; possibly a zip bomb): not read — re-save it in Excel or split it",
  },
  sharedStringsTooBig: {
    ru: "таблица строк книги больше 96 МБ: книга не читается — удалите лишние листы или разделите книгу",
    en: "the workbook's shared-string table is over 96 MB: not read — remove unneeded sheets or split the workbook",
  },
  outOfMemory: {
    ru: "проверке этого файла не хватило памяти (предел на файл исчерпан): разделите книгу или удалите лишние данные",
    en: "checking this file ran out of memory (the per-file limit was reached): split the workbook or remove unneeded data",
  },
  structureProtected: {
    ru: "копия с отметками не записана: структура книги защищена, лист «Проверка» добавить нельзя — снимите защиту книги (Рецензирование → Защитить книгу) и повторите; проверка выше выполнена",
    en: "annotated copy not written: the workbook structure is protected, so the «Проверка» sheet cannot be added — unprotect the workbook (Review → Protect Workbook) and retry; the check above is complete",
  },
  copyNotWritten: { ru: "копия с отметками не записана", en: "annotated copy not written" },
  templateNotWritten: { ru: "шаблон не записан", en: "template not written" },
  workerDied: {
    ru: "процесс проверки этого файла аварийно завершился: повторите проверку этого файла",
    en: "the worker checking this file crashed: retry this file",
  },
} satisfies Record<string, Bilingual>;

export function wrongExtension(ext: string): Bilingual {
  const shown = ext || "без расширения";
  return {
    ru: `не книга .xlsx (расширение ${shown}): проверяются только файлы .xlsx — сохраните книгу в Excel как .xlsx`,
    en: `not an .xlsx workbook (extension ${ext || "none"}): only .xlsx files are checked — save it as .xlsx in Excel`,
  };
}

export function noSuchSheet(name: string, sheets: readonly string[]): Bilingual {
  const list = sheets.map((s) => `«${s}»`).join(", ");
  return {
    ru: `в книге нет листа «${name}» (есть: ${list}): укажите в --sheet один из них`,
    en: `the workbook has no sheet “${name}” (sheets: ${list}): give one of them to --sheet`,
  };
}

export function noRoadmap(perSheet: readonly { sheet: string; reason: Bilingual }[]): Bilingual {
  if (perSheet.length === 1) {
    const only = perSheet[0]!;
    return {
      ru: `дорожная карта не найдена: лист «${only.sheet}» — ${only.reason.ru}`,
      en: `no roadmap found: sheet “${only.sheet}” — ${only.reason.en}`,
    };
  }
  const ru = perSheet.map((p) => `«${p.sheet}» — ${p.reason.ru}`).join("; ");
  const en = perSheet.map((p) => `“${p.sheet}” — ${p.reason.en}`).join("; ");
  return {
    ru: `дорожная карта не найдена ни на одном листе: ${ru}`,
    en: `no roadmap found on any sheet: ${en}`,
  };
}

/** A package that does not read as .xlsx, with the reader's own words on why. */
export function damagedZip(detail: string): Bilingual {
  return {
    ru: `файл повреждён или это не книга Excel (zip-архив не читается как .xlsx: ${detail}): откройте его в Excel (он предложит восстановить книгу) и сохраните заново`,
    en: `damaged file or not an Excel workbook (the zip archive does not read as .xlsx: ${detail}): open it in Excel (which offers to repair it) and save it again`,
  };
}

export function internalError(detail: string): Bilingual {
  return {
    ru: `${M.internal.ru}: ${detail} — повторите проверку; если ошибка снова, сообщите о ней разработчикам и приложите файл`,
    en: `${M.internal.en}: ${detail} — retry; if it fails again, report it to the developers with the file`,
  };
}

export function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, " ").trim();
}

export function t(text: Bilingual, lang: Lang): string {
  return text[lang];
}

// C0 and C1 controls, DEL, and the invisible direction marks and overrides that can reorder or hide printed text.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_RE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** Text from a workbook or a file name made safe for a terminal: each control character shown as \xHH or \uHHHH. */
export function escapeControls(text: string): string {
  return text.replace(CONTROL_RE, (ch) => {
    const c = ch.charCodeAt(0);
    return c < 0x100
      ? `\\x${c.toString(16).toUpperCase().padStart(2, "0")}`
      : `\\u${c.toString(16).toUpperCase().padStart(4, "0")}`;
  });
}

export function tooManyCells(limit: number): Bilingual {
  return {
    ru: `в книге больше ${limit.toLocaleString("ru-RU")} заполненных ячеек: книга не читается — разделите её или удалите лишние данные`,
    en: `the workbook has more than ${limit.toLocaleString("en-US")} filled cells: not read — split it or remove unneeded data`,
  };
}

/** The one-line reason for a failed file-system call, by its error code; null for an unexpected error. */
export function fsReason(e: unknown): Bilingual | null {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case "ENOENT":
      return M.notFound;
    case "EACCES":
    case "EPERM":
      return M.permissionDenied;
    case "ELOOP":
      return M.symlinkLoop;
    case "EISDIR":
      return M.notAFile;
    default:
      return null;
  }
}

/** As the add-in says it (src/excel/marks.ts), for the CLI's copy: a protected sheet is not marked. */
export function sheetsProtected(names: readonly string[]): Bilingual {
  const ru = names.map((n) => `«${n}»`).join(", ");
  const en = names.map((n) => `“${n}”`).join(", ");
  return {
    ru: `копия с отметками не записана: лист ${ru} защищён от изменений — снимите защиту листа (Рецензирование → Снять защиту листа) и повторите; проверка выше выполнена`,
    en: `annotated copy not written: sheet ${en} is protected — unprotect it (Review → Unprotect Sheet) and retry; the check above is complete`,
  };
}

/** Why a file could not be written (annotated copy, template), by its error code; null for an unexpected error. */
export function writeReason(e: unknown, what: Bilingual = M.copyNotWritten): Bilingual | null {
  const err = e as NodeJS.ErrnoException | null;
  const path = err?.path ? ` (${err.path})` : "";
  const why: Bilingual | null =
    err?.code === "EACCES" || err?.code === "EPERM" || err?.code === "EROFS"
      ? {
          ru: `нет прав на запись${path}: выберите папку, куда можно писать`,
          en: `no permission to write${path}: choose a folder you can write to`,
        }
      : err?.code === "ENOSPC"
        ? {
            ru: "на диске нет места: освободите место и повторите",
            en: "the disk is full: free some space and retry",
          }
        : err?.code === "ENOTDIR" || err?.code === "EEXIST"
          ? {
              ru: `на пути${path} файл там, где нужна папка: укажите другой путь`,
              en: `a file stands where a folder is needed${path}: choose another path`,
            }
          : err?.code === "ENAMETOOLONG"
            ? {
                ru: "слишком длинное имя файла: укажите путь короче",
                en: "the file name is too long: choose a shorter path",
              }
            : null;
  return why && { ru: `${what.ru}: ${why.ru}`, en: `${what.en}: ${why.en}` };
}
