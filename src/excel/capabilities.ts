import type { Bilingual } from "../core/lang";

/**
 * What this Excel can do, from Office.context.requirements.isSetSupported("ExcelApi", v). Every API above
 * ExcelApi 1.1 the adapter uses is behind one of these flags, and each missing one has a degraded path.
 */
export interface Capabilities {
  inOffice: boolean;
  /** Highest ExcelApi version known to be supported (of those probed), or null outside Office. */
  apiVersion: string | null;
  usedRangeValuesOnly: boolean; // Worksheet.getUsedRange(valuesOnly) — 1.2
  protection: boolean; // Worksheet.protection — 1.2
  columnWidth: boolean; // RangeFormat.columnWidth — 1.2
  nullObjects: boolean; // *OrNullObject on worksheets and used ranges — 1.4
  workbookProtection: boolean; // Workbook.protection — 1.7
  events: boolean; // WorksheetCollection.onActivated, Worksheet.onChanged — 1.7
  triggerSource: boolean; // WorksheetChangedEventArgs.triggerSource — 1.14
  dataValidation: boolean; // Range.dataValidation — 1.8
  rangeAreas: boolean; // Worksheet.getRanges / RangeAreas — 1.9
  cellProperties: boolean; // Range.getCellProperties / setCellProperties, fill pattern — 1.9
  comments: boolean; // threaded comments — 1.10
  mergedAreas: boolean; // Range.getMergedAreasOrNullObject — 1.13
  notes: boolean; // notes (legacy comments) — 1.18
  conditionalFormats: boolean; // Range.conditionalFormats — 1.6
  freezePanes: boolean; // Worksheet.freezePanes — 1.7
  autoFilter: boolean; // Worksheet.autoFilter — 1.9
  pageLayout: boolean; // Worksheet.pageLayout (orientation, zoom, print titles) — 1.9
  undoGroup: boolean; // Excel.run({ mergeUndoGroup }) — 1.20
  /** How getRanges separates areas: "," normally; ";" on desktops whose list separator is ";" (office-js #1167). */
  areaSeparator: "," | ";";
  /** Bytes one request may carry before the adapter splits it: Excel on the web refuses more than 5 MB. */
  payloadBudget: number;
}

/** Under the web's 5 MB limit with room for estimation error; desktops have no documented limit. */
export const WEB_PAYLOAD_BUDGET = 4_000_000;
export const DESKTOP_PAYLOAD_BUDGET = 32_000_000;

function platformOf(): string {
  if (typeof Office === "undefined" || !Office.context) return "";
  return String(
    (Office.context as unknown as { diagnostics?: { platform?: string } }).diagnostics?.platform ?? "",
  );
}

const VERSIONS = [
  "1.1",
  "1.2",
  "1.3",
  "1.4",
  "1.5",
  "1.6",
  "1.7",
  "1.8",
  "1.9",
  "1.10",
  "1.11",
  "1.12",
  "1.13",
  "1.14",
  "1.15",
  "1.16",
  "1.17",
  "1.18",
  "1.19",
  "1.20",
];

interface Requirements {
  isSetSupported(name: string, version?: string): boolean;
}

function requirements(): Requirements | null {
  // Office.js loaded outside Office has Office.context but no requirements (observed in Chromium).
  if (typeof Office === "undefined" || !Office.context) return null;
  const req = (Office.context as { requirements?: Requirements }).requirements;
  return req && typeof req.isSetSupported === "function" ? req : null;
}

export function detectCapabilities(): Capabilities {
  const req = requirements();
  const has = (v: string) => (req ? req.isSetSupported("ExcelApi", v) : false);
  let apiVersion: string | null = null;
  for (const v of VERSIONS) if (has(v)) apiVersion = v;
  return {
    inOffice: req !== null && typeof Excel !== "undefined",
    apiVersion,
    usedRangeValuesOnly: has("1.2"),
    protection: has("1.2"),
    columnWidth: has("1.2"),
    nullObjects: has("1.4"),
    workbookProtection: has("1.7"),
    events: has("1.7"),
    triggerSource: has("1.14"),
    dataValidation: has("1.8"),
    rangeAreas: has("1.9"),
    cellProperties: has("1.9"),
    comments: has("1.10"),
    mergedAreas: has("1.13"),
    notes: has("1.18"),
    conditionalFormats: has("1.6"),
    freezePanes: has("1.7"),
    autoFilter: has("1.9"),
    pageLayout: has("1.9"),
    undoGroup: has("1.20"),
    areaSeparator: ",",
    // Unknown platform: assume the strictest (the web).
    payloadBudget: ["PC", "Mac", "Universal"].includes(platformOf())
      ? DESKTOP_PAYLOAD_BUDGET
      : WEB_PAYLOAD_BUDGET,
  };
}

const probed = new WeakMap<object, "," | ";">();

/** Capabilities, without touching the workbook: the getRanges separator is the one settled earlier, else ",". */
export async function capabilities(): Promise<Capabilities> {
  const caps = detectCapabilities();
  const known = typeof Office === "undefined" ? undefined : probed.get(Office as unknown as object);
  return known ? { ...caps, areaSeparator: known } : caps;
}

