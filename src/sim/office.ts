import type { Workbook } from "exceljs";
import { SimBook, type SimBookOptions } from "./book";
import { SimRequestContext } from "./context";
import { type SimFault, type SimLimits, SimStats, versionAtLeast } from "./env";
import { type SimErrorCode, SimOfficeError } from "./errors";
import { SimEventBus } from "./events";
import { HostThread } from "./host-thread";
import { SimWorkbook } from "./worksheet";

/**
 * createSimulatedOffice(workbook, options) → { Excel, Office, stats }: install `Excel` and `Office` on globalThis
 * (tests) or window (the demo harness) and the adapter runs unchanged. No Node imports: this bundles for the browser.
 */

export interface SimulatedOfficeOptions extends SimBookOptions, Partial<SimLimits> {
  /** "OfficeOnline" (5 MB payload limit by default), "PC" or "Mac" (no payload limit by default). */
  platform?: "OfficeOnline" | "PC" | "Mac";
  displayLanguage?: string;
  /** Office.js loaded outside an Office host: `Office.context.requirements` is undefined, as observed in Chromium. */
  outsideOffice?: boolean;
  /** Document settings already saved in the file. */
  settings?: Record<string, unknown>;
  /** Fails every settings.saveAsync (e.g. a read-only document). */
  settingsSaveFails?: boolean;
  /** The harness: run each sync's work in slices of this many ms, one sync at a time (host-thread.ts). */
  sliceMs?: number;
}

export interface AsyncResult {
  status: "succeeded" | "failed";
  value?: unknown;
  error?: { code: number; name: string; message: string };
}

export interface SimulatedOffice {
  Excel: SimExcel;
  Office: SimOfficeNamespace;
  stats: SimStats;
  book: SimBook;
  /** Settings as saved in the document (what survives closing the file). */
  savedSettings(): Record<string, unknown>;
  /**
   * Test hook: the next operation labelled `label` (e.g. "Note.delete", "RangeFill.clear"), after `skip` others,
   * fails at sync with `code`, once; what ran before it in the batch is kept, as in Excel.
   */
  failOperation(label: string, options?: { code?: SimErrorCode; skip?: number }): void;
  /** What the planner does in Excel's own UI (typing, clicking a sheet tab): events report it as not the add-in's. */
  userRun<T>(batch: (context: SimRequestContext) => Promise<T>): Promise<T>;
}

export interface SimExcel {
  run<T>(batch: (context: SimRequestContext) => Promise<T>): Promise<T>;
  run<T>(options: object, batch: (context: SimRequestContext) => Promise<T>): Promise<T>;
  RequestContext: new () => SimRequestContext;
  ErrorCodes: Record<string, string>;
  SheetVisibility: Record<string, string>;
  ClearApplyTo: Record<string, string>;
}

export interface SimOfficeNamespace {
  context: {
    requirements?: { isSetSupported(name: string, version?: string): boolean };
    document: {
      settings: {
        get(name: string): unknown;
        set(name: string, value: unknown): void;
        remove(name: string): void;
        saveAsync(callback?: (r: AsyncResult) => void): void;
        saveAsync(options: object, callback?: (r: AsyncResult) => void): void;
      };
    };
    displayLanguage: string;
    contentLanguage: string;
    diagnostics: { platform: string; version: string; host: string };
    platform: string;
    host: string;
  };
  onReady(
    cb?: (info: { host: string; platform: string }) => void,
  ): Promise<{ host: string; platform: string }>;
  HostType: { Excel: string };
  AsyncResultStatus: { Succeeded: "succeeded"; Failed: "failed" };
}

/** The host's limits: what the options leave unset follows the platform, as measured on each. */
function simLimits(options: SimulatedOfficeOptions, platform: string): SimLimits {
  return {
    apiVersion: options.apiVersion ?? "1.18",
    payloadLimitBytes:
      options.payloadLimitBytes !== undefined
        ? options.payloadLimitBytes
        : platform === "OfficeOnline"
          ? 5 * 1024 * 1024
          : null,
    cellReadLimit: options.cellReadLimit ?? 5_000_000,
    overLimitRead: options.overLimitRead ?? "null",
    listSeparator: options.listSeparator ?? ",",
    latencyMsPerSync: options.latencyMsPerSync ?? (platform === "OfficeOnline" ? 60 : 15),
    msPerOperation: options.msPerOperation ?? 0.02,
    msPerKilobyte: options.msPerKilobyte ?? 0.05,
    // From Excel's table of APIs without undo support (excel-add-ins-undo-capabilities): the ones the add-in uses.
    undoUnsupported:
      options.undoUnsupported ??
      (platform === "OfficeOnline"
        ? ["Worksheet.delete"]
        : ["Worksheet.delete", "Worksheet.name =", "Worksheet.visibility =", "Worksheet.position ="]),
  };
}

/** Excel.run: one batch on a fresh context (or an earlier one passed in), with the queue flushed on return. */
function simRun(
  limits: SimLimits,
  stats: SimStats,
  makeContext: () => SimRequestContext,
): <T>(a: unknown, b?: unknown) => Promise<T> {
  return async function run<T>(a: unknown, b?: unknown): Promise<T> {
    const batch = (typeof a === "function" ? a : b) as (context: SimRequestContext) => Promise<T>;
    if (typeof batch !== "function")
      throw new SimOfficeError("InvalidArgument", "Excel.run needs a batch function.");
    stats.runs += 1;
    // Excel.run(context, batch) continues on an earlier context (e.g. EventHandlerResult.context).
    const reused = a instanceof SimRequestContext ? a : null;
    const opts = typeof a === "object" && a !== null && !reused ? (a as Record<string, unknown>) : {};
    stats.runOptions.push({ ...opts });
    const ctx = reused ?? makeContext();
    // mergeUndoGroup is ExcelApi 1.20: an older host ignores the unknown option.
    ctx._mergeUndo = opts.mergeUndoGroup === true && versionAtLeast(limits.apiVersion, "1.20");
    ctx._reopen();
    try {
      const result = await batch(ctx);
      // Excel.run sends what is still queued when the batch returns: a hidden extra round trip.
      if (ctx._pending > 0) await ctx.sync();
      return result;
    } finally {
      ctx._close();
    }
  };
}

