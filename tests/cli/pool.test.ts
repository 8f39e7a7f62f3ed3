import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runPool } from "../../src/cli/pool";

// A worker speaking the pool's protocol: doubles numbers, throws on 13, dies on 666, waits `ms` before answering.
const script = join(mkdtempSync(join(tmpdir(), "pool-")), "worker.cjs");
writeFileSync(
  script,
  `const { parentPort, threadId, workerData } = require("node:worker_threads");
parentPort.on("message", ({ id, input }) => {
  if (input === 666) process.exit(3);
  if (input === 999) { const hog = []; for (;;) hog.push(new Array(100000).fill(hog.length)); }
  setTimeout(() => {
    if (input === 13) parentPort.postMessage({ id, ok: false, error: "unlucky" });
    else parentPort.postMessage({ id, ok: true, output: { value: input * workerData.factor, thread: threadId } });
  }, input % 7);
});`,
);

type Out = { value: number; thread: number } | { failed: string; oom?: boolean };

describe("runPool", () => {
  it("returns results in input order and uses at most `size` workers", async () => {
    const inputs = Array.from({ length: 20 }, (_, i) => i + 1);
    const seen: number[] = [];
    const out = await runPool<number, Out>(inputs, {
      script,
      size: 3,
      workerData: { factor: 2 },
      inline: () => Promise.reject(new Error("not inline")),
      onFailure: (_i, e) => ({ failed: e }),
      onResult: (_o, i) => seen.push(i),
    });
    expect(out.map((o) => ("value" in o ? o.value : o.failed))).toEqual(
      inputs.map((i) => (i === 13 ? "unlucky" : i * 2)),
    );
    const threads = new Set(out.flatMap((o) => ("thread" in o ? [o.thread] : [])));
    expect(threads.size).toBeGreaterThanOrEqual(1);
    expect(threads.size).toBeLessThanOrEqual(3);
    expect([...seen].sort((a, b) => a - b)).toEqual(inputs.map((_, i) => i));
  });

  it("a crashed worker fails only its own task and is replaced", async () => {
    const inputs = [1, 2, 666, 4, 5, 666, 7, 8];
    const out = await runPool<number, Out>(inputs, {
      script,
      size: 2,
      workerData: { factor: 10 },
      inline: () => Promise.reject(new Error("not inline")),
      onFailure: (_i, e) => ({ failed: e }),
    });
    expect(out.map((o) => ("value" in o ? o.value : o.failed))).toEqual([
      10,
      20,
      "worker exited with code 3",
      40,
      50,
      "worker exited with code 3",
      70,
      80,
    ]);
  });

  it("runs a single lane in a worker too, so a crash fails only its own task", async () => {
    const out = await runPool<number, Out>([1, 666, 2], {
      script,
      size: 1,
      workerData: { factor: 2 },
      inline: () => Promise.reject(new Error("not inline")),
      onFailure: (_i, e) => ({ failed: e }),
    });
    expect(out.map((o) => ("value" in o ? o.value : o.failed))).toEqual([2, "worker exited with code 3", 4]);
  });

  it("a worker past its heap limit fails its task as out of memory; the next task still runs", async () => {
    const out = await runPool<number, Out>([999, 3], {
      script,
      size: 1,
      heapMb: 64,
      workerData: { factor: 2 },
      inline: () => Promise.reject(new Error("not inline")),
      onFailure: (_i, e, oom) => ({ failed: e, oom }),
    });
    expect(out[0]).toMatchObject({ oom: true });
    expect(out[1]).toMatchObject({ value: 6 });
  });

  it("runs inline when there is no worker script, still catching failures", async () => {
    const out = await runPool<number, Out>([3, 13, 5], {
      script: null,
      size: 2,
      workerData: null,
      inline: async (i) => {
        if (i === 13) throw new Error("inline unlucky");
        return { value: i + 1, thread: 0 };
      },
      onFailure: (_i, e) => ({ failed: e }),
    });
    expect(out).toEqual([{ value: 4, thread: 0 }, { failed: "inline unlucky" }, { value: 6, thread: 0 }]);
  });

  it("handles an empty input list", async () => {
    const out = await runPool<number, Out>([], {
      script,
      size: 4,
      workerData: null,
      inline: async () => ({ failed: "x" }),
      onFailure: (_i, e) => ({ failed: e }),
    });
    expect(out).toEqual([]);
  });
});

describe("runPool inlineSingle", () => {
  it("runs one lane on this thread when the caller allows it", async () => {
    const out = await runPool<number, Out>([1, 2], {
      script,
      size: 1,
      inlineSingle: true,
      workerData: { factor: 2 },
      inline: async (i) => ({ value: -i, thread: 0 }),
      onFailure: (_i, e) => ({ failed: e }),
    });
    expect(out).toEqual([
      { value: -1, thread: 0 },
      { value: -2, thread: 0 },
    ]);
  });
});
