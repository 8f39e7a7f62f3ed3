import type { z } from "zod";
import type { Bilingual } from "../lang";
import type { Edition } from "./schema";

/** What reading a planner's template gives: its edition, or its errors (by cell) and a short reason. */

export interface TemplateError {
  /** Cell (A1, no sheet name) of the problem, null for the whole file or sheet. */
  address: string | null;
  message: Bilingual;
}

export type TemplateParseResult =
  { ok: true; edition: Edition } | { ok: false; errors: TemplateError[]; reason: Bilingual };

/** The errors, and a reason made of the first three (the rest counted). */
export function failure(errors: TemplateError[]): TemplateParseResult {
  const shown = errors.slice(0, 3);
  const more = errors.length - shown.length;
  const join = (lang: "ru" | "en") =>
    shown.map((e) => (e.address ? `${e.address}: ` : "") + e.message[lang]).join(" ") +
    (more > 0 ? (lang === "ru" ? ` …и ещё ${more}.` : ` …and ${more} more.`) : "");
  return { ok: false, errors, reason: { ru: join("ru"), en: join("en") } };
}

/** Schema issues as template errors of the whole file (at most 50). */
export function zodErrors(issues: z.core.$ZodIssue[]): TemplateError[] {
  return issues.slice(0, 50).map((i) => {
    const path = i.path
      .map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`))
      .join("")
      .replace(/^\./, "");
    return {
      address: null,
      message: {
        ru: `Шаблон не соответствует схеме: ${path || "корень"} — ${i.message}.`,
        en: `The template does not fit the schema: ${path || "root"} — ${i.message}.`,
      },
    };
  });
}
