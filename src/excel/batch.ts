import { jsonLength } from "../core/json-length";
import { pace } from "./pace";

/**
 * Queues work into the current request and only syncs early when the estimated request or response would pass
 * the budget (Excel on the web rejects payloads over 5 MB). For ordinary sheets everything fits in one sync, so
 * the number of round trips stays fixed; a huge plan is split instead of failing.
 */

/** A generous estimate of what one queued call costs in the request: its arguments as JSON plus overhead. */
export function estimate(...args: unknown[]): number {
  return 120 + jsonLength(args);
}

export class Batch {
  private requestBytes = 0;
  private responseBytes = 0;
  /** Early syncs made because of the budget (0 for ordinary sheets). */
  splits = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly budget: number,
  ) {}

  /**
   * Queues `work` (request cost `request`, response cost `response`), syncing first if it would not fit. Between
   * two calls the page gets its turn now and then (pace.ts), so queueing a big plan never freezes the pane.
   */
  async add(request: number, response: number, work: () => void): Promise<void> {
    await pace();
    const empty = this.requestBytes === 0 && this.responseBytes === 0;
    if (
      !empty &&
      (this.requestBytes + request > this.budget || this.responseBytes + response > this.budget)
    ) {
      this.splits += 1;
      this.requestBytes = this.responseBytes = 0;
      await this.context.sync();
    }
    work();
    this.requestBytes += request;
    this.responseBytes += response;
  }

  async sync(): Promise<void> {
    this.requestBytes = this.responseBytes = 0;
    await this.context.sync();
  }
}

/**
 * Row slices of a 2-D write, each under `maxBytes` of JSON, as [firstRowIndex, rows, bytes]. Lazy: rows are
 * measured (and, from a generator, made) one slice at a time, so a caller that queues each slice through
 * Batch.add lets the pane in between.
 */
export function* rowSlices<T>(rows: Iterable<T[]>, maxBytes = 1_000_000): Generator<[number, T[][], number]> {
  let start = 0;
  let cur: T[][] = [];
  let bytes = 0;
  let i = 0;
  for (const row of rows) {
    const b = jsonLength(row) + 1;
    if (cur.length > 0 && bytes + b > maxBytes) {
      yield [start, cur, bytes + 1];
      start = i;
      cur = [];
      bytes = 0;
    }
    cur.push(row);
    bytes += b;
    i++;
  }
  if (cur.length) yield [start, cur, bytes + 1];
}
