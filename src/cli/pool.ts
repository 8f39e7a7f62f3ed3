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
  /** One lane may run on this thread (a worker costs a second load of the bundle, ~1.5 s on a loaded machine). */
  inlineSingle?: boolean;
  /** Old-generation heap of each worker in MB: a file that needs more fails alone instead of taking the process down. */
  heapMb?: number;
  /** Result for a task whose worker crashed or threw; outOfMemory when its worker reached the heap limit. */
  onFailure: (input: I, error: string, outOfMemory: boolean) => O;
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
  // One lane runs in a worker too unless the caller allows otherwise: the heap limit and a crash then fail one file.
  if (opts.script === null || inputs.length === 0 || (size === 1 && opts.inlineSingle)) {
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
          out = opts.onFailure(input, e instanceof Error ? e.message : String(e), false);
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
      const worker = new Worker(script, {
        workerData: opts.workerData,
        ...(opts.heapMb ? { resourceLimits: { maxOldGenerationSizeMb: opts.heapMb } } : {}),
      });
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
        finish(i, msg.ok ? msg.output : opts.onFailure(inputs[i]!, msg.error, false));
        if (done < inputs.length) feed();
      });
      const crashed = (error: string, outOfMemory = false) => {
        if (!workers.has(worker)) return;
        workers.delete(worker);
        const i = current;
        current = null;
        if (i !== null) finish(i, opts.onFailure(inputs[i]!, error, outOfMemory));
        // Replace the lost worker while work remains.
        if (next < inputs.length) spawn();
      };
      worker.on("error", (e) =>
        crashed(
          e instanceof Error ? e.message : String(e),
          (e as NodeJS.ErrnoException).code === "ERR_WORKER_OUT_OF_MEMORY",
        ),
      );
      worker.on("exit", (code) => crashed(`worker exited with code ${code}`));
      feed();
    };

    for (let k = 0; k < size; k++) spawn();
  });
}
