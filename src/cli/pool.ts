import { Worker } from "node:worker_threads";

/**
 * A small fixed-size pool of worker threads, each handed one task at a time (a workbook can be large: one in flight
 * per worker keeps peak memory at `size` workbooks). A worker that dies fails only its own task and is replaced.
 */

export interface PoolOptions<I, O> {
  /** Script each worker runs (the bundled CLI re-enters itself); null runs every task inline on this thread. */
  script: string | null;
  size: number;
  workerData: unknown;
  inline: (input: I) => Promise<O>;
  /** Result for a task whose worker crashed or threw. */
  onFailure: (input: I, error: string) => O;
  /** Called as each task finishes, in completion order. */
  onResult?: (output: O, index: number) => void;
}

export interface TaskMessage<I> {
  id: number;
  input: I;
}

export type ResultMessage<O> = { id: number; ok: true; output: O } | { id: number; ok: false; error: string };

export async function runPool<I, O>(inputs: readonly I[], opts: PoolOptions<I, O>): Promise<O[]> {
  const results = new Array<O>(inputs.length);
  const size = Math.max(1, Math.min(opts.size, inputs.length));
  // One lane needs no thread: starting a worker (and loading the bundle again) would only add to the wait.
  if (opts.script === null || size === 1 || inputs.length === 0) {
    // Inline, but still `size` at a time so a test of the inline path sees the same ordering guarantees.
    let next = 0;
    const lane = async () => {
      while (next < inputs.length) {
        const i = next++;
        const input = inputs[i]!;
        let out: O;
        try {
          out = await opts.inline(input);
        } catch (e) {
          out = opts.onFailure(input, e instanceof Error ? e.message : String(e));
        }
        results[i] = out;
        opts.onResult?.(out, i);
      }
    };
    await Promise.all(Array.from({ length: size }, lane));
    return results;
  }

  const script = opts.script;
  return new Promise<O[]>((resolveAll) => {
    let next = 0;
    let done = 0;
    const workers = new Set<Worker>();

    const finish = (i: number, out: O) => {
      results[i] = out;
      done++;
      opts.onResult?.(out, i);
      if (done === inputs.length) {
        for (const w of workers) void w.terminate();
        resolveAll(results);
      }
    };

    const spawn = () => {
      const worker = new Worker(script, { workerData: opts.workerData });
      workers.add(worker);
      let current: number | null = null;
      const feed = () => {
        if (next >= inputs.length) {
          current = null;
          workers.delete(worker);
          void worker.terminate();
          return;
        }
        current = next++;
        worker.postMessage({ id: current, input: inputs[current]! } satisfies TaskMessage<I>);
      };
      worker.on("message", (msg: ResultMessage<O>) => {
        if (msg.id !== current) return;
        const i = current;
        current = null;
        finish(i, msg.ok ? msg.output : opts.onFailure(inputs[i]!, msg.error));
        if (done < inputs.length) feed();
      });
      const crashed = (error: string) => {
        if (!workers.has(worker)) return;
        workers.delete(worker);
        const i = current;
        current = null;
        if (i !== null) finish(i, opts.onFailure(inputs[i]!, error));
        // Replace the lost worker while work remains.
        if (next < inputs.length) spawn();
      };
      worker.on("error", (e) => crashed(e instanceof Error ? e.message : String(e)));
      worker.on("exit", (code) => crashed(`worker exited with code ${code}`));
      feed();
    };

    for (let k = 0; k < size; k++) spawn();
  });
}
