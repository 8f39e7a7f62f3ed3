import { type Dispatch, useCallback, useEffect, useRef } from "react";
import type { ColumnChange } from "./columnChoices";
import type { PaneAction } from "./paneState";

/**
 * The planner's column-role corrections («Столбцы» on a roadmap card): a change is checked at once, so the findings
 * follow the columns as the card shows them. The check runs after the render that holds the new choices.
 */
export function useColumnRoles(dispatch: Dispatch<PaneAction>, check: () => Promise<unknown>) {
  const recheck = useRef(false);
  const setColumn = useCallback(
    (roadmapId: string, change: ColumnChange) => {
      recheck.current = true;
      dispatch({ type: "column", roadmapId, change });
    },
    [dispatch],
  );
  useEffect(() => {
    if (!recheck.current) return;
    recheck.current = false;
    void check();
  }, [check]);
  return setColumn;
}
