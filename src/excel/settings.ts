import { z } from "zod";
import { FindingCodeSchema } from "../core/report";
import type { Outcome } from "./types";

/**
 * The add-in's settings live in the document (Office.context.document.settings): they travel with the workbook,
 * so every planner who opens it checks against the same date with the same checks switched off.
 */

const KEY = "roadmapChecker.settings";

export const AddinSettingsSchema = z.object({
  /** The date the check runs "as of" (ISO yyyy-mm-dd), or null for today. */
  checkDate: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  disabledChecks: z.array(FindingCodeSchema),
  /** The language of what the add-in writes in the workbook (the «Проверка» sheet, notes): the planner's choice. */
  sheetLang: z.enum(["ru", "en"]).optional(),
});
export type AddinSettings = z.infer<typeof AddinSettingsSchema>;

export const DEFAULT_SETTINGS: AddinSettings = { checkDate: null, disabledChecks: [] };

function documentSettings(): Office.Settings | null {
  if (typeof Office === "undefined" || !Office.context || !Office.context.document) return null;
  return Office.context.document.settings ?? null;
}

/** The saved settings, or the defaults when there are none or they do not validate (an older or damaged copy). */
export function loadSettings(): AddinSettings {
  const s = documentSettings();
  if (!s) return { ...DEFAULT_SETTINGS };
  const parsed = AddinSettingsSchema.safeParse(s.get(KEY));
  return parsed.success ? parsed.data : { ...DEFAULT_SETTINGS };
}

export function saveSettings(value: AddinSettings): Promise<Outcome<AddinSettings>> {
  const checked = AddinSettingsSchema.safeParse(value);
  if (!checked.success) {
    return Promise.resolve({
      ok: false,
      error: {
        code: "InvalidSettings",
        message: {
          ru: "Настройки не сохранены: неверное значение.",
          en: "Settings not saved: an invalid value.",
        },
        debug: checked.error.message,
      },
      notices: [],
    });
  }
  const s = documentSettings();
  if (!s) {
    return Promise.resolve({
      ok: false,
      error: {
        code: "NotInExcel",
        message: {
          ru: "Надстройка запущена вне Excel: настройки не сохраняются.",
          en: "The add-in is running outside Excel: settings are not saved.",
        },
        debug: "Office.context.document.settings is unavailable",
      },
      notices: [],
    });
  }
  s.set(KEY, checked.data);
  return new Promise((resolve) => {
    s.saveAsync((result: Office.AsyncResult<void>) => {
      if (result.status === Office.AsyncResultStatus.Succeeded)
        resolve({ ok: true, value: checked.data, notices: [] });
      else {
        resolve({
          ok: false,
          error: {
            code: "SettingsNotSaved",
            message: {
              ru: "Настройки не сохранены в книге (книга открыта только для чтения?). Они действуют до закрытия панели.",
              en: "Settings were not saved in the workbook (is it read-only?). They apply until the pane is closed.",
            },
            debug: `${result.error?.name ?? ""}: ${result.error?.message ?? ""}`,
          },
          notices: [],
        });
      }
    });
  });
}
