import { compute } from "./compute";
import { split } from "./parts";
import type { CoreAnswer, CoreJob, CoreRequest, CoreResponse } from "./protocol";

/** The worker's side of the scope (the DOM lib types `self` as a Window; the webworker lib clashes with it). */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<CoreRequest>) => void) | null;
  postMessage(message: CoreResponse): void;
};

/** The pane's core worker: one job per message, answered with the same id. */
scope.onmessage = (event) => {
  const { id, job } = event.data;
  let answer: CoreResponse;
  try {
    // A big answer goes in slices, so the pane takes it in over many short tasks (parts.ts).
    const { skeleton, parts } = split(compute(job));
    for (const part of parts) scope.postMessage({ id, part });
    answer = { id, ok: true, value: skeleton as CoreAnswer<CoreJob>, parts: parts.length };
  } catch (e) {
    const err = e instanceof Error ? e : new Error(String(e));
    answer = { id, ok: false, error: { name: err.name, message: err.message, stack: err.stack } };
  }
  scope.postMessage(answer);
};
