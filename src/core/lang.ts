/** The two interface languages: Russian by default, English when Office runs in English. */
export type Lang = "ru" | "en";

/** A text in both languages; every message the product shows is one of these. */
export interface Bilingual {
  ru: string;
  en: string;
}

export function pick(text: Bilingual, lang: Lang): string {
  return text[lang];
}
