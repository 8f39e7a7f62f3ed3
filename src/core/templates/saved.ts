import type { SavedTemplate, WorkbookStore } from "../store/format";
import { parseTemplateJson } from "./parse";
import type { Edition } from "./schema";

/**
 * Templates kept in the workbook's store: the add-in saves the one the planner loaded, and every later check, a
 * colleague's add-in and `roadmap-check` on the file read it back through the same JSON parser as a --template file.
 */

export function savedTemplateOf(
  edition: Edition,
  source: SavedTemplate["source"],
  savedAt: string,
): SavedTemplate {
  return { id: edition.id, name: edition.title.ru, savedAt, source, json: JSON.stringify(edition) };
}

/** The store with `t` saved (replacing a template of the same id). */
export function withSavedTemplate(store: WorkbookStore, t: SavedTemplate): WorkbookStore {
  return { ...store, templates: [...store.templates.filter((x) => x.id !== t.id), t] };
}

export function withoutSavedTemplate(store: WorkbookStore, id: string): WorkbookStore {
  return { ...store, templates: store.templates.filter((x) => x.id !== id) };
}

/** The saved templates that still parse as editions (a body edited by hand into nonsense is left out, not trusted). */
export function savedEditions(
  store: Pick<WorkbookStore, "templates">,
): { edition: Edition; saved: SavedTemplate }[] {
  const out: { edition: Edition; saved: SavedTemplate }[] = [];
  for (const saved of store.templates) {
    let json: unknown;
    try {
      json = JSON.parse(saved.json);
    } catch {
      continue;
    }
    const parsed = parseTemplateJson(json);
    if (parsed.ok && parsed.edition.id === saved.id) out.push({ edition: parsed.edition, saved });
  }
  return out;
}
