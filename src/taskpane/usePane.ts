import { type Dispatch, useCallback, useEffect, useReducer, useRef, useState } from "react";
import type { Lang } from "../core/lang";
import type { Finding, RoadmapReport } from "../core/report";
import { todayIso } from "./hooks";
import { initialPaneState, paneReducer, type BusyKind, type PaneAction, type TabId } from "./paneState";
import { useColumnRoles } from "./useColumnRoles";
import type {
  AcceptChange,
  AddinServices,
  EditionSummary,
  PaneSettings,
  RoadmapChoice,
  TemplateMeta,
  Unwatch,
} from "./services";

/** The code of the error a cancelled operation ends with (the core engine's Cancelled). */
const CANCELLED = "Cancelled";

export type { BusyKind, Notice, TabId } from "./paneState";
export { DEFAULT_SETTINGS } from "./paneState";

/** The pane's state (a pure reducer, paneState.ts) wired to the services; every call goes through `run`. */
const NAME_KEY = "roadmapChecker.acceptedBy";

/** The name typed last time, from this browser's storage (partitioned per origin in Office); "" when none. */
function rememberedName(): string {
  try {
    return globalThis.localStorage?.getItem(NAME_KEY) ?? "";
  } catch {
    return "";
  }
}

function rememberName(name: string): void {
  try {
    globalThis.localStorage?.setItem(NAME_KEY, name);
  } catch {
    // Storage refused (private mode): the name is asked for again next time.
  }
}

export function usePane(services: AddinServices, lang: Lang, initialTab: TabId = "check") {
  const [state, dispatch] = useReducer(paneReducer, initialTab, initialPaneState);
  const busyRef = useRef<BusyKind | null>(null);
  /** Aborts the running check (the only cancellable operation: its long part runs in the core worker). */
  const abortRef = useRef<AbortController | null>(null);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const run = useCallback(
    async <T>(kind: BusyKind, fn: () => Promise<T>): Promise<T | undefined> => {
      // One operation at a time: Excel commands must not interleave.
      if (busyRef.current) return undefined;
      busyRef.current = kind;
      dispatch({ type: "started", busy: kind });
      try {
        return await fn();
      } catch (e) {
        const error = services.toUserError(e);
        if (mounted.current)
          dispatch(error.code === CANCELLED ? { type: "cancelled" } : { type: "failed", error });
        return undefined;
      } finally {
        busyRef.current = null;
        const notices = services.drainNotices?.() ?? [];
        if (mounted.current) dispatch({ type: "finished", notices });
      }
    },
    [services],
  );

  const { reading, settings, choices } = state;
  const checkDate = settings.checkDate ?? todayIso();

  const reread = useCallback(
    () => run("read", async () => dispatch({ type: "read", reading: await services.readSheet() })),
    [run, services],
  );

  // On open: settings, editions and the active sheet, in that order inside one busy step.
  useEffect(() => {
    void run("read", async () => {
      const [stored, editions] = await Promise.all([services.loadSettings(), services.listEditions()]);
      dispatch({ type: "loaded", settings: stored, editions });
      dispatch({ type: "read", reading: await services.readSheet() });
    }).finally(() => {
      if (mounted.current) dispatch({ type: "ready" });
    });
  }, [run, services]);

  useFollowSheet(
    services,
    run,
    dispatch,
    reading?.sheetName ?? null,
    state.outcome?.reading.sheetName ?? null,
  );

  const check = useCallback(
    () =>
      run("check", async () => {
        const controller = new AbortController();
        abortRef.current = controller;
        try {
          const outcome = await services.check({
            sheet: reading?.sheetName,
            checkDate,
            disabled: settings.disabled,
            overrides: choices,
            lang,
            signal: controller.signal,
          });
          dispatch({ type: "checked", outcome, at: new Date().toISOString() });
        } finally {
          abortRef.current = null;
        }
      }),
    [run, services, reading, checkDate, settings.disabled, choices, lang],
  );

  // The name stored with acceptances: the planner types it once (Office.js gives no user identity in Excel).
  const [acceptedBy, setAcceptedBy] = useState(rememberedName);

  /** Re-checks with an acceptance added or withdrawn: the store, the marks and the report change together. */
  const changeAcceptances = useCallback(
    (accept: AcceptChange, by: string) =>
      run("check", async () => {
        const outcome = await services.check({
          sheet: state.outcome?.reading.sheetName ?? reading?.sheetName,
          checkDate,
          disabled: settings.disabled,
          overrides: choices,
          lang,
          accept,
          by,
        });
        dispatch({ type: "checked", outcome, at: new Date().toISOString() });
      }),
    [run, services, state.outcome, reading, checkDate, settings.disabled, choices, lang],
  );

  const accept = useCallback(
    (roadmapId: string, finding: Finding, reason: string, by: string) => {
      setAcceptedBy(by);
      rememberName(by);
      return changeAcceptances({ add: [{ roadmapId, finding, reason }] }, by);
    },
    [changeAcceptances],
  );

  const unaccept = useCallback(
    (key: string) => changeAcceptances({ remove: [key] }, acceptedBy),
    [changeAcceptances, acceptedBy],
  );
  const cancel = useCallback(() => abortRef.current?.abort(), []);

  const clear = useCallback(
    () =>
      run("clear", async () => {
        const { nothing } = await services.clearMarks(acceptedBy);
        dispatch({ type: "cleared", nothing });
      }),
    [run, services, acceptedBy],
  );

  const select = useCallback(
    (sheet: string, address: string) => run("read", () => services.selectCell(sheet, address)),
    [run, services],
  );

  const setChoice = useCallback(
    (roadmapId: string, patch: RoadmapChoice) => dispatch({ type: "choice", roadmapId, patch }),
    [],
  );

  const setColumn = useColumnRoles(dispatch, check);
  const insert = useCallback(
    (editionId: string, year: number, responsible: string[]) =>
      run("insert", async () => {
        const sheet = await services.insertTemplate({ editionId, year, lang, responsible });
        const outcome = await services.check({
          sheet,
          checkDate,
          disabled: settings.disabled,
          overrides: {},
          lang,
        });
        dispatch({ type: "inserted", outcome, sheet, at: new Date().toISOString() });
        return sheet;
      }),
    [run, services, lang, checkDate, settings.disabled],
  );

  const loadSheets = useCallback(
    () => run("sheets", async () => dispatch({ type: "sheetsListed", sheets: await services.listSheets() })),
    [run, services],
  );

  const parseTemplate = useCallback(
    (sheet: string, meta: TemplateMeta) =>
      run("parse", async () => {
        const result = await services.templateFromSheet(sheet, meta);
        dispatch({ type: "parsed", parsed: { ...result, sheet } });
        return result;
      }),
    [run, services],
  );

  const parseTemplateFile = useCallback(
    (file: File) =>
      run("parse", async () => {
        const result = await services.templateFromJson(file.name, await file.text());
        dispatch({ type: "parsed", parsed: { ...result, sheet: file.name, file: true } });
        return result;
      }),
    [run, services],
  );

  const chooseEdition = useCallback(
    (edition: EditionSummary) => dispatch({ type: "editionChosen", edition, title: edition.title[lang] }),
    [lang],
  );

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
    [run, services, lang],
  );

  const removeSavedTemplate = useCallback(
    (edition: EditionSummary) =>
      run("store", async () => {
        const editions = await services.removeSavedTemplate!(edition.id);
        const notice = { kind: "templateRemoved" as const, title: edition.title[lang] };
        dispatch({ type: "templatesStored", editions, notice });
      }),
    [run, services, lang],
  );

  const removeInserted = useCallback(
    (sheet: string) =>
      run("store", async () => {
        await services.removeInsertedSheet!(sheet);
        dispatch({ type: "insertRemoved", sheet });
        dispatch({ type: "activeSheet", reading: await services.readSheet() });
      }),
    [run, services],
  );

  const setTab = useCallback((tab: TabId) => dispatch({ type: "tab", tab }), []);
  const dismissError = useCallback(() => dispatch({ type: "dismissError" }), []);
  const dismissNotice = useCallback(() => dispatch({ type: "dismissNotice" }), []);

  return {
    ...state,
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
    insert,
    loadSheets,
    parseTemplate,
    parseTemplateFile,
    chooseEdition,
    saveSettings,
    loadTimeline,
    compareEditions,
    /** False when these services cannot compare editions: the «Шаблон» tab then leaves the comparison out. */
    canCompare: services.diffEditions !== undefined,
    saveTemplate,
    removeSavedTemplate,
    removeInserted,
    canStoreTemplates: services.saveTemplate !== undefined,
    suggestEdition: services.suggestEdition,
    dismissError,
    dismissNotice,
  };
}

