import fc from "fast-check";
import { describe, expect, it } from "vitest";

describe("fast-check's global settings (tests/setup/fast-check.ts)", () => {
  it("bound every property's time, shrinking included", () => {
    const limit = fc.readConfigureGlobal().interruptAfterTimeLimit;
    expect(limit).toBeGreaterThan(0);
    expect(limit).toBeLessThanOrEqual(120_000);
  });

  it("a failure found before the limit is still reported, with its seed, when the shrink is cut short", () => {
    // Every value fails and each run costs a few milliseconds: the shrink of 200 numbers cannot finish in 50 ms.
    const slow = () => {
      const end = Date.now() + 3;
      while (Date.now() < end);
    };
    const out = fc.check(
      fc.property(fc.array(fc.integer(), { minLength: 200, maxLength: 200 }), (xs) => {
        slow();
        return xs.length < 200;
      }),
      { interruptAfterTimeLimit: 50, numRuns: 10 },
    );
    expect(out.failed).toBe(true);
    expect(out.interrupted).toBe(true);
    expect(typeof out.seed).toBe("number");
  });
});
