import { sha256 } from "../sha256";
import type { Edition } from "./schema";

/**
 * Which form judged a file: a short hash of the parsed template's canonical JSON, the same computation for built-in
 * editions and planner-supplied ones (sheet or JSON), so two reviewers can tell whether they checked against the
 * same data.
 */

/** Hex digits of the SHA-256 kept: 48 bits, plenty to tell a handful of template versions apart. */
export const TEMPLATE_HASH_LENGTH = 12;

/** JSON with object keys sorted at every level, arrays in their order, no whitespace; undefined members left out. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") {
    // JSON.stringify(undefined) is undefined: a bare undefined is written as null, as inside arrays.
    return JSON.stringify(value) ?? "null";
  }
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v)).join(",")}]`;
  const entries = Object.keys(value)
    .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`);
  return `{${entries.join(",")}}`;
}

/**
 * The template's hash. `origin` is left out: it says who loaded the data, not what it is, so a planner who loads a
 * copy of a built-in edition gets the built-in edition's hash.
 */
export function templateHash(edition: Edition): string {
  // Not cached: an edition is small (a few tens of kB of JSON), and a cache keyed on the object would miss an edit.
  const { origin: _origin, ...data } = edition;
  return sha256(canonicalJson(data)).slice(0, TEMPLATE_HASH_LENGTH);
}
