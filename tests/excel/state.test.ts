import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type MarkState, STATE_APP, decodeState, encodeState, textHash } from "../../src/excel/state";

const hexArb = fc.constantFrom("FFFFFF", "F4B6B0", "00FF00", "123ABC");
const textArb = fc.string({ minLength: 1, maxLength: 30 });
const stateArb: fc.Arbitrary<MarkState> = fc.record({
  report: fc.option(fc.record({ name: textArb, header: fc.constant("0badf00d"), columns: fc.integer({ min: 1, max: 20 }) }), { nil: null }),
  cells: fc.array(
    fc.record({
      sheet: textArb,
      sheetId: fc.constant("{id}"),
      address: fc.constantFrom("A1", "B7", "AA100"),
      mark: hexArb,
      original: fc.oneof(fc.constant("none" as const), hexArb, fc.tuple(fc.constantFrom("Gray50", "Checker"), hexArb, hexArb)),
    }),
    { maxLength: 10 },
  ),
  notes: fc.array(fc.record({ sheet: textArb, sheetId: fc.constant(""), address: fc.constant("C3"), hash: fc.constant("00000001") }), { maxLength: 5 }),
  comments: fc.array(fc.record({ sheet: textArb, sheetId: fc.constant(""), address: fc.constant("D4"), hash: fc.constant("00000002") }), { maxLength: 5 }),
});

describe("state records", () => {
  it("round-trips through the text rows written to the state sheet", () => {
    fc.assert(
      fc.property(stateArb, (state) => {
        const rows = encodeState(state);
        expect(rows.every((r) => r.startsWith("{"))).toBe(true); // never parsed by Excel as a number, date or formula
        expect(decodeState(rows)).toEqual({ state, skipped: 0 });
      }),
    );
  });

  it("refuses a sheet without our header (not ours: touch nothing)", () => {
    expect(decodeState(["hello", "{}"])).toBeNull();
    expect(decodeState([JSON.stringify({ app: "other", v: 1, report: null })])).toBeNull();
    expect(decodeState([])).toBeNull();
  });

  it("skips damaged records instead of trusting them", () => {
    const head = JSON.stringify({ app: STATE_APP, v: 1, report: null });
    const good = JSON.stringify({ t: "f", s: "S", i: "", a: "A1", m: "F4B6B0", o: "none" });
    const out = decodeState([head, good, "{broken", JSON.stringify({ t: "f", s: "S" }), ""]);
    expect(out?.skipped).toBe(2);
    expect(out?.state.cells).toEqual([{ sheet: "S", sheetId: "", address: "A1", mark: "F4B6B0", original: "none" }]);
  });

  it("hashes text stably and tells different texts apart", () => {
    expect(textHash("Ошибка: срок")).toBe(textHash("Ошибка: срок"));
    expect(textHash("Ошибка: срок")).not.toBe(textHash("Ошибка: срок."));
    expect(textHash("")).toMatch(/^[0-9a-f]{8}$/);
  });
});
