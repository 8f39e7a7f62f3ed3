import type { ProgrammeId } from "../programmes";
import { EditionSchema, summarize, type Edition, type EditionSummary } from "./schema";
import cos2024 from "./editions/cos-2024.json";
import complexPlan2024 from "./editions/complex-plan-2024.json";
import kvantorium2021 from "./editions/kvantorium-2021.json";
import kvantorium2024 from "./editions/kvantorium-2024.json";
import tochkaRosta2021 from "./editions/tochka-rosta-2021.json";
import tochkaRosta2024 from "./editions/tochka-rosta-2024.json";

/** The built-in editions: JSON imported statically (so bundles carry it), validated once on first use. */

const RAW: unknown[] = [
  tochkaRosta2021,
  tochkaRosta2024,
  kvantorium2021,
  kvantorium2024,
  cos2024,
  complexPlan2024,
];

let cache: Edition[] | null = null;

function builtIn(): Edition[] {
  if (cache === null) {
    // A built-in edition that fails its schema is a release bug: fail loudly with the zod message.
    cache = RAW.map((raw) => EditionSchema.parse(raw));
  }
  return cache;
}

export function listEditions(): EditionSummary[] {
  return builtIn().map(summarize);
}

export function getEdition(id: string, extra: readonly Edition[] = []): Edition | null {
  return extra.find((e) => e.id === id) ?? builtIn().find((e) => e.id === id) ?? null;
}

/** The built-in item editions of the same generation for the other programmes (a shared sheet's other forms). */
export function siblingEditions(edition: Edition): Edition[] {
  return builtIn().filter(
    (e) => e.generation === edition.generation && e.programme !== edition.programme && e.kind === "items",
  );
}

/** The edition for a programme and target year: the latest generation not after the year (null when none). */
export function suggestEdition(
  programme: ProgrammeId | "unknown",
  targetYear: number | null,
  extra: readonly Edition[] = [],
): string | null {
  const all = [...extra, ...builtIn()].filter((e) => e.programme === programme);
  if (all.length === 0) return null;
  const eligible = targetYear === null ? all : all.filter((e) => e.generation <= targetYear);
  if (eligible.length === 0) return null;
  // Planner-supplied editions win over built-in ones of the same generation.
  eligible.sort((a, b) => b.generation - a.generation || (a.origin === "planner" ? -1 : 1));
  return eligible[0]!.id;
}

/**
 * The month a plan's year begins in, the year before its target year (9 for the complex plan's school year), or null
 * when the plan runs the calendar year: the deadline parser's `yearFrom`.
 */
export function planYearFrom(edition: Edition | null): number | null {
  const start = edition?.measurePeriod?.start;
  return start && start.yearOffset === -1 ? start.month : null;
}
