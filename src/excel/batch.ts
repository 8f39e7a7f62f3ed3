/**
 * Queues work into the current request and only syncs early when the estimated request or response would pass
 * the budget (Excel on the web rejects payloads over 5 MB). For ordinary sheets everything fits in one sync, so
 * the number of round trips stays fixed; a huge plan is split instead of failing.
 */

/** A generous estimate of what one queued call costs in the request: its arguments as JSON plus overhead. */
export function estimate(...args: unknown[]): number {
  return 120 + (JSON.stringify(args)?.length ?? 0);
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

  /** Queues `work` (request cost `request`, response cost `response`), syncing first if it would not fit. */
  async add(request: number, response: number, work: () => void): Promise<void> {
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

/** Row slices of a 2-D write, each under `maxBytes` of JSON, as [firstRowIndex, rows]. */
export function rowSlices<T>(rows: readonly T[][], maxBytes = 1_000_000): [number, T[][]][] {
  const out: [number, T[][]][] = [];
  let start = 0;
  let cur: T[][] = [];
  let bytes = 0;
  rows.forEach((row, i) => {
    const b = (JSON.stringify(row)?.length ?? 0) + 1;
    if (cur.length > 0 && bytes + b > maxBytes) {
      out.push([start, cur]);
      start = i;
      cur = [];
      bytes = 0;
    }
    cur.push(row);
    bytes += b;
  });
  if (cur.length) out.push([start, cur]);
  return out;
}
