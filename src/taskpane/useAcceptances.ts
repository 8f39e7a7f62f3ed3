import { type Dispatch, useCallback, useState } from "react";
import type { Lang } from "../core/lang";
import type { Finding } from "../core/report";
import type { PaneAction, PaneState } from "./paneState";
import type { Run } from "./paneRun";
import type { AcceptChange, AddinServices, PaneSettings } from "./services";

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

/** What a re-check with a changed acceptance checks: the checked sheet (else the shown one) as last checked. */
export interface AcceptContext {
  checked: PaneState["outcome"];
  reading: PaneState["reading"];
  checkDate: string;
  disabled: PaneSettings["disabled"];
  choices: PaneState["choices"];
  lang: Lang;
}

/** Accepting and withdrawing deviations, and removing marks, under the planner's remembered name. */
export function useAcceptances(
  services: AddinServices,
  run: Run,
  dispatch: Dispatch<PaneAction>,
  { checked, reading, checkDate, disabled, choices, lang }: AcceptContext,
) {
  // The name stored with acceptances: the planner types it once (Office.js gives no user identity in Excel).
  const [acceptedBy, setAcceptedBy] = useState(rememberedName);

  /** Re-checks with an acceptance added or withdrawn: the store, the marks and the report change together. */
  const changeAcceptances = useCallback(
    (accept: AcceptChange, by: string) =>
      run("check", async () => {
        const outcome = await services.check({
          sheet: checked?.reading.sheetName ?? reading?.sheetName,
          checkDate,
          disabled,
          overrides: choices,
          lang,
          accept,
          by,
        });
        dispatch({ type: "checked", outcome, at: new Date().toISOString() });
      }),
    [run, services, checked, reading, checkDate, disabled, choices, lang, dispatch],
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
  const clear = useCallback(
    () =>
      run("clear", async () => {
        const { nothing } = await services.clearMarks(acceptedBy);
        dispatch({ type: "cleared", nothing });
      }),
    [run, services, acceptedBy, dispatch],
  );
  return { acceptedBy, accept, unaccept, clear };
}
