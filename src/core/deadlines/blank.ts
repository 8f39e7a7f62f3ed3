import type { Deadline } from "./types";

/** A Deadline of `kind` with nothing filled in: the one base the parser, the template rules and tests build on. */
export function blankDeadline(kind: Deadline["kind"]): Deadline {
  return {
    kind,
    due: null,
    start: null,
    cadence: null,
    relative: null,
    text: "",
    span: null,
    confidence: 1,
    yearInferred: false,
    reason: null,
    occurrences: null,
  };
}
