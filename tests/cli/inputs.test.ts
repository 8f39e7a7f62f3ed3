import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { expandInputs, isWorkbookName } from "../../src/cli/inputs";
import { M } from "../../src/cli/messages";
import { annotatedNames } from "../../src/cli/output-names";

describe("expandInputs", () => {
  const root = mkdtempSync(join(tmpdir(), "inputs-"));
  mkdirSync(join(root, "in", "sub"), { recursive: true });
  mkdirSync(join(root, "in", "out"), { recursive: true });
  mkdirSync(join(root, "in", ".hidden"), { recursive: true });
  mkdirSync(join(root, "none"), { recursive: true });
  for (const f of [
    "in/b.xlsx",
    "in/a.XLSX",
    "in/~$a.xlsx",
    "in/notes.txt",
    "in/sub/c.xlsm",
    "in/out/b.xlsx",
    "in/.hidden/d.xlsx",
    "none/x.csv",
  ]) {
    writeFileSync(join(root, f), "x");
  }

  it("walks folders recursively, sorted, skipping lock files, hidden entries and the annotate folder", async () => {
    const files = await expandInputs(["in", "in/b.xlsx", "missing.xlsx", "none"], root, ["in/out"]);
    expect(files.map((f) => [f.display, f.reason])).toEqual([
      ["in/a.XLSX", null],
      ["in/b.xlsx", null],
      ["in/sub/c.xlsm", null],
      // in/b.xlsx given again is the same file: checked once.
      ["missing.xlsx", M.notFound],
      ["none", M.noXlsxInFolder],
    ]);
    expect(files[0]!.absolute).toBe(join(root, "in", "a.XLSX"));
  });

  it("keeps an explicit file whatever its extension (the check names the problem)", async () => {
    const files = await expandInputs(["in/notes.txt"], root);
    expect(files).toEqual([
      { display: "in/notes.txt", absolute: join(root, "in", "notes.txt"), reason: null },
    ]);
  });

  it("recognises workbook names", () => {
    expect(isWorkbookName("План.xlsx")).toBe(true);
    expect(isWorkbookName("~$План.xlsx")).toBe(false);
    expect(isWorkbookName("План.xls")).toBe(false);
  });
});

describe("annotatedNames", () => {
  it("names a macro workbook's copy .xlsx", () => {
    expect(annotatedNames(["/a/План.xlsm", "/b/План.xlsx"], "/out")).toEqual([
      "/out/План.xlsx",
      "/out/План (2).xlsx",
    ]);
  });

  it("keeps names and numbers clashes", () => {
    expect(
      annotatedNames(["/a/План.xlsx", null, "/b/план.xlsx", "/c/План.xlsx", "/c/Other.xlsx"], "/out"),
    ).toEqual(["/out/План.xlsx", null, "/out/план (2).xlsx", "/out/План (3).xlsx", "/out/Other.xlsx"]);
  });
});