/**
 * Settles the getRanges separator inside the command's own Excel.run. Excel on the web takes ","; a desktop with
 * a ";" list separator (Russian, German Windows) rejects "," (office-js #1167), so a desktop is probed once per
 * session with a read-only getRanges on the active sheet: one extra sync, the first time only. Call it with
 * nothing queued on `context`: a refused probe fails the whole batch it is synced with.
 */
export async function settleSeparator(
  context: Excel.RequestContext,
  caps: Capabilities,
): Promise<Capabilities> {
  if (!caps.inOffice || !caps.rangeAreas) return caps;
  const key = Office as unknown as object;
  const known = probed.get(key);
  if (known) return { ...caps, areaSeparator: known };
  if (platformOf() === "OfficeOnline") {
    probed.set(key, ",");
    return caps;
  }
  const probe = context.workbook.worksheets.getActiveWorksheet().getRanges("A1,A2");
  probe.load("areaCount");
  let sep: "," | ";";
  try {
    await context.sync();
    sep = probe.areaCount === 2 ? "," : ";";
  } catch (e) {
    if ((e as { code?: string }).code !== "InvalidArgument") throw e;
    sep = ";";
  }
  probed.set(key, sep);
  return { ...caps, areaSeparator: sep };
}

export type NoticeArea = "read" | "mark" | "template";

/** What a missing capability costs, said once in the pane (all areas) or with the command it affects. */
export function capabilityNotices(caps: Capabilities, area?: NoticeArea): Bilingual[] {
  const out: { area: NoticeArea; text: Bilingual }[] = [];
  if (!caps.inOffice) {
    return [{ ru: "Надстройка запущена вне Excel.", en: "The add-in is running outside Excel." }];
  }
  if (!caps.usedRangeValuesOnly) {
    out.push({
      area: "read",
      text: {
        ru: "Эта версия Excel (ExcelApi 1.1) не умеет находить последнюю заполненную строку: если лист отформатирован до самого низа, прочитаны будут только первые строки.",
        en: "This Excel (ExcelApi 1.1) cannot find the last filled row: if the sheet is formatted all the way down, only the first rows are read.",
      },
    });
  }
  if (!caps.mergedAreas) {
    out.push({
      area: "read",
      text: {
        ru: "Объединённые ячейки не распознаются в этой версии Excel (нужен ExcelApi 1.13): заголовки из объединённых ячеек читаются по первой ячейке.",
        en: "Merged cells are not detected in this Excel (needs ExcelApi 1.13): merged headers are read from their first cell.",
      },
    });
  }
  if (!caps.cellProperties) {
    out.push({
      area: "mark",
      text: {
        ru: "Эта версия Excel не отличает белую заливку от её отсутствия: при снятии отметок белые ячейки останутся без заливки.",
        en: "This Excel cannot tell a white fill from no fill: removing the marks leaves white cells with no fill.",
      },
    });
  }
  if (!caps.notes && !caps.comments) {
    out.push({
      area: "mark",
      text: {
        ru: "Примечания к ячейкам недоступны в этой версии Excel (нужен ExcelApi 1.10): сообщения есть только на листе «Проверка» и в панели.",
        en: "Cell notes are unavailable in this Excel (needs ExcelApi 1.10): messages are only on the «Проверка» sheet and in the pane.",
      },
    });
  } else if (!caps.notes) {
    out.push({
      area: "mark",
      text: {
        ru: "Сообщения добавляются как комментарии (примечания появились в ExcelApi 1.18).",
        en: "Messages are added as comments (notes need ExcelApi 1.18).",
      },
    });
  }
  if (!caps.dataValidation) {
    out.push({
      area: "template",
      text: {
        ru: "Выпадающий список в столбце «Отметка о выполнении» недоступен в этой версии Excel (нужен ExcelApi 1.8).",
        en: "The drop-down list in the completion-mark column is unavailable in this Excel (needs ExcelApi 1.8).",
      },
    });
  }
  if (!caps.conditionalFormats) {
    out.push({
      area: "template",
      text: {
        ru: "Просроченные строки не будут подсвечиваться в самом листе: условное форматирование недоступно в этой версии Excel (нужен ExcelApi 1.6).",
        en: "Overdue rows will not be coloured in the sheet itself: conditional formatting is unavailable in this Excel (needs ExcelApi 1.6).",
      },
    });
  }
  if (!caps.freezePanes) {
    out.push({
      area: "template",
      text: {
        ru: "Заголовок таблицы не закрепляется в этой версии Excel (нужен ExcelApi 1.7).",
        en: "The table header cannot be frozen in this Excel (needs ExcelApi 1.7).",
      },
    });
  }
  if (!caps.autoFilter || !caps.pageLayout) {
    out.push({
      area: "template",
      text: {
        ru: "Фильтр по столбцам и параметры печати (альбомная ориентация, по ширине страницы, повтор заголовка) не задаются в этой версии Excel (нужен ExcelApi 1.9).",
        en: "Column filters and print setup (landscape, fit to width, repeated header) cannot be set in this Excel (needs ExcelApi 1.9).",
      },
    });
  }
  if (!caps.columnWidth) {
    out.push({
      area: "template",
      text: {
        ru: "Ширина столбцов не задаётся в этой версии Excel (нужен ExcelApi 1.2).",
        en: "Column widths cannot be set in this Excel (needs ExcelApi 1.2).",
      },
    });
  }
  return out.filter((n) => area === undefined || n.area === area).map((n) => n.text);
}
