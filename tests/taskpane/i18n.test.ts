import { describe, expect, it } from "vitest";
import { FINDING_CODES } from "../../src/core/report";
import { catalogs, formatIsoDate, placeholders, translate, type MessageKey } from "../../src/taskpane/i18n";

describe("i18n catalog", () => {
  const ruKeys = Object.keys(catalogs.ru).sort();
  const enKeys = Object.keys(catalogs.en).sort();

  it("has the same keys in Russian and English", () => {
    expect(enKeys).toEqual(ruKeys);
    expect(ruKeys.length).toBeGreaterThan(100);
  });

  it("uses the same placeholders in both languages, and no message is empty", () => {
    for (const key of ruKeys as MessageKey[]) {
      expect(placeholders(catalogs.en[key]), key).toEqual(placeholders(catalogs.ru[key]));
      expect(catalogs.ru[key].trim(), key).not.toBe("");
      expect(catalogs.en[key].trim(), key).not.toBe("");
    }
  });

  it("Russian messages are in Russian and English ones in English", () => {
    // Month abbreviations and {..}-only messages aside, every Russian text has Cyrillic; no English text has.
    for (const key of ruKeys as MessageKey[]) {
      const ru = catalogs.ru[key].replace(/\{\w+\}/g, "");
      const en = catalogs.en[key].replace(/\{\w+\}/g, "");
      if (/[A-Za-zА-Яа-яЁё]/.test(ru)) expect(/[А-Яа-яЁё]/.test(ru), key).toBe(true);
      expect(/[А-Яа-яЁё]/.test(en), key).toBe(false);
    }
  });

  it("names every finding code, and twelve months", () => {
    for (const code of FINDING_CODES) {
      expect(Object.keys(catalogs.ru)).toContain(`code.${code}`);
    }
    for (let m = 1; m <= 12; m++) expect(Object.keys(catalogs.ru)).toContain(`timeline.m${m}`);
  });

  it("fills placeholders and leaves unknown ones visible", () => {
    expect(translate("ru", "summary.errors", { n: 3 })).toBe("Ошибки: 3");
    expect(translate("en", "summary.errors", { n: 3 })).toBe("Errors: 3");
    expect(translate("ru", "finding.cell", {})).toBe("Ячейка {address}");
    expect(translate("ru", "verdict.ready")).toBe("Можно отправлять");
    expect(translate("ru", "verdict.has-errors")).toBe("Есть ошибки");
    expect(translate("ru", "actions.check")).toBe("Проверить");
    expect(translate("ru", "actions.clear")).toBe("Снять отметки");
    expect(translate("ru", "actions.insert")).toBe("Вставить шаблон");
    expect(translate("ru", "tabs.timeline")).toBe("Шкала");
  });

  it("formats ISO days in each language", () => {
    expect(formatIsoDate("2027-03-01", "ru")).toBe("1 марта 2027 г.");
    expect(formatIsoDate("2027-03-01", "en")).toBe("1 March 2027");
    expect(formatIsoDate("в течение года", "ru")).toBe("в течение года");
  });
});
