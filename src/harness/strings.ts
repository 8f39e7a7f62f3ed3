import type { Lang } from "../core/lang";

/** The demo page's own words (the pane's are in src/taskpane/i18n.ts). */
export const HARNESS_TEXT = {
  ru: {
    title: "Демо: панель надстройки рядом с имитацией Excel",
    workbook: "Книга",
    examples: "Примеры",
    fixtures: "Документы-образцы (тестовые книги)",
    sheets: "Листы книги",
    loading: "Загрузка книги…",
    loadFailed: "Не удалось открыть книгу",
    empty: "Лист пуст",
    grid: "Лист «{sheet}» (показаны строки {rows}, столбцы {cols})",
    pane: "Панель надстройки",
    note: "Примечание: {text}",
  },
  en: {
    title: "Demo: the add-in's pane beside a simulated Excel",
    workbook: "Workbook",
    examples: "Examples",
    fixtures: "Sample documents (test workbooks)",
    sheets: "Workbook sheets",
    loading: "Loading the workbook…",
    loadFailed: "Could not open the workbook",
    empty: "The sheet is empty",
    grid: "Sheet “{sheet}” (rows {rows}, columns {cols} shown)",
    pane: "Add-in pane",
    note: "Note: {text}",
  },
} satisfies Record<Lang, Record<string, string>>;

export type HarnessKey = keyof (typeof HARNESS_TEXT)["ru"];

export function harnessText(
  lang: Lang,
  key: HarnessKey,
  params: Record<string, string | number> = {},
): string {
  return HARNESS_TEXT[lang][key].replace(/\{(\w+)\}/g, (w, k: string) =>
    k in params ? String(params[k]) : w,
  );
}
