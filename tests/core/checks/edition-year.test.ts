import { describe, expect, it } from "vitest";
import { editionYear } from "../../../src/core";

describe("editionYear", () => {
  it("is the target year when known, else the year after the document's approval, else unknown", () => {
    expect(editionYear(2027, 2023)).toBe(2027);
    expect(editionYear(null, 2023)).toBe(2024);
    expect(editionYear(null, null)).toBeNull();
  });
});