export type PaneModel = ReturnType<typeof usePane>;

type Run = <T>(kind: BusyKind, fn: () => Promise<T>) => Promise<T | undefined>;

/** Starts a watch and stops it on cleanup, also when it resolves after the cleanup. */
function watching(start: () => Promise<Unwatch | null> | undefined, fail: (e: unknown) => void) {
  let stop: Unwatch | null = null;
  let done = false;
  // A stop that fails (the sheet was deleted, the pane is closing) leaves nothing for the planner to do.
  const end = (u: Unwatch | null) => void u?.().catch(() => undefined);
  start()?.then(
    (u) => (done ? end(u) : (stop = u)),
    (e: unknown) => !done && fail(e),
  );
  return () => {
    done = true;
    end(stop);
  };
}

/**
 * The pane follows the active sheet (ExcelApi 1.7 events; below, a look at the active sheet when the pane gets
 * focus) and marks the verdict stale when the checked sheet changes. A sheet it already shows is not re-read (the
 * pane's own commands report the sheet they end on), nor is anything while another operation runs.
 */
function useFollowSheet(
  services: AddinServices,
  run: Run,
  dispatch: Dispatch<PaneAction>,
  shownSheet: string | null,
  checkedSheet: string | null,
) {
  const shown = useRef(shownSheet);
  useEffect(() => {
    shown.current = shownSheet;
  }, [shownSheet]);
  const fail = useCallback(
    (e: unknown) => dispatch({ type: "failed", error: services.toUserError(e) }),
    [services, dispatch],
  );
  const follow = useCallback(
    (sheet: string) => {
      if (sheet === shown.current) return;
      void run("read", async () => dispatch({ type: "activeSheet", reading: await services.readSheet() }));
    },
    [run, services, dispatch],
  );

  useEffect(() => {
    const onFocus = () => void services.activeSheetName?.().then(follow, fail);
    let focusFallback = false;
    const stop = watching(
      () =>
        services.followActiveSheet?.(follow).then((u) => {
          if (u === null) {
            focusFallback = true;
            window.addEventListener("focus", onFocus);
          }
          return u;
        }),
      fail,
    );
    return () => {
      stop();
      if (focusFallback) window.removeEventListener("focus", onFocus);
    };
  }, [services, follow, fail]);

  useEffect(() => {
    if (checkedSheet === null) return;
    return watching(
      () =>
        services.watchSheet?.(checkedSheet, () => dispatch({ type: "sheetChanged", sheet: checkedSheet })),
      fail,
    );
  }, [services, checkedSheet, dispatch, fail]);
}
