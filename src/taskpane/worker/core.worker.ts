import { compute } from "./compute";
import type { CoreRequest, CoreResponse } from "./protocol";

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
    answer = { id, ok: true, value: compute(job) };
  } catch (e) {
    const err = e instanceof Error ? e : new Error(String(e));
    answer = { id, ok: false, error: { name: err.name, message: err.message, stack: err.stack } };
  }
  scope.postMessage(answer);
};
