import { parentPort } from "node:worker_threads";
import type { ResultMessage, TaskMessage } from "./pool";

/** Worker side of the pool: answers each task message with one result message. */
export function serveTasks<I, O>(handle: (input: I) => Promise<O>): void {
  const port = parentPort;
  if (!port) throw new Error("serveTasks must run in a worker thread");
  port.on("message", (msg: TaskMessage<I>) => {
    handle(msg.input).then(
      (output) => port.postMessage({ id: msg.id, ok: true, output } satisfies ResultMessage<O>),
      (e: unknown) =>
        port.postMessage({
          id: msg.id,
          ok: false,
          error: e instanceof Error ? e.message : String(e),
        } satisfies ResultMessage<O>),
    );
  });
}
