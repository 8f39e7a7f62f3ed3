import { addEdition, adopt, editions, unwrap, type OfficeState } from "./officeState";
import type { AddinServices, TemplateFromSheetResult } from "./services";

/** The real services for template editions: the built-in ones, the planner's, and those saved in the workbook. */

type EditionServices = Pick<
  AddinServices,
  "listEditions" | "saveTemplate" | "removeSavedTemplate" | "suggestEdition" | "diffEditions"
>;

export function editionServices(st: OfficeState): EditionServices {
  return {
    async listEditions() {
      const [core, excel] = await st.load();
      // A template saved in the file (by this planner or a colleague) is in effect from the start.
      const stored = await excel.savedTemplates();
      st.notices.push(...stored.notices);
      if (stored.ok) adopt(st, core, stored.value);
      else st.notices.push(stored.error.message);
      return editions(st, core);
    },

    async saveTemplate(editionId) {
      const [core, excel] = await st.load();
      const edition = st.extraEditions.find((e) => e.id === editionId);
      if (!edition) throw new Error(`No loaded template ${editionId}`);
      const source = st.sources.get(editionId) ?? { kind: "file" as const, name: editionId };
      const t = core.savedTemplateOf(edition, source, new Date().toISOString());
      adopt(
        st,
        core,
        unwrap(st, await excel.changeSavedTemplates((store) => core.withSavedTemplate(store, t))),
      );
      return editions(st, core);
    },

    async removeSavedTemplate(editionId) {
      const [core, excel] = await st.load();
      adopt(
        st,
        core,
        unwrap(st, await excel.changeSavedTemplates((store) => core.withoutSavedTemplate(store, editionId))),
      );
      return editions(st, core);
    },

    async suggestEdition(programme, year) {
      const [core] = await st.load();
      return core.suggestEdition(programme, year, st.extraEditions);
    },

    async diffEditions(fromId, toId) {
      const [core] = await st.load();
      const [a, b] = [fromId, toId].map((id) => {
        const e = core.getEdition(id, st.extraEditions);
        if (!e) throw new Error(`Unknown template edition: ${id}`);
        return e;
      });
      return core.diffEditions(a!, b!);
    },
  };
}

type TemplateServices = Pick<AddinServices, "insertTemplate" | "templateFromSheet" | "templateFromJson">;

function notJson(fileName: string, e: unknown): TemplateFromSheetResult {
  const detail = e instanceof Error ? e.message : String(e);
  return {
    ok: false,
    errors: [
      {
        address: null,
        message: {
          ru: `Файл «${fileName}» — не JSON: ${detail}`,
          en: `File “${fileName}” is not JSON: ${detail}`,
        },
      },
    ],
  };
}

/** The real services that make a template: a new sheet from one, or one from a sheet or a JSON file. */
export function templateServices(st: OfficeState): TemplateServices {
  return {
    async insertTemplate(req) {
      const [core, excel] = await st.load();
      const responsible = req.responsible.join(", ");
      const plan = core.templateSheetFor(req.editionId, req.year, req.lang, {
        responsible: responsible || undefined,
        extraEditions: st.extraEditions,
      });
      return unwrap(st, await excel.insertTemplate(plan));
    },

    async templateFromSheet(sheet, meta) {
      const [core, excel] = await st.load();
      const read = unwrap(st, await excel.readSheet({ sheet }));
      const parsed = core.parseTemplateGrid(read.grid, {
        programme: meta.programme,
        year: meta.year,
        name: meta.title,
      });
      if (!parsed.ok)
        return { ok: false, errors: parsed.errors.map((e) => ({ address: e.address, message: e.message })) };
      st.sources.set(parsed.edition.id, { kind: "sheet", name: sheet });
      return addEdition(st, parsed.edition);
    },

    async templateFromJson(fileName, text) {
      const [core] = await st.load();
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch (e) {
        return notJson(fileName, e);
      }
      const parsed = core.parseTemplateJson(json);
      if (!parsed.ok) return { ok: false, errors: [{ address: null, message: parsed.reason }] };
      st.sources.set(parsed.edition.id, { kind: "file", name: fileName });
      return addEdition(st, parsed.edition);
    },
  };
}
