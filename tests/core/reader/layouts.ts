// Correct roadmaps laid out as other regions, municipalities and schools lay them out: the template's rows for a year
// (instantiateTemplate gives every item with the form's own deadline), so a right reading must come back clean.
import { addDays, formatISO, parseISO } from "date-fns";
import type { CellValue, Grid } from "../../../src/core/grid";
import { instantiateTemplate } from "../../../src/core/templates/instantiate";
import { getEdition } from "../../../src/core/templates/library";
import type { TemplateRow } from "../../../src/core/templates/types";

export const TITLE =
  "Комплекс мер (дорожная карта) по созданию и функционированию центров «Точка роста» в 2027 году";

export function templateRows(year = 2027): TemplateRow[] {
  return instantiateTemplate(getEdition("tochka-rosta-2024")!, year);
}

/** dd.mm.yyyy, `days` after an ISO date. */
export function ruDate(iso: string, days = 0): string {
  const d = formatISO(addDays(parseISO(iso), days), { representation: "date" });
  return `${d.slice(8, 10)}.${d.slice(5, 7)}.${d.slice(0, 4)}`;
}

export function grid(values: CellValue[][], merges: string[] = [], sheetName = "Дорожная карта"): Grid {
  const width = values.reduce((m, r) => Math.max(m, r.length), 0);
  return {
    sheetName,
    origin: "A1",
    values: values.map((r) => [...r, ...Array(width - r.length).fill(null)]),
    merges,
  };
}
