import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type MarkState,
  STORE_APP,
  type WorkbookStore,
  decodeStore,
  emptyStore,
  encodeStore,
  originalFromFile,
  textHash,
} from "../../../src/core/store";

const only = (marks: MarkState): WorkbookStore => ({ marks, acceptances: [], templates: [] });
const encodeState = (marks: MarkState) => encodeStore(only(marks));
function decodeState(column: readonly unknown[]) {
  const out = decodeStore(column);
  return out && { state: out.store.marks, skipped: out.skipped, store: out.store };
}

const hexArb = fc.constantFrom("FFFFFF", "F4B6B0", "00FF00", "123ABC");
const textArb = fc.string({ minLength: 1, maxLength: 30 });
const sheetArb = fc.constantFrom("Лист 1", "Дорожная карта", "O'Neil");
const stateArb: fc.Arbitrary<MarkState> = fc.record({
  report: fc.option(
    fc.record({ name: textArb, header: fc.constant("0badf00d"), columns: fc.integer({ min: 1, max: 20 }) }),
    { nil: null },
  ),
  // Small domains on purpose: many cells share a sheet, mark and original fill, so records group and coalesce.
  cells: fc.uniqueArray(
    fc.record({
      sheet: sheetArb,
      sheetId: fc.constant("{id}"),
      address: fc
        .tuple(fc.constantFrom("A", "B", "C", "AA"), fc.integer({ min: 1, max: 12 }))
        .map(([c, r]) => `${c}${r}`),
      mark: fc.constantFrom("F4B6B0", "FFE08A"),
      original: fc.oneof(
        fc.constant("none" as const),
        hexArb,
        fc.tuple(fc.constantFrom("Gray50", "Checker"), hexArb, hexArb),
      ),
    }),
    { maxLength: 60, selector: (c) => `${c.sheet}!${c.address}` },
  ),
  notes: fc.array(
    fc.record({
      sheet: textArb,
      sheetId: fc.constant(""),
      address: fc.constant("C3"),
      hash: fc.constant("00000001"),
    }),
    { maxLength: 5 },
  ),
  comments: fc.array(
    fc.record({
      sheet: textArb,
      sheetId: fc.constant(""),
      address: fc.constant("D4"),
      hash: fc.constant("00000002"),
    }),
    { maxLength: 5 },
  ),
});

const byCell = (cells: MarkState["cells"]) =>
  [...cells].sort((a, b) => `${a.sheet}!${a.address}`.localeCompare(`${b.sheet}!${b.address}`));

describe("the store's marks records", () => {
  it("round-trips through the text rows written to the state sheet", () => {
    fc.assert(
      fc.property(stateArb, (state) => {
        const rows = encodeState(state);
        expect(rows.every((r) => r.startsWith("{"))).toBe(true); // never parsed by Excel as a number, date or formula
        const back = decodeState(rows);
        expect(back?.skipped).toBe(0);
        expect(byCell(back!.state.cells)).toEqual(byCell(state.cells));
        expect({ ...back!.state, cells: [] }).toEqual({ ...state, cells: [] });
      }),
    );
  });

  it("refuses a sheet without our header (not ours: touch nothing)", () => {
    expect(decodeState(["hello", "{}"])).toBeNull();
    expect(decodeState([JSON.stringify({ app: "other", v: 1, report: null })])).toBeNull();
    expect(decodeState([])).toBeNull();
  });

  it("groups cells with the same mark and original fill into one record of blocks", () => {
    const cells = Array.from({ length: 500 }, (_, i) => ({
      sheet: "S",
      sheetId: "",
      address: `C${i + 2}`,
      mark: "F4B6B0",
      original: "none" as const,
    }));
    const rows = encodeState({ report: null, cells, notes: [], comments: [] });
    expect(rows.length).toBe(2);
    expect(JSON.parse(rows[1]!).a).toBe("C2:C501");
  });

  it("skips damaged records instead of trusting them", () => {
    const head = JSON.stringify({ app: STORE_APP, v: 1, report: null });
    const good = JSON.stringify({ t: "f", s: "S", i: "", a: "A1", m: "F4B6B0", o: "none" });
    const badAddress = JSON.stringify({ t: "f", s: "S", i: "", a: "A1:nonsense", m: "F4B6B0", o: "none" });
    const out = decodeState([head, good, "{broken", JSON.stringify({ t: "f", s: "S" }), badAddress, ""]);
    expect(out?.skipped).toBe(3);
    expect(out?.state.cells).toEqual([
      { sheet: "S", sheetId: "", address: "A1", mark: "F4B6B0", original: "none" },
    ]);
  });

  it("hashes text stably and tells different texts apart", () => {
    expect(textHash("Ошибка: срок")).toBe(textHash("Ошибка: срок"));
    expect(textHash("Ошибка: срок")).not.toBe(textHash("Ошибка: срок."));
    expect(textHash("")).toMatch(/^[0-9a-f]{8}$/);
  });
});

