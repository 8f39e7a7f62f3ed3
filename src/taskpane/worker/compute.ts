import { applyAcceptances, buildMarkPlan, checkSheet, readRoadmaps } from "../../core";
import type { CoreAnswer, CoreJob } from "./protocol";

/** A job of the protocol, computed where it is called: in the worker, or on the main thread as the fallback. */
export function compute<J extends CoreJob>(job: J): CoreAnswer<J> {
  if (job.kind === "read") return readRoadmaps(job.grid) as CoreAnswer<J>;
  const checked = checkSheet(job.grid, job.options);
  const reports = applyAcceptances(checked.reports, job.acceptances ?? []);
  const result = { ...checked, reports };
  return { plan: buildMarkPlan(reports, job.lang), result } as CoreAnswer<J>;
}