function simExcel(run: SimExcel["run"], makeContext: () => SimRequestContext): SimExcel {
  return {
    run,
    RequestContext: class {
      constructor() {
        return makeContext();
      }
    } as unknown as new () => SimRequestContext,
    ErrorCodes: {
      accessDenied: "AccessDenied",
      apiNotFound: "ApiNotFound",
      generalException: "GeneralException",
      invalidArgument: "InvalidArgument",
      invalidOperation: "InvalidOperation",
      itemAlreadyExists: "ItemAlreadyExists",
      itemNotFound: "ItemNotFound",
      notImplemented: "NotImplemented",
      requestPayloadSizeLimitExceeded: "RequestPayloadSizeLimitExceeded",
      responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
    },
    SheetVisibility: { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" },
    ClearApplyTo: { all: "All", formats: "Formats", contents: "Contents" },
  };
}

type SimSettings = SimOfficeNamespace["context"]["document"]["settings"];

/** Document settings: edits stay live until saveAsync copies them to what the file keeps. */
function simSettings(options: SimulatedOfficeOptions): {
  settings: SimSettings;
  saved: () => Record<string, unknown>;
} {
  let saved: Record<string, unknown> = structuredClone(options.settings ?? {});
  const live: Record<string, unknown> = structuredClone(saved);
  const settings: SimSettings = {
    get: (name: string) => (name in live ? structuredClone(live[name]) : null),
    set: (name: string, value: unknown) => {
      live[name] = structuredClone(value);
    },
    remove: (name: string) => {
      delete live[name];
    },
    saveAsync(a?: unknown, b?: unknown): void {
      const cb = (typeof a === "function" ? a : b) as ((r: AsyncResult) => void) | undefined;
      setTimeout(() => {
        if (options.settingsSaveFails) {
          cb?.({
            status: "failed",
            error: { code: 5009, name: "Permission Denied", message: "The document is read-only." },
          });
          return;
        }
        saved = structuredClone(live);
        cb?.({ status: "succeeded" });
      }, 0);
    },
  };
  return { settings, saved: () => structuredClone(saved) };
}

function simOffice(
  options: SimulatedOfficeOptions,
  platform: string,
  limits: SimLimits,
  settings: SimSettings,
): SimOfficeNamespace {
  return {
    context: {
      // Outside an Office host Office.js has no requirements object at all (observed in Chromium).
      ...(options.outsideOffice
        ? {}
        : {
            requirements: {
              isSetSupported(name: string, version?: string): boolean {
                if (name !== "ExcelApi") return false;
                return version === undefined || versionAtLeast(limits.apiVersion, version);
              },
            },
          }),
      document: { settings },
      displayLanguage: options.displayLanguage ?? "ru-RU",
      contentLanguage: options.displayLanguage ?? "ru-RU",
      diagnostics: { platform, version: "16.0.0.0", host: "Excel" },
      platform,
      host: "Excel",
    },
    onReady: async (cb) => {
      const info = { host: "Excel", platform };
      cb?.(info);
      return info;
    },
    HostType: { Excel: "Excel" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
  };
}

export function createSimulatedOffice(
  workbook: Workbook,
  options: SimulatedOfficeOptions = {},
): SimulatedOffice {
  const platform = options.platform ?? "OfficeOnline";
  const limits = simLimits(options, platform);
  const book = new SimBook(workbook, options);
  const stats = new SimStats();
  const faults: SimFault[] = [];
  const host = options.sliceMs === undefined ? null : new HostThread(options.sliceMs);
  const env = { book, limits, stats, faults, events: new SimEventBus(), host };
  const makeContext = () =>
    new SimRequestContext(env, (ctx) => new SimWorkbook(ctx, null, null).bindRoot(book));
  const { settings, saved } = simSettings(options);

  return {
    Excel: simExcel(simRun(limits, stats, makeContext) as SimExcel["run"], makeContext),
    Office: simOffice(options, platform, limits, settings),
    stats,
    book,
    savedSettings: saved,
    failOperation: (label, o = {}) =>
      void faults.push({ label, code: o.code ?? "GeneralException", skip: o.skip ?? 0 }),
    userRun: async (batch) => {
      const ctx = makeContext();
      ctx._trigger = "Unknown";
      try {
        const result = await batch(ctx);
        if (ctx._pending > 0) await ctx.sync();
        return result;
      } finally {
        ctx._close();
      }
    },
  };
}

/** Installs the simulated globals (tests: globalThis; the browser harness: window) and returns an uninstaller. */
export function installSimulatedOffice(sim: SimulatedOffice, target: object = globalThis): () => void {
  const g = target as Record<string, unknown>;
  const before = { Excel: g.Excel, Office: g.Office };
  g.Excel = sim.Excel;
  g.Office = sim.Office;
  return () => {
    g.Excel = before.Excel;
    g.Office = before.Office;
  };
}
