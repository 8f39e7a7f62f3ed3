import type { IsoDate } from "../deadlines/types";
import type { Bilingual } from "../lang";

/** Small wording helpers shared by the messages. */

export function shorten(s: string, max = 70): string {
  const t = s.replace(/\s+/g, " ").trim();
  return t.length <= max ? t : `${t.slice(0, max - 1).trimEnd()}…`;
}

export function ruDate(iso: IsoDate): string {
  return `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
}

export function bi(ru: string, en: string): Bilingual {
  return { ru, en };
}

/** A template item as the messages name it. */
export interface ItemRef {
  title: Bilingual;
}

/** The item the catalogue's examples name. */
export const EXAMPLE_ITEM: ItemRef = {
  title: bi("Объявлены закупки товаров, работ, услуг", "Procurement announced"),
};

/** «пропущен номер 5.4» / «пропущены номера 9.3–9.4». */
export function missingNumbers(missing: string[]): Bilingual {
  if (missing.length === 1) return bi(`пропущен номер ${missing[0]}`, `number ${missing[0]} is missing`);
  const span = `${missing[0]}–${missing[missing.length - 1]}`;
  return bi(`пропущены номера ${span}`, `numbers ${span} are missing`);
}
