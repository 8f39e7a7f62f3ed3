/**
 * Excel does a request's work outside the pane's thread. In the browser harness the simulated Excel shares the
 * page's thread, so a sync's work runs in slices of at most `sliceMs`, each its own task, and one sync at a time
 * (as Excel serves one request at a time): the page stays responsive, and a batch still applies only at its sync.
 */

/** A fresh task: a message to ourselves runs after pending input and rendering, without setTimeout's 4 ms clamp. */
// The same few lines as excel/pace.ts's nextTask, kept apart on purpose: sim may import only core and grid (layering).
function nextTask(): Promise<void> {
  if (typeof MessageChannel === "undefined") return new Promise((ok) => setTimeout(ok, 0));
  return new Promise((ok) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      ok();
    };
    channel.port2.postMessage(null);
  });
}

export class HostThread {
  private tail: Promise<void> = Promise.resolve();
  private sliceStart = 0;
  /** The rest of an operation cut at a slice's end (see `sliced`): run before anything else. */
  pending: (() => void) | null = null;

  constructor(readonly sliceMs: number) {}

  /** Runs `work` after every earlier sync's work has ended, starting on a task of its own. */
  exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.tail.then(async () => {
      await this.yield();
      return work();
    });
    this.tail = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  }

  /** True when the current slice has used its time: the caller should `await yield()` before going on. */
  due(): boolean {
    return performance.now() - this.sliceStart >= this.sliceMs;
  }

  async yield(): Promise<void> {
    await nextTask();
    this.sliceStart = performance.now();
  }
}

/** The host of the operation being run (set by the sync around each operation; null outside the harness). */
let running: HostThread | null = null;

/** Runs `op` with `host` as the running one, for `sliced` inside it. */
export function runningOn<T>(host: HostThread | null, op: () => T): T {
  running = host;
  try {
    return op();
  } finally {
    running = null;
  }
}

/**
 * Drives `work` (one step per cell). Outside the harness, to the end at once. In the harness, until the slice's
 * time is up: the rest is left in the host's `pending`, which the sync finishes in later slices before the next
 * operation, so an operation on many cells does not hold the page either.
 */
export function sliced(work: Iterator<unknown>): void {
  const host = running;
  const step = (): void => {
    for (let r = work.next(); !r.done; r = work.next()) {
      if (host?.due()) {
        host.pending = step;
        return;
      }
    }
  };
  step();
}
