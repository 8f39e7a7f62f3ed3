import { type Dispatch, useCallback, useEffect, useRef, useTransition } from "react";
import type { Lang } from "../core/lang";
import type { BusyKind, PaneAction, PaneState } from "./paneState";
import type { AddinServices, PaneSettings } from "./services";

/** The code of the error a cancelled operation ends with (the core engine's Cancelled). */
const CANCELLED = "Cancelled";

/** Runs one operation of the pane: busy while it runs, its error or cancellation and its host notices dispatched. */
export type Run = <T>(kind: BusyKind, fn: () => Promise<T>) => Promise<T | undefined>;

/** `run`, and whether the pane is still mounted (nothing is dispatched after it closes). */
export function useRun(services: AddinServices, dispatch: Dispatch<PaneAction>) {
  const busyRef = useRef<BusyKind | null>(null);
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
    [services, dispatch],
  );
  return { run: run as Run, mounted };
}

/** On open: settings, editions and the active sheet, in that order inside one busy step; then the pane is ready. */
export function useOpenPane(
  services: AddinServices,
  run: Run,
  dispatch: Dispatch<PaneAction>,
  mounted: { readonly current: boolean },
) {
  useEffect(() => {
    void run("read", async () => {
      const [stored, editions] = await Promise.all([services.loadSettings(), services.listEditions()]);
      dispatch({ type: "loaded", settings: stored, editions });
      dispatch({ type: "read", reading: await services.readSheet() });
    }).finally(() => {
      if (mounted.current) dispatch({ type: "ready" });
    });
  }, [run, services, dispatch, mounted]);
}

/** What a check checks: the shown sheet, at the check date, with the planner's settings and choices. */
export interface CheckContext {
  reading: PaneState["reading"];
  checkDate: string;
  disabled: PaneSettings["disabled"];
  choices: PaneState["choices"];
  lang: Lang;
}

/** The check of the shown sheet, and its cancel (the only cancellable operation: it runs in the core worker). */
export function useCheck(
  services: AddinServices,
  run: Run,
  dispatch: Dispatch<PaneAction>,
  { reading, checkDate, disabled, choices, lang }: CheckContext,
) {
  const abortRef = useRef<AbortController | null>(null);
  // A verdict with thousands of findings is drawn as a transition: React renders it in short slices, not in one
  // long task. Until it is drawn the pane still reads as busy with the check (no idle pane without its verdict).
  const [drawing, startDrawing] = useTransition();
  const check = useCallback(
    () =>
      run("check", async () => {
        const controller = new AbortController();
        abortRef.current = controller;
        try {
          const outcome = await services.check({
            sheet: reading?.sheetName,
            checkDate,
            disabled,
            overrides: choices,
            lang,
            signal: controller.signal,
          });
          const at = new Date().toISOString();
          startDrawing(() => dispatch({ type: "checked", outcome, at }));
        } finally {
          abortRef.current = null;
        }
      }),
    [run, services, reading, checkDate, disabled, choices, lang, dispatch],
  );
  const cancel = useCallback(() => abortRef.current?.abort(), []);
  return { check, cancel, drawing };
}
