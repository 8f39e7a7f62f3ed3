import { type Dispatch, useCallback } from "react";
import type { Lang } from "../core/lang";
import type { PaneAction } from "./paneState";
import type { Run } from "./paneRun";
import type { AddinServices, EditionSummary, PaneSettings, TemplateMeta } from "./services";

/** The «Шаблон» tab's operations: insert a template, read one from a sheet or file, compare, save and remove. */
export function useTemplateActions(
  services: AddinServices,
  run: Run,
  dispatch: Dispatch<PaneAction>,
  { lang, checkDate, disabled }: { lang: Lang; checkDate: string; disabled: PaneSettings["disabled"] },
) {
  const insert = useCallback(
    (editionId: string, year: number, responsible: string[]) =>
      run("insert", async () => {
        const sheet = await services.insertTemplate({ editionId, year, lang, responsible });
        const outcome = await services.check({
          sheet,
          checkDate,
          disabled,
          overrides: {},
          lang,
        });
        dispatch({ type: "inserted", outcome, sheet, at: new Date().toISOString() });
        return sheet;
      }),
    [run, services, lang, checkDate, disabled, dispatch],
  );

  const loadSheets = useCallback(
    () => run("sheets", async () => dispatch({ type: "sheetsListed", sheets: await services.listSheets() })),
    [run, services, dispatch],
  );

  const parseTemplate = useCallback(
    (sheet: string, meta: TemplateMeta) =>
      run("parse", async () => {
        const result = await services.templateFromSheet(sheet, meta);
        dispatch({ type: "parsed", parsed: { ...result, sheet } });
        return result;
      }),
    [run, services, dispatch],
  );

  const parseTemplateFile = useCallback(
    (file: File) =>
      run("parse", async () => {
        const result = await services.templateFromJson(file.name, await file.text());
        dispatch({ type: "parsed", parsed: { ...result, sheet: file.name, file: true } });
        return result;
      }),
    [run, services, dispatch],
  );

  const chooseEdition = useCallback(
    (edition: EditionSummary) => dispatch({ type: "editionChosen", edition, title: edition.title[lang] }),
    [lang, dispatch],
  );

  const compareEditions = useCallback(
    (fromId: string, toId: string) =>
      run("diff", async () => (services.diffEditions ? services.diffEditions(fromId, toId) : null)),
    [run, services],
  );

  const saveTemplate = useCallback(
    (edition: EditionSummary) =>
      run("store", async () => {
        const editions = await services.saveTemplate!(edition.id);
        const notice = { kind: "templateSaved" as const, title: edition.title[lang] };
        dispatch({ type: "templatesStored", editions, notice });
      }),
    [run, services, lang, dispatch],
  );

  const removeSavedTemplate = useCallback(
    (edition: EditionSummary) =>
      run("store", async () => {
        const editions = await services.removeSavedTemplate!(edition.id);
        const notice = { kind: "templateRemoved" as const, title: edition.title[lang] };
        dispatch({ type: "templatesStored", editions, notice });
      }),
    [run, services, lang, dispatch],
  );

  const removeInserted = useCallback(
    (sheet: string) =>
      run("store", async () => {
        await services.removeInsertedSheet!(sheet);
        dispatch({ type: "insertRemoved", sheet });
        dispatch({ type: "activeSheet", reading: await services.readSheet() });
      }),
    [run, services, dispatch],
  );
  return {
    insert,
    loadSheets,
    parseTemplate,
    parseTemplateFile,
    chooseEdition,
    compareEditions,
    saveTemplate,
    removeSavedTemplate,
    removeInserted,
  };
}
