// How the benchmarks time a piece of core: warm runs as the product makes them, and the same after a forced full GC.
import { performance } from "node:perf_hooks";

export interface Timing {
  /** Median wall time of warm runs, V8 collecting garbage when it chooses (as in the pane and the CLI). */
  median: number;
  /** Median process CPU time of the same runs: steadier than wall time when other jobs share the two cores. */
  cpu: number;
  min: number;
  max: number;
  /** Median wall time with a full GC forced before each run; null unless the runner passes --expose-gc. */
  afterFullGc: number | null;
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/**
 * Times `fn` after `warm` untimed runs. The headline is measured without forcing collections, as the product runs.
 * A full GC forced before each run (`--expose-gc`, the earlier method) frees maps the optimised code depends on:
 * the reader was deoptimised again and again (`--trace-deopt`: "weak objects"), so those runs partly timed V8
 * recompiling it. That figure is still reported as `afterFullGc`: it is close to a first check after V8 has
 * compacted an idle pane's heap.
 */
export function time(fn: () => unknown, runs: number, warm = 2): Timing {
  for (let i = 0; i < warm; i++) fn();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  const gc = (globalThis as { gc?: () => void }).gc;
  let afterFullGc: number | null = null;
  if (gc) {
    const cold: number[] = [];
    for (let i = 0; i < runs; i++) {
      gc();
      const t0 = performance.now();
      fn();
      cold.push(performance.now() - t0);
    }
    afterFullGc = median(cold);
  }
  return {
    median: median(wall),
    cpu: median(cpu),
    min: Math.min(...wall),
    max: Math.max(...wall),
    afterFullGc,
  };
}
