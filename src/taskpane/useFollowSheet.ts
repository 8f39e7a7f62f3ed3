import { type Dispatch, useCallback, useEffect, useRef } from "react";
import type { PaneAction } from "./paneState";
import type { Run } from "./paneRun";
import type { AddinServices, Unwatch } from "./services";

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
export function useFollowSheet(
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
