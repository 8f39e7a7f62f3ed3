import { useCallback, useReducer } from "react";
import type { Lang } from "../core/lang";
import type { RoadmapReport } from "../core/report";
import { todayIso } from "./hooks";
import { useCheck, useOpenPane, useRun } from "./paneRun";
import { initialPaneState, paneReducer, type TabId } from "./paneState";
import type { AddinServices, PaneSettings, RoadmapChoice } from "./services";
import { useAcceptances } from "./useAcceptances";
import { useColumnRoles } from "./useColumnRoles";
import { useFollowSheet } from "./useFollowSheet";
import { useTemplateActions } from "./useTemplateActions";

export type { BusyKind, Notice, TabId } from "./paneState";
export { DEFAULT_SETTINGS } from "./paneState";

/** The pane's state (a pure reducer, paneState.ts) wired to the services; every call goes through `run`. */
export function usePane(services: AddinServices, lang: Lang, initialTab: TabId = "check") {
  const [state, dispatch] = useReducer(paneReducer, initialTab, initialPaneState);
  const { run, mounted } = useRun(services, dispatch);
  const { reading, settings, choices } = state;
  const checkDate = settings.checkDate ?? todayIso();

  const reread = useCallback(
    () => run("read", async () => dispatch({ type: "read", reading: await services.readSheet() })),
    [run, services],
  );

  useOpenPane(services, run, dispatch, mounted);

  useFollowSheet(
    services,
    run,
    dispatch,
    reading?.sheetName ?? null,
    state.outcome?.reading.sheetName ?? null,
  );

  const { check, cancel, drawing } = useCheck(services, run, dispatch, {
    reading,
    checkDate,
    disabled: settings.disabled,
    choices,
    lang,
  });

  const { acceptedBy, accept, unaccept, clear } = useAcceptances(services, run, dispatch, {
    checked: state.outcome,
    reading,
    checkDate,
    disabled: settings.disabled,
    choices,
    lang,
  });

  const select = useCallback(
    (sheet: string, address: string) => run("read", () => services.selectCell(sheet, address)),
    [run, services],
  );

  const setChoice = useCallback(
    (roadmapId: string, patch: RoadmapChoice) => dispatch({ type: "choice", roadmapId, patch }),
    [],
  );

  const setColumn = useColumnRoles(dispatch, check);
  const templates = useTemplateActions(services, run, dispatch, {
    lang,
    checkDate,
    disabled: settings.disabled,
  });
  const saveSettings = useCallback(
    (next: PaneSettings) =>
      run("save", async () => {
        await services.saveSettings(next);
        dispatch({ type: "settingsSaved", settings: next });
      }),
    [run, services],
  );

  const loadTimeline = useCallback(
    (report: RoadmapReport) =>
      run("read", async () => {
        // Marked before the call so that a failure (shown in the error bar) is not retried in a loop.
        dispatch({ type: "timelinePending", roadmapId: report.roadmapId });
        const timeline = await services.timeline(report);
        dispatch({ type: "timeline", roadmapId: report.roadmapId, timeline });
      }),
    [run, services],
  );

  const setTab = useCallback((tab: TabId) => dispatch({ type: "tab", tab }), []);
  const dismissError = useCallback(() => dispatch({ type: "dismissError" }), []);
  const dismissNotice = useCallback(() => dispatch({ type: "dismissNotice" }), []);

  return {
    ...state,
    /** The check's verdict is being drawn (a transition): still busy for the progress bar and aria-busy. */
    drawing,
    setTab,
    checkDate,
    reread,
    check,
    accept,
    unaccept,
    acceptedBy,
    cancel,
    clear,
    select,
    setChoice,
    setColumn,
    insert: templates.insert,
    loadSheets: templates.loadSheets,
    parseTemplate: templates.parseTemplate,
    parseTemplateFile: templates.parseTemplateFile,
    chooseEdition: templates.chooseEdition,
    saveSettings,
    loadTimeline,
    compareEditions: templates.compareEditions,
    /** False when these services cannot compare editions: the «Шаблон» tab then leaves the comparison out. */
    canCompare: services.diffEditions !== undefined,
    saveTemplate: templates.saveTemplate,
    removeSavedTemplate: templates.removeSavedTemplate,
    removeInserted: templates.removeInserted,
    canStoreTemplates: services.saveTemplate !== undefined,
    suggestEdition: services.suggestEdition,
    dismissError,
    dismissNotice,
  };
}

export type PaneModel = ReturnType<typeof usePane>;
