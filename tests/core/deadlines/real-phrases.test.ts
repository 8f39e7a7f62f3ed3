import { describe, expect, it } from "vitest";
import { parseDeadline } from "../../../src/core/deadlines";
import { expectedReading, readingOf } from "./phrases";
import { REAL_HELD_OUT, REAL_PHRASES, REAL_TUNING } from "./real-phrases";

// Only the tuning part is pinned: the held-out part is scored by bench/deadlines.bench.ts and never tuned against.
describe("real phrases from regional acts (tuning part)", () => {
  it("keeps every third phrase by source order out of the tuning part", () => {
    expect(REAL_TUNING.length + REAL_HELD_OUT.length).toBe(REAL_PHRASES.length);
    expect(REAL_HELD_OUT).toEqual(REAL_PHRASES.filter((_, i) => i % 3 === 2));
    expect(REAL_HELD_OUT[0]).toBe(REAL_PHRASES[2]);
    for (const p of REAL_PHRASES) expect(p.source).toMatch(/^https:\/\/|^Распоряжение /);
  });

  it.each(REAL_TUNING.filter((p) => !p.left).map((p) => [JSON.stringify(p.input), p] as const))(
    "%s",
    (_name, p) => {
      expect(readingOf(parseDeadline(p.input, p.ctx))).toEqual(expectedReading(p.expect));
    },
  );

  // A phrase left with a reason must still be read otherwise: once the parser agrees, its mark goes.
  it.each(REAL_TUNING.filter((p) => p.left).map((p) => [JSON.stringify(p.input), p] as const))(
    "%s is still read otherwise (left: see its reason)",
    (_name, p) => {
      expect(p.left).toMatch(/\S{10}/);
      expect(readingOf(parseDeadline(p.input, p.ctx))).not.toEqual(expectedReading(p.expect));
    },
  );
});
