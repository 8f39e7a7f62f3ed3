// Deadlines: reading «Срок» cells (parseDeadline) and writing canonical ones (formatDeadline).
export type { Cadence, Deadline, DeadlineContext, DeadlineKind, IsoDate, RelativeRule } from "./types";
export { blankDeadline } from "./blank";
export { isSerialText } from "./cells";
export { isArrivalTerm, isEventTerm, parseDeadline } from "./parse";
export { DONE_WORD, doneMark } from "./lexicon";
export { formatDeadline } from "./format";
export {
  compareIso,
  daysApart,
  excelSerialToIso,
  isIsoDate,
  isoDate,
  nearestDay,
  resolveRelative,
} from "./dates";
export { assertSupportedYear, isSupportedYear, SUPPORTED_YEARS, unsupportedYear } from "./years";
