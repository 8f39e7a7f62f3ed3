/** Errors shaped like OfficeExtension.Error: the adapter reads `code` (never the localised message), as real Office.js asks. */

export type SimErrorCode =
  | "PropertyNotLoaded"
  | "ItemNotFound"
  | "ItemAlreadyExists"
  | "InvalidArgument"
  | "InvalidOperation"
  | "InvalidReference"
  | "AccessDenied"
  | "ApiNotFound"
  | "GeneralException"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded"
  | "NotImplemented"
  | "UndoNotSupported";

export interface SimDebugInfo {
  code: string;
  message: string;
  errorLocation?: string;
  statement?: string;
}

export class SimOfficeError extends Error {
  override readonly name = "RichApi.Error";
  readonly code: SimErrorCode;
  readonly debugInfo: SimDebugInfo;
  readonly traceMessages: string[] = [];

  constructor(code: SimErrorCode, message: string, location?: string) {
    super(message);
    this.code = code;
    this.debugInfo = { code, message, ...(location ? { errorLocation: location } : {}) };
  }

  withLocation(location: string): SimOfficeError {
    const e = new SimOfficeError(this.code, this.message, location);
    e.stack = this.stack;
    return e;
  }
}

export function propertyNotLoaded(kind: string, prop: string): SimOfficeError {
  return new SimOfficeError(
    "PropertyNotLoaded",
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${kind}.${prop}`,
  );
}

export function invalidArgument(message: string): SimOfficeError {
  return new SimOfficeError("InvalidArgument", message);
}
