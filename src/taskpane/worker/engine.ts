import { pace } from "../../excel/pace";
import { join, split } from "./parts";
import type { CoreAnswer, CoreJob, CoreRequest, CoreResponse } from "./protocol";

/**
 * Runs the core's jobs off the pane's main thread, in a Web Worker, so a long check never freezes the pane; where
 * no worker can be had (unit tests, a host without Worker, a worker that fails to load) the same jobs run in-thread.
 * A job can be cancelled through its AbortSignal: the worker is terminated (a new one starts with the next job).
 */

/** The planner cancelled the work; `code` is what the Excel adapter's toUserError reads. */
export class Cancelled extends Error {
  readonly code = "Cancelled";
  constructor() {
    super("cancelled by the planner");
    this.name = "Cancelled";
  }
}

export interface CoreEngine {
  run<J extends CoreJob>(job: J, signal?: AbortSignal): Promise<CoreAnswer<J>>;
  /** Where the next job runs: "worker" until a worker has failed to start. */
  where(): "worker" | "main-thread";
}

/** A performance mark when a job's answer is in (the browser tests split the main thread's long tasks by it). */
function answered() {
  if (typeof performance !== "undefined" && typeof performance.mark === "function")
    performance.mark("core-answered");
}

interface Pending {
  job: CoreJob;
  /** Slices of the answer received so far (parts.ts). */
  parts?: unknown[][];
  resolve: (value: CoreAnswer<CoreJob>) => void;
  reject: (error: unknown) => void;
}

function inThread<J extends CoreJob>(job: J, signal?: AbortSignal): Promise<CoreAnswer<J>> {
  return import(/* webpackChunkName: "engine" */ "./compute").then(({ compute }) => {
    if (signal?.aborted) throw new Cancelled();
    const answer = compute(job);
    answered();
    return answer;
  });
}

/**
 * Posts a job in parts (parts.ts): copying a big grid for the worker is the pane's work, so it is done in slices,
 * with the page's turn in between; once `current` is false (a cancel terminated the worker) the rest is not sent.
 */
async function postInParts(w: Worker, id: number, job: CoreJob, current: () => boolean): Promise<void> {
  const { skeleton, parts } = split(job);
  for (const part of parts) {
    if (!current()) return;
    w.postMessage({ id, part } satisfies CoreRequest);
    await pace();
  }
  if (current()) w.postMessage({ id, job: skeleton as CoreJob, parts: parts.length } satisfies CoreRequest);
}

export function createCoreEngine(options: { worker?: boolean } = {}): CoreEngine {
  let useWorker = options.worker !== false && typeof Worker !== "undefined";
  let worker: Worker | null = null;
  /** The worker has answered at least once: a later error is the job's, not a failure to start. */
  let started = false;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  function stop() {
    worker?.terminate();
    worker = null;
    started = false;
  }

  /** The worker could not start (CSP, a missing chunk): its jobs, and all later ones, run in-thread. */
  function fallBack() {
    stop();
    useWorker = false;
    const jobs = [...pending.values()];
    pending.clear();
    for (const p of jobs) inThread(p.job).then(p.resolve, p.reject);
  }

  function spawn(): Worker | null {
    if (worker) return worker;
    try {
      worker = new Worker(new URL("./core.worker.ts", import.meta.url), { name: "core" });
    } catch {
      useWorker = false;
      return null;
    }
    worker.onmessage = (event: MessageEvent<CoreResponse>) => {
      started = true;
      const answer = event.data;
      const p = pending.get(answer.id);
      if (!p) return;
      if ("part" in answer) {
        (p.parts ??= []).push(answer.part);
        return;
      }
      answered();
      pending.delete(answer.id);
      if (!answer.ok) p.reject(Object.assign(new Error(answer.error.message), answer.error));
      else if (answer.parts !== (p.parts?.length ?? 0))
        p.reject(new Error("core worker: parts of the answer lost"));
      else p.resolve((answer.parts ? join(answer.value, p.parts!) : answer.value) as CoreAnswer<CoreJob>);
    };
    worker.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      if (!started) return fallBack();
      const jobs = [...pending.values()];
      pending.clear();
      stop();
      for (const p of jobs) p.reject(new Error(`core worker: ${event.message}`));
    };
    return worker;
  }

  const send = (w: Worker, id: number, job: CoreJob) =>
    postInParts(w, id, job, () => worker === w && pending.has(id));

  return {
    where: () => (useWorker ? "worker" : "main-thread"),
    run<J extends CoreJob>(job: J, signal?: AbortSignal): Promise<CoreAnswer<J>> {
      if (signal?.aborted) return Promise.reject(new Cancelled());
      const w = useWorker ? spawn() : null;
      if (!w) return inThread(job, signal);
      const id = nextId++;
      return new Promise<CoreAnswer<J>>((resolve, reject) => {
        const onAbort = () => {
          // Terminating is the only way to stop a synchronous computation; the next job starts a fresh worker.
          pending.delete(id);
          const others = [...pending.values()];
          pending.clear();
          stop();
          reject(new Cancelled());
          for (const p of others) resend(p);
        };
        signal?.addEventListener("abort", onAbort, { once: true });
        const done = () => signal?.removeEventListener("abort", onAbort);
        pending.set(id, {
          job,
          resolve: (v) => {
            done();
            resolve(v as CoreAnswer<J>);
          },
          reject: (e) => {
            done();
            reject(e);
          },
        });
        void send(w, id, job);
      });
    },
  };

  /** A job that shared a terminated worker with a cancelled one is sent again to a fresh worker. */
  function resend(p: Pending) {
    const w = spawn();
    if (!w) {
      inThread(p.job).then(p.resolve, p.reject);
      return;
    }
    const id = nextId++;
    p.parts = undefined;
    pending.set(id, p);
    void send(w, id, p.job);
  }
}
