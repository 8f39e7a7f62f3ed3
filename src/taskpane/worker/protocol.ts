import type { Grid } from "../../core/grid";
import type { Acceptance } from "../../core/store";
import type { Lang } from "../../core/lang";
import type { MarkPlan } from "../../core/marks";
import type { SheetCheckOptions, SheetCheckResult } from "../../core/checks/sheet";
import type { ReadResult } from "../../core/reader";

/**
 * The one message protocol between the pane and its core worker. Only plain data crosses it (structured clone):
 * the grid Office.js read goes in, the roadmaps, reports and mark plan come out; Office.js stays on the main thread.
 */

export type CoreJob =
  | { kind: "read"; grid: Grid }
  // The acceptances in force are applied before the mark plan, so accepted findings are not marked.
  | { kind: "check"; grid: Grid; options: SheetCheckOptions; lang: Lang; acceptances?: Acceptance[] };

export type CoreAnswer<J extends CoreJob> = J extends { kind: "read" }
  ? ReadResult
  : { plan: MarkPlan; result: SheetCheckResult };

export type CoreRequest =
  | CorePart
  // `job` is the skeleton when `parts` > 0: the slices sent before go back into it (parts.ts join).
  | { id: number; job: CoreJob; parts: number };

/** A slice of one of a job's or an answer's long arrays (parts.ts), sent before the skeleton. */
export interface CorePart {
  id: number;
  part: unknown[];
}

export type CoreResponse =
  | CorePart
  // `value` is the skeleton when `parts` > 0: the slices sent before go back into it (parts.ts join).
  | { id: number; ok: true; value: CoreAnswer<CoreJob>; parts: number }
  | { id: number; ok: false; error: { name: string; message: string; stack?: string } };
