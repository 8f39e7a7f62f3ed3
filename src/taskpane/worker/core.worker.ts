import { compute } from "./compute";
import { join, split } from "./parts";
import type { CoreAnswer, CoreJob, CoreRequest, CoreResponse } from "./protocol";

/** The worker's side of the scope (the DOM lib types `self` as a Window; the webworker lib clashes with it). */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<CoreRequest>) => void) | null;
  postMessage(message: CoreResponse): void;
};

/** Slices of the jobs on their way in, by id. */
const incoming = new Map<number, unknown[][]>();

/** The pane's core worker: one job per message (after its slices), answered with the same id. */
scope.onmessage = (event) => {
  const request = event.data;
  const { id } = request;
  if ("part" in request) {
    const parts = incoming.get(id) ?? [];
    parts.push(request.part);
    incoming.set(id, parts);
    return;
  }
  const received = incoming.get(id) ?? [];
  incoming.delete(id);
  let answer: CoreResponse;
  try {
    if (received.length !== request.parts) throw new Error("core worker: parts of the job lost");
    const job = (request.parts ? join(request.job, received) : request.job) as CoreJob;
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
