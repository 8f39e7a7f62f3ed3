import type { Bilingual } from "../core/lang";
import { type Capabilities, capabilities } from "./capabilities";
import { AdapterError, messageFor, toUserError } from "./errors";
import type { Outcome } from "./types";

/** The one wrapper every operation goes through: capabilities, then the work; any error becomes a UserError. */
export async function operation<T>(
  work: (caps: Capabilities, notices: Bilingual[]) => Promise<T>,
): Promise<Outcome<T>> {
  const notices: Bilingual[] = [];
  try {
    const caps = await capabilities();
    if (!caps.inOffice) {
      throw new AdapterError("NotInExcel", messageFor("NotInExcel"));
    }
    const value = await work(caps, notices);
    return { ok: true, value, notices };
  } catch (e) {
    // Not swallowed: every failure reaches the pane as a message plus the debug line.
    return { ok: false, error: toUserError(e), notices };
  }
}

export function errorCode(e: unknown): string | null {
  return e instanceof Object && typeof (e as { code?: unknown }).code === "string"
    ? (e as { code: string }).code
    : null;
}
