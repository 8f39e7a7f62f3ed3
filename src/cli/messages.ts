import type { Bilingual, Lang } from "../core/lang";

/** Every text the command line prints, in both languages (Russian first, as the product defaults to it). */
export const M = {
  notFound: { ru: "файл или папка не найдены", en: "file or folder not found" },
  notAFile: { ru: "не обычный файл", en: "not a regular file" },
  noXlsxInFolder: { ru: "в папке нет файлов .xlsx", en: "the folder holds no .xlsx files" },
  emptyFile: {
    ru: "пустой файл (0 байт), а не книга Excel",
    en: "empty file (0 bytes), not an Excel workbook",
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
    ru: "не книга Excel .xlsx (неизвестный формат файла)",
    en: "not an .xlsx workbook (unknown file format)",
  },
  emptyZip: { ru: "пустой zip-архив, а не книга Excel", en: "an empty zip archive, not an Excel workbook" },
  damagedZip: {
    ru: "файл повреждён или это не книга Excel (zip-архив не читается как .xlsx)",
    en: "damaged file or not an Excel workbook (the zip archive does not read as .xlsx)",
  },
  noSheets: { ru: "в книге нет листов", en: "the workbook has no sheets" },
  emptyWorkbook: {
    ru: "книга пуста: ни на одном листе нет данных",
    en: "empty workbook: no sheet holds any data",
  },
  internal: { ru: "внутренняя ошибка при проверке", en: "internal error while checking" },
  workerDied: {
    ru: "процесс проверки этого файла аварийно завершился",
    en: "the worker checking this file crashed",
  },
} satisfies Record<string, Bilingual>;

export function wrongExtension(ext: string): Bilingual {
  const shown = ext || "без расширения";
  return {
    ru: `не книга .xlsx (расширение ${shown}): проверяются только файлы .xlsx`,
    en: `not an .xlsx workbook (extension ${ext || "none"}): only .xlsx files are checked`,
  };
}

export function noSuchSheet(name: string, sheets: readonly string[]): Bilingual {
  const list = sheets.map((s) => `«${s}»`).join(", ");
  return {
    ru: `в книге нет листа «${name}» (есть: ${list})`,
    en: `the workbook has no sheet “${name}” (sheets: ${list})`,
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

export function internalError(detail: string): Bilingual {
  return { ru: `${M.internal.ru}: ${detail}`, en: `${M.internal.en}: ${detail}` };
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
