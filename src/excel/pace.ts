/**
 * Long plain work inside an Excel.run (planning the marks, measuring the payload) gives the page back every
 * PACE_MS: the pane stays responsive while the command runs. Awaiting a task does not sync, so the number of
 * round trips to Excel stays what it was; the queued requests simply wait for the command's next sync.
 */

/** The longest stretch of the add-in's own work on the pane's thread before it lets input and rendering in. */
export const PACE_MS = 40;

let sliceStart = now();

function now(): number {
  return typeof performance !== "undefined" ? performance.now() : Date.now();
}

/** A fresh task: a message to ourselves runs after pending input and rendering, without setTimeout's 4 ms clamp. */
export function nextTask(): Promise<void> {
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

/** Yields to the event loop when the current stretch of work has run PACE_MS; otherwise returns at once. */
export async function pace(): Promise<void> {
  if (now() - sliceStart < PACE_MS) return;
  await nextTask();
  sliceStart = now();
}

/** Starts a new stretch: the caller has just been given a fresh task (an event, a message). */
export function paceFromHere(): void {
  sliceStart = now();
}

/** Runs a generator of plain work, pausing (see pace) at each of its yields; returns what it returns. */
export async function paced<T>(steps: Generator<unknown, T>): Promise<T> {
  for (let r = steps.next(); ; r = steps.next()) {
    if (r.done) return r.value;
    await pace();
  }
}

/** Runs the same generator to its end at once (tests, and callers that need the answer synchronously). */
export function runAtOnce<T>(steps: Generator<unknown, T>): T {
  for (let r = steps.next(); ; r = steps.next()) if (r.done) return r.value;
}
