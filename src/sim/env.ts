import { jsonLength } from "../core/json-length";
import type { SimEventBus } from "./events";
import { type SimBook, Journal } from "./book";
import type { SimErrorCode } from "./errors";
import type { HostThread } from "./host-thread";

/** What a simulated Excel session runs with: its limits and faults, the statistics tests assert on, queued operations. */

export interface SimLimits {
  /** ExcelApi requirement-set level the simulated host supports, e.g. "1.1", "1.8", "1.18". */
  apiVersion: string;
  /** Request and response payload limit in bytes (Excel on the web: 5 MB); null for no limit (desktop). */
  payloadLimitBytes: number | null;
  /** Excel's read limit for a range's cell properties. */
  cellReadLimit: number;
  /** What an over-limit read does: Excel docs say values may come back null instead of throwing. */
  overLimitRead: "null" | "throw";
  /** The separator getRanges accepts: "," on the web and English desktops; ";" on e.g. German or Russian desktops. */
  listSeparator: "," | ";";
  /** Operation labels that have no undo support here (Excel's list differs by platform): a grouped run refuses them. */
  undoUnsupported: string[];
  /** Cost model for the simulated elapsed time. */
  latencyMsPerSync: number;
  msPerOperation: number;
  msPerKilobyte: number;
}

export interface SyncRecord {
  operations: number;
  requestBytes: number;
  responseBytes: number;
  error: string | null;
}

export class SimStats {
  runs = 0;
  syncs = 0;
  operations = 0;
  requestBytes = 0;
  responseBytes = 0;
  maxRequestBytes = 0;
  maxResponseBytes = 0;
  /** Simulated elapsed time from the cost model (latency per round trip + per operation + per KB). */
  modelMs = 0;
  /** Wall-clock time spent inside sync() by the simulator itself. */
  wallMs = 0;
  log: SyncRecord[] = [];
  /** The options object of every Excel.run(options, batch), in order ({} for a run without one). */
  runOptions: Record<string, unknown>[] = [];

  reset(): void {
    this.runs = this.syncs = this.operations = this.requestBytes = this.responseBytes = 0;
    this.maxRequestBytes = this.maxResponseBytes = this.modelMs = this.wallMs = 0;
    this.log = [];
    this.runOptions = [];
  }

  snapshot(): Omit<SimStats, "reset" | "snapshot" | "log" | "runOptions"> & { log: SyncRecord[] } {
    const {
      runs,
      syncs,
      operations,
      requestBytes,
      responseBytes,
      maxRequestBytes,
      maxResponseBytes,
      modelMs,
      wallMs,
    } = this;
    return {
      runs,
      syncs,
      operations,
      requestBytes,
      responseBytes,
      maxRequestBytes,
      maxResponseBytes,
      modelMs,
      wallMs,
      log: [...this.log],
    };
  }
}

/** A test hook: the `skip`+1-th operation with this label fails at sync with `code`, once. */
export interface SimFault {
  label: string;
  code: SimErrorCode;
  skip: number;
}

export interface SimEnv {
  book: SimBook;
  events: SimEventBus;
  limits: SimLimits;
  stats: SimStats;
  faults: SimFault[];
  /** Set in the browser harness: syncs run one at a time, in time slices (host-thread.ts); null runs each at once. */
  host?: HostThread | null;
}

export interface Delivery {
  bytes: number;
  apply(): void;
}

export interface Op {
  label: string;
  api: string;
  bytes: number;
  run(tx: Journal, out: Delivery[]): void;
}

export function versionAtLeast(have: string, need: string): boolean {
  const a = have.split(".").map(Number);
  const b = need.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x > y;
  }
  return true;
}

export function jsonBytes(v: unknown): number {
  // Dates and proxies never travel in our payloads; strings count in UTF-16 units (as JSON text length).
  return jsonLength(v);
}
