import type { Bilingual } from "./lang";

/** The federal programmes whose roadmaps the product knows. */
export const PROGRAMME_IDS = ["tochka-rosta", "kvantorium", "it-cube", "cos", "complex-plan"] as const;

export type ProgrammeId = (typeof PROGRAMME_IDS)[number];

export const PROGRAMME_NAMES: Record<ProgrammeId, Bilingual> = {
  "tochka-rosta": { ru: "Центры «Точка роста»", en: "“Tochka Rosta” centres" },
  kvantorium: { ru: "Школьный Кванториум", en: "School Kvantorium technoparks" },
  "it-cube": { ru: "Центры «IT-куб»", en: "“IT-Cube” centres" },
  cos: { ru: "Цифровая образовательная среда (ЦОС)", en: "Digital educational environment (DEE)" },
  "complex-plan": {
    ru: "Единый комплексный план организационно-методической поддержки",
    en: "Unified plan of organisational and methodological support",
  },
};

/** Short names for sheet names and compact labels. */
export const PROGRAMME_SHORT: Record<ProgrammeId, Bilingual> = {
  "tochka-rosta": { ru: "Точка роста", en: "Tochka Rosta" },
  kvantorium: { ru: "Кванториум", en: "Kvantorium" },
  "it-cube": { ru: "IT-куб", en: "IT-Cube" },
  cos: { ru: "ЦОС", en: "DEE" },
  "complex-plan": { ru: "Комплексный план", en: "Unified plan" },
};
