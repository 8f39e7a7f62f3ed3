import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonLength } from "../../src/core/json-length";

describe("jsonLength", () => {
  it("is the length of JSON.stringify for any JSON-like value", () => {
    const value = fc.letrec((tie) => ({
      leaf: fc.oneof(
        fc.string({ unit: "binary" }),
        // Any UTF-16 units: quotes, controls, lone and paired surrogates.
        fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) }),
        fc.string({ unit: "grapheme" }),
        fc.double(),
        fc.integer(),
        fc.boolean(),
        fc.constant(null),
        fc.constant(undefined),
      ),
      node: fc.oneof(
        { depthSize: "small" },
        tie("leaf"),
        fc.array(tie("node"), { maxLength: 5 }),
        fc.dictionary(fc.string(), tie("node"), { maxKeys: 3 }),
      ),
    }));
    fc.assert(
      fc.property(value.node, (v) => {
        expect(jsonLength(v)).toBe(JSON.stringify(v)?.length ?? 0);
      }),
      { numRuns: 2000 },
    );
  });

  it("counts escapes, lone surrogates and non-finite numbers as JSON writes them", () => {
    for (const v of [
      "\udc00x",
      "\ud83d\ude00\ud83d",
      'a"b',
      "a\\b",
      "\n\t\u0001",
      "\ud800",
      "😀",
      "«Проверка»",
      NaN,
      -Infinity,
      [undefined, () => 1],
    ])
      expect(jsonLength(v)).toBe(JSON.stringify(v).length);
  });
});