describe("the store's other sections", () => {
  it("keeps accepted deviations verbatim and saved templates whole, after the marks", () => {
    const store: WorkbookStore = {
      marks: { report: null, cells: [], notes: [], comments: [] },
      acceptances: [
        {
          ...{ t: "a", programme: "tochka-rosta", year: 2025, org: null, code: "late-vs-template" },
          ...{ item: "item:1.2", reason: "Письмо оператора", by: "Иванова", at: "2026-12-03T10:00:00Z" },
          ...{ label: "Срок позже шаблона", future: { kept: true } },
        },
      ],
      templates: [
        {
          id: "it-cube-2026",
          name: "IT-куб — шаблон региона",
          savedAt: "2026-12-03T10:00:00.000Z",
          source: { kind: "sheet", name: "Шаблон" },
          json: JSON.stringify({ id: "it-cube-2026", items: [{ n: "1", title: 'Создание "IT-куба"' }] }),
        },
      ],
    };
    const rows = encodeStore(store);
    expect(rows).toHaveLength(3);
    expect(decodeStore(rows)).toEqual({ store, skipped: 0 });
  });

  it("an acceptance without a reason is damaged: skipped and counted, never trusted", () => {
    const head = JSON.stringify({ app: STORE_APP, v: 1, report: null });
    const bad = JSON.stringify({
      ...{ t: "a", programme: "tochka-rosta", year: 2025, org: null, code: "overdue", item: "" },
      ...{ reason: "  ", by: "", at: "2026-12-03T10:00:00Z", label: "" },
    });
    expect(decodeStore([head, bad])).toEqual({ store: emptyStore(), skipped: 1 });
  });

  it("splits a long template over records under Excel's 32,767 characters per cell, and joins it back", () => {
    // Quotes and backslashes double when the body is quoted again: the worst case for the cell limit.
    const json = JSON.stringify({ id: "big", text: '"\\'.repeat(30_000), more: "ё".repeat(20_000) });
    const t = {
      id: "big",
      name: "Большой",
      savedAt: "2026-12-03T10:00:00.000Z",
      source: { kind: "file" as const, name: "big.json" },
      json,
    };
    const rows = encodeStore({ ...emptyStore(), templates: [t] });
    expect(rows.length).toBeGreaterThan(3);
    for (const r of rows) expect(r.length).toBeLessThanOrEqual(32_767);
    expect(decodeStore(rows)?.store.templates).toEqual([t]);
    // A lost chunk: the template is not trusted, the rest of the store is.
    const lost = decodeStore([rows[0]!, ...rows.slice(2)]);
    expect(lost?.store.templates).toEqual([]);
    expect(lost?.skipped).toBe(rows.length - 2);
  });

  it("a template record of another shape is skipped as damaged, not trusted", () => {
    const head = JSON.stringify({ app: STORE_APP, v: 1, report: null });
    const odd = JSON.stringify({ t: "t", id: "x", items: [] });
    expect(decodeStore([head, odd])).toEqual({ store: emptyStore(), skipped: 1 });
  });

  it("keeps records of a kind it does not know (a later version's) verbatim, and writes them back", () => {
    const later = [
      JSON.stringify({ t: "s", checkDate: "2027-01-10" }),
      JSON.stringify({ t: "zz", x: [1, 2] }),
    ];
    const rows = [
      ...encodeStore(emptyStore()),
      ...later,
      "not json",
      JSON.stringify({ t: "f", broken: true }),
    ];
    const decoded = decodeStore(rows)!;
    expect(decoded.store.other).toEqual(later);
    // A damaged record of a known kind, or no record at all, is still skipped and counted.
    expect(decoded.skipped).toBe(2);
    expect(encodeStore(decoded.store).slice(-2)).toEqual(later);
  });

  it("a store without them (every workbook marked so far) reads with empty sections", () => {
    const head = JSON.stringify({ app: STORE_APP, v: 1, report: null });
    expect(decodeStore([head])).toEqual({
      store: { marks: { report: null, cells: [], notes: [], comments: [] }, acceptances: [], templates: [] },
      skipped: 0,
    });
  });
});

describe("a cell's previous fill read from a file (the CLI's side)", () => {
  it("records the same values the add-in records from Office.js", () => {
    expect(originalFromFile(null)).toBe("none");
    expect(originalFromFile({ type: "pattern", pattern: "none", fg: null, bg: null })).toBe("none");
    expect(originalFromFile({ type: "pattern", pattern: "solid", fg: "00FF00", bg: null })).toBe("00FF00");
    expect(originalFromFile({ type: "pattern", pattern: "darkGrid", fg: "0000FF", bg: "FF0000" })).toEqual([
      "Checker",
      "FF0000",
      "0000FF",
    ]);
    expect(originalFromFile({ type: "gradient", firstStop: "123456" })).toBe("123456");
  });
});
