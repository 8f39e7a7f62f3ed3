// The years the product works with: decided once here for the parser, the formatter, the template writer and the CLI.
import type { Bilingual } from "../lang";

export const SUPPORTED_YEARS = { min: 2000, max: 2099 } as const;

export function isSupportedYear(y: number): boolean {
  return Number.isInteger(y) && y >= SUPPORTED_YEARS.min && y <= SUPPORTED_YEARS.max;
}

/** Why a year is refused, in both languages; null for a supported year. */
export function unsupportedYear(y: number): Bilingual | null {
  if (isSupportedYear(y)) return null;
  const { min, max } = SUPPORTED_YEARS;
  const shown = Number.isFinite(y) ? String(y) : "?";
  return {
    ru: `год ${shown} вне поддерживаемых ${min}–${max}`,
    en: `the year ${shown} is outside the supported years ${min}–${max}`,
  };
}

/** Throws a RangeError with the English reason when the year is not supported. */
export function assertSupportedYear(y: number): void {
  const why = unsupportedYear(y);
  if (why) throw new RangeError(why.en);
}
